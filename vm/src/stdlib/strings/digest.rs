//! `md5`, `sha1` and `crc32`, implemented from their specifications
//! (RFC 1321, FIPS 180-4 and the IEEE 802.3 polynomial).

use super::{to_hex, R};
use crate::ext::Extension;
use crate::runtime::value::Value;
use crate::stdlib::args::Sig;
use crate::vm::{Vm, E_WARNING};

pub(super) fn add(ext: Extension) -> Extension {
    ext.function("md5", |vm, args| {
        digest(vm, args, "md5", |b| md5(b).to_vec())
    })
    .function("sha1", |vm, args| {
        digest(vm, args, "sha1", |b| sha1(b).to_vec())
    })
    .function("md5_file", |vm, args| {
        digest_file(vm, args, "md5_file", |b| md5(b).to_vec())
    })
    .function("sha1_file", |vm, args| {
        digest_file(vm, args, "sha1_file", |b| sha1(b).to_vec())
    })
    .function("crc32", |vm, args| {
        let sig = Sig::new("crc32", 1, &["string"]);
        sig.arity(vm, args)?;
        let s = sig.str(vm, args, 0)?;
        Ok(Value::Int(crc32(s.as_bytes()) as i64))
    })
}

/// `md5(string $string, bool $binary = false)` and `sha1`: hex digits, or
/// the raw bytes.
fn digest(vm: &mut Vm, args: &[Value], name: &'static str, f: fn(&[u8]) -> Vec<u8>) -> R<Value> {
    let sig = Sig {
        name,
        params: &["string", "binary"],
        required: 1,
    };
    sig.arity(vm, args)?;
    let s = sig.str(vm, args, 0)?;
    let binary = sig.opt(vm, args, 1, Sig::bool)?.unwrap_or(false);
    let d = f(s.as_bytes());
    Ok(Value::str(if binary { d } else { to_hex(&d) }))
}

/// `md5_file(string $filename, bool $binary = false)` and `sha1_file`:
/// the digest of a file's bytes, false with php's warning when it cannot
/// be read.
fn digest_file(
    vm: &mut Vm,
    args: &[Value],
    name: &'static str,
    f: fn(&[u8]) -> Vec<u8>,
) -> R<Value> {
    let sig = Sig {
        name,
        params: &["filename", "binary"],
        required: 1,
    };
    sig.arity(vm, args)?;
    let path = sig.str(vm, args, 0)?;
    let binary = sig.opt(vm, args, 1, Sig::bool)?.unwrap_or(false);
    if path.is_empty() {
        return Err(vm.throw_error("ValueError", "Path cannot be empty"));
    }
    if path.as_bytes().contains(&0) {
        return Err(sig.value_error(vm, 0, "must not contain any null bytes"));
    }
    match std::fs::read(path.to_lossy()) {
        Ok(bytes) => {
            let d = f(&bytes);
            Ok(Value::str(if binary { d } else { to_hex(&d) }))
        }
        Err(e) => {
            let msg = format!(
                "{name}({}): Failed to open stream: {}",
                path.to_lossy(),
                crate::stdlib::io_error_text(&e)
            );
            vm.report(E_WARNING, &msg);
            Ok(Value::Bool(false))
        }
    }
}

/// The message padded to a multiple of 64 bytes: a 1 bit, zeros, and the
/// bit length (little-endian for MD5, big-endian for SHA-1).
fn pad(data: &[u8], big_endian: bool) -> Vec<u8> {
    let bits = (data.len() as u64).wrapping_mul(8);
    let mut m = data.to_vec();
    m.push(0x80);
    while m.len() % 64 != 56 {
        m.push(0);
    }
    m.extend_from_slice(&if big_endian {
        bits.to_be_bytes()
    } else {
        bits.to_le_bytes()
    });
    m
}

