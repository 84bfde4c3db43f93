//! Accent folding and case mapping that keep byte lengths predictable.

use std::sync::LazyLock;
use unicode_normalization::char::decompose_canonical;

/// Folded forms of U+00C0..U+024F and U+1E00..U+1EFF, computed once.
static TABLE: LazyLock<Vec<char>> = LazyLock::new(|| {
    let fold_slow = |c: char| -> char {
        let mut first = None;
        decompose_canonical(c, |d| {
            if first.is_none() {
                first = Some(d);
            }
        });
        first.unwrap_or(c)
    };
    (0x00C0u32..0x0250).chain(0x1E00..0x1F00).map(|u| char::from_u32(u).map_or('\u{FFFD}', fold_slow)).collect()
});

/// Lower-case forms of the same ranges (a char whose lower case is not one
/// char of the same UTF-8 length maps to itself), written out: a plain
/// static, where a `LazyLock` built at the first call was checked at every
/// call of [`lower_char`], the commonest call of the set-up and of every
/// text. Made by `lower_slow` (`char::to_lowercase`) over the ranges, eight
/// chars a line; `lower_char_agrees_with_the_unicode_tables` checks every
/// entry against it.
#[rustfmt::skip]
static LOWER: [char; (0x0250 - 0x00C0) + (0x1F00 - 0x1E00)] = [
    'à', 'á', 'â', 'ã', 'ä', 'å', 'æ', 'ç', // U+00C0
    'è', 'é', 'ê', 'ë', 'ì', 'í', 'î', 'ï', // U+00C8
    'ð', 'ñ', 'ò', 'ó', 'ô', 'õ', 'ö', '×', // U+00D0
    'ø', 'ù', 'ú', 'û', 'ü', 'ý', 'þ', 'ß', // U+00D8
    'à', 'á', 'â', 'ã', 'ä', 'å', 'æ', 'ç', // U+00E0
    'è', 'é', 'ê', 'ë', 'ì', 'í', 'î', 'ï', // U+00E8
    'ð', 'ñ', 'ò', 'ó', 'ô', 'õ', 'ö', '÷', // U+00F0
    'ø', 'ù', 'ú', 'û', 'ü', 'ý', 'þ', 'ÿ', // U+00F8
    'ā', 'ā', 'ă', 'ă', 'ą', 'ą', 'ć', 'ć', // U+0100
    'ĉ', 'ĉ', 'ċ', 'ċ', 'č', 'č', 'ď', 'ď', // U+0108
    'đ', 'đ', 'ē', 'ē', 'ĕ', 'ĕ', 'ė', 'ė', // U+0110
    'ę', 'ę', 'ě', 'ě', 'ĝ', 'ĝ', 'ğ', 'ğ', // U+0118
    'ġ', 'ġ', 'ģ', 'ģ', 'ĥ', 'ĥ', 'ħ', 'ħ', // U+0120
    'ĩ', 'ĩ', 'ī', 'ī', 'ĭ', 'ĭ', 'į', 'į', // U+0128
    'İ', 'ı', 'ĳ', 'ĳ', 'ĵ', 'ĵ', 'ķ', 'ķ', // U+0130
    'ĸ', 'ĺ', 'ĺ', 'ļ', 'ļ', 'ľ', 'ľ', 'ŀ', // U+0138
    'ŀ', 'ł', 'ł', 'ń', 'ń', 'ņ', 'ņ', 'ň', // U+0140
    'ň', 'ŉ', 'ŋ', 'ŋ', 'ō', 'ō', 'ŏ', 'ŏ', // U+0148
    'ő', 'ő', 'œ', 'œ', 'ŕ', 'ŕ', 'ŗ', 'ŗ', // U+0150
    'ř', 'ř', 'ś', 'ś', 'ŝ', 'ŝ', 'ş', 'ş', // U+0158
    'š', 'š', 'ţ', 'ţ', 'ť', 'ť', 'ŧ', 'ŧ', // U+0160
    'ũ', 'ũ', 'ū', 'ū', 'ŭ', 'ŭ', 'ů', 'ů', // U+0168
    'ű', 'ű', 'ų', 'ų', 'ŵ', 'ŵ', 'ŷ', 'ŷ', // U+0170
    'ÿ', 'ź', 'ź', 'ż', 'ż', 'ž', 'ž', 'ſ', // U+0178
    'ƀ', 'ɓ', 'ƃ', 'ƃ', 'ƅ', 'ƅ', 'ɔ', 'ƈ', // U+0180
    'ƈ', 'ɖ', 'ɗ', 'ƌ', 'ƌ', 'ƍ', 'ǝ', 'ə', // U+0188
    'ɛ', 'ƒ', 'ƒ', 'ɠ', 'ɣ', 'ƕ', 'ɩ', 'ɨ', // U+0190
    'ƙ', 'ƙ', 'ƚ', 'ƛ', 'ɯ', 'ɲ', 'ƞ', 'ɵ', // U+0198
    'ơ', 'ơ', 'ƣ', 'ƣ', 'ƥ', 'ƥ', 'ʀ', 'ƨ', // U+01A0
    'ƨ', 'ʃ', 'ƪ', 'ƫ', 'ƭ', 'ƭ', 'ʈ', 'ư', // U+01A8
    'ư', 'ʊ', 'ʋ', 'ƴ', 'ƴ', 'ƶ', 'ƶ', 'ʒ', // U+01B0
    'ƹ', 'ƹ', 'ƺ', 'ƻ', 'ƽ', 'ƽ', 'ƾ', 'ƿ', // U+01B8
    'ǀ', 'ǁ', 'ǂ', 'ǃ', 'ǆ', 'ǆ', 'ǆ', 'ǉ', // U+01C0
    'ǉ', 'ǉ', 'ǌ', 'ǌ', 'ǌ', 'ǎ', 'ǎ', 'ǐ', // U+01C8
    'ǐ', 'ǒ', 'ǒ', 'ǔ', 'ǔ', 'ǖ', 'ǖ', 'ǘ', // U+01D0
    'ǘ', 'ǚ', 'ǚ', 'ǜ', 'ǜ', 'ǝ', 'ǟ', 'ǟ', // U+01D8
    'ǡ', 'ǡ', 'ǣ', 'ǣ', 'ǥ', 'ǥ', 'ǧ', 'ǧ', // U+01E0
    'ǩ', 'ǩ', 'ǫ', 'ǫ', 'ǭ', 'ǭ', 'ǯ', 'ǯ', // U+01E8
    'ǰ', 'ǳ', 'ǳ', 'ǳ', 'ǵ', 'ǵ', 'ƕ', 'ƿ', // U+01F0
    'ǹ', 'ǹ', 'ǻ', 'ǻ', 'ǽ', 'ǽ', 'ǿ', 'ǿ', // U+01F8
    'ȁ', 'ȁ', 'ȃ', 'ȃ', 'ȅ', 'ȅ', 'ȇ', 'ȇ', // U+0200
    'ȉ', 'ȉ', 'ȋ', 'ȋ', 'ȍ', 'ȍ', 'ȏ', 'ȏ', // U+0208
    'ȑ', 'ȑ', 'ȓ', 'ȓ', 'ȕ', 'ȕ', 'ȗ', 'ȗ', // U+0210
    'ș', 'ș', 'ț', 'ț', 'ȝ', 'ȝ', 'ȟ', 'ȟ', // U+0218
    'ƞ', 'ȡ', 'ȣ', 'ȣ', 'ȥ', 'ȥ', 'ȧ', 'ȧ', // U+0220
    'ȩ', 'ȩ', 'ȫ', 'ȫ', 'ȭ', 'ȭ', 'ȯ', 'ȯ', // U+0228
    'ȱ', 'ȱ', 'ȳ', 'ȳ', 'ȴ', 'ȵ', 'ȶ', 'ȷ', // U+0230
    'ȸ', 'ȹ', 'Ⱥ', 'ȼ', 'ȼ', 'ƚ', 'Ⱦ', 'ȿ', // U+0238
    'ɀ', 'ɂ', 'ɂ', 'ƀ', 'ʉ', 'ʌ', 'ɇ', 'ɇ', // U+0240
    'ɉ', 'ɉ', 'ɋ', 'ɋ', 'ɍ', 'ɍ', 'ɏ', 'ɏ', // U+0248
    'ḁ', 'ḁ', 'ḃ', 'ḃ', 'ḅ', 'ḅ', 'ḇ', 'ḇ', // U+1E00
    'ḉ', 'ḉ', 'ḋ', 'ḋ', 'ḍ', 'ḍ', 'ḏ', 'ḏ', // U+1E08
    'ḑ', 'ḑ', 'ḓ', 'ḓ', 'ḕ', 'ḕ', 'ḗ', 'ḗ', // U+1E10
    'ḙ', 'ḙ', 'ḛ', 'ḛ', 'ḝ', 'ḝ', 'ḟ', 'ḟ', // U+1E18
    'ḡ', 'ḡ', 'ḣ', 'ḣ', 'ḥ', 'ḥ', 'ḧ', 'ḧ', // U+1E20
    'ḩ', 'ḩ', 'ḫ', 'ḫ', 'ḭ', 'ḭ', 'ḯ', 'ḯ', // U+1E28
    'ḱ', 'ḱ', 'ḳ', 'ḳ', 'ḵ', 'ḵ', 'ḷ', 'ḷ', // U+1E30
    'ḹ', 'ḹ', 'ḻ', 'ḻ', 'ḽ', 'ḽ', 'ḿ', 'ḿ', // U+1E38
    'ṁ', 'ṁ', 'ṃ', 'ṃ', 'ṅ', 'ṅ', 'ṇ', 'ṇ', // U+1E40
    'ṉ', 'ṉ', 'ṋ', 'ṋ', 'ṍ', 'ṍ', 'ṏ', 'ṏ', // U+1E48
    'ṑ', 'ṑ', 'ṓ', 'ṓ', 'ṕ', 'ṕ', 'ṗ', 'ṗ', // U+1E50
    'ṙ', 'ṙ', 'ṛ', 'ṛ', 'ṝ', 'ṝ', 'ṟ', 'ṟ', // U+1E58
    'ṡ', 'ṡ', 'ṣ', 'ṣ', 'ṥ', 'ṥ', 'ṧ', 'ṧ', // U+1E60
    'ṩ', 'ṩ', 'ṫ', 'ṫ', 'ṭ', 'ṭ', 'ṯ', 'ṯ', // U+1E68
    'ṱ', 'ṱ', 'ṳ', 'ṳ', 'ṵ', 'ṵ', 'ṷ', 'ṷ', // U+1E70
    'ṹ', 'ṹ', 'ṻ', 'ṻ', 'ṽ', 'ṽ', 'ṿ', 'ṿ', // U+1E78
    'ẁ', 'ẁ', 'ẃ', 'ẃ', 'ẅ', 'ẅ', 'ẇ', 'ẇ', // U+1E80
    'ẉ', 'ẉ', 'ẋ', 'ẋ', 'ẍ', 'ẍ', 'ẏ', 'ẏ', // U+1E88
    'ẑ', 'ẑ', 'ẓ', 'ẓ', 'ẕ', 'ẕ', 'ẖ', 'ẗ', // U+1E90
    'ẘ', 'ẙ', 'ẚ', 'ẛ', 'ẜ', 'ẝ', 'ẞ', 'ẟ', // U+1E98
    'ạ', 'ạ', 'ả', 'ả', 'ấ', 'ấ', 'ầ', 'ầ', // U+1EA0
    'ẩ', 'ẩ', 'ẫ', 'ẫ', 'ậ', 'ậ', 'ắ', 'ắ', // U+1EA8
    'ằ', 'ằ', 'ẳ', 'ẳ', 'ẵ', 'ẵ', 'ặ', 'ặ', // U+1EB0
    'ẹ', 'ẹ', 'ẻ', 'ẻ', 'ẽ', 'ẽ', 'ế', 'ế', // U+1EB8
    'ề', 'ề', 'ể', 'ể', 'ễ', 'ễ', 'ệ', 'ệ', // U+1EC0
    'ỉ', 'ỉ', 'ị', 'ị', 'ọ', 'ọ', 'ỏ', 'ỏ', // U+1EC8
    'ố', 'ố', 'ồ', 'ồ', 'ổ', 'ổ', 'ỗ', 'ỗ', // U+1ED0
    'ộ', 'ộ', 'ớ', 'ớ', 'ờ', 'ờ', 'ở', 'ở', // U+1ED8
    'ỡ', 'ỡ', 'ợ', 'ợ', 'ụ', 'ụ', 'ủ', 'ủ', // U+1EE0
    'ứ', 'ứ', 'ừ', 'ừ', 'ử', 'ử', 'ữ', 'ữ', // U+1EE8
    'ự', 'ự', 'ỳ', 'ỳ', 'ỵ', 'ỵ', 'ỷ', 'ỷ', // U+1EF0
    'ỹ', 'ỹ', 'ỻ', 'ỻ', 'ỽ', 'ỽ', 'ỿ', 'ỿ', // U+1EF8
];

