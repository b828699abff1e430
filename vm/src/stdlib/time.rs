//! Time functions: `microtime`, `hrtime`, `gettimeofday`, `time`, and the
//! default timezone (`date_default_timezone_set`/`_get`).

use super::args::Sig;
use crate::ext::Extension;
use crate::runtime::array::{Key, PhpArray};
use crate::runtime::value::Value;
use crate::vm::{Unwind, Vm, E_NOTICE};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

pub(super) fn add(ext: Extension) -> Extension {
    ext.ini("date.timezone", "")
        .function("time", |vm, args| {
            Sig::new("time", 0, &[]).arity(vm, args)?;
            Ok(Value::Int(now().as_secs() as i64))
        })
        .function("microtime", |vm, args| {
            let (t, as_float) = now_and_flag(vm, args, "microtime")?;
            Ok(if as_float {
                Value::Float(seconds(t))
            } else {
                // "msec sec": the fraction with 8 decimals (microseconds and "00").
                let frac = t.subsec_micros() as f64 / 1e6;
                Value::str(format!("{frac:.8} {}", t.as_secs()))
            })
        })
        .function("gettimeofday", |vm, args| {
            let (t, as_float) = now_and_flag(vm, args, "gettimeofday")?;
            if as_float {
                return Ok(Value::Float(seconds(t)));
            }
            let (offset, is_dst) = utc_offset(&default_timezone(vm), t.as_secs() as i64);
            let mut a = PhpArray::new();
            for (k, v) in [
                ("sec", t.as_secs() as i64),
                ("usec", t.subsec_micros() as i64),
                ("minuteswest", -offset / 60),
                ("dsttime", is_dst as i64),
            ] {
                a.set(Key::Str(k.into()), Value::Int(v));
            }
            Ok(Value::array(a))
        })
        .function("hrtime", |vm, args| {
            let sig = Sig::new("hrtime", 0, &["as_number"]);
            sig.arity(vm, args)?;
            let as_number = sig.opt(vm, args, 0, Sig::bool)?.unwrap_or(false);
            let t = monotonic();
            Ok(if as_number {
                Value::Int(t.as_nanos() as i64)
            } else {
                Value::array(PhpArray::from_list(vec![
                    Value::Int(t.as_secs() as i64),
                    Value::Int(t.subsec_nanos() as i64),
                ]))
            })
        })
        .function("date_default_timezone_get", |vm, args| {
            Sig::new("date_default_timezone_get", 0, &[]).arity(vm, args)?;
            Ok(Value::str(default_timezone(vm)))
        })
        .function("date_default_timezone_set", |vm, args| {
            let sig = Sig::new("date_default_timezone_set", 1, &["timezoneId"]);
            sig.arity(vm, args)?;
            let id = sig.str(vm, args, 0)?.to_lossy();
            if canonical_zone(&id).is_none() {
                let msg = format!("date_default_timezone_set(): Timezone ID '{id}' is invalid");
                vm.report(E_NOTICE, &msg);
                return Ok(Value::Bool(false));
            }
            // Kept as written: php's getter gives back the caller's spelling.
            vm.ext_data::<TimeState>().timezone = Some(id);
            Ok(Value::Bool(true))
        })
}

#[derive(Default)]
struct TimeState {
    /// Set by date_default_timezone_set().
    timezone: Option<String>,
}

/// Wall-clock time since the Unix epoch.
fn now() -> Duration {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default()
}

fn seconds(t: Duration) -> f64 {
    t.as_secs() as f64 + t.subsec_micros() as f64 / 1e6
}

/// Monotonic time since an arbitrary point (the first call in the process).
fn monotonic() -> Duration {
    static START: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();
    // Offset by a second so the first readings are not zero.
    START.get_or_init(Instant::now).elapsed() + Duration::from_secs(1)
}

/// The current time and the `$as_float` parameter of `microtime` and
/// `gettimeofday`.
fn now_and_flag(
    vm: &mut Vm,
    args: &[Value],
    name: &'static str,
) -> Result<(Duration, bool), Unwind> {
    let sig = Sig {
        name,
        params: &["as_float"],
        required: 0,
    };
    sig.arity(vm, args)?;
    let flag = sig.opt(vm, args, 0, Sig::bool)?.unwrap_or(false);
    Ok((now(), flag))
}

