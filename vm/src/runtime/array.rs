//! PHP arrays: an ordered hash map with a packed fast path.
//!
//! A list whose keys are 0..n in insertion order is stored as a plain vector
//! (no hashing). Any other shape converts once to the hash form: entries in
//! insertion order (with tombstones, so `unset` keeps order in O(1)) plus an
//! index from key to entry position. Copy-on-write happens one level up: a
//! `Value::Array` holds an `Rc<PhpArray>` and writers call `Rc::make_mut`.

use super::string::PhpStr;
use super::value::Value;
use rustc_hash::FxHashMap;
use std::rc::Rc;

/// An array key: php normalises integer-like strings ("12") to ints.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Key {
    Int(i64),
    Str(PhpStr),
}

impl Key {
    /// The key a string becomes: "12" and "-3" are ints, "012", "1.5", " 1" stay strings.
    pub fn from_bytes(s: &[u8]) -> Key {
        if let Some(i) = canonical_int(s) {
            Key::Int(i)
        } else {
            Key::Str(PhpStr::from(s))
        }
    }
    /// Like [`Key::from_bytes`], sharing the string instead of copying it.
    pub fn from_php_str(s: &PhpStr) -> Key {
        match canonical_int(s.as_bytes()) {
            Some(i) => Key::Int(i),
            None => Key::Str(s.clone()),
        }
    }
    pub fn to_value(&self) -> Value {
        match self {
            Key::Int(i) => Value::Int(*i),
            Key::Str(s) => Value::Str(s.clone()),
        }
    }
}

pub(crate) fn canonical_int(s: &[u8]) -> Option<i64> {
    let digits = s.strip_prefix(b"-").unwrap_or(s);
    if digits.is_empty() || digits.len() > 20 || !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    if digits[0] == b'0' && (digits.len() > 1 || s.len() > 1) {
        return None; // "01" and "-0" stay strings
    }
    std::str::from_utf8(s).ok()?.parse().ok()
}

#[derive(Debug, Clone)]
enum Storage {
    /// Keys are exactly 0..len.
    Packed(Vec<Value>),
    Hash {
        entries: Vec<Option<(Key, Value)>>,
        index: FxHashMap<Key, usize>,
        /// Number of tombstones in `entries`.
        holes: usize,
    },
}

#[derive(Debug, Clone)]
pub struct PhpArray {
    storage: Storage,
    /// The key `$a[] = ...` uses next; `i64::MIN` while no int key was
    /// ever inserted (then it is 0). After a negative first key `n` it is
    /// `n + 1`, as in php.
    next_index: i64,
    /// The internal pointer (`current`, `next`, `reset`, ...): a storage
    /// position as for [`PhpArray::entry_at`], so an entry removed under
    /// it leaves it on the next one, and past the end it waits for the
    /// next append, as php's does.
    pos: usize,
}

impl Default for PhpArray {
    fn default() -> Self {
        PhpArray::new()
    }
}

/// Arrays and objects nest to any depth in PHP (`$a = [$a]` in a loop), and
/// the derived drop would free them by recursion, one native frame per
/// level, and overflow the stack. So a drop that holds the last reference
/// to nested arrays or objects frees them from a worklist instead, in php's
/// order: elements first to last, an object's properties before the object
/// itself (so freed object ids are reused in php's order). An object that
/// still has a destructor to run is left to its own drop, which queues it.
impl Drop for PhpArray {
    fn drop(&mut self) {
        let nests = |v: &Value| matches!(v, Value::Array(_) | Value::Object(_));
        let any_nested = match &self.storage {
            Storage::Packed(v) => v.iter().any(nests),
            Storage::Hash { entries, .. } => entries.iter().flatten().any(|(_, v)| nests(v)),
        };
        if !any_nested {
            return;
        }
        enum Work {
            Free(Value),
            /// An object whose properties were taken out: freed once they are.
            Release(super::object::Object),
        }
        let mut pending: Vec<Work> = self
            .take_values()
            .into_iter()
            .rev()
            .map(Work::Free)
            .collect();
        while let Some(work) = pending.pop() {
            match work {
                Work::Free(Value::Array(rc)) => {
                    if let Ok(mut inner) = Rc::try_unwrap(rc) {
                        pending.extend(inner.take_values().into_iter().rev().map(Work::Free));
                    }
                }
                Work::Free(Value::Object(obj)) => {
                    if let Ok(obj) = Rc::try_unwrap(obj) {
                        if obj.needs_destructor() {
                            continue;
                        }
                        let props = obj.props.borrow_mut().take_values();
                        pending.push(Work::Release(obj));
                        pending.extend(props.into_iter().rev().map(Work::Free));
                    }
                }
                // Its properties are gone: its id goes back now.
                Work::Release(obj) => drop(obj),
                Work::Free(_) => {}
            }
        }
    }
}