pub(super) fn md5(data: &[u8]) -> [u8; 16] {
    const S: [u32; 64] = [
        7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 5, 9, 14, 20, 5, 9, 14, 20, 5,
        9, 14, 20, 5, 9, 14, 20, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 6, 10,
        15, 21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21,
    ];
    // K[i] = floor(abs(sin(i + 1)) * 2^32)
    let k: [u32; 64] =
        std::array::from_fn(|i| (((i + 1) as f64).sin().abs() * 4_294_967_296.0) as u32);
    let mut h: [u32; 4] = [0x6745_2301, 0xefcd_ab89, 0x98ba_dcfe, 0x1032_5476];
    for block in pad(data, false).chunks(64) {
        let m: [u32; 16] = std::array::from_fn(|i| {
            u32::from_le_bytes([
                block[4 * i],
                block[4 * i + 1],
                block[4 * i + 2],
                block[4 * i + 3],
            ])
        });
        let [mut a, mut b, mut c, mut d] = h;
        for i in 0..64 {
            let (f, g) = match i / 16 {
                0 => ((b & c) | (!b & d), i),
                1 => ((d & b) | (!d & c), (5 * i + 1) % 16),
                2 => (b ^ c ^ d, (3 * i + 5) % 16),
                _ => (c ^ (b | !d), (7 * i) % 16),
            };
            let f = f.wrapping_add(a).wrapping_add(k[i]).wrapping_add(m[g]);
            a = d;
            d = c;
            c = b;
            b = b.wrapping_add(f.rotate_left(S[i]));
        }
        for (x, y) in h.iter_mut().zip([a, b, c, d]) {
            *x = x.wrapping_add(y);
        }
    }
    let mut out = [0u8; 16];
    for (i, w) in h.iter().enumerate() {
        out[4 * i..4 * i + 4].copy_from_slice(&w.to_le_bytes());
    }
    out
}

pub(super) fn sha1(data: &[u8]) -> [u8; 20] {
    let mut h: [u32; 5] = [
        0x6745_2301,
        0xefcd_ab89,
        0x98ba_dcfe,
        0x1032_5476,
        0xc3d2_e1f0,
    ];
    for block in pad(data, true).chunks(64) {
        let mut w = [0u32; 80];
        for i in 0..16 {
            w[i] = u32::from_be_bytes([
                block[4 * i],
                block[4 * i + 1],
                block[4 * i + 2],
                block[4 * i + 3],
            ]);
        }
        for i in 16..80 {
            w[i] = (w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16]).rotate_left(1);
        }
        let [mut a, mut b, mut c, mut d, mut e] = h;
        for (i, &wi) in w.iter().enumerate() {
            let (f, k) = match i / 20 {
                0 => ((b & c) | (!b & d), 0x5a82_7999),
                1 => (b ^ c ^ d, 0x6ed9_eba1),
                2 => ((b & c) | (b & d) | (c & d), 0x8f1b_bcdc),
                _ => (b ^ c ^ d, 0xca62_c1d6),
            };
            let t = a
                .rotate_left(5)
                .wrapping_add(f)
                .wrapping_add(e)
                .wrapping_add(k)
                .wrapping_add(wi);
            e = d;
            d = c;
            c = b.rotate_left(30);
            b = a;
            a = t;
        }
        for (x, y) in h.iter_mut().zip([a, b, c, d, e]) {
            *x = x.wrapping_add(y);
        }
    }
    let mut out = [0u8; 20];
    for (i, w) in h.iter().enumerate() {
        out[4 * i..4 * i + 4].copy_from_slice(&w.to_be_bytes());
    }
    out
}

/// CRC-32 (IEEE, reflected polynomial 0xEDB88320), as php's `crc32`.
pub(super) fn crc32(data: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in data {
        crc ^= b as u32;
        for _ in 0..8 {
            crc = if crc & 1 != 0 {
                (crc >> 1) ^ 0xedb8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_digests() {
        assert_eq!(to_hex(&md5(b"")), b"d41d8cd98f00b204e9800998ecf8427e");
        assert_eq!(
            to_hex(&md5(b"The quick brown fox jumps over the lazy dog")),
            b"9e107d9d372bb6826bd81d3542a419d6"
        );
        assert_eq!(
            to_hex(&sha1(b"abc")),
            b"a9993e364706816aba3e25717850c26c9cd0d89d"
        );
        assert_eq!(
            crc32(b"The quick brown fox jumped over the lazy dog."),
            2191738434
        );
    }
}