/// The default timezone: the one set by the script, else a valid
/// `date.timezone` INI value, else UTC.
fn default_timezone(vm: &mut Vm) -> String {
    if let Some(tz) = &vm.ext_data::<TimeState>().timezone {
        return tz.clone();
    }
    match vm.ini_get("date.timezone") {
        Some(tz) if canonical_zone(tz).is_some() => tz.to_string(),
        _ => "UTC".to_string(),
    }
}

/// The timezone identifiers php 8.2 knows (DateTimeZone::ALL_WITH_BC).
const ZONES: &str = "\
Africa/Abidjan Africa/Accra Africa/Addis_Ababa Africa/Algiers Africa/Asmara \
    Africa/Asmera Africa/Bamako Africa/Bangui Africa/Banjul Africa/Bissau Africa/Blantyre \
    Africa/Brazzaville Africa/Bujumbura Africa/Cairo Africa/Casablanca Africa/Ceuta \
    Africa/Conakry Africa/Dakar Africa/Dar_es_Salaam Africa/Djibouti Africa/Douala \
    Africa/El_Aaiun Africa/Freetown Africa/Gaborone Africa/Harare Africa/Johannesburg \
    Africa/Juba Africa/Kampala Africa/Khartoum Africa/Kigali Africa/Kinshasa Africa/Lagos \
    Africa/Libreville Africa/Lome Africa/Luanda Africa/Lubumbashi Africa/Lusaka \
    Africa/Malabo Africa/Maputo Africa/Maseru Africa/Mbabane Africa/Mogadishu \
    Africa/Monrovia Africa/Nairobi Africa/Ndjamena Africa/Niamey Africa/Nouakchott \
    Africa/Ouagadougou Africa/Porto-Novo Africa/Sao_Tome Africa/Timbuktu Africa/Tripoli \
    Africa/Tunis Africa/Windhoek America/Adak America/Anchorage America/Anguilla \
    America/Antigua America/Araguaina America/Argentina/Buenos_Aires \
    America/Argentina/Catamarca America/Argentina/ComodRivadavia America/Argentina/Cordoba \
    America/Argentina/Jujuy America/Argentina/La_Rioja America/Argentina/Mendoza \
    America/Argentina/Rio_Gallegos America/Argentina/Salta America/Argentina/San_Juan \
    America/Argentina/San_Luis America/Argentina/Tucuman America/Argentina/Ushuaia \
    America/Aruba America/Asuncion America/Atikokan America/Atka America/Bahia \
    America/Bahia_Banderas America/Barbados America/Belem America/Belize \
    America/Blanc-Sablon America/Boa_Vista America/Bogota America/Boise \
    America/Buenos_Aires America/Cambridge_Bay America/Campo_Grande America/Cancun \
    America/Caracas America/Catamarca America/Cayenne America/Cayman America/Chicago \
    America/Chihuahua America/Ciudad_Juarez America/Coral_Harbour America/Cordoba \
    America/Costa_Rica America/Coyhaique America/Creston America/Cuiaba America/Curacao \
    America/Danmarkshavn America/Dawson America/Dawson_Creek America/Denver America/Detroit \
    America/Dominica America/Edmonton America/Eirunepe America/El_Salvador America/Ensenada \
    America/Fort_Nelson America/Fort_Wayne America/Fortaleza America/Glace_Bay \
    America/Godthab America/Goose_Bay America/Grand_Turk America/Grenada America/Guadeloupe \
    America/Guatemala America/Guayaquil America/Guyana America/Halifax America/Havana \
    America/Hermosillo America/Indiana/Indianapolis America/Indiana/Knox \
    America/Indiana/Marengo America/Indiana/Petersburg America/Indiana/Tell_City \
    America/Indiana/Vevay America/Indiana/Vincennes America/Indiana/Winamac \
    America/Indianapolis America/Inuvik America/Iqaluit America/Jamaica America/Jujuy \
    America/Juneau America/Kentucky/Louisville America/Kentucky/Monticello America/Knox_IN \
    America/Kralendijk America/La_Paz America/Lima America/Los_Angeles America/Louisville \
    America/Lower_Princes America/Maceio America/Managua America/Manaus America/Marigot \
    America/Martinique America/Matamoros America/Mazatlan America/Mendoza America/Menominee \
    America/Merida America/Metlakatla America/Mexico_City America/Miquelon America/Moncton \
    America/Monterrey America/Montevideo America/Montreal America/Montserrat America/Nassau \
    America/New_York America/Nipigon America/Nome America/Noronha \
    America/North_Dakota/Beulah America/North_Dakota/Center America/North_Dakota/New_Salem \
    America/Nuuk America/Ojinaga America/Panama America/Pangnirtung America/Paramaribo \
    America/Phoenix America/Port-au-Prince America/Port_of_Spain America/Porto_Acre \
    America/Porto_Velho America/Puerto_Rico America/Punta_Arenas America/Rainy_River \
    America/Rankin_Inlet America/Recife America/Regina America/Resolute America/Rio_Branco \
    America/Rosario America/Santa_Isabel America/Santarem America/Santiago \
    America/Santo_Domingo America/Sao_Paulo America/Scoresbysund America/Shiprock \
    America/Sitka America/St_Barthelemy America/St_Johns America/St_Kitts America/St_Lucia \
    America/St_Thomas America/St_Vincent America/Swift_Current America/Tegucigalpa \
    America/Thule America/Thunder_Bay America/Tijuana America/Toronto America/Tortola \
    America/Vancouver America/Virgin America/Whitehorse America/Winnipeg America/Yakutat \
    America/Yellowknife Antarctica/Casey Antarctica/Davis Antarctica/DumontDUrville \
    Antarctica/Macquarie Antarctica/Mawson Antarctica/McMurdo Antarctica/Palmer \
    Antarctica/Rothera Antarctica/South_Pole Antarctica/Syowa Antarctica/Troll \
    Antarctica/Vostok Arctic/Longyearbyen Asia/Aden Asia/Almaty Asia/Amman Asia/Anadyr \
    Asia/Aqtau Asia/Aqtobe Asia/Ashgabat Asia/Ashkhabad Asia/Atyrau Asia/Baghdad \
    Asia/Bahrain Asia/Baku Asia/Bangkok Asia/Barnaul Asia/Beirut Asia/Bishkek Asia/Brunei \
    Asia/Calcutta Asia/Chita Asia/Choibalsan Asia/Chongqing Asia/Chungking Asia/Colombo \
    Asia/Dacca Asia/Damascus Asia/Dhaka Asia/Dili Asia/Dubai Asia/Dushanbe Asia/Famagusta \
    Asia/Gaza Asia/Harbin Asia/Hebron Asia/Ho_Chi_Minh Asia/Hong_Kong Asia/Hovd \
    Asia/Irkutsk Asia/Istanbul Asia/Jakarta Asia/Jayapura Asia/Jerusalem Asia/Kabul \
    Asia/Kamchatka Asia/Karachi Asia/Kashgar Asia/Kathmandu Asia/Katmandu Asia/Khandyga \
    Asia/Kolkata Asia/Krasnoyarsk Asia/Kuala_Lumpur Asia/Kuching Asia/Kuwait Asia/Macao \
    Asia/Macau Asia/Magadan Asia/Makassar Asia/Manila Asia/Muscat Asia/Nicosia \
    Asia/Novokuznetsk Asia/Novosibirsk Asia/Omsk Asia/Oral Asia/Phnom_Penh Asia/Pontianak \
    Asia/Pyongyang Asia/Qatar Asia/Qostanay Asia/Qyzylorda Asia/Rangoon Asia/Riyadh \
    Asia/Saigon Asia/Sakhalin Asia/Samarkand Asia/Seoul Asia/Shanghai Asia/Singapore \
    Asia/Srednekolymsk Asia/Taipei Asia/Tashkent Asia/Tbilisi Asia/Tehran Asia/Tel_Aviv \
    Asia/Thimbu Asia/Thimphu Asia/Tokyo Asia/Tomsk Asia/Ujung_Pandang Asia/Ulaanbaatar \
    Asia/Ulan_Bator Asia/Urumqi Asia/Ust-Nera Asia/Vientiane Asia/Vladivostok Asia/Yakutsk \
    Asia/Yangon Asia/Yekaterinburg Asia/Yerevan Atlantic/Azores Atlantic/Bermuda \
    Atlantic/Canary Atlantic/Cape_Verde Atlantic/Faeroe Atlantic/Faroe Atlantic/Jan_Mayen \
    Atlantic/Madeira Atlantic/Reykjavik Atlantic/South_Georgia Atlantic/St_Helena \
    Atlantic/Stanley Australia/ACT Australia/Adelaide Australia/Brisbane \
    Australia/Broken_Hill Australia/Canberra Australia/Currie Australia/Darwin \
    Australia/Eucla Australia/Hobart Australia/LHI Australia/Lindeman Australia/Lord_Howe \
    Australia/Melbourne Australia/North Australia/NSW Australia/Perth Australia/Queensland \
    Australia/South Australia/Sydney Australia/Tasmania Australia/Victoria Australia/West \
    Australia/Yancowinna Brazil/Acre Brazil/DeNoronha Brazil/East Brazil/West \
    Canada/Atlantic Canada/Central Canada/Eastern Canada/Mountain Canada/Newfoundland \
    Canada/Pacific Canada/Saskatchewan Canada/Yukon CET Chile/Continental \
    Chile/EasterIsland CST6CDT Cuba EET Egypt Eire EST EST5EDT Etc/GMT Etc/GMT+0 Etc/GMT+1 \
    Etc/GMT+10 Etc/GMT+11 Etc/GMT+12 Etc/GMT+2 Etc/GMT+3 Etc/GMT+4 Etc/GMT+5 Etc/GMT+6 \
    Etc/GMT+7 Etc/GMT+8 Etc/GMT+9 Etc/GMT-0 Etc/GMT-1 Etc/GMT-10 Etc/GMT-11 Etc/GMT-12 \
    Etc/GMT-13 Etc/GMT-14 Etc/GMT-2 Etc/GMT-3 Etc/GMT-4 Etc/GMT-5 Etc/GMT-6 Etc/GMT-7 \
    Etc/GMT-8 Etc/GMT-9 Etc/GMT0 Etc/Greenwich Etc/UCT Etc/Universal Etc/UTC Etc/Zulu \
    Europe/Amsterdam Europe/Andorra Europe/Astrakhan Europe/Athens Europe/Belfast \
    Europe/Belgrade Europe/Berlin Europe/Bratislava Europe/Brussels Europe/Bucharest \
    Europe/Budapest Europe/Busingen Europe/Chisinau Europe/Copenhagen Europe/Dublin \
    Europe/Gibraltar Europe/Guernsey Europe/Helsinki Europe/Isle_of_Man Europe/Istanbul \
    Europe/Jersey Europe/Kaliningrad Europe/Kiev Europe/Kirov Europe/Kyiv Europe/Lisbon \
    Europe/Ljubljana Europe/London Europe/Luxembourg Europe/Madrid Europe/Malta \
    Europe/Mariehamn Europe/Minsk Europe/Monaco Europe/Moscow Europe/Nicosia Europe/Oslo \
    Europe/Paris Europe/Podgorica Europe/Prague Europe/Riga Europe/Rome Europe/Samara \
    Europe/San_Marino Europe/Sarajevo Europe/Saratov Europe/Simferopol Europe/Skopje \
    Europe/Sofia Europe/Stockholm Europe/Tallinn Europe/Tirane Europe/Tiraspol \
    Europe/Ulyanovsk Europe/Uzhgorod Europe/Vaduz Europe/Vatican Europe/Vienna \
    Europe/Vilnius Europe/Volgograd Europe/Warsaw Europe/Zagreb Europe/Zaporozhye \
    Europe/Zurich Factory GB GB-Eire GMT GMT+0 GMT-0 GMT0 Greenwich Hongkong HST Iceland \
    Indian/Antananarivo Indian/Chagos Indian/Christmas Indian/Cocos Indian/Comoro \
    Indian/Kerguelen Indian/Mahe Indian/Maldives Indian/Mauritius Indian/Mayotte \
    Indian/Reunion Iran Israel Jamaica Japan Kwajalein Libya localtime MET \
    Mexico/BajaNorte Mexico/BajaSur Mexico/General MST MST7MDT Navajo NZ NZ-CHAT \
    Pacific/Apia Pacific/Auckland Pacific/Bougainville Pacific/Chatham Pacific/Chuuk \
    Pacific/Easter Pacific/Efate Pacific/Enderbury Pacific/Fakaofo Pacific/Fiji \
    Pacific/Funafuti Pacific/Galapagos Pacific/Gambier Pacific/Guadalcanal Pacific/Guam \
    Pacific/Honolulu Pacific/Johnston Pacific/Kanton Pacific/Kiritimati Pacific/Kosrae \
    Pacific/Kwajalein Pacific/Majuro Pacific/Marquesas Pacific/Midway Pacific/Nauru \
    Pacific/Niue Pacific/Norfolk Pacific/Noumea Pacific/Pago_Pago Pacific/Palau \
    Pacific/Pitcairn Pacific/Pohnpei Pacific/Ponape Pacific/Port_Moresby Pacific/Rarotonga \
    Pacific/Saipan Pacific/Samoa Pacific/Tahiti Pacific/Tarawa Pacific/Tongatapu \
    Pacific/Truk Pacific/Wake Pacific/Wallis Pacific/Yap Poland Portugal PRC PST8PDT ROC \
    ROK Singapore Turkey UCT Universal US/Alaska US/Aleutian US/Arizona \
    US/Central US/East-Indiana US/Eastern US/Hawaii US/Indiana-Starke US/Michigan \
    US/Mountain US/Pacific US/Samoa UTC W-SU WET Zulu";

