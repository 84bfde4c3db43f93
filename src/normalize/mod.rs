//! Normalisation: NFC, tone-mark placement, HTML leftovers, dashes, quotes
//! and white space, with a map back to the caller's original bytes.
//!
//! Public as [`crate::normalise`] (`normalise`, `NormalisedText`).
//!
//! ```
//! use viet_extract::normalise::{normalise, ToneStyle};
//! let input = "Ủy ban&nbsp;tỉnh Thanh Hoá";
//! let norm = normalise(input, ToneStyle::Traditional);
//! assert_eq!(norm.as_str(), "Ủy ban tỉnh Thanh Hóa");
//! let at = norm.as_str().find("Thanh").unwrap();
//! let span = norm.to_original(at, norm.as_str().len());
//! assert_eq!(&input[span.range()], "Thanh Hoá");
//! ```

mod fold;
mod tone;

#[cfg(test)]
pub(crate) use fold::latin_letter_at;
pub(crate) use fold::{case_of, without_diacritics, Case};
pub use fold::{fold, fold_char, is_letter, lower_char};
pub(crate) use tone::i_y_spelling;
pub use tone::ToneStyle;

use crate::Span;
use unicode_normalization::char::canonical_combining_class;
use unicode_normalization::UnicodeNormalization;

/// Normalised text with the map back to the original text's bytes.
#[derive(Clone, Debug)]
pub struct NormalizedText<'a> {
    original: &'a str,
    text: String,
    /// The map back, sorted by `norm`: where each piece of `text` came from.
    pieces: Vec<Piece>,
}

/// A piece of the normalised text from `norm` up to the next piece's start.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Piece {
    /// Start in the normalised text.
    norm: u32,
    /// Start in the original text.
    orig: u32,
    /// End in the original text of a changed piece (one char, or one
    /// replacement); [`COPIED`] for a piece copied byte for byte.
    orig_end: u32,
}

/// `Piece::orig_end` of a piece that is a byte-for-byte copy of the original.
const COPIED: u32 = u32::MAX;

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

    /// Whether the normalised text is the original byte for byte (one copied
    /// piece): then every range maps to itself and callers may skip
    /// [`to_original`](Self::to_original).
    pub(crate) fn is_unchanged(&self) -> bool {
        self.text.len() == self.original.len()
            && match self.pieces[..] {
                [] => true,
                [p] => p.norm == 0 && p.orig == 0 && p.orig_end == COPIED,
                _ => false,
            }
    }

    /// Maps a byte range of the normalised text (on char boundaries) to the
    /// original text. The result is always on char boundaries of the original.
    pub fn to_original(&self, start: usize, end: usize) -> Span {
        let len = self.text.len();
        let (start, end) = (start.min(len), end.min(len));
        // Text that normalised to itself maps every char range to itself.
        if start < end && self.is_unchanged() && self.text.is_char_boundary(start) && self.text.is_char_boundary(end) {
            return Span::new(start, end);
        }
        if start >= end {
            let at = if start >= len { self.original.len() } else { self.map(start).0 };
            return Span::new(at, at);
        }
        Span::new(self.map(start).0, self.map(end - 1).1)
    }

    /// The original range of the char that byte `at` (< len) belongs to.
    fn map(&self, at: usize) -> (usize, usize) {
        let i = self.pieces.partition_point(|p| p.norm as usize <= at).saturating_sub(1);
        let Some(p) = self.pieces.get(i) else { return (0, 0) };
        if p.orig_end != COPIED {
            return (p.orig as usize, p.orig_end as usize);
        }
        // A copy: the same bytes, so the same char boundaries.
        let pos = p.orig as usize + (at - p.norm as usize);
        let orig = self.original;
        let mut s = pos.min(orig.len());
        while !orig.is_char_boundary(s) {
            s -= 1;
        }
        let e = s + orig[s..].chars().next().map_or(0, char::len_utf8);
        (s, e)
    }
}

/// Normalises `input`: NFC, tone placement in `style`, HTML entities decoded
/// and tags replaced by a space, dashes to `-`, curly quotes to straight ones,
/// unusual spaces to ` `, zero-width characters and `\r` removed.
pub fn normalize(input: &str, style: ToneStyle) -> NormalizedText<'_> {
    normalize_with(input, style, String::new(), Vec::new())
}

thread_local! {
    /// This thread's spare text and map buffers ([`normalize_reusing_from`]).
    static SPARE: std::cell::Cell<Option<(String, Vec<Piece>)>> = const { std::cell::Cell::new(None) };
}

impl NormalizedText<'_> {
    /// Gives this text's buffers back to the thread for the next
    /// [`normalize_reusing_from`] (each dropped when larger than
    /// [`KEEP_BYTES`](crate::scratch::KEEP_BYTES)).
    pub(crate) fn recycle(self) {
        let kept = (crate::scratch::emptied_string(self.text), crate::scratch::emptied(self.pieces));
        let _ = SPARE.try_with(|spare| spare.set(Some(kept)));
    }
}

/// [`normalize`] into this thread's spare buffers, those of the last text
/// given back with [`NormalizedText::recycle`] (a thread that extracts
/// many documents allocates them once), for a text whose run that
/// normalises to itself ([`unchanged_run`] from 0) is known to end at
/// `unchanged` (0 when not known), but for the one-char replacements
/// `patches` (in order, all before `unchanged`; see [`Patch`]): the
/// tokeniser found them while reading the text ([`RunCheck`]), so the
/// runs between them are copied without a second scan.
pub(crate) fn normalize_reusing_from<'a>(
    input: &'a str,
    style: ToneStyle,
    unchanged: usize,
    patches: &[Patch],
) -> NormalizedText<'a> {
    let (text, pieces) = SPARE.try_with(std::cell::Cell::take).ok().flatten().unwrap_or_default();
    normalize_from(input, style, text, pieces, unchanged, patches)
}

/// [`normalize`] writing into `text` and `pieces` (cleared first).
fn normalize_with(input: &str, style: ToneStyle, text: String, pieces: Vec<Piece>) -> NormalizedText<'_> {
    normalize_from(input, style, text, pieces, 0, &[])
}

