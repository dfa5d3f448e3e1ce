//! The dict table: compact and insertion-ordered like CPython's
//! (Objects/dictobject.c): an entries vector in insertion order plus an
//! open-addressing index table probed with CPython's perturbation scheme.
//!
//! The table itself never calls Python. Key comparison that might run a
//! Python `__eq__` happens in the VM (vm/dictops.rs), which copies the
//! candidate keys out, releases the borrow, compares, and re-checks the
//! table's `version` afterwards: an `__eq__` that mutates the dict makes the
//! lookup restart instead of reading a stale table (DESIGN.md "dict").

use super::value::Value;

#[derive(Clone)]
pub struct Entry {
    pub hash: i64,
    /// `Value::Null` marks a deleted entry.
    pub key: Value,
    pub value: Value,
}

#[derive(Clone, Default)]
pub struct DictTable {
    entries: Vec<Entry>,
    /// Index table: -1 empty, otherwise an index into `entries` (which may
    /// point at a deleted entry: a "dummy" that keeps probe chains intact).
    indices: Vec<i32>,
    used: usize,
    /// Bumped on every structural change (insert of a new key, delete, resize).
    pub version: u64,
}

const PERTURB_SHIFT: u32 = 5;
const MIN_SIZE: usize = 8;

/// What a probe found for a hash: entry indices whose hash matches, in
/// probe order. The caller compares keys.
pub type Candidates = smallvec_lite::SmallVec;

impl DictTable {
    pub fn new() -> DictTable {
        DictTable::default()
    }

    pub fn with_capacity(n: usize) -> DictTable {
        let mut d = DictTable::default();
        if n > 0 {
            let size = (n * 3 / 2 + 1).next_power_of_two().max(MIN_SIZE);
            d.indices = vec![-1; size];
            d.entries.reserve(n);
        }
        d
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// Entry indices whose stored hash equals `hash`, in probe order.
    pub fn candidates(&self, hash: i64) -> Candidates {
        let mut out = Candidates::new();
        if self.indices.is_empty() {
            return out;
        }
        let mask = self.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let ix = self.indices[i];
            if ix < 0 {
                return out;
            }
            let e = &self.entries[ix as usize];
            if e.hash == hash && !e.key.is_null() {
                out.push(ix as usize);
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    /// Look up with a comparison that never calls Python, stopping at the
    /// first match.
    #[inline]
    pub fn find_with(&self, hash: i64, mut eq: impl FnMut(&Value) -> bool) -> Option<usize> {
        if self.indices.is_empty() {
            return None;
        }
        let mask = self.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let ix = self.indices[i];
            if ix < 0 {
                return None;
            }
            let e = &self.entries[ix as usize];
            if e.hash == hash && !e.key.is_null() && eq(&e.key) {
                return Some(ix as usize);
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    #[inline]
    pub fn entry(&self, ix: usize) -> &Entry {
        &self.entries[ix]
    }

    pub fn set_value(&mut self, ix: usize, v: Value) -> Value {
        std::mem::replace(&mut self.entries[ix].value, v)
    }

    /// Append a key known not to be present.
    pub fn insert_new(&mut self, hash: i64, key: Value, value: Value) {
        if (self.entries.len() + 1) * 3 >= self.indices.len() * 2 {
            self.resize((self.used + 1) * 3);
        }
        let mask = self.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        while self.indices[i] >= 0 {
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
        self.indices[i] = self.entries.len() as i32;
        self.entries.push(Entry { hash, key, value });
        self.used += 1;
        self.version += 1;
    }

    /// Delete the entry at `ix`, returning its key and value.
    pub fn remove_at(&mut self, ix: usize) -> (Value, Value) {
        let e = &mut self.entries[ix];
        let k = std::mem::take(&mut e.key);
        let v = std::mem::take(&mut e.value);
        self.used -= 1;
        self.version += 1;
        // Trailing deleted entries can be dropped only together with their
        // index slots, which resize does; keep it simple and let resize compact.
        if self.used == 0 {
            self.clear();
        }
        (k, v)
    }

    pub fn clear(&mut self) {
        self.entries.clear();
        self.indices.clear();
        self.used = 0;
        self.version += 1;
    }

    fn resize(&mut self, min: usize) {
        let size = min.next_power_of_two().max(MIN_SIZE);
        let old = std::mem::take(&mut self.entries);
        self.indices = vec![-1; size];
        self.entries.reserve(self.used.max(4));
        let mask = size - 1;
        for e in old.into_iter().filter(|e| !e.key.is_null()) {
            let mut perturb = e.hash as u64;
            let mut i = (e.hash as u64 as usize) & mask;
            while self.indices[i] >= 0 {
                perturb >>= PERTURB_SHIFT;
                i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
            }
            self.indices[i] = self.entries.len() as i32;
            self.entries.push(e);
        }
        self.version += 1;
    }

    /// Live entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter(|e| !e.key.is_null())
    }

    /// The position just past the last entry slot (for iterators that resume).
    pub fn slots(&self) -> usize {
        self.entries.len()
    }

    /// The live entry at or after slot `pos`, and the slot after it.
    pub fn next_from(&self, mut pos: usize) -> Option<(usize, &Entry)> {
        while pos < self.entries.len() {
            let e = &self.entries[pos];
            if !e.key.is_null() {
                return Some((pos + 1, e));
            }
            pos += 1;
        }
        None
    }

    /// The last live entry's slot (for popitem).
    pub fn last_index(&self) -> Option<usize> {
        self.entries.iter().rposition(|e| !e.key.is_null())
    }

    /// The first live entry's slot.
    pub fn first_index(&self) -> Option<usize> {
        self.entries.iter().position(|e| !e.key.is_null())
    }
}

/// Which view a dict view object is.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ViewKind {
    Keys,
    Values,
    Items,
}

/// A tiny inline vector for probe candidates (almost always 0 or 1 long).
pub mod smallvec_lite {
    #[derive(Default)]
    pub struct SmallVec {
        inline: [usize; 4],
        len: usize,
        spill: Vec<usize>,
    }

    impl SmallVec {
        pub fn new() -> Self {
            SmallVec::default()
        }
        pub fn push(&mut self, v: usize) {
            if self.len < 4 {
                self.inline[self.len] = v;
            } else {
                self.spill.push(v);
            }
            self.len += 1;
        }
        pub fn len(&self) -> usize {
            self.len
        }
        pub fn is_empty(&self) -> bool {
            self.len == 0
        }
        pub fn iter(&self) -> impl Iterator<Item = usize> + '_ {
            self.inline[..self.len.min(4)].iter().copied().chain(self.spill.iter().copied())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn insert_find_delete_keeps_order() {
        let mut d = DictTable::new();
        for i in 0..100 {
            d.insert_new(i, Value::Int(i), Value::Int(i * 2));
        }
        assert_eq!(d.len(), 100);
        let ix = d.find_with(42, |k| matches!(k, Value::Int(42))).unwrap();
        assert!(matches!(d.entry(ix).value, Value::Int(84)));
        d.remove_at(ix);
        assert!(d.find_with(42, |k| matches!(k, Value::Int(42))).is_none());
        let keys: Vec<i64> = d.iter().map(|e| if let Value::Int(i) = e.key { i } else { -1 }).collect();
        assert_eq!(keys.len(), 99);
        assert_eq!(keys[41], 41);
        assert_eq!(keys[42], 43);
    }
}