fn lower_slow(c: char) -> char {
    let mut it = c.to_lowercase();
    match (it.next(), it.next()) {
        (Some(l), None) if l.len_utf8() == c.len_utf8() => l,
        _ => c,
    }
}

/// Strips tones and vowel marks and maps đ→d, Đ→D: "Đắk Lắk" → "Dak Lak".
/// Case is kept.
#[inline]
pub fn fold_char(c: char) -> char {
    let u = c as u32;
    match u {
        0..=0x7F => c,
        0x0111 => 'd',
        0x0110 => 'D',
        0x00C0..=0x024F => TABLE[(u - 0x00C0) as usize],
        0x1E00..=0x1EFF => TABLE[(u - 0x1E00) as usize + (0x0250 - 0x00C0)],
        _ => c,
    }
}

/// True for letters; fast for Latin script, which is nearly all of a
/// Vietnamese text.
pub fn is_letter(c: char) -> bool {
    match c as u32 {
        0..=0x7F => c.is_ascii_alphabetic(),
        0xD7 | 0xF7 => false,
        0x00C0..=0x024F | 0x1E00..=0x1EFF => true,
        _ => c.is_alphabetic(),
    }
}

/// True when `text` has letters and none of them is outside ASCII: Vietnamese
/// typed without diacritics, whatever punctuation ("…", "€") it holds.
pub(crate) fn without_diacritics(text: &str) -> bool {
    !text.is_empty() && (text.is_ascii() || text.chars().all(|c| c.is_ascii() || !c.is_alphabetic()))
}