/// [`normalize_with`] where `input[..unchanged]` is known to be runs that
/// [`unchanged_run`] gives, from 0 and from the end of each of `patches`,
/// each run ending at the next patch (0 when not known).
fn normalize_from<'a>(
    input: &'a str,
    style: ToneStyle,
    text: String,
    pieces: Vec<Piece>,
    unchanged: usize,
    patches: &[Patch],
) -> NormalizedText<'a> {
    let mut b = Builder::new(input, style, text, pieces);
    let bytes = input.as_bytes();
    let mut i = 0;
    if unchanged > 0 && input.is_char_boundary(unchanged) {
        // What the steps of the loop below do, without the scans: copy a
        // run (none when it is empty: the scan found nothing to copy),
        // then the char that stopped it, a patch, replaced as `map_char`
        // says (it ends the syllable before it, and no mark follows it).
        // Patches out of order, off a char boundary or past the run (never
        // made by the check) are not followed: the loop scans the text.
        let mut after = 0;
        let told = patches.iter().all(|p| {
            let (at, end) = (p.at as usize, p.at as usize + usize::from(p.len));
            let fits = at >= after && end <= unchanged && input.is_char_boundary(at) && input.is_char_boundary(end);
            after = end;
            fits
        });
        if told {
            for p in patches {
                let (at, end) = (p.at as usize, p.at as usize + usize::from(p.len));
                if at > i {
                    b.copy(i, at);
                }
                b.other(char::from(p.to), at, end);
                i = end;
            }
            if unchanged > i {
                b.copy(i, unchanged);
                i = unchanged;
            }
        }
    }
    while i < input.len() {
        // Fast path: most text normalises to itself and is copied in runs.
        if b.syllable.is_empty() {
            let end = unchanged_run(input, i, style);
            if end > i {
                b.copy(i, end);
                i = end;
                continue;
            }
        }
        let Some(c) = input[i..].chars().next() else { break };
        let clen = c.len_utf8();
        if c.is_ascii_alphabetic() && bytes.get(i + 1).is_none_or(u8::is_ascii) {
            // An ASCII letter not followed by a combining mark.
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
            if !is_mark(m) {
                break;
            }
            marks = true;
            j += m.len_utf8();
        }
        if marks {
            if let Some(one) = compose_all(c, &input[i + clen..j]) {
                b.other_or_letter(one, i, j);
                i = j;
                continue;
            }
            b.nfc_of(&input[i..j], i, j);
            i = j;
            continue;
        }
        match map_char(c) {
            Some(Some(r)) => b.other(r, i, i + clen),
            Some(None) => {}
            // "Ω" (U+2126, the ohm sign) is "Ω" in NFC, ";" (U+037E) ";".
            None if changes_alone(c) => b.nfc_of(&input[i..i + clen], i, i + clen),
            None => b.other_or_letter(c, i, i + clen),
        }
        i += clen;
    }
    b.finish()
}

/// The text of [`normalize`]`(input, style)` alone, without the map back
/// to the original: borrowed when `input` is already normal (most keys,
/// names and words looked up while extracting), so that case costs one
/// scan and no allocation.
pub(crate) fn normalized(input: &str, style: ToneStyle) -> std::borrow::Cow<'_, str> {
    if unchanged_run(input, 0, style) == input.len() {
        std::borrow::Cow::Borrowed(input)
    } else {
        std::borrow::Cow::Owned(normalize(input, style).text)
    }
}

/// True for a combining mark with a non-zero combining class. Every
/// character below U+0300 is a starter, and so is every precomposed letter
/// of Latin Extended Additional ("ạ".."ỹ").
fn is_mark(m: char) -> bool {
    !(m < '\u{300}' || ('\u{1E00}'..='\u{1EFF}').contains(&m) || canonical_combining_class(m) == 0)
}

/// `c` with `marks` composed into one char, when each mark in turn composes
/// and none is out of canonical order (the usual decomposed Vietnamese
/// letter: "e" + U+0302 + U+0301 → "ế"); `None` leaves it to full NFC.
fn compose_all(c: char, marks: &str) -> Option<char> {
    let mut last = 0;
    marks.chars().try_fold(c, |acc, m| {
        let class = canonical_combining_class(m);
        if class < last {
            return None;
        }
        last = class;
        unicode_normalization::char::compose(acc, m)
    })
}

/// True when `c` on its own is not in NFC: a singleton ("Ω" U+2126 →
/// "Ω", "Å" U+212B → "Å", ";" U+037E → ";", the CJK compatibility
/// ideographs) or a composition exclusion (U+0958 → U+0915 U+093C), whose
/// NFC Unicode marks "No". (Chars marked "Maybe" compose only with the char
/// before them; a lone one is kept.)
fn changes_alone(c: char) -> bool {
    !c.is_ascii() && unicode_normalization::is_nfc_quick(std::iter::once(c)) == unicode_normalization::IsNormalized::No
}

/// What normalising does with one char, as far as the fast path cares.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Role {
    /// A letter that is kept; it may take part in moving a tone mark.
    Letter,
    /// Any other char that is kept and ends a syllable.
    Kept,
    /// Kept, and ends the syllable before it without moving its tone (a
    /// combining mark of class 0 that is not a letter).
    KeptUntoned,
    /// Changed (replaced, or a tag), ending the syllable before it.
    Ends,
    /// Changed, and may go on the syllable before it: an entity that can
    /// be a letter, or a removed char (zero-width space, soft hyphen, `\r`).
    Joins,
    /// A combining mark, which composes with the char before it.
    Mark,
}

fn role(c: char) -> Role {
    match c {
        'a'..='z' | 'A'..='Z' => Role::Letter,
        '&' | '\r' => Role::Joins,
        '<' | '\t' => Role::Ends,
        '\0'..='\x7F' => Role::Kept,
        '\u{00C0}'..='\u{024F}' | '\u{1E00}'..='\u{1EFF}' => {
            if is_letter(c) {
                Role::Letter
            } else {
                Role::Kept
            }
        }
        _ => match map_char(c) {
            Some(Some(r)) if r == c => Role::Kept,
            Some(Some(_)) => Role::Ends,
            Some(None) => Role::Joins,
            None if is_mark(c) => Role::Mark,
            None if changes_alone(c) => Role::Ends,
            None if is_letter(c) => Role::Letter,
            None if unicode_normalization::char::is_combining_mark(c) => Role::KeptUntoned,
            None => Role::Kept,
        },
    }
}

/// [`role`] of each ASCII char, looked up instead of matched (by the
/// char-by-char scan the tests keep as the reference of [`unchanged_run`]).
#[cfg(test)]
static ASCII_ROLE: [Role; 128] = {
    let mut t = [Role::Kept; 128];
    let mut b = 0;
    while b < 128 {
        t[b] = match b as u8 {
            b'a'..=b'z' | b'A'..=b'Z' => Role::Letter,
            b'&' | b'\r' => Role::Joins,
            b'<' | b'\t' => Role::Ends,
            _ => Role::Kept,
        };
        b += 1;
    }
    t
};

/// What the unchanged-run scan needs to know of a char ([`scan_bits`]):
/// a letter (a syllable is a run of them), one whose tone may move when it
/// ends a syllable ("a", "e", "y" with or without a tone mark), one that
/// may come before it in such a syllable ("o", "u"), and the roles that
/// stop the scan or end a syllable without a tone check. A kept char that
/// ends a syllable has no bit.
const S_LETTER: u8 = 1;
/// A letter ending the "oa", "oe", "uy" syllables ([`tone::may_retone`]).
const S_AEY: u8 = 2;
/// A letter whose base is "o" or "u" (the first of such a pair).
const S_OU: u8 = 4;
/// [`Role::Ends`].
const S_ENDS: u8 = 8;
/// [`Role::Joins`].
const S_JOINS: u8 = 16;
/// [`Role::Mark`].
const S_MARK: u8 = 32;
/// [`Role::KeptUntoned`].
const S_UNTONED: u8 = 64;
/// A letter of [`S_AEY`] or [`S_OU`] that carries a tone mark ("à", "ỷ",
/// "ò", "ủ"): a syllable's tone moves only when exactly one of its "oa",
/// "oe", "uy" carries it (`retone`), so a pair with neither toned is never
/// looked at, and the untoned "a", "e", "y" of ASCII (a fifth of the chars
/// the scan read) are passed unread.
const S_TONED: u8 = 128;
/// On a letter of [`S_AEY`] or [`S_OU`] (which never has [`S_UNTONED`],
/// a bit of non-letters): its base is "u" or "y". The pairs whose tone
/// may move are "oa", "oe" and "uy" ([`tone::retone`]), those whose two
/// letters agree in this bit: "của", "lúa" ("ua") are let go at the look.
const S_UY: u8 = S_UNTONED;
/// The bits that make the scan stop and look: a toned letter of a pair
/// whose tone may move, or a char that stops the run.
const S_LOOK: u8 = S_TONED | S_ENDS | S_JOINS | S_MARK;

