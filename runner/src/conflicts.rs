//! CONFLICTS: cases sharing a key never run at the same time, and a case
//! with the key `all` runs alone. Every run registers here, so an `all`
//! case can wait for the others to finish.

use std::collections::HashSet;
use std::sync::{Condvar, Mutex, MutexGuard};

/// Who is running now.
#[derive(Default)]
struct Held {
    keys: HashSet<Vec<u8>>,
    running: usize,
    exclusive: bool,
    /// `all` cases waiting: new runs hold back so they get their turn.
    exclusive_waiting: usize,
}

/// The process-wide table of held conflict keys.
#[derive(Default)]
pub struct ConflictLocks {
    held: Mutex<Held>,
    changed: Condvar,
}

/// Held keys, given back on drop.
pub struct ConflictGuard<'a> {
    locks: &'a ConflictLocks,
    keys: Vec<Vec<u8>>,
    exclusive: bool,
}

impl ConflictLocks {
    fn lock(&self) -> MutexGuard<'_, Held> {
        self.held.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Wait until no running case holds any of `keys` (or, for a key list
    /// containing `all`, until nothing else runs), then hold them.
    pub fn acquire(&self, keys: Vec<Vec<u8>>) -> ConflictGuard<'_> {
        let exclusive = keys.iter().any(|k| k == phpt::CONFLICT_ALL);
        let mut held = self.lock();
        if exclusive {
            held.exclusive_waiting += 1;
            while held.running > 0 {
                held = self.changed.wait(held).unwrap_or_else(|p| p.into_inner());
            }
            held.exclusive_waiting -= 1;
            held.exclusive = true;
        } else {
            while held.exclusive
                || held.exclusive_waiting > 0
                || keys.iter().any(|k| held.keys.contains(k))
            {
                held = self.changed.wait(held).unwrap_or_else(|p| p.into_inner());
            }
            held.keys.extend(keys.iter().cloned());
        }
        held.running += 1;
        ConflictGuard {
            locks: self,
            keys,
            exclusive,
        }
    }
}

impl Drop for ConflictGuard<'_> {
    fn drop(&mut self) {
        let mut held = self.locks.lock();
        held.running -= 1;
        if self.exclusive {
            held.exclusive = false;
        } else {
            for k in &self.keys {
                held.keys.remove(k);
            }
        }
        drop(held);
        self.locks.changed.notify_all();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::time::Duration;

    #[test]
    fn shared_keys_exclude_each_other() {
        let locks = ConflictLocks::default();
        let inside = AtomicUsize::new(0);
        let max = AtomicUsize::new(0);
        std::thread::scope(|s| {
            for i in 0..6 {
                let (locks, inside, max) = (&locks, &inside, &max);
                s.spawn(move || {
                    let keys = if i % 2 == 0 {
                        vec![b"db".to_vec()]
                    } else {
                        vec![b"db".to_vec(), b"net".to_vec()]
                    };
                    let _g = locks.acquire(keys);
                    let now = inside.fetch_add(1, Ordering::SeqCst) + 1;
                    max.fetch_max(now, Ordering::SeqCst);
                    std::thread::sleep(Duration::from_millis(5));
                    inside.fetch_sub(1, Ordering::SeqCst);
                });
            }
        });
        assert_eq!(max.load(Ordering::SeqCst), 1);
    }

    #[test]
    fn all_runs_alone_and_disjoint_keys_overlap() {
        let locks = ConflictLocks::default();
        let a = locks.acquire(vec![b"a".to_vec()]);
        let b = locks.acquire(vec![b"b".to_vec()]);
        let c = locks.acquire(Vec::new());
        drop((a, b, c));
        let all = locks.acquire(vec![b"all".to_vec()]);
        assert!(locks.lock().exclusive);
        drop(all);
        assert!(!locks.lock().exclusive);
        assert_eq!(locks.lock().running, 0);
    }
}