/// Folds a whole string: tones and vowel marks stripped, đ→d and Đ→D, case
/// kept ("Đắk Lắk" → "Dak Lak").
pub fn fold(s: &str) -> String {
    // Sized once: folding never lengthens a char.
    let mut out = String::with_capacity(s.len());
    out.extend(s.chars().map(fold_char));
    out
}

/// Lower-cases a char when its lower-case form is one char of the same
/// UTF-8 length (true of all Vietnamese letters), so byte offsets survive.
#[inline]
pub fn lower_char(c: char) -> char {
    let u = c as u32;
    match u {
        0..=0x7F => c.to_ascii_lowercase(),
        0x00C0..=0x024F => LOWER[(u - 0x00C0) as usize],
        0x1E00..=0x1EFF => LOWER[(u - 0x1E00) as usize + (0x0250 - 0x00C0)],
        // Dashes, curly quotes, the ellipsis: common in news, caseless.
        0x2000..=0x206F => c,
        _ => lower_slow(c),
    }
}

/// Upper case, lower case, or neither, as `char::is_uppercase` and
/// `char::is_lowercase` say.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Case {
    Upper,
    Lower,
    Neither,
}

fn case_slow(c: char) -> Case {
    if c.is_uppercase() {
        Case::Upper
    } else if c.is_lowercase() {
        Case::Lower
    } else {
        Case::Neither
    }
}