/// The scan bits of `c`, from its [`role`] and its tone class.
fn scan_bits(c: char) -> u8 {
    match role(c) {
        Role::Letter => {
            let (base, tone) = tone::split_tone(c).map_or((None, 0), |(base, tone)| (Some(base), tone));
            let aey = if tone::may_retone(c) { S_AEY } else { 0 };
            let ou = if matches!(base, Some('o' | 'u' | 'O' | 'U')) { S_OU } else { 0 };
            let toned = if aey | ou != 0 && tone != 0 { S_TONED } else { 0 };
            let uy = if aey | ou != 0 && matches!(base, Some('u' | 'y' | 'U' | 'Y')) { S_UY } else { 0 };
            S_LETTER | aey | ou | toned | uy
        }
        Role::Kept => 0,
        Role::KeptUntoned => S_UNTONED,
        Role::Ends => S_ENDS,
        Role::Joins => S_JOINS,
        Role::Mark => S_MARK,
    }
}

/// [`scan_bits`] of every char of U+0000..U+07FF (ASCII and the two-byte
/// chars, indexed by code point) and of U+1E00..U+1EFF (from index 0x800,
/// "ạ".."ỹ"): every char of Vietnamese text, looked up by its bytes.
pub(crate) type ScanBits = [u8; 0x900];

/// The tables of [`unchanged_run`], built once.
struct ScanTables {
    /// Each char's [`scan_bits`] ([`scan_bits_at`]).
    bits: ScanBits,
    /// By a char's first byte: its length when every char that starts
    /// with that byte has none of [`S_LOOK`] (ASCII but "&", "<", tab and
    /// CR; the lead bytes of "ă", "đ", "ĩ", "ơ", "ư" and of the other
    /// two-byte blocks without marks, changed chars or toned "o", "u"
    /// ("ũ" is read)), else 0: such a char is passed in one step, unread.
    skip: [u8; 256],
}

static SCAN: std::sync::LazyLock<ScanTables> = std::sync::LazyLock::new(|| {
    let mut bits = [0u8; 0x900];
    for (slot, u) in bits.iter_mut().zip((0..0x800u32).chain(0x1E00..0x1F00)) {
        *slot = char::from_u32(u).map_or(0, scan_bits);
    }
    let mut skip = [0u8; 256];
    for (x, slot) in skip.iter_mut().enumerate() {
        let passes = |chars: &[u8]| chars.iter().all(|b| b & S_LOOK == 0);
        *slot = match x {
            0..=0x7F if passes(&bits[x..=x]) => 1,
            // Two bytes: 110xxxxx 10xxxxxx, the 64 chars from (x & 0x1F) << 6.
            0xC2..=0xDF if passes(&bits[(x & 0x1F) << 6..((x & 0x1F) + 1) << 6]) => 2,
            _ => 0,
        };
    }
    ScanTables { bits, skip }
});

/// The scan bits and length of the char at `k` of `s` (a char boundary
/// before the end): one load for ASCII, the two-byte chars and the letters
/// of U+1E00..U+1EFF, no decoding; any other char decoded in full.
#[inline(always)]
fn scan_bits_at(table: &ScanBits, s: &str, k: usize) -> (u8, usize) {
    let b = s.as_bytes();
    let x = b.get(k).copied().unwrap_or(0);
    if x < 0x80 {
        return (table[usize::from(x)], 1);
    }
    let next = |n: usize| b.get(k + n).map_or(0, |&y| usize::from(y & 0x3F));
    match x {
        0xC2..=0xDF => (table[(usize::from(x & 0x1F) << 6) | next(1)], 2),
        0xE1 if matches!(b.get(k + 1), Some(0xB8..=0xBB)) => (table[0x800 + ((next(1) & 0x03) << 6) + next(2)], 3),
        _ => s.get(k..).and_then(|t| t.chars().next()).map_or((0, 1), |c| (scan_bits(c), c.len_utf8())),
    }
}

/// End of the run from `i` that normalises to itself. It stops before a
/// char that changes, and before a syllable whose tone mark moves or which
/// a combining mark, an entity or a removed char may change; from there the
/// slow path takes one char or one syllable.
///
/// One step per char, which carries no state: each char's [`scan_bits`]
/// are read by its bytes ([`scan_bits_at`]), and most chars (every
/// consonant, most vowels, spaces, digits and punctuation) have none of
/// [`S_LOOK`]. Only at an "a", "e" or "y" does the scan look back (is the
/// char before an "o" or "u" of the same syllable?) and forward (does the
/// syllable end here?), and only when both hold does it find the
/// syllable's start and ask [`syllable_retoned`]; a char that stops the
/// run finds the start of the syllable before it by stepping back over
/// its letters (both rare).
fn unchanged_run(s: &str, i: usize, style: ToneStyle) -> usize {
    let tables: &ScanTables = &SCAN;
    let table = &tables.bits;
    let b = s.as_bytes();
    let mut k = i;
    while let Some(&x) = b.get(k) {
        // Most chars are passed by their first byte alone.
        let skip = tables.skip[usize::from(x)];
        if skip != 0 {
            k += usize::from(skip);
            continue;
        }
        let (bits, len) = scan_bits_at(table, s, k);
        if bits & S_LOOK != 0 {
            if bits & S_TONED == 0 {
                return stop_before(table, s, i, k, bits);
            }
            // A toned "a", "e", "y" ends a pair with the letter before it;
            // a toned "o", "u" opens one with the letter after it.
            let (end, end_len) = if bits & S_AEY != 0 { (k, len) } else { aey_after(table, s, k + len) };
            if end_len != 0 {
                if let Some(start) = retoned_syllable(table, s, i, end, end_len, style) {
                    return start;
                }
            }
        }
        k += len;
    }
    s.len()
}

/// [`unchanged_run`] from 0 as the chars of a text are read in order by
/// another walk (the tokeniser's, which reads every char anyway): the
/// walk hands each char whose scan bits ([`RunCheck::bits`], or the table
/// of [`RunCheck::table`] by the char's bytes) have any of
/// [`RunCheck::LOOK`] to [`RunCheck::look`], which answers as the scan
/// does at that char; the first char where the scan would stop gives the
/// run's end. Chars without those bits never stop the scan, so the answer
/// is the scan's.
///
/// A check made with [`RunCheck::patching`] does not stop at a char that
/// is a [`Patch`]: it notes it and goes on, the run after it being the
/// one [`unchanged_run`] gives from the patch's end (the patch is no
/// letter and no "o", "u", so every look back from a char after it stops
/// there, as the scan from its end does; a mark after it is no patch).
/// Nor does it stop at an "&" that the normaliser keeps
/// ([`lone_ampersand`]), which is no letter either.
pub(crate) struct RunCheck {
    style: ToneStyle,
    /// The end of the unchanged run, once a char stopped it.
    pub stop: Option<usize>,
    /// Whether patches are noted and lone "&"s let go.
    patching: bool,
    /// Whether the chars handed on are those of an address, where a
    /// patch would change the token ("http://a.vn“x" is one address,
    /// "http://a.vn\"x" three tokens): the check stops at one.
    pub in_address: bool,
    /// The patches before `stop`, in order.
    pub patches: Vec<Patch>,
}

