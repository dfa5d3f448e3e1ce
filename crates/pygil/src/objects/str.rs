//! `str` storage.
//!
//! UTF-8 text with a cached code-point length and an ASCII flag: indexing an
//! ASCII string is O(1); a non-ASCII string is indexed by walking it (a lazy
//! index for long non-ASCII strings is future work, DESIGN.md "str").
//! The hash is computed once and cached.

use std::cell::Cell;

pub struct PyStr {
    s: Box<str>,
    char_len: usize,
    ascii: bool,
    hash: Cell<i64>,
    /// Set once the string is in the intern table (it then lives forever,
    /// so its address can key caches).
    pub interned: Cell<bool>,
}

const NO_HASH: i64 = -1;

impl PyStr {
    pub fn new(s: impl Into<Box<str>>) -> PyStr {
        let s: Box<str> = s.into();
        let ascii = s.is_ascii();
        let char_len = if ascii { s.len() } else { s.chars().count() };
        PyStr { s, char_len, ascii, hash: Cell::new(NO_HASH), interned: Cell::new(false) }
    }

    #[inline(always)]
    pub fn as_str(&self) -> &str {
        &self.s
    }

    #[inline(always)]
    pub fn char_len(&self) -> usize {
        self.char_len
    }

    #[inline(always)]
    pub fn is_ascii(&self) -> bool {
        self.ascii
    }

    #[inline]
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != NO_HASH {
            return h;
        }
        let h = hash_bytes(self.s.as_bytes());
        self.hash.set(h);
        h
    }

    /// The code point at character index `i` (0 <= i < char_len).
    pub fn char_at(&self, i: usize) -> char {
        if self.ascii {
            self.s.as_bytes()[i] as char
        } else {
            self.s.chars().nth(i).unwrap()
        }
    }

    /// Byte offset of character index `i` (i <= char_len).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.ascii {
            i
        } else {
            self.s.char_indices().nth(i).map(|(b, _)| b).unwrap_or(self.s.len())
        }
    }

    /// Substring by character indices.
    pub fn slice_chars(&self, start: usize, end: usize) -> &str {
        if self.ascii {
            &self.s[start..end]
        } else {
            let a = self.byte_offset(start);
            let b = a + self.s[a..].char_indices().nth(end - start).map(|(b, _)| b).unwrap_or(self.s.len() - a);
            &self.s[a..b]
        }
    }
}

/// The string hash: a fast 64-bit multiplicative hash (FxHash-style) folded
/// so it never returns -1, which CPython reserves for errors.
pub fn hash_bytes(b: &[u8]) -> i64 {
    const K: u64 = 0x517c_c1b7_2722_0a95;
    let mut h: u64 = b.len() as u64;
    let mut chunks = b.chunks_exact(8);
    for c in &mut chunks {
        let w = u64::from_le_bytes(c.try_into().unwrap());
        h = (h.rotate_left(5) ^ w).wrapping_mul(K);
    }
    for &x in chunks.remainder() {
        h = (h.rotate_left(5) ^ x as u64).wrapping_mul(K);
    }
    // Final avalanche so short keys spread over the low bits tables use.
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    let h = h as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}
