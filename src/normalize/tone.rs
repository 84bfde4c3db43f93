//! Tone-mark placement: traditional "hòa, thủy" or reformed "hoà, thuỷ".
//!
//! The two conventions differ only in open syllables ending in "oa", "oe" or
//! "uy" (not after "q"): "hoà"↔"hòa", "khoẻ"↔"khỏe", "thuỷ"↔"thủy". Every
//! other syllable ("hoàng", "quý", "khuya", "thuở") is left as it is.

// Looked up for every letter and never iterated: a fast hash.
use rustc_hash::FxHashMap as HashMap;
use std::sync::LazyLock;
use unicode_normalization::char::compose;

/// Where the tone mark goes in "oa", "oe", "uy" syllables.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ToneStyle {
    /// "hòa", "thủy", "Ủy ban": the form of official names (default).
    #[default]
    Traditional,
    /// "hoà", "thuỷ", "Uỷ ban": the reformed school rule.
    Reformed,
}

const TONES: [char; 5] = ['\u{300}', '\u{301}', '\u{309}', '\u{303}', '\u{323}'];
const BASES: &str = "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY";

struct Tables {
    split: HashMap<char, (char, u8)>,
    join: HashMap<(char, u8), char>,
}

static TABLES: LazyLock<Tables> = LazyLock::new(|| {
    let mut split = HashMap::default();
    let mut join = HashMap::default();
    for base in BASES.chars() {
        split.insert(base, (base, 0));
        join.insert((base, 0), base);
        for (t, mark) in TONES.iter().enumerate() {
            if let Some(c) = compose(base, *mark) {
                split.insert(c, (base, t as u8 + 1));
                join.insert((base, t as u8 + 1), c);
            }
        }
    }
    Tables { split, join }
});

/// `split` as a flat table over U+00C0..U+024F and U+1E00..U+1EFF.
static SPLIT_FLAT: LazyLock<Vec<Option<(char, u8)>>> = LazyLock::new(|| {
    (0x00C0u32..0x0250)
        .chain(0x1E00..0x1F00)
        .map(|u| char::from_u32(u).and_then(|c| TABLES.split.get(&c).copied()))
        .collect()
});

/// Splits a vowel into its toneless base and tone (0 = none).
pub(crate) fn split_tone(c: char) -> Option<(char, u8)> {
    match c as u32 {
        0..=0x7F => {
            matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'A' | 'E' | 'I' | 'O' | 'U' | 'Y').then_some((c, 0))
        }
        u @ 0x00C0..=0x024F => SPLIT_FLAT[(u - 0x00C0) as usize],
        u @ 0x1E00..=0x1EFF => SPLIT_FLAT[(u - 0x1E00) as usize + (0x0250 - 0x00C0)],
        _ => None,
    }
}

fn with_tone(base: char, tone: u8) -> char {
    TABLES.join.get(&(base, tone)).copied().unwrap_or(base)
}

/// Places the tone of one syllable (chars with their offsets) in `style`.
pub(super) fn place<T: Copy>(syl: &mut [(char, T, T)], style: ToneStyle) {
    let n = syl.len();
    if n < 2 {
        return;
    }
    let before = (n >= 3).then(|| syl[n - 3].0);
    if let Some((a, b)) = retone(before, syl[n - 2].0, syl[n - 1].0, style) {
        syl[n - 2].0 = a;
        syl[n - 1].0 = b;
    }
}

/// The new last two letters of a syllable ending in `a`, `b` (after
/// `before`, if the syllable is longer), or `None` when `style` keeps them.
///
/// Inlined: the normaliser asks for every syllable, and the first test
/// answers nearly all of them without a call.
#[inline]
pub(super) fn retone(before: Option<char>, a: char, b: char, style: ToneStyle) -> Option<(char, char)> {
    if !may_retone(b) {
        return None;
    }
    retone_vowels(before, a, b, style)
}

/// False when a syllable ending in `a`, `b` keeps its tone in either style:
/// [`may_retone`] of `b`, and `a` is an "o" or "u" with or without a tone.
#[cfg(test)]
#[inline]
pub(super) fn may_retone_pair(a: char, b: char) -> bool {
    may_retone(b)
        && if a.is_ascii() {
            matches!(a, 'o' | 'u' | 'O' | 'U')
        } else {
            split_tone(a).is_some_and(|(base, _)| matches!(base, 'o' | 'u' | 'O' | 'U'))
        }
}

/// False when a syllable ending in `b` keeps its tone in either style, the
/// first test of [`retone`]: nearly every syllable ends in a consonant or
/// in a vowel other than "a", "e", "y" with or without a tone mark (no
/// "oa", "oe", "uy" ending; "ă", "â", "ê" are other vowels).
#[inline]
pub(super) fn may_retone(b: char) -> bool {
    if b.is_ascii() {
        return matches!(b, 'a' | 'e' | 'y' | 'A' | 'E' | 'Y');
    }
    split_tone(b).is_some_and(|(base, _)| matches!(base, 'a' | 'e' | 'y' | 'A' | 'E' | 'Y'))
}

