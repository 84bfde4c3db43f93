//! Buffers a thread keeps from one text to the next: the stages that
//! fill vectors for every document (normalisation, the context, the people
//! scan and merge) take them back cleared instead of allocating anew.

/// The largest buffer (in bytes of capacity) a thread keeps for its next
/// text: one huge document does not pin its memory for the thread's life.
pub(crate) const KEEP_BYTES: usize = 4 << 20;

/// `v` emptied for the next text, or a new empty vector when its capacity
/// passes [`KEEP_BYTES`].
pub(crate) fn emptied<T>(mut v: Vec<T>) -> Vec<T> {
    v.clear();
    if v.capacity().saturating_mul(std::mem::size_of::<T>()) > KEEP_BYTES {
        return Vec::new();
    }
    v
}

/// [`emptied`] for a string.
pub(crate) fn emptied_string(mut s: String) -> String {
    s.clear();
    if s.capacity() > KEEP_BYTES {
        return String::new();
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn buffers_are_kept_empty_unless_huge() {
        let small: Vec<u64> = Vec::with_capacity(100);
        let mut full = small;
        full.extend(0..100);
        let kept = emptied(full);
        assert!(kept.is_empty() && kept.capacity() >= 100);
        let huge: Vec<u64> = Vec::with_capacity(KEEP_BYTES / 8 + 1);
        assert_eq!(emptied(huge).capacity(), 0);
        let s = emptied_string(String::from("abc"));
        assert!(s.is_empty() && s.capacity() >= 3);
        assert_eq!(emptied_string(String::with_capacity(KEEP_BYTES + 1)).capacity(), 0);
    }
}
