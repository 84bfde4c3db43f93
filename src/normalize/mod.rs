//! Normalisation: NFC, tone-mark placement, HTML leftovers, dashes, quotes
//! and white space, with a map back to the caller's original bytes.
//!
//! ```
//! use viet_extract::normalize::{normalize, ToneStyle};
//! let input = "Ủy ban&nbsp;tỉnh Thanh Hoá";
//! let norm = normalize(input, ToneStyle::Traditional);
//! assert_eq!(norm.as_str(), "Ủy ban tỉnh Thanh Hóa");
//! let at = norm.as_str().find("Thanh").unwrap();
//! let span = norm.to_original(at, norm.as_str().len());
//! assert_eq!(&input[span.range()], "Thanh Hoá");
//! ```

mod fold;
mod tone;

pub use fold::{fold, fold_char, is_letter, lower_char};
pub use tone::ToneStyle;

use crate::Span;
use unicode_normalization::char::canonical_combining_class;
use unicode_normalization::UnicodeNormalization;

/// Normalised text with the map back to the original text's bytes.
#[derive(Clone, Debug)]
pub struct NormalizedText<'a> {
    original: &'a str,
    text: String,
    /// For each byte of `text`: (start, end) in `original` of the char it belongs to.
    starts: Vec<u32>,
    ends: Vec<u32>,
}

impl<'a> NormalizedText<'a> {
    /// The normalised text.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The text that was normalised.
    pub fn original(&self) -> &'a str {
        self.original
    }

    /// Replaces the normalised text by one of the same byte length whose
    /// chars have the same lengths (a case change), so the offset maps hold.
    pub(crate) fn recase(&mut self, text: String) {
        if text.len() == self.text.len() {
            self.text = text;
        }
    }

    /// Maps a byte range of the normalised text (on char boundaries) to the
    /// original text. The result is always on char boundaries of the original.
    pub fn to_original(&self, start: usize, end: usize) -> Span {
        let len = self.text.len();
        let (start, end) = (start.min(len), end.min(len));
        if start >= end {
            let at = if start >= len { self.original.len() } else { self.starts[start] as usize };
            return Span::new(at, at);
        }
        Span::new(self.starts[start] as usize, self.ends[end - 1] as usize)
    }
}

/// Normalises `input`: NFC, tone placement in `style`, HTML entities decoded
/// and tags replaced by a space, dashes to `-`, curly quotes to straight ones,
/// unusual spaces to ` `, zero-width characters and `\r` removed.
pub fn normalize(input: &str, style: ToneStyle) -> NormalizedText<'_> {
    let mut b = Builder::new(input.len(), style);
    let bytes = input.as_bytes();
    let mut i = 0;
    while i < input.len() {
        // Fast path: a run of plain ASCII (no '&', '<', control characters)
        // up to its last non-letter is copied as it is: ASCII has no tone
        // marks to move. Trailing letters may start a syllable that goes on
        // with a non-ASCII letter, so they take the slow path.
        if b.syllable.is_empty() {
            let run = bytes[i..]
                .iter()
                .position(|&x| !(x.is_ascii_graphic() || x == b' ' || x == b'\n') || x == b'&' || x == b'<')
                .map_or(bytes.len(), |p| i + p);
            let cut = bytes[i..run].iter().rposition(|x| !x.is_ascii_alphabetic()).map_or(i, |p| i + p + 1);
            if cut > i {
                b.copy_ascii(&input[i..cut], i);
                i = cut;
                continue;
            }
        }
        let Some(c) = input[i..].chars().next() else { break };
        let clen = c.len_utf8();
        if c.is_ascii_alphabetic() && bytes.get(i + 1).is_none_or(u8::is_ascii) {
            // Fast path: an ASCII letter not followed by a combining mark.
            b.letter(c, i, i + clen);
            i += clen;
            continue;
        }
        if c == '&' {
            if let Some((rep, used)) = html_entity(&input[i..]) {
                b.other_or_letter(rep, i, i + used);
                i += used;
                continue;
            }
        }
        if c == '<' {
            if let Some(used) = html_tag(&bytes[i..]) {
                b.other(' ', i, i + used);
                i += used;
                continue;
            }
        }
        // Gather the combining marks that follow.
        let mut j = i + clen;
        let mut marks = false;
        while let Some(m) = input[j..].chars().next() {
            // Every character below U+0300 is a starter, and so is every
            // precomposed letter of Latin Extended Additional ("ạ".."ỹ").
            if m < '\u{300}' || ('\u{1E00}'..='\u{1EFF}').contains(&m) || canonical_combining_class(m) == 0 {
                break;
            }
            marks = true;
            j += m.len_utf8();
        }
        if marks {
            let mut first = true;
            for out in input[i..j].nfc() {
                let (s, e) = if first { (i, j) } else { (j, j) };
                first = false;
                b.other_or_letter(out, s, e);
            }
            i = j;
            continue;
        }
        match map_char(c) {
            Some(Some(r)) => b.other(r, i, i + clen),
            Some(None) => {}
            None => b.other_or_letter(c, i, i + clen),
        }
        i += clen;
    }
    b.finish(input)
}

