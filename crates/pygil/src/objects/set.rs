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
    /// Active and dummy slots.
    fill: usize,
    /// Active slots.
    used: usize,
    /// Where `pop` starts looking (CPython's `finger`).
    finger: usize,
    pub version: u64,
}

impl Default for SetTable {
    fn default() -> Self {
        SetTable::new()
    }
}

impl SetTable {
    pub fn new() -> SetTable {
        SetTable { table: vec![Slot { hash: 0, key: Value::Null }; MIN_SIZE], fill: 0, used: 0, finger: 0, version: 0 }
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

    /// Insert a key known not to be present (set_add_entry): into the last
    /// dummy on its probe path if there is one (CPython 3.11 keeps
    /// overwriting `freeslot`), else into the empty slot that ends the
    /// path, growing the table when it is 3/5 full.
    pub fn insert_new(&mut self, hash: i64, key: Value) {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut freeslot = None;
        let empty = 'probe: loop {
            let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
            for j in i..=i + probes {
                let s = &self.table[j];
                if s.key.is_null() {
                    if s.hash == 0 {
                        break 'probe j;
                    }
                    freeslot = Some(j);
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        };
        self.used += 1;
        self.version += 1;
        if let Some(j) = freeslot {
            self.table[j] = Slot { hash, key };
            return;
        }
        self.table[empty] = Slot { hash, key };
        self.fill += 1;
        if self.fill * 5 >= self.mask() * 3 {
            let min = if self.used > 50000 { self.used * 2 } else { self.used * 4 };
            self.resize(min);
        }
    }

    /// The slot `pop` takes: the first active one from the finger on,
    /// wrapping around (set_pop); the finger moves past it.
    pub fn pop_slot(&mut self) -> Option<usize> {
        if self.used == 0 {
            return None;
        }
        let mut j = self.finger & self.mask();
        while self.table[j].key.is_null() {
            j = (j + 1) & self.mask();
        }
        self.finger = j + 1;
        Some(j)
    }

    /// The one big resize set_merge does before adding `incoming` keys.
    pub fn reserve(&mut self, incoming: usize) {
        if (self.fill + incoming) * 5 >= self.mask() * 3 {
            self.resize((self.used + incoming) * 2);
        }
    }

    /// After deleting many keys (set_difference_update_internal): rebuild
    /// the table if more than a quarter of it is dummies.
    pub fn resize_away_dummies(&mut self) {
        if self.fill - self.used > self.mask() / 4 {
            let min = if self.used > 50000 { self.used * 2 } else { self.used * 4 };
            self.resize(min);
        }
    }

    /// No active key and no dummy (set_merge's fast paths need `fill == 0`).
    pub fn is_pristine(&self) -> bool {
        self.fill == 0
    }

    /// Delete the key in slot `j`, leaving a dummy.
    pub fn remove_at(&mut self, j: usize) -> Value {
        let k = std::mem::take(&mut self.table[j].key);
        self.table[j].hash = -1;
        self.used -= 1;
        self.version += 1;
        k
    }

    /// Take the slots of `other`, keeping this table's `pop` finger
    /// (set_swap_bodies swaps everything but the finger); returns the old
    /// slots, to be dropped once no borrow is held.
    pub fn replace_body(&mut self, other: SetTable) -> SetTable {
        let finger = self.finger;
        let version = self.version + 1;
        let old = std::mem::replace(self, other);
        self.finger = finger;
        self.version = version;
        old
    }

    pub fn clear(&mut self) {
        *self = SetTable { version: self.version + 1, finger: self.finger, ..SetTable::new() };
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

    /// set_merge of another table into this one while this one is
    /// empty (`is_pristine`): a copy of the slots when the sizes agree and
    /// `other` has no dummies, else clean inserts in `other`'s order.
    pub fn merge_from(&mut self, other: &SetTable) {
        self.reserve(other.used);
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