impl RunCheck {
    /// The scan bits that make a char worth a look.
    pub const LOOK: u8 = S_LOOK;

    pub fn new(style: ToneStyle) -> RunCheck {
        RunCheck { style, stop: None, patching: false, in_address: false, patches: Vec::new() }
    }

    /// [`RunCheck::new`] that notes patches in `patches` (cleared first;
    /// its buffer reused).
    pub fn patching(style: ToneStyle, mut patches: Vec<Patch>) -> RunCheck {
        patches.clear();
        RunCheck { style, stop: None, patching: true, in_address: false, patches }
    }

    /// The scan bits of every char of U+0000..U+07FF and U+1E00..U+1EFF,
    /// indexed as the tokeniser's own table of word chars.
    pub fn table() -> &'static ScanBits {
        &SCAN.bits
    }

    /// The scan bits of any char.
    pub fn bits(c: char) -> u8 {
        scan_bits(c)
    }

    /// The scan bits and length of the char at `k` of `s`.
    #[inline]
    pub fn bits_at(s: &str, k: usize) -> (u8, usize) {
        scan_bits_at(&SCAN.bits, s, k)
    }

    /// The char at `k` of `s` (of `len` bytes, scan bits `bits` with some
    /// of [`LOOK`](Self::LOOK)), all chars before it having been handed
    /// on; `table` is [`table`](Self::table): where [`unchanged_run`] from
    /// 0 stops there, that end is kept in [`stop`](Self::stop). A toned
    /// letter, the common case, is let go here when the letter beside it
    /// makes no "oa", "oe", "uy" pair (the scan's own first question).
    #[inline(always)]
    pub fn look(&mut self, table: &ScanBits, s: &str, k: usize, bits: u8, len: usize) {
        if bits & S_TONED == 0 {
            self.stop_at(s, k, bits);
            return;
        }
        // Of a pair whose tone may move ([`S_UY`]).
        let pairs = |other: u8, half: u8| other & half != 0 && (other ^ bits) & S_UY == 0;
        let paired = if bits & S_AEY != 0 {
            // The letter before must be an "o" or "u".
            k > 0 && pairs(scan_bits_at(table, s, char_start_before(s, k, 0)).0, S_OU)
        } else {
            // The letter after must be an "a", "e" or "y".
            k + len < s.len() && pairs(scan_bits_at(table, s, k + len).0, S_AEY)
        };
        if paired {
            self.toned_pair(s, k, bits, len);
        }
    }

    /// [`look`](Self::look) at a char that stops the run, or is noted as
    /// a patch.
    #[cold]
    #[inline(never)]
    fn stop_at(&mut self, s: &str, k: usize, bits: u8) {
        if self.stop.is_some() {
            return;
        }
        if bits & S_ENDS != 0 && self.patching && !self.in_address {
            if let Some(patch) = patch_at(s, k) {
                // A char handed on twice is noted once.
                if self.patches.last().is_none_or(|last| last.at < patch.at) {
                    self.patches.push(patch);
                }
                return;
            }
        }
        if bits & S_JOINS != 0 && self.patching && lone_ampersand(s, k) {
            return;
        }
        self.stop = Some(stop_before(&SCAN.bits, s, 0, k, bits));
    }

    /// [`look`](Self::look) at a toned letter of a pair: whether the
    /// syllable's tone moves, as the scan asks.
    #[inline(never)]
    fn toned_pair(&mut self, s: &str, k: usize, bits: u8, len: usize) {
        if self.stop.is_some() {
            return;
        }
        let table = &SCAN.bits;
        let (end, end_len) = if bits & S_AEY != 0 { (k, len) } else { aey_after(table, s, k + len) };
        if end_len != 0 {
            self.stop = retoned_syllable(table, s, 0, end, end_len, self.style);
        }
    }
}

/// The "a", "e" or "y" at `k` and its length, or a length of 0 when the
/// char at `k` is none (or the text ends).
#[inline]
fn aey_after(table: &ScanBits, s: &str, k: usize) -> (usize, usize) {
    if k >= s.len() {
        return (k, 0);
    }
    let (bits, len) = scan_bits_at(table, s, k);
    (k, if bits & S_AEY != 0 { len } else { 0 })
}

/// The start of the syllable that the letter at `k` (of `len` bytes, an
/// "a", "e" or "y") ends, when that syllable's tone moves in `style`; the
/// scan started at `i`. The letter before must be an "o" or "u" of the
/// same syllable, and the char after must end it (anything but a letter
/// or a mark of class 0 that is not a letter, [`Role::KeptUntoned`],
/// which ends a syllable without moving its tone).
#[inline]
fn retoned_syllable(table: &ScanBits, s: &str, i: usize, k: usize, len: usize, style: ToneStyle) -> Option<usize> {
    if k <= i {
        return None;
    }
    let before = char_start_before(s, k, i);
    if scan_bits_at(table, s, before).0 & S_OU == 0 {
        return None;
    }
    let end = k + len;
    if end < s.len() && scan_bits_at(table, s, end).0 & (S_LETTER | S_UNTONED) != 0 {
        return None;
    }
    let start = syllable_start(table, s, i, before);
    syllable_retoned(s, start, end, style).then_some(start)
}

/// Where the run stops at the char at `k` that has `bits` (one of
/// [`S_ENDS`], [`S_JOINS`], [`S_MARK`]): before it, or before the
/// syllable it may change. (The syllable before a char that ends it was
/// asked about its tone at its last letter.)
#[cold]
fn stop_before(table: &ScanBits, s: &str, i: usize, k: usize, bits: u8) -> usize {
    if bits & S_ENDS != 0 {
        return k;
    }
    let before = char_start_before(s, k, i);
    if before < k && scan_bits_at(table, s, before).0 & S_LETTER != 0 {
        // An entity, a removed char or a mark right after a letter: from
        // the start of that letter's syllable.
        return syllable_start(table, s, i, before);
    }
    if bits & S_JOINS != 0 {
        k
    } else {
        // A mark after another char: from that char.
        before
    }
}

/// The start of the syllable holding the letter at `k`: the first of the
/// letters before it, back to `i` (where the scan started).
fn syllable_start(table: &ScanBits, s: &str, i: usize, mut k: usize) -> usize {
    while k > i {
        let before = char_start_before(s, k, i);
        if scan_bits_at(table, s, before).0 & S_LETTER == 0 {
            break;
        }
        k = before;
    }
    k
}

/// The start of the char before byte `k` of `s` (a char boundary), or `k`
/// itself when it is `from` (no char before it in the scan).
fn char_start_before(s: &str, k: usize, from: usize) -> usize {
    if k <= from {
        return k;
    }
    let mut p = k - 1;
    while !s.is_char_boundary(p) {
        p -= 1;
    }
    p
}