/// A known timezone's canonical spelling (identifiers ignore case).
fn canonical_zone(id: &str) -> Option<&'static str> {
    ZONES
        .split(' ')
        .find(|z| !z.is_empty() && z.eq_ignore_ascii_case(id))
}

/// A zone's offset from UTC in seconds at `at` (Unix time) and whether
/// daylight saving time is in effect, from the system's zoneinfo files;
/// UTC when they are not installed.
fn utc_offset(zone: &str, at: i64) -> (i64, bool) {
    let Some(name) = canonical_zone(zone) else {
        return (0, false);
    };
    std::fs::read(format!("/usr/share/zoneinfo/{name}"))
        .ok()
        .and_then(|data| tzif_offset(&data, at))
        .or_else(|| fixed_offset(name).map(|o| (o, false)))
        .unwrap_or((0, false))
}

/// The offset of the fixed zones `Etc/GMT+5` and the like (POSIX signs:
/// GMT+5 is five hours behind UTC), known without zoneinfo files.
fn fixed_offset(name: &str) -> Option<i64> {
    let rest = name.strip_prefix("Etc/GMT")?;
    let hours: i64 = rest.strip_prefix('+').unwrap_or(rest).parse().ok()?;
    Some(-hours * 3600)
}

/// Reads the version-1 block of a TZif file: the local time type in force
/// at `at` (the last transition at or before it, else the first type).
fn tzif_offset(data: &[u8], at: i64) -> Option<(i64, bool)> {
    if data.get(..4)? != b"TZif" {
        return None;
    }
    let count = |i: usize| -> Option<usize> {
        let b = data.get(20 + 4 * i..24 + 4 * i)?;
        Some(u32::from_be_bytes(b.try_into().ok()?) as usize)
    };
    let (timecnt, typecnt) = (count(3)?, count(4)?);
    let times = 44;
    let indices = times + 4 * timecnt;
    let types = indices + timecnt;
    let mut ty = 0;
    for i in 0..timecnt {
        let b = data.get(times + 4 * i..times + 4 * i + 4)?;
        if i32::from_be_bytes(b.try_into().ok()?) as i64 > at {
            break;
        }
        ty = *data.get(indices + i)? as usize;
    }
    if ty >= typecnt {
        return None;
    }
    let info = data.get(types + 6 * ty..types + 6 * ty + 6)?;
    let offset = i32::from_be_bytes(info[..4].try_into().ok()?) as i64;
    Some((offset, info[4] != 0))
}