impl PhpArray {
    /// Moves every value out, leaving the array empty.
    fn take_values(&mut self) -> Vec<Value> {
        match std::mem::replace(&mut self.storage, Storage::Packed(Vec::new())) {
            Storage::Packed(v) => v,
            Storage::Hash { entries, .. } => {
                entries.into_iter().flatten().map(|(_, v)| v).collect()
            }
        }
    }
}

impl PhpArray {
    pub fn new() -> Self {
        PhpArray {
            storage: Storage::Packed(Vec::new()),
            next_index: i64::MIN,
            pos: 0,
        }
    }

    pub fn from_list(values: Vec<Value>) -> Self {
        let n = if values.is_empty() {
            i64::MIN
        } else {
            values.len() as i64
        };
        PhpArray {
            storage: Storage::Packed(values),
            next_index: n,
            pos: 0,
        }
    }

    pub fn len(&self) -> usize {
        match &self.storage {
            Storage::Packed(v) => v.len(),
            Storage::Hash { index, .. } => index.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn get(&self, key: &Key) -> Option<&Value> {
        match (&self.storage, key) {
            (Storage::Packed(v), Key::Int(i)) => usize::try_from(*i).ok().and_then(|i| v.get(i)),
            (Storage::Packed(_), Key::Str(_)) => None,
            (Storage::Hash { entries, index, .. }, k) => index
                .get(k)
                .and_then(|&p| entries[p].as_ref().map(|(_, v)| v)),
        }
    }

    pub fn get_mut(&mut self, key: &Key) -> Option<&mut Value> {
        match (&mut self.storage, key) {
            (Storage::Packed(v), Key::Int(i)) => {
                usize::try_from(*i).ok().and_then(move |i| v.get_mut(i))
            }
            (Storage::Packed(_), Key::Str(_)) => None,
            (Storage::Hash { entries, index, .. }, k) => match index.get(k) {
                Some(&p) => entries[p].as_mut().map(|(_, v)| v),
                None => None,
            },
        }
    }

    fn convert_to_hash(&mut self) {
        if let Storage::Packed(values) = &mut self.storage {
            let values = std::mem::take(values);
            let mut index = FxHashMap::default();
            index.reserve(values.len());
            let entries = values
                .into_iter()
                .enumerate()
                .map(|(i, v)| {
                    index.insert(Key::Int(i as i64), i);
                    Some((Key::Int(i as i64), v))
                })
                .collect();
            self.storage = Storage::Hash {
                entries,
                index,
                holes: 0,
            };
        }
    }

    /// Sets `key` to `value`, keeping the position of an existing key.
    pub fn set(&mut self, key: Key, value: Value) {
        if let Some(slot) = self.get_mut(&key) {
            *slot = value;
            return;
        }
        if let (Storage::Packed(v), Key::Int(i)) = (&mut self.storage, &key) {
            if *i == v.len() as i64 && (self.next_index == i64::MIN || self.next_index <= *i) {
                v.push(value);
                self.next_index = *i + 1;
                return;
            }
        }
        self.convert_to_hash();
        if let Key::Int(i) = key {
            if self.next_index == i64::MIN || i >= self.next_index {
                self.next_index = i.saturating_add(1);
            }
        }
        if let Storage::Hash { entries, index, .. } = &mut self.storage {
            index.insert(key.clone(), entries.len());
            entries.push(Some((key, value)));
        }
    }

    /// `$a[] = value`; false when the next index is taken (php's
    /// "Cannot add element to the array as the next element is already occupied").
    pub fn push(&mut self, value: Value) -> bool {
        match self.next_free_key() {
            Some(k) => {
                self.set(k, value);
                true
            }
            None => false,
        }
    }

    /// The key `$a[] = ...` would use (None when the int range is exhausted).
    pub fn next_free_key(&self) -> Option<Key> {
        match self.next_index {
            i64::MIN => Some(Key::Int(0)),
            i64::MAX if self.get(&Key::Int(i64::MAX)).is_some() => None,
            n => Some(Key::Int(n)),
        }
    }

    /// A mutable slot for `key`, created as null if missing (for nested writes).
    pub fn entry(&mut self, key: Key) -> &mut Value {
        if self.get(&key).is_none() {
            self.set(key.clone(), Value::Null);
        }
        self.get_mut(&key).expect("entry was just inserted")
    }

    pub fn remove(&mut self, key: &Key) -> Option<Value> {
        if let (Storage::Packed(v), Key::Int(i)) = (&mut self.storage, key) {
            if *i >= 0 && (*i as usize) + 1 == v.len() {
                return v.pop();
            }
        }
        self.get(key)?;
        self.convert_to_hash();
        let Storage::Hash {
            entries,
            index,
            holes,
        } = &mut self.storage
        else {
            return None;
        };
        let p = index.remove(key)?;
        let old = entries[p].take().map(|(_, v)| v);
        *holes += 1;
        // Compact when more than half the entries are tombstones, so
        // iteration stays proportional to the live size.
        if *holes > 8 && *holes * 2 > entries.len() {
            // The internal pointer keeps its place among the live entries.
            self.pos = entries[..self.pos.min(entries.len())]
                .iter()
                .filter(|e| e.is_some())
                .count();
            entries.retain(Option::is_some);
            for (i, e) in entries.iter().enumerate() {
                if let Some((k, _)) = e {
                    index.insert(k.clone(), i);
                }
            }
            *holes = 0;
        }
        old
    }

    pub fn iter(&self) -> ArrayIter<'_> {
        ArrayIter {
            array: self,
            pos: 0,
        }
    }

    /// The entry at iteration position `pos` or later, with the position
    /// after it (foreach keeps a position, not a borrow).
    pub fn entry_at(&self, mut pos: usize) -> Option<(Key, &Value, usize)> {
        match &self.storage {
            Storage::Packed(v) => v.get(pos).map(|val| (Key::Int(pos as i64), val, pos + 1)),
            Storage::Hash { entries, .. } => {
                while pos < entries.len() {
                    if let Some((k, v)) = &entries[pos] {
                        return Some((k.clone(), v, pos + 1));
                    }
                    pos += 1;
                }
                None
            }
        }
    }

    /// Like [`PhpArray::entry_at`], with the value writable (foreach by
    /// reference binds the loop variable to each element in place).
    pub fn entry_at_mut(&mut self, mut pos: usize) -> Option<(Key, &mut Value, usize)> {
        match &mut self.storage {
            Storage::Packed(v) => v
                .get_mut(pos)
                .map(|val| (Key::Int(pos as i64), val, pos + 1)),
            Storage::Hash { entries, .. } => {
                while pos < entries.len() && entries[pos].is_none() {
                    pos += 1;
                }
                match entries.get_mut(pos) {
                    Some(Some((k, v))) => Some((k.clone(), v, pos + 1)),
                    _ => None,
                }
            }
        }
    }

    pub fn values(&self) -> impl Iterator<Item = &Value> {
        self.iter().map(|(_, v)| v)
    }

    pub fn is_list(&self) -> bool {
        matches!(self.storage, Storage::Packed(_))
    }

    // --- Added for the array functions (stdlib/arrays.rs) ---

    /// The first key in iteration order.
    pub fn first_key(&self) -> Option<Key> {
        self.entry_at(0).map(|(k, _, _)| k)
    }

    /// The last key in iteration order (without walking the whole array).
    pub fn last_key(&self) -> Option<Key> {
        match &self.storage {
            Storage::Packed(v) => v.len().checked_sub(1).map(|i| Key::Int(i as i64)),
            Storage::Hash { entries, .. } => entries
                .iter()
                .rev()
                .find_map(|e| e.as_ref().map(|(k, _)| k.clone())),
        }
    }

    /// The storage length: the position just past the last entry.
    fn end_pos(&self) -> usize {
        match &self.storage {
            Storage::Packed(v) => v.len(),
            Storage::Hash { entries, .. } => entries.len(),
        }
    }

    /// The entry under the internal pointer (`current`, `key`).
    pub fn pointer_entry(&self) -> Option<(Key, &Value)> {
        self.entry_at(self.pos).map(|(k, v, _)| (k, v))
    }

    /// `reset`: the pointer to the first entry.
    pub fn pointer_reset(&mut self) {
        self.pos = 0;
    }

    /// `end`: the pointer to the last entry.
    pub fn pointer_end(&mut self) {
        self.pos = match &self.storage {
            Storage::Packed(v) => v.len().saturating_sub(1),
            Storage::Hash { entries, .. } => entries.iter().rposition(Option::is_some).unwrap_or(0),
        };
    }

    /// `next`: the pointer to the entry after the current one, or past
    /// the end.
    pub fn pointer_next(&mut self) {
        self.pos = match self.entry_at(self.pos) {
            Some((_, _, after)) => after,
            None => self.end_pos(),
        };
    }

    /// `prev`: the pointer to the entry before the current one, or past
    /// the end when there is none.
    pub fn pointer_prev(&mut self) {
        let end = self.end_pos();
        let current = match self.entry_at(self.pos) {
            Some((_, _, after)) => after - 1,
            None => {
                self.pos = end;
                return;
            }
        };
        self.pos = match &self.storage {
            Storage::Packed(_) => current.checked_sub(1).unwrap_or(end),
            Storage::Hash { entries, .. } => entries[..current]
                .iter()
                .rposition(Option::is_some)
                .unwrap_or(end),
        };
    }

    /// Removes the last entry (`array_pop`). Like php, when its key was the
    /// last one `$a[] = ...` used, the next append reuses it.
    pub fn pop(&mut self) -> Option<(Key, Value)> {
        let key = self.last_key()?;
        let value = self.remove(&key)?;
        if let Key::Int(k) = key {
            if self.next_index != i64::MIN && k == self.next_index.wrapping_sub(1) {
                self.next_index = k;
            }
        }
        Some((key, value))
    }
}

pub struct ArrayIter<'a> {
    array: &'a PhpArray,
    pos: usize,
}