/// Replacement of one character: `Some(Some(c))` replaced, `Some(None)` removed.
fn map_char(c: char) -> Option<Option<char>> {
    Some(match c {
        '\u{00A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' | '\t' => Some(' '),
        '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}' | '\r' => None,
        '\u{2010}'..='\u{2015}' | '\u{2212}' => Some('-'),
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{00AB}' | '\u{00BB}' => Some('"'),
        '\u{2018}' | '\u{2019}' | '\u{201A}' => Some('\''),
        '\u{2026}' => Some('…'),
        '\u{2028}' | '\u{2029}' | '\u{0085}' => Some('\n'),
        _ => return None,
    })
}

/// Decodes an HTML entity at the start of `s`: the character and bytes used.
fn html_entity(s: &str) -> Option<(char, usize)> {
    let end = s.as_bytes().iter().take(12).position(|&b| b == b';')?;
    let name = &s[1..end];
    let c = match name {
        "nbsp" => ' ',
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "ndash" | "mdash" => '-',
        "ldquo" | "rdquo" | "laquo" | "raquo" => '"',
        "lsquo" | "rsquo" => '\'',
        "hellip" => '…',
        _ => {
            let num = name.strip_prefix('#')?;
            let code = match num.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => num.parse().ok()?,
            };
            let c = char::from_u32(code)?;
            match map_char(c) {
                Some(Some(r)) => r,
                Some(None) => ' ',
                None if c.is_control() && c != '\n' => ' ',
                None => c,
            }
        }
    };
    Some((c, end + 1))
}

/// Length of an HTML tag at the start of `b` (`<br>`, `</p>`, `<a href=…>`).
fn html_tag(b: &[u8]) -> Option<usize> {
    let mut k = 1;
    if b.get(k) == Some(&b'/') {
        k += 1;
    }
    if !b.get(k)?.is_ascii_alphabetic() {
        return None;
    }
    let rest = &b[k..b.len().min(k + 512)];
    let close = rest.iter().position(|&c| c == b'>' || c == b'<' || c == b'\n')?;
    (rest[close] == b'>').then_some(k + close + 1)
}

/// Accumulates output text and offsets; letters are held back per syllable so
/// the tone mark can be placed.
struct Builder {
    text: String,
    starts: Vec<u32>,
    ends: Vec<u32>,
    syllable: Vec<(char, u32, u32)>,
    style: ToneStyle,
}

impl Builder {
    fn new(n: usize, style: ToneStyle) -> Builder {
        Builder {
            text: String::with_capacity(n + 8),
            starts: Vec::with_capacity(n + 8),
            ends: Vec::with_capacity(n + 8),
            syllable: Vec::with_capacity(16),
            style,
        }
    }

    fn letter(&mut self, c: char, s: usize, e: usize) {
        self.syllable.push((c, s as u32, e as u32));
    }

    fn other_or_letter(&mut self, c: char, s: usize, e: usize) {
        if is_letter(c) {
            self.letter(c, s, e)
        } else {
            self.other(c, s, e)
        }
    }

    fn other(&mut self, c: char, s: usize, e: usize) {
        // A mark that did not compose belongs to the syllable's last letter:
        // moving the tone would move that letter, and a second pass would
        // compose it differently. Such a syllable is left as written.
        if unicode_normalization::char::is_combining_mark(c) {
            self.emit_syllable(false);
        } else {
            self.flush();
        }
        self.push(c, s as u32, e as u32);
    }

    /// Appends plain ASCII copied from `original[at..]`.
    fn copy_ascii(&mut self, run: &str, at: usize) {
        self.text.push_str(run);
        let at = at as u32;
        self.starts.extend(at..at + run.len() as u32);
        self.ends.extend(at + 1..=at + run.len() as u32);
    }

    fn push(&mut self, c: char, s: u32, e: u32) {
        self.text.push(c);
        let n = self.text.len();
        self.starts.resize(n, s);
        self.ends.resize(n, e);
    }

    fn flush(&mut self) {
        self.emit_syllable(true);
    }

    fn emit_syllable(&mut self, place_tone: bool) {
        if self.syllable.is_empty() {
            return;
        }
        let mut syl = std::mem::take(&mut self.syllable);
        if place_tone {
            tone::place(&mut syl, self.style);
        }
        for &(c, s, e) in &syl {
            self.push(c, s, e);
        }
        syl.clear();
        self.syllable = syl;
    }

    fn finish(mut self, original: &str) -> NormalizedText<'_> {
        self.flush();
        NormalizedText { original, text: self.text, starts: self.starts, ends: self.ends }
    }
}
