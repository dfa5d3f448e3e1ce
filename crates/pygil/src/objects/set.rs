//! The set table, laid out like CPython's (Objects/setobject.c) so that
//! iteration order — which programs print — matches: open addressing over
//! the entries themselves, a run of linear probes then perturbation,
//! dummies for deleted keys, and CPython's growth rule.
//!
//! As with dicts, key comparison that may call Python happens in the VM;
//! the table offers candidate slots and clean inserts.

use super::value::Value;

const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;
const MIN_SIZE: usize = 8;

#[derive(Clone)]
pub struct Slot {
    /// 0 with a Null key: empty; -1 with a Null key: dummy (deleted).
    pub hash: i64,
    pub key: Value,
}

#[derive(Clone)]
pub struct SetTable {
    table: Vec<Slot>,
    fill: usize,
    used: usize,
    pub version: u64,
}

impl Default for SetTable {
    fn default() -> Self {
        SetTable::new()
    }
}

impl SetTable {
    pub fn new() -> SetTable {
        SetTable { table: vec![Slot { hash: 0, key: Value::Null }; MIN_SIZE], fill: 0, used: 0, version: 0 }
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    fn mask(&self) -> usize {
        self.table.len() - 1
    }

    /// The probe sequence for `hash`, stopping at the first empty slot:
    /// calls `visit(slot_index)` for active slots with an equal hash; a
    /// `true` return stops the probe. Returns the empty slot reached, or
    /// `None` if `visit` stopped it.
    fn probe(&self, hash: i64, mut visit: impl FnMut(usize) -> bool) -> Option<usize> {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
            for j in i..=i + probes {
                let s = &self.table[j];
                if s.key.is_null() && s.hash == 0 {
                    return Some(j);
                }
                if s.hash == hash && !s.key.is_null() && visit(j) {
                    return None;
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    /// Active slots whose hash equals `hash`, in probe order.
    pub fn candidates(&self, hash: i64) -> Vec<usize> {
        let mut out = Vec::new();
        self.probe(hash, |j| {
            out.push(j);
            false
        });
        out
    }

    /// Find with a comparison that never calls Python.
    pub fn find_with(&self, hash: i64, mut eq: impl FnMut(&Value) -> bool) -> Option<usize> {
        let mut found = None;
        self.probe(hash, |j| {
            if eq(&self.table[j].key) {
                found = Some(j);
                true
            } else {
                false
            }
        });
        found
    }

    #[inline]
    pub fn slot(&self, j: usize) -> &Slot {
        &self.table[j]
    }

    /// Insert a key known not to be present (set_add_entry's found_unused path).
    pub fn insert_new(&mut self, hash: i64, key: Value) {
        let j = self.probe(hash, |_| false).expect("probe stopped without a visitor");
        self.table[j] = Slot { hash, key };
        self.fill += 1;
        self.used += 1;
        self.version += 1;
        if self.fill * 5 >= self.mask() * 3 {
            let min = if self.used > 50000 { self.used * 2 } else { self.used * 4 };
            self.resize(min);
        }
    }

    /// Delete the key in slot `j`, leaving a dummy.
    pub fn remove_at(&mut self, j: usize) -> Value {
        let k = std::mem::take(&mut self.table[j].key);
        self.table[j].hash = -1;
        self.used -= 1;
        self.version += 1;
        k
    }

    pub fn clear(&mut self) {
        *self = SetTable { version: self.version + 1, ..SetTable::new() };
    }

    fn insert_clean(table: &mut [Slot], hash: i64, key: Value) {
        let mask = table.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            if table[i].key.is_null() {
                table[i] = Slot { hash, key };
                return;
            }
            if i + LINEAR_PROBES <= mask {
                for j in i + 1..=i + LINEAR_PROBES {
                    if table[j].key.is_null() {
                        table[j] = Slot { hash, key };
                        return;
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    /// set_table_resize: the smallest power of two above `minused`.
    fn resize(&mut self, minused: usize) {
        let mut size = MIN_SIZE;
        while size <= minused {
            size <<= 1;
        }
        let old = std::mem::replace(&mut self.table, vec![Slot { hash: 0, key: Value::Null }; size]);
        for s in old.into_iter().filter(|s| !s.key.is_null()) {
            Self::insert_clean(&mut self.table, s.hash, s.key);
        }
        self.fill = self.used;
        self.version += 1;
    }

    /// set_merge of another table into this one, for keys not present here.
    /// `absent` says whether a key of `other` is known to be missing here.
    pub fn merge_from(&mut self, other: &SetTable) {
        if (self.fill + other.used) * 5 >= self.mask() * 3 {
            self.resize((self.used + other.used) * 2);
        }
        if self.fill == 0 && self.mask() == other.mask() && other.fill == other.used {
            self.table = other.table.clone();
            self.fill = other.fill;
            self.used = other.used;
            self.version += 1;
            return;
        }
        if self.fill == 0 {
            for s in other.table.iter().filter(|s| !s.key.is_null()) {
                Self::insert_clean(&mut self.table, s.hash, s.key.clone());
            }
            self.fill = other.used;
            self.used = other.used;
            self.version += 1;
            return;
        }
        // Callers handle the general case key by key (needs equality).
        unreachable!("merge_from on a non-empty set");
    }

    /// Active keys in table order (the iteration order).
    pub fn iter(&self) -> impl Iterator<Item = &Slot> {
        self.table.iter().filter(|s| !s.key.is_null())
    }

    pub fn capacity_slots(&self) -> usize {
        self.table.len()
    }

    /// The next active slot at or after `pos`: (next position, slot).
    pub fn next_from(&self, mut pos: usize) -> Option<(usize, &Slot)> {
        while pos < self.table.len() {
            let s = &self.table[pos];
            if !s.key.is_null() {
                return Some((pos + 1, s));
            }
            pos += 1;
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(t: &SetTable) -> Vec<i64> {
        t.iter().map(|s| if let Value::Int(i) = s.key { i } else { -1 }).collect()
    }

    #[test]
    fn small_int_order_matches_cpython() {
        // CPython 3.11: {5, 3, 9, 1} prints as {9, 3, 5, 1}; {10, 2, 33} as {33, 10, 2}.
        let mut t = SetTable::new();
        for k in [5, 3, 9, 1] {
            t.insert_new(k, Value::Int(k));
        }
        assert_eq!(keys(&t), vec![9, 3, 5, 1]);
        let mut t = SetTable::new();
        for k in [10, 2, 33] {
            t.insert_new(k, Value::Int(k));
        }
        assert_eq!(keys(&t), vec![33, 10, 2]);
    }
}