impl<'a> Iterator for ArrayIter<'a> {
    type Item = (Key, &'a Value);
    fn next(&mut self) -> Option<Self::Item> {
        let (k, v, next) = self.array.entry_at(self.pos)?;
        self.pos = next;
        Some((k, v))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(a: &PhpArray) -> Vec<Key> {
        a.iter().map(|(k, _)| k).collect()
    }

    #[test]
    fn packed_until_a_gap_then_ordered_hash() {
        let mut a = PhpArray::new();
        a.push(Value::Int(1));
        a.push(Value::Int(2));
        assert!(a.is_list());
        a.set(Key::Int(10), Value::Int(3));
        assert!(!a.is_list());
        a.push(Value::Int(4));
        assert_eq!(
            keys(&a),
            vec![Key::Int(0), Key::Int(1), Key::Int(10), Key::Int(11)]
        );
    }

    #[test]
    fn string_keys_normalise() {
        assert_eq!(Key::from_bytes(b"12"), Key::Int(12));
        assert_eq!(Key::from_bytes(b"-3"), Key::Int(-3));
        assert_eq!(Key::from_bytes(b"012"), Key::Str("012".into()));
        assert_eq!(Key::from_bytes(b"-0"), Key::Str("-0".into()));
        assert_eq!(Key::from_bytes(b"1.5"), Key::Str("1.5".into()));
        assert_eq!(
            Key::from_bytes(b"99999999999999999999"),
            Key::Str("99999999999999999999".into())
        );
    }

    #[test]
    fn unset_keeps_order_and_compacts() {
        let mut a = PhpArray::new();
        for i in 0..100 {
            a.set(Key::Str(format!("k{i}").into()), Value::Int(i));
        }
        for i in 0..90 {
            assert!(a.remove(&Key::Str(format!("k{i}").into())).is_some());
        }
        assert_eq!(a.len(), 10);
        let vals: Vec<_> = a.values().cloned().collect();
        assert_eq!(vals, (90..100).map(Value::Int).collect::<Vec<_>>());
        // Existing key keeps its position.
        a.set(Key::Str("k95".into()), Value::Int(-1));
        assert_eq!(a.iter().nth(5).unwrap().1, &Value::Int(-1));
    }

    #[test]
    fn next_index_follows_php() {
        let mut a = PhpArray::new();
        a.set(Key::Int(-5), Value::Int(1));
        a.push(Value::Int(2));
        assert_eq!(keys(&a), vec![Key::Int(-5), Key::Int(-4)]);
        let mut b = PhpArray::from_list(vec![Value::Int(1)]);
        b.set(Key::Int(-3), Value::Int(1));
        b.push(Value::Int(2));
        assert_eq!(keys(&b), vec![Key::Int(0), Key::Int(-3), Key::Int(1)]);
        let mut c = PhpArray::new();
        c.set(Key::Str("x".into()), Value::Null);
        c.push(Value::Null);
        assert_eq!(keys(&c), vec![Key::Str("x".into()), Key::Int(0)]);
    }

    #[test]
    fn next_index_survives_removal() {
        let mut a = PhpArray::from_list(vec![Value::Int(1), Value::Int(2)]);
        a.remove(&Key::Int(1));
        a.push(Value::Int(3));
        assert_eq!(keys(&a), vec![Key::Int(0), Key::Int(2)]);
    }
}
