//! Texts for the crate's differential tests: pieces (odd chars, words,
//! numbers, marks) joined by a fixed pseudo-random sequence, so a fast
//! path and its reference are compared on the same thousands of texts in
//! every run.

/// The `count` texts made of `pieces`: text `n` joins `n % cycle` pieces
/// drawn by a linear congruential sequence from `seed`; after each piece a
/// space when the draw's bits under `space_mask` are all zero (`None`: no
/// spaces but those of the pieces).
pub(crate) fn joined_pieces<'p>(
    pieces: &'p [&'p str],
    seed: u64,
    count: usize,
    cycle: usize,
    space_mask: Option<u64>,
) -> impl Iterator<Item = String> + 'p {
    let mut seed = seed;
    (0..count).map(move |n| {
        let mut text = String::new();
        for _ in 0..n % cycle {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            text.push_str(pieces[(seed >> 33) as usize % pieces.len()]);
            if space_mask.is_some_and(|m| seed & m == 0) {
                text.push(' ');
            }
        }
        text
    })
}

/// Draws below a bound from a xorshift sequence started at `seed` (not
/// zero): `draw(n)` is in `0..n`, and the same seed gives the same draws.
pub(crate) fn draws(seed: u64) -> impl FnMut(u64) -> usize {
    let mut seed = seed;
    move |n| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % n) as usize
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_are_the_pieces_joined_in_a_fixed_order() {
        let pieces = ["a", "b", "c"];
        let first: Vec<String> = joined_pieces(&pieces, 7, 40, 9, Some(1)).collect();
        assert_eq!(first, joined_pieces(&pieces, 7, 40, 9, Some(1)).collect::<Vec<_>>());
        assert_eq!(first.len(), 40);
        for (n, text) in first.iter().enumerate() {
            assert_eq!(text.replace(' ', "").len(), n % 9, "{text:?}");
        }
        // Some pieces are followed by a space, some meet the next piece.
        assert!(first.iter().any(|t| t.contains(' ')));
        assert!(first.iter().any(|t| t.split(' ').any(|w| w.len() > 1)));
        let unspaced: Vec<String> = joined_pieces(&pieces, 7, 40, 9, None).collect();
        assert!(unspaced.iter().all(|t| !t.contains(' ')));
        assert_ne!(first, joined_pieces(&pieces, 8, 40, 9, Some(1)).collect::<Vec<_>>());
    }

    #[test]
    fn draws_stay_below_their_bound_and_repeat_from_a_seed() {
        let (mut a, mut b) = (draws(7), draws(7));
        let first: Vec<usize> = (1..200).map(&mut a).collect();
        assert_eq!(first, (1..200).map(&mut b).collect::<Vec<_>>());
        assert!(first.iter().zip(1..).all(|(&d, n)| d < n as usize));
        assert!(first.iter().collect::<std::collections::HashSet<_>>().len() > 50);
    }
}