/// Whether the syllable `s[start..end]` (letters only, two or more) has its
/// tone moved in `style`: its last three letters read back from the text.
#[inline(never)]
fn syllable_retoned(s: &str, start: usize, end: usize, style: ToneStyle) -> bool {
    let mut back = s[start..end].chars().rev();
    let (b, a, before) = (back.next(), back.next(), back.next());
    matches!((a, b), (Some(a), Some(b)) if tone::retone(before, a, b, style).is_some())
}

/// A char of the text that normalising replaces by one ASCII char, with
/// no context: where the run that normalises to itself would stop at it,
/// the tokeniser's check ([`RunCheck`]) notes it and goes on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Patch {
    /// Its start in the text.
    pub at: u32,
    /// Its length in bytes.
    pub len: u8,
    /// The ASCII char that replaces it.
    pub to: u8,
}

impl Patch {
    /// The bytes the replacement is shorter than the char.
    #[inline]
    pub fn removed(&self) -> u32 {
        u32::from(self.len) - 1
    }
}

/// The ASCII char that replaces `c` when the check may note it as a
/// [`Patch`]: a char of [`map_char`] that the tokeniser reads as it reads
/// its replacement, white space as white space ("\u{a0}", "\u{2009}",
/// tab; "\u{2028}" as a line break) and the quotes and dashes that make
/// one punctuation token as the ASCII ones do ("“" and "\"", "’" and "'",
/// "–" and "-"). Not "„", "‚", "‐", "−": the tokeniser reads those as
/// symbols. A removed char (a zero-width space, "\r") joins the chars
/// around it, so it is not one.
fn patch_of(c: char) -> Option<u8> {
    Some(match c {
        '\t' | '\u{00A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => b' ',
        '\u{2028}' | '\u{2029}' | '\u{0085}' => b'\n',
        '\u{201C}' | '\u{201D}' | '\u{00AB}' | '\u{00BB}' => b'"',
        '\u{2018}' | '\u{2019}' => b'\'',
        '\u{2013}' | '\u{2014}' => b'-',
        _ => return None,
    })
}

/// The [`Patch`] of the char at `k` of `s` (a char boundary), when it is
/// one ([`patch_of`]) and no combining mark follows it (which the
/// normaliser would compose with it).
fn patch_at(s: &str, k: usize) -> Option<Patch> {
    let c = s.get(k..)?.chars().next()?;
    let to = patch_of(c)?;
    let end = k + c.len_utf8();
    if end < s.len() && scan_bits_at(&SCAN.bits, s, end).0 & S_MARK != 0 {
        return None;
    }
    Some(Patch { at: k as u32, len: c.len_utf8() as u8, to })
}

