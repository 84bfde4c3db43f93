//! Accent folding and case mapping that keep byte lengths predictable.

use unicode_normalization::char::decompose_canonical;

/// Strips tones and vowel marks and maps đ→d, Đ→D: "Đắk Lắk" → "Dak Lak".
/// Case is kept.
pub fn fold_char(c: char) -> char {
    if c.is_ascii() {
        return c;
    }
    match c {
        'đ' => 'd',
        'Đ' => 'D',
        '\u{00C0}'..='\u{024F}' | '\u{1E00}'..='\u{1EFF}' => {
            let mut first = None;
            decompose_canonical(c, |d| {
                if first.is_none() {
                    first = Some(d);
                }
            });
            first.unwrap_or(c)
        }
        _ => c,
    }
}

/// Folds a whole string (see [`fold_char`]).
pub fn fold(s: &str) -> String {
    s.chars().map(fold_char).collect()
}

/// Lower-cases a char when its lower-case form is one char of the same
/// UTF-8 length (true of all Vietnamese letters), so byte offsets survive.
pub fn lower_char(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    let mut it = c.to_lowercase();
    match (it.next(), it.next()) {
        (Some(l), None) if l.len_utf8() == c.len_utf8() => l,
        _ => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_vietnamese() {
        assert_eq!(fold("Đắk Lắk, Thừa Thiên - Huế, ưở"), "Dak Lak, Thua Thien - Hue, uo");
        assert_eq!(lower_char('Ủ'), 'ủ');
        assert_eq!(lower_char('Đ'), 'đ');
    }
}