/// Case of U+00C0..U+024F and U+1E00..U+1EFF, computed once.
static CASE: LazyLock<Vec<Case>> = LazyLock::new(|| {
    (0x00C0u32..0x0250).chain(0x1E00..0x1F00).map(|u| char::from_u32(u).map_or(Case::Neither, case_slow)).collect()
});

/// The case of `c`; a table look-up for Vietnamese letters instead of the
/// Unicode tables' binary search.
#[inline(always)]
pub(crate) fn case_of(c: char) -> Case {
    let u = c as u32;
    match u {
        0..=0x7F if c.is_ascii_uppercase() => Case::Upper,
        0..=0x7F if c.is_ascii_lowercase() => Case::Lower,
        0..=0x7F => Case::Neither,
        0x00C0..=0x024F => CASE[(u - 0x00C0) as usize],
        0x1E00..=0x1EFF => CASE[(u - 0x1E00) as usize + (0x0250 - 0x00C0)],
        _ => case_slow(c),
    }
}

/// The letter of U+00C0..U+024F or U+1E00..U+1EFF (every precomposed
/// Vietnamese letter) whose UTF-8 starts at `b[j]`, and its length; `None`
/// for any other char (the caller decodes those in full). "×" and "÷" in
/// that range are no letters ([`is_letter`]).
///
/// The lead byte picks the block, so no range check is left after decoding
/// but the end of U+024F and the two signs.
#[cfg(test)]
#[inline]
pub(crate) fn latin_letter_at(b: &[u8], j: usize) -> Option<(char, usize)> {
    let (&x, &y) = (b.get(j)?, b.get(j + 1)?);
    let (u, len) = match x {
        // Two bytes: 110xxxxx 10xxxxxx, U+00C0..U+027F; kept up to U+024F.
        0xC3..=0xC9 if y & 0xC0 == 0x80 => {
            let u = (((x & 0x1F) as u32) << 6) | (y & 0x3F) as u32;
            if u > 0x24F || u == 0xD7 || u == 0xF7 {
                return None;
            }
            (u, 2)
        }
        // Three bytes: 0xE1 0xB8..0xBB 10xxxxxx: U+1E00..U+1EFF.
        0xE1 if matches!(y, 0xB8..=0xBB) => {
            let z = *b.get(j + 2)?;
            if z & 0xC0 != 0x80 {
                return None;
            }
            (0x1000 | (((y & 0x3F) as u32) << 6) | (z & 0x3F) as u32, 3)
        }
        _ => return None,
    };
    Some((char::from_u32(u)?, len))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_char_agrees_with_the_unicode_tables() {
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            assert_eq!(lower_char(c), lower_slow(c), "{c:?}");
        }
    }

    #[test]
    fn latin_letter_at_decodes_the_latin_letters_alone() {
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            let mut buf = [0u8; 5];
            let len = c.encode_utf8(&mut buf).len();
            let latin = matches!(c as u32, 0xC0..=0x24F | 0x1E00..=0x1EFF) && is_letter(c);
            assert_eq!(latin_letter_at(&buf[..len], 0), latin.then_some((c, len)), "{c:?}");
        }
        // A cut-off or broken sequence is no letter.
        assert_eq!(latin_letter_at(b"\xC3", 0), None);
        assert_eq!(latin_letter_at(b"\xE1\xBA", 0), None);
        assert_eq!(latin_letter_at(b"\xE1\xBAx", 0), None);
        assert_eq!(latin_letter_at(b"\xC3x", 0), None);
    }

    #[test]
    fn folds_vietnamese() {
        assert_eq!(fold("Đắk Lắk, Thừa Thiên - Huế, ưở"), "Dak Lak, Thua Thien - Hue, uo");
        assert_eq!(lower_char('Ủ'), 'ủ');
        assert_eq!(lower_char('Đ'), 'đ');
        assert_eq!(lower_char('Ơ'), 'ơ');
        assert_eq!(lower_char('Σ'), 'σ');
        // Every char of the tables agrees with the slow path.
        for u in (0x00C0u32..0x0250).chain(0x1E00..0x1F00) {
            let c = char::from_u32(u).unwrap_or(' ');
            assert_eq!(lower_char(c), lower_slow(c), "U+{u:04X}");
            assert_eq!(case_of(c), case_slow(c), "U+{u:04X}");
        }
    }
}
