//! Bad input never panics the front end or the compiler: random bytes and
//! mutations of valid programs either compile or give an error value.

use proptest::prelude::*;
use vm::compile::compile_file;

const PROGRAMS: &[&str] = &[
    "<?php function f(int $a, ?string $b = null): int { return $a + 1; } echo f(1), \"x$b\";",
    "<?php $a = [1, 'k' => 2]; $a[] = 3; foreach ($a as $k => $v) { echo \"$k=$v\\n\"; }",
    "<?php class A extends Exception { public $p = 1; function m() { return $this->p; } } try { throw new A('m'); } catch (A $e) { echo $e->getMessage(); } finally { echo 1; }",
    "<?php for ($i = 0; $i < 10; $i++) { if ($i % 2) { continue; } elseif ($i > 5) { break; } else { echo $i <=> 3; } }",
    "<?php $x = $y ?? 3; $z = $x ?: 4; $w = $x ? 1 : 2; do { $x--; } while ($x > 0); echo isset($q[1]), empty($r);",
    "<?php namespace A\\B; use C\\D as E, F\\{G, function h, const K}; const X = 1; function f(E $e): G { return new \\A\\B\\Q(namespace\\f(), h(), strlen(X), E::class, new $e); } namespace Z; class Q extends \\A\\B\\Q implements E {}",
    "<?php namespace A { use B\\C; function f() { return C\\g() . __NAMESPACE__ . \\PHP_EOL; } } namespace { echo A\\f(); }",
];

fn compiles_or_errs(src: &[u8]) {
    // Either outcome is fine; a panic fails the test.
    let _ = compile_file(src, "fuzz.php");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn random_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
        let mut src = b"<?php ".to_vec();
        src.extend_from_slice(&bytes);
        compiles_or_errs(&src);
        compiles_or_errs(&bytes);
    }

    #[test]
    fn mutated_programs(which in 0..PROGRAMS.len(), edits in proptest::collection::vec((any::<usize>(), any::<u8>(), 0..3u8), 1..6)) {
        let mut src = PROGRAMS[which].as_bytes().to_vec();
        for (pos, byte, action) in edits {
            let at = pos % (src.len() + 1);
            match action {
                0 => src.insert(at, byte),
                1 if at < src.len() => { src.remove(at); }
                _ if at < src.len() => src[at] = byte,
                _ => {}
            }
        }
        compiles_or_errs(&src);
    }

    #[test]
    fn spliced_programs(a in 0..PROGRAMS.len(), b in 0..PROGRAMS.len(), cut_a in any::<usize>(), cut_b in any::<usize>()) {
        let (pa, pb) = (PROGRAMS[a].as_bytes(), PROGRAMS[b].as_bytes());
        let mut src = pa[..cut_a % pa.len()].to_vec();
        src.extend_from_slice(&pb[cut_b % pb.len()..]);
        compiles_or_errs(&src);
    }
}

#[test]
fn the_seed_programs_compile() {
    for p in PROGRAMS {
        assert!(compile_file(p.as_bytes(), "seed.php").is_ok(), "{p}");
    }
}