/// [`retone`] for a syllable that may end in "oa", "oe" or "uy".
#[inline(never)]
fn retone_vowels(before: Option<char>, a: char, b: char, style: ToneStyle) -> Option<(char, char)> {
    let (Some((b1, t1)), Some((b2, t2))) = (split_tone(a), split_tone(b)) else {
        return None;
    };
    let pair = (b1.to_ascii_lowercase(), b2.to_ascii_lowercase());
    if !matches!(pair, ('o', 'a') | ('o', 'e') | ('u', 'y')) || (t1 == 0) == (t2 == 0) {
        return None;
    }
    if let Some(before) = before {
        if matches!(before, 'q' | 'Q') || split_tone(before).is_some() {
            return None;
        }
    }
    let tone = t1.max(t2);
    let new = match style {
        ToneStyle::Traditional => (with_tone(b1, tone), b2),
        ToneStyle::Reformed => (b1, with_tone(b2, tone)),
    };
    (new != (a, b)).then_some(new)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn conv(s: &str, style: ToneStyle) -> String {
        let mut v: Vec<(char, (), ())> = s.chars().map(|c| (c, (), ())).collect();
        place(&mut v, style);
        v.into_iter().map(|x| x.0).collect()
    }

    #[test]
    fn both_directions() {
        let t = ToneStyle::Traditional;
        let r = ToneStyle::Reformed;
        for (reformed, traditional) in
            [("hoà", "hòa"), ("thuỷ", "thủy"), ("khoẻ", "khỏe"), ("Uỷ", "Ủy"), ("HOÁ", "HÓA")]
        {
            assert_eq!(conv(reformed, t), traditional);
            assert_eq!(conv(traditional, r), reformed);
            assert_eq!(conv(traditional, t), traditional);
        }
        for same in ["hoàng", "quý", "khuya", "thuở", "quỳnh", "hoa", "mùa"] {
            assert_eq!(conv(same, t), same);
            assert_eq!(conv(same, r), same);
        }
    }
}

/// The other spelling of a key whose syllables end in "i" or "y" after
/// "h", "k", "l", "m", "s", "t" or "qu" ("sĩ" and "sỹ", "kĩ" and "kỹ",
/// "lí" and "lý"): the press writes both ("nghị sĩ" and "nghị sỹ", "kĩ sư"
/// and "kỹ sư", "trợ lí" and "trợ lý"). Every such syllable of `key`
/// (lower case, words separated by spaces) is swapped; `None` when it
/// has none.
pub(crate) fn i_y_spelling(key: &str) -> Option<String> {
    const I: [char; 6] = ['i', 'í', 'ì', 'ỉ', 'ĩ', 'ị'];
    const Y: [char; 6] = ['y', 'ý', 'ỳ', 'ỷ', 'ỹ', 'ỵ'];
    let mut changed = false;
    let words: Vec<String> = key
        .split(' ')
        .map(|w| {
            let mut cs = w.chars();
            let last = cs.next_back();
            let initial = cs.as_str();
            let swap = last.and_then(|c| {
                I.iter().position(|&x| x == c).map(|t| Y[t]).or_else(|| Y.iter().position(|&x| x == c).map(|t| I[t]))
            });
            match swap {
                Some(c) if matches!(initial, "h" | "k" | "l" | "m" | "s" | "t" | "qu") => {
                    changed = true;
                    format!("{initial}{c}")
                }
                _ => w.to_string(),
            }
        })
        .collect();
    changed.then(|| words.join(" "))
}

#[cfg(test)]
mod i_y_tests {
    use super::i_y_spelling;

    /// Syllables of one of the consonants and "i" or "y" swap, tone kept;
    /// others stay ("sư", "nghị"; "thi": "th" is no initial of the
    /// alternation; "tuỳ": a vowel before the "y").
    #[test]
    fn i_and_y_swap_after_the_consonants_that_take_both() {
        assert_eq!(i_y_spelling("nghị sĩ").as_deref(), Some("nghị sỹ"));
        assert_eq!(i_y_spelling("thạc sỹ").as_deref(), Some("thạc sĩ"));
        assert_eq!(i_y_spelling("kỹ sư").as_deref(), Some("kĩ sư"));
        assert_eq!(i_y_spelling("trợ lý").as_deref(), Some("trợ lí"));
        assert_eq!(i_y_spelling("quý").as_deref(), Some("quí"));
        assert_eq!(i_y_spelling("giám đốc"), None);
        assert_eq!(i_y_spelling("thi"), None);
        assert_eq!(i_y_spelling("tuỳ"), None);
    }
}