/// True when the char at `k` of `s` is an "&" that opens no entity and
/// has no mark after it ("KH&ĐT", "GD&ĐT", "M&A"): the normaliser keeps
/// it, and the syllable before it, which it ends (its tone asked at its
/// last letter), as they are, so the run that normalises to itself goes
/// on past it.
fn lone_ampersand(s: &str, k: usize) -> bool {
    let Some(rest) = s.get(k..).filter(|rest| rest.starts_with('&')) else { return false };
    html_entity(rest).is_none() && (k + 1 >= s.len() || scan_bits_at(&SCAN.bits, s, k + 1).0 & S_MARK == 0)
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
/// Named entities come from the HTML standard's table (the `html-escape`
/// crate's copy of it), so every letter that has a name decodes
/// ("S&oacute;c Trăng", "&Dstrok;", "&abreve;"); numeric ones are decoded
/// here. The character then goes through the same replacements as text
/// (a no-break space is a space, a curly quote a straight one).
fn html_entity(s: &str) -> Option<(char, usize)> {
    // The longest name in the table has 31 characters.
    let end = s.as_bytes().iter().take(34).position(|&b| b == b';')?;
    let name = &s[1..end];
    let c = match name.strip_prefix('#') {
        Some(num) => {
            let code = match num.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => num.parse().ok()?,
            };
            char::from_u32(code)?
        }
        None => {
            let table = &html_escape::NAMED_ENTITIES;
            let i = table.binary_search_by(|(n, _)| (*n).cmp(name.as_bytes())).ok()?;
            // A few names stand for two characters; none of them is a letter.
            let mut chars = table[i].1.chars();
            let c = chars.next()?;
            if chars.next().is_some() {
                return None;
            }
            c
        }
    };
    let c = match map_char(c) {
        Some(Some(r)) => r,
        Some(None) => ' ',
        None if c.is_control() && c != '\n' => ' ',
        None => c,
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

/// Accumulates output text and the map back; letters are held back per
/// syllable so the tone mark can be placed.
struct Builder<'a> {
    original: &'a str,
    text: String,
    pieces: Vec<Piece>,
    syllable: Vec<(char, u32, u32)>,
    style: ToneStyle,
}

impl<'a> Builder<'a> {
    /// A builder writing into `text` and `pieces` (cleared first).
    fn new(original: &'a str, style: ToneStyle, mut text: String, mut pieces: Vec<Piece>) -> Builder<'a> {
        text.clear();
        text.reserve(original.len() + 8);
        pieces.clear();
        Builder {
            original,
            text,
            pieces,
            // Allocated on the first syllable the slow path takes: text that
            // normalises to itself (most keys and names) never needs it.
            syllable: Vec::new(),
            style,
        }
    }

    fn letter(&mut self, c: char, s: usize, e: usize) {
        self.syllable.push((c, s as u32, e as u32));
    }

    /// The NFC form of `piece`, the input's bytes `s..e`: its first char
    /// spans them, the others are empty at `e`.
    fn nfc_of(&mut self, piece: &str, s: usize, e: usize) {
        let mut first = true;
        for out in piece.nfc() {
            let (s, e) = if first { (s, e) } else { (e, e) };
            first = false;
            self.other_or_letter(out, s, e);
        }
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

    /// Appends `original[s..e]` as it is.
    fn copy(&mut self, s: usize, e: usize) {
        let Some(run) = self.original.get(s..e) else { return };
        let at = self.text.len() as u32;
        let joins = self.pieces.last().is_some_and(|p| p.orig_end == COPIED && p.orig + (at - p.norm) == s as u32);
        if !joins {
            self.pieces.push(Piece { norm: at, orig: s as u32, orig_end: COPIED });
        }
        self.text.push_str(run);
    }

    /// Appends `c`, which stands for `original[s..e]`.
    fn push(&mut self, c: char, s: u32, e: u32) {
        let mut buf = [0u8; 4];
        let enc = c.encode_utf8(&mut buf).as_bytes();
        if self.original.as_bytes().get(s as usize..e as usize) == Some(enc) {
            self.copy(s as usize, e as usize);
            return;
        }
        self.pieces.push(Piece { norm: self.text.len() as u32, orig: s, orig_end: e });
        self.text.push(c);
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

    fn finish(mut self) -> NormalizedText<'a> {
        self.flush();
        NormalizedText { original: self.original, text: self.text, pieces: self.pieces }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chars_that_are_not_nfc_alone_are_composed() {
        // The ohm and ångström signs, the Greek question mark and ano
        // teleia, a CJK compatibility ideograph, a Devanagari exclusion.
        let text = "Điện trở 5 \u{2126}, bước sóng 2 \u{212B}; hỏi\u{037E} \u{0387} \u{F900} \u{0958}.";
        let n = normalize(text, ToneStyle::Traditional);
        let want = "Điện trở 5 \u{03A9}, bước sóng 2 \u{00C5}; hỏi; \u{00B7} \u{8C48} \u{0915}\u{093C}.";
        assert_eq!(n.as_str(), want);
        assert!(unicode_normalization::is_nfc(n.as_str()));
        // Each replacement maps back to the char it came from.
        let at = n.as_str().find('\u{03A9}').unwrap();
        let span = n.to_original(at, at + 2);
        assert_eq!(&text[span.start..span.end], "\u{2126}");
        let at = n.as_str().find('\u{093C}').unwrap();
        let span = n.to_original(at - 3, at + 3);
        assert_eq!(&text[span.start..span.end], "\u{0958}");
    }

    #[test]
    fn every_char_alone_normalises_to_nfc() {
        // Each char of the blocks news text draws on, alone and after a
        // Vietnamese word, comes out in NFC (less the replacements of
        // `map_char`, which are NFC too).
        let blocks = (0x80u32..0x3400).chain(0xF900..0xFB00).chain(0xFF00..0xFFF0);
        for c in blocks.filter_map(char::from_u32) {
            for text in [c.to_string(), format!("Hòa {c}"), format!("hoa{c}")] {
                let n = normalize(&text, ToneStyle::Traditional);
                assert!(unicode_normalization::is_nfc(n.as_str()), "{:?} → {:?}", text, n.as_str());
            }
        }
    }

    /// The scan before it stopped counting letters and keeping the last
    /// char's start, kept as the reference the scan must agree with.
    fn reference_unchanged_run(s: &str, i: usize, style: ToneStyle) -> usize {
        let bytes = s.as_bytes();
        let mut k = i;
        // The syllable being read: its start, its letter count and last two letters.
        let mut syl: Option<usize> = None;
        let mut letters = 0usize;
        let (mut penult, mut last) = ('\0', '\0');
        let mut prev = i;
        // Whether the syllable `s[start..end]` has its tone moved in `style`:
        // the first tests inline, the rare rest out of line.
        let retoned = |start: usize, end: usize, letters: usize, penult: char, last: char| {
            letters >= 2 && tone::may_retone_pair(penult, last) && super::syllable_retoned(s, start, end, style)
        };
        while let Some(&byte) = bytes.get(k) {
            let (c, len, role) = if byte < 0x80 {
                (byte as char, 1, super::ASCII_ROLE[byte as usize])
            } else if let Some((c, len)) = latin_letter_at(bytes, k) {
                (c, len, Role::Letter)
            } else {
                match s.get(k..).and_then(|t| t.chars().next()) {
                    Some(c) => (c, c.len_utf8(), role(c)),
                    None => return k,
                }
            };
            // Letters first: most chars are.
            if role == Role::Letter {
                if syl.is_none() {
                    syl = Some(k);
                    letters = 0;
                }
                penult = last;
                last = c;
                letters += 1;
                prev = k;
                k += len;
                continue;
            }
            match role {
                Role::Letter => {}
                Role::Kept => {
                    if let Some(start) = syl.take() {
                        if retoned(start, k, letters, penult, last) {
                            return start;
                        }
                    }
                }
                Role::KeptUntoned => syl = None,
                Role::Ends => {
                    return match syl {
                        Some(start) if retoned(start, k, letters, penult, last) => start,
                        _ => k,
                    }
                }
                Role::Joins => return syl.unwrap_or(k),
                Role::Mark => return syl.unwrap_or(if k > i { prev } else { k }),
            }
            prev = k;
            k += len;
        }
        match syl {
            Some(start) if retoned(start, k, letters, penult, last) => start,
            _ => k,
        }
    }

    /// The scan ends where the scan that counted letters and kept the last
    /// char's start ends, from every char of texts pieced together from
    /// ASCII words, both tone placements, decomposed letters, "Đ", digits,
    /// punctuation, entities, tags, control chars, CJK, emoji and lone
    /// combining marks (after letters, spaces, other marks, at the start).
    #[test]
    fn unchanged_run_agrees_with_the_letter_counting_scan() {
        let pieces = [
            "hoa",
            "Hoà",
            "hòa",
            "thuỷ",
            "thủy",
            "QUỲ",
            "khoẻ",
            "khỏe",
            "oà",
            "uỷ",
            "a",
            "o",
            "y",
            "ơ",
            "ủ",
            "đ",
            "Đà",
            "Nẵng",
            "Ủy",
            "ban",
            "Thanh",
            "Hoá",
            "e\u{301}",
            "o\u{300}a",
            "\u{301}",
            "\u{338}",
            "\u{20DD}",
            "2.500",
            "99,75%",
            ", ",
            "(",
            "&amp;",
            "&",
            "<br>",
            "<",
            "\r",
            "\t",
            "\n",
            " ",
            "\u{a0}",
            "“",
            "–",
            "…",
            "中文",
            "😀",
            "\u{200B}",
            "\u{AD}",
            "Ω",
            "ǅ",
            "x",
            "qua",
            "quỷ",
            "tuy",
            "hoè",
            "OÀ",
            "UỶ",
            "ùa",
            "ọe",
            "αβ",
            "ɐ",
            "×",
            "«",
            "\u{488}",
            "\u{FEFF}",
            "@",
            "KH&ĐT",
            "http://a.vn/Hoà",
            "x@y.vn",
            "3D",
            "”",
            "‘",
            "’",
            "—",
            "„",
            "\u{2009}",
            "\u{2028}",
            "\u{85}",
            "“\u{301}",
            "của",
            "lúa",
            "oý",
            "uẻ",
        ];
        for text in crate::testing::joined_pieces(&pieces, 11, 4000, 19, Some(3)) {
            assert_scans_agree(&text);
        }
    }

    /// The scan ends where the reference scan ends, from every char of
    /// `text`, in both tone styles.
    fn assert_scans_agree(text: &str) {
        for style in [ToneStyle::Traditional, ToneStyle::Reformed] {
            for (i, _) in text.char_indices() {
                let (new, old) = (unchanged_run(text, i, style), reference_unchanged_run(text, i, style));
                assert_eq!(new, old, "{text:?} from {i} {style:?}");
            }
            // The tokeniser's walk finds where the run from 0 ends, and
            // the normaliser told that end gives what it gives alone.
            let mut check = RunCheck::new(style);
            let (mut tokens, mut lowers, mut numbers) = (Vec::new(), Vec::new(), Vec::new());
            crate::tokenize::tokenize_checking(text, &mut tokens, &mut lowers, &mut numbers, &mut check);
            let run = unchanged_run(text, 0, style);
            assert_eq!(check.stop.unwrap_or(text.len()), run, "{text:?} {style:?}");
            let (alone, told) =
                (normalize(text, style), normalize_from(text, style, String::new(), Vec::new(), run, &[]));
            assert_eq!((&alone.text, &alone.pieces), (&told.text, &told.pieces), "{text:?} {style:?}");
            // A walk that notes patches stops later, or where the scan
            // stops; the normaliser told its patches and its end gives the
            // same text and map.
            let mut check = RunCheck::patching(style, Vec::new());
            crate::tokenize::tokenize_checking(text, &mut tokens, &mut lowers, &mut numbers, &mut check);
            let stop = check.stop.unwrap_or(text.len());
            assert!(stop >= run && check.patches.iter().all(|p| (p.at as usize) < stop), "{text:?} {style:?}");
            assert!(stop > run || check.patches.is_empty(), "{text:?} {style:?}");
            let patched = normalize_from(text, style, String::new(), Vec::new(), stop, &check.patches);
            assert_eq!((alone.text, alone.pieces), (patched.text, patched.pieces), "{text:?} {style:?}");
        }
    }

    /// The chars that may be patches are replaced by `map_char` with their
    /// ASCII char, are not letters, and the tokeniser reads each alone, and
    /// between words, digits and addresses, as it reads its replacement.
    #[test]
    fn patches_are_replacements_the_tokeniser_reads_alike() {
        let mut count = 0;
        for c in (0..0x3100u32).filter_map(char::from_u32) {
            let Some(to) = patch_of(c) else { continue };
            count += 1;
            assert_eq!(map_char(c), Some(Some(char::from(to))), "U+{:04X}", c as u32);
            assert!(to.is_ascii() && !is_letter(c) && scan_bits(c) & S_ENDS != 0, "U+{:04X}", c as u32);
            for around in ["{}", "a{}b", "1{}2", "O{}Neil", "hoà{}", "{}thuỷ", "Đ{}", "2.500{}", "{}{}", "x {} y"] {
                let (text, replaced) =
                    (around.replace("{}", &c.to_string()), around.replace("{}", &char::from(to).to_string()));
                let shape = |t: &str| {
                    crate::tokenize::tokenize(t)
                        .iter()
                        .map(|k| (k.kind(), k.shape(), t[k.range()].chars().count()))
                        .collect::<Vec<_>>()
                };
                assert_eq!(shape(&text), shape(&replaced), "{text:?}");
            }
        }
        assert_eq!(count, 27);
        assert!(patch_at("“\u{301}", 0).is_none() && patch_at("“x", 0).is_some() && patch_at("x", 0).is_none());
    }

    /// Every char of the blocks the scan reads by their bytes (U+0080..U+07FF,
    /// U+1E00..U+1EFF) and of the general punctuation, after "o", "u" and
    /// "q", before a letter, a space, a mark and the end: the scan ends where
    /// the reference scan ends.
    #[test]
    fn unchanged_run_agrees_on_every_char_read_by_its_bytes() {
        for c in (0x80..0x800u32).chain(0x1E00..0x1F00).chain(0x2000..0x2070).filter_map(char::from_u32) {
            for text in [
                format!("o{c}"),
                format!("u{c} x"),
                format!("qu{c}a"),
                format!("ho{c}\u{301}"),
                format!("{c}oa"),
                format!("h{c}a"),
                format!("th{c}y!"),
                format!("{c}e"),
            ] {
                assert_scans_agree(&text);
            }
        }
    }

    /// The scan bits read by a char's bytes are those of the char, for
    /// every char.
    #[test]
    fn scan_bits_by_bytes_are_the_chars() {
        let table = &SCAN.bits;
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            let text = format!("{c}x");
            assert_eq!(scan_bits_at(table, &text, 0), (scan_bits(c), c.len_utf8()), "U+{:04X}", c as u32);
        }
    }

    /// The letters of the pairs a tone may move across ("oa", "oe", "uy")
    /// agree in [`S_UY`], those of the other pairs of an "o" or "u" and an
    /// "a", "e" or "y" do not; a letter outside the pairs has no such bit.
    #[test]
    fn pair_letters_agree_in_their_uy_bit_exactly_in_the_retoned_pairs() {
        let letters: Vec<char> =
            (0..0x1F00u32).filter_map(char::from_u32).filter(|&c| role(c) == Role::Letter).collect();
        for &c in &letters {
            let bits = scan_bits(c);
            if bits & (S_AEY | S_OU) == 0 {
                assert_eq!(bits & S_UY, 0, "{c}");
            }
        }
        for (a, b) in [('o', 'à'), ('ó', 'e'), ('U', 'Ỳ'), ('ủ', 'a'), ('u', 'é'), ('ò', 'y')] {
            let (x, y) = (scan_bits(a), scan_bits(b));
            assert_eq!(
                (x ^ y) & S_UY == 0,
                tone::retone(None, a, b, ToneStyle::Traditional).is_some()
                    || tone::retone(None, a, b, ToneStyle::Reformed).is_some(),
                "{a}{b}"
            );
        }
    }

    /// A patch list the check would never make (out of order, off a char
    /// boundary, past the run) is not followed: the text is scanned, so it
    /// is still the normalised one.
    #[test]
    fn patches_out_of_order_leave_the_rest_to_the_scan() {
        let text = "a “b” c – d";
        let t = ToneStyle::Traditional;
        let at = |pat: &str| text.find(pat).unwrap() as u32;
        let patch = |at: u32, to: u8| Patch { at, len: 3, to };
        let good = [patch(at("“"), b'"'), patch(at("”"), b'"'), patch(at("–"), b'-')];
        let bad: [&[Patch]; 3] = [
            &[good[1], good[0], good[2]],
            &[good[0], patch(at("”") + 1, b'"'), good[2]],
            &[good[0], good[1], patch(text.len() as u32, b'-')],
        ];
        let want = normalize(text, t);
        for patches in std::iter::once(&good[..]).chain(bad) {
            let got = normalize_from(text, t, String::new(), Vec::new(), text.len(), patches);
            assert_eq!((got.as_str(), &got.pieces), (want.as_str(), &want.pieces), "{patches:?}");
        }
    }

    /// An "&" is let go by the check when it opens no entity and no mark
    /// follows it, and the normaliser keeps it and the syllable before it.
    #[test]
    fn lone_ampersands_are_kept_as_they_are() {
        for (text, k, lone) in [
            ("KH&ĐT", 2, true),
            ("M&A", 1, true),
            ("a &", 2, true),
            ("&", 0, true),
            ("x&amp;y", 1, false),
            ("&#7927;", 0, false),
            ("&\u{301}", 0, false),
            ("a&b", 0, false),
        ] {
            assert_eq!(lone_ampersand(text, k), lone, "{text:?}");
            if lone {
                assert_eq!(normalize(text, ToneStyle::Traditional).as_str(), text);
            }
        }
    }

    /// A char passed by its first byte has no scan bit that asks for a
    /// look, and its length is the skip; the skip is 1 for most ASCII ("a"
    /// included) and 2 for the lead bytes of "ă", "đ", "ĩ", "ơ", "ư"; "ũ",
    /// a toned "u", is read.
    #[test]
    fn skipped_chars_need_no_look() {
        let tables: &ScanTables = &SCAN;
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            let mut buf = [0u8; 4];
            let enc = c.encode_utf8(&mut buf);
            let skip = tables.skip[usize::from(enc.as_bytes()[0])];
            if skip != 0 {
                assert_eq!((usize::from(skip), scan_bits(c) & S_LOOK), (enc.len(), 0), "U+{:04X}", c as u32);
            }
        }
        for (c, skip) in [('x', 1), ('a', 1), ('&', 0), ('ă', 2), ('đ', 2), ('ũ', 0), ('ư', 2), ('à', 0), ('ạ', 0)]
        {
            assert_eq!(tables.skip[usize::from(c.to_string().as_bytes()[0])], skip, "{c}");
        }
    }

    /// `normalized` gives `normalize`'s text, borrowing it exactly when the
    /// input is already normal.
    #[test]
    fn normalized_text_is_normalize_text() {
        let nfd: String = "Thành phố Hồ Chí Minh".nfd().collect();
        let texts = [
            "Ủy ban nhân dân tỉnh Khánh Hòa",
            "Uỷ ban nhân dân tỉnh Khánh Hoà",
            nfd.as_str(),
            "A &amp; B <b>đậm</b>\r\n",
            "soft\u{AD}hyphen, “quotes” – dash",
            "",
            "hoà",
            "hòa",
            "thuỷ",
        ];
        for style in [ToneStyle::Traditional, ToneStyle::Reformed] {
            for t in texts {
                let full = normalize(t, style);
                let text = normalized(t, style);
                assert_eq!(text, full.as_str(), "{t:?} {style:?}");
                assert_eq!(matches!(text, std::borrow::Cow::Borrowed(_)), full.as_str() == t, "{t:?} {style:?}");
            }
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig { cases: 512, ..Default::default() })]

        /// The same on arbitrary text of Vietnamese letters, combining
        /// marks, entities, tags and odd spaces.
        #[test]
        fn normalized_agrees_on_any_text(t in "([a-zA-Zơưăâêôđáàảãạòóỏõọùúủũụỳýỷỹỵ Ủ\u{300}-\u{323}&;<>/\u{AD}\r\n\t]|&amp;|oà|uỷ|Hoà){0,40}") {
            for style in [ToneStyle::Traditional, ToneStyle::Reformed] {
                let full = normalize(&t, style);
                proptest::prop_assert_eq!(normalized(&t, style), full.as_str());
            }
        }
    }

    /// Normalising into a thread's spare buffers (those of a longer text
    /// with other changes) gives what fresh buffers give; the thread keeps
    /// them for the next text, but not one larger than [`KEEP_BYTES`].
    #[test]
    fn recycled_buffers_give_the_same_text_and_map() {
        use crate::scratch::KEEP_BYTES;
        let t = ToneStyle::Traditional;
        let long = "“Thanh Hoá” &amp; Ho\u{300}a Bi\u{300}nh\r\n".repeat(50);
        normalize_reusing_from(&long, t, 0, &[]).recycle();
        for input in ["Ủy ban&nbsp;tỉnh Thanh Hoá", "plain", ""] {
            let (reused, fresh) = (normalize_reusing_from(input, t, 0, &[]), normalize(input, t));
            assert_eq!((reused.as_str(), &reused.pieces[..]), (fresh.as_str(), &fresh.pieces[..]));
            reused.recycle();
        }
        let kept = SPARE.with(std::cell::Cell::take).unwrap_or_default();
        assert!(kept.0.capacity() >= long.len() && kept.0.is_empty() && kept.1.is_empty());
        let huge = NormalizedText { original: "", text: String::with_capacity(KEEP_BYTES + 1), pieces: Vec::new() };
        huge.recycle();
        assert_eq!(SPARE.with(std::cell::Cell::take).unwrap_or_default().0.capacity(), 0);
    }

    /// Normalises and maps every char of the output back to the original.
    fn chars_back(input: &str, style: ToneStyle) -> (String, Vec<&str>) {
        let norm = normalize(input, style);
        let out = norm.as_str().to_string();
        let back = out.char_indices().map(|(i, c)| &input[norm.to_original(i, i + c.len_utf8()).range()]).collect();
        (out, back)
    }

    #[test]
    fn unchanged_text_maps_byte_for_byte() {
        let input = "Bà Nguyễn Thị Hoàng, Chủ tịch UBND tỉnh Quảng Trị (2025).";
        let norm = normalize(input, ToneStyle::Traditional);
        assert_eq!(norm.as_str(), input);
        assert_eq!(norm.pieces.len(), 1);
        assert!(norm.is_unchanged());
        assert!(!normalize("Thanh Hoá", ToneStyle::Traditional).is_unchanged());
        assert!(!normalize("a\r\nb", ToneStyle::Traditional).is_unchanged());
        assert!(normalize("", ToneStyle::Traditional).is_unchanged());
        for (i, c) in input.char_indices() {
            assert_eq!(norm.to_original(i, i + c.len_utf8()).range(), i..i + c.len_utf8());
            assert_eq!(norm.to_original(i, i).range(), i..i);
        }
        assert_eq!(norm.to_original(input.len(), input.len()).range(), input.len()..input.len());
    }

    #[test]
    fn changes_inside_and_between_runs() {
        let t = ToneStyle::Traditional;
        // A moved tone mark: the two letters map to their own letters.
        let (out, back) = chars_back("tỉnh Thanh Hoá nhé", t);
        assert_eq!(out, "tỉnh Thanh Hóa nhé");
        assert_eq!(back[12..14], ["o", "á"]);
        // At the very end, and in the reformed direction.
        assert_eq!(chars_back("Thanh Hoá", t).0, "Thanh Hóa");
        assert_eq!(chars_back("Ủy ban, thủy", ToneStyle::Reformed).0, "Uỷ ban, thuỷ");
        // Decomposed letters compose and map to all their code points.
        let (out, back) = chars_back("Ho\u{300}a Bi\u{300}nh", t);
        assert_eq!(out, "Hòa Bình");
        assert_eq!(back[1], "o\u{300}");
        // A zero-width space inside a syllable does not split it.
        assert_eq!(chars_back("ho\u{200B}à", t).0, "hòa");
        // An entity can be a letter of the syllable, named or numeric.
        assert_eq!(chars_back("U&#7927; ban", t).0, "Ủy ban");
        assert_eq!(chars_back("S&oacute;c Trăng, Ph&uacute; Thọ", t).0, "Sóc Trăng, Phú Thọ");
        assert_eq!(chars_back("&Dstrok;&agrave; N&abreve;ng &amp; &ldquo;x&rdquo;&hellip;", t).0, "Đà Năng & \"x\"…");
        assert_eq!(chars_back("a&unknown;b &nbsp;c", t).0, "a&unknown;b  c");
        // Replaced characters, tags and CRLF.
        let (out, back) = chars_back("“Hoá”\u{a0}–<br>x\r\n", t);
        assert_eq!(out, "\"Hóa\" - x\n");
        assert_eq!(back[0], "“");
        assert_eq!(back[7], "<br>");
        // A mark after punctuation composes with it, as NFC asks.
        assert_eq!(chars_back("a =\u{338} b", t).0, "a \u{2260} b");
    }

    #[test]
    fn spans_snap_to_the_original_chars() {
        let input = "Đà Nẵng&nbsp;và Huế";
        let norm = normalize(input, ToneStyle::Traditional);
        let out = norm.as_str();
        assert_eq!(out, "Đà Nẵng và Huế");
        // A range from inside a char is widened to the whole char.
        assert_eq!(&input[norm.to_original(1, 3).range()], "Đà");
        let at = out.find("và").unwrap_or(0);
        assert_eq!(&input[norm.to_original(at - 1, out.len()).range()], "&nbsp;và Huế");
    }
}
