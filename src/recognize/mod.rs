//! Recognisers: one file per entity kind. Each works on the normalised text
//! held in a [`Ctx`] and returns candidates with spans in that text; the
//! resolve stage merges them and the document stage maps spans back.

pub(crate) mod dates;
pub(crate) mod figures;
pub(crate) mod legal;
pub(crate) mod organisations;
pub(crate) mod people;
pub(crate) mod provinces;
pub(crate) mod recase;

use crate::lexicon::{Feat, Gap, Lexicon, Phrases, WordId};
use crate::normalize::{fold_char, lower_char};
use crate::normalize::{Patch, RunCheck, ToneStyle};
#[cfg(test)]
use crate::tokenize::tokenize_lowering;
use crate::tokenize::{tokenize_checking, tokenize_lowering_from, Shape, Token, TokenKind};
use rustc_hash::FxHashMap as HashMap;

/// The normalised text and the views of it every recogniser shares.
pub(crate) struct Ctx<'a> {
    pub lex: &'a Lexicon,
    /// Normalised text.
    pub text: &'a str,
    /// `text` lower-cased, same byte offsets.
    pub lower: String,
    pub tokens: Vec<Token>,
    /// For each token, the ID of its lower-case form in the lexicon's vocabulary.
    pub ids: Vec<WordId>,
    /// For each token, the features of its word (one load per question,
    /// where going through the vocabulary takes two).
    feats: Vec<Feat>,
    /// For each token written with one to four ASCII digits only, its
    /// value plus one (0 for every other token): the date parser asks
    /// for it at every number, several times.
    digits: Vec<u16>,
    /// For each token, what lies between it and the token before.
    pub gaps: Vec<Gap>,
    /// Where page furniture (related-article lists) starts.
    pub furniture: usize,
    /// Start of every line (the first is 0).
    line_starts: Vec<usize>,
    /// The tokens the lower-case view rewrote (kept for their buffer).
    lowers: Vec<u32>,
    /// The tokens that open with a digit, whose digit values and
    /// [`Feat::OPENS_DIGIT`] bits were written (kept for their buffer).
    numbers: Vec<u32>,
    /// The lines (by index, in order) written without any diacritic in a
    /// text that has them (URL slugs, tag lists): mostly none, so no
    /// allocation.
    slug_lines: Vec<usize>,
    /// The patches of the text read before normalising (kept for their
    /// buffer).
    patches: Vec<Patch>,
    /// For text without diacritics: function words restored ("tinh" → "tỉnh").
    restore: Option<&'a HashMap<String, String>>,
    /// Byte ranges of the lines written in capitals and recased before the
    /// recognisers saw them: their capitals are guessed (mostly none).
    pub recased: Vec<std::ops::Range<usize>>,
}

/// The buffers a [`Ctx`] fills for each text, kept per thread between
/// texts (see [`Buffers::take`]): its element types have no lifetime, so
/// the vectors pass from one document to the next as they are.
#[derive(Default)]
struct Buffers {
    lower: String,
    tokens: Vec<Token>,
    ids: Vec<WordId>,
    feats: Vec<Feat>,
    digits: Vec<u16>,
    gaps: Vec<Gap>,
    line_starts: Vec<usize>,
    slug_lines: Vec<usize>,
    /// The tokens the lower-case view rewrites ([`tokenize_lowering_from`]).
    lowers: Vec<u32>,
    /// The tokens that open with a digit ([`tokenize_lowering_from`]).
    numbers: Vec<u32>,
    /// The patches of a text read before normalising ([`Pretokens`]).
    patches: Vec<Patch>,
}

thread_local! {
    /// This thread's spare buffers: two sets, as the resolver builds a
    /// context for a body's name while the document's is alive (an empty
    /// slot while a [`Ctx`] holds its set).
    static SPARE: std::cell::Cell<[Option<Buffers>; 2]> = const { std::cell::Cell::new([None, None]) };
}

impl Buffers {
    /// The size that orders two sets: the text buffer's capacity.
    fn size(set: &Option<Buffers>) -> Option<usize> {
        set.as_ref().map(|b| b.lower.capacity())
    }

    /// The larger of this thread's spare sets of buffers, empty (fresh
    /// ones when there are none).
    fn take() -> Buffers {
        let taken = SPARE.try_with(|spare| {
            let mut sets = spare.take();
            let larger = if Self::size(&sets[1]) > Self::size(&sets[0]) { 1 } else { 0 };
            let set = sets[larger].take();
            spare.set(sets);
            set
        });
        taken.ok().flatten().unwrap_or_default()
    }

    /// Gives the buffers back to this thread, cleared, each dropped when
    /// larger than [`KEEP_BYTES`](crate::scratch::KEEP_BYTES); with both slots full, they take the
    /// place of the smaller set if larger.
    fn give_back(self) {
        use crate::scratch::{emptied, emptied_string};
        let Buffers { lower, tokens, ids, feats, digits, gaps, line_starts, slug_lines, lowers, numbers, patches } =
            self;
        let set = Buffers {
            lower: emptied_string(lower),
            tokens: emptied(tokens),
            ids: emptied(ids),
            feats: emptied(feats),
            digits: emptied(digits),
            gaps: emptied(gaps),
            line_starts: emptied(line_starts),
            slug_lines: emptied(slug_lines),
            lowers: emptied(lowers),
            numbers: emptied(numbers),
            patches: emptied(patches),
        };
        let _ = SPARE.try_with(|spare| {
            let mut sets = spare.take();
            let smaller = if Self::size(&sets[1]) < Self::size(&sets[0]) { 1 } else { 0 };
            if Self::size(&sets[smaller]) < Some(set.lower.capacity()) {
                sets[smaller] = Some(set);
            }
            spare.set(sets);
        });
    }
}

impl Drop for Ctx<'_> {
    fn drop(&mut self) {
        Buffers {
            lower: std::mem::take(&mut self.lower),
            tokens: std::mem::take(&mut self.tokens),
            ids: std::mem::take(&mut self.ids),
            feats: std::mem::take(&mut self.feats),
            digits: std::mem::take(&mut self.digits),
            gaps: std::mem::take(&mut self.gaps),
            line_starts: std::mem::take(&mut self.line_starts),
            slug_lines: std::mem::take(&mut self.slug_lines),
            lowers: std::mem::take(&mut self.lowers),
            numbers: std::mem::take(&mut self.numbers),
            patches: std::mem::take(&mut self.patches),
        }
        .give_back();
    }
}

impl<'a> Ctx<'a> {
    pub fn new(lex: &'a Lexicon, text: &'a str) -> Ctx<'a> {
        Ctx::with_plain(lex, text, crate::normalize::without_diacritics(text))
    }

    /// [`Ctx::new`] for a text whose caller knows already whether it is
    /// written without diacritics (`plain`, as `without_diacritics` says).
    pub fn with_plain(lex: &'a Lexicon, text: &'a str, plain: bool) -> Ctx<'a> {
        // The buffers of the last document this thread read, cleared:
        // a thread that extracts many documents allocates them once.
        Ctx::with_buffers(lex, text, plain, Buffers::take(), 0)
    }

    /// [`Ctx::with_plain`] for the normalised `text` of a text whose
    /// tokens were read before it was normalised (`pre`): the tokens up to
    /// where the two texts may differ are kept, and the tokeniser goes on
    /// from there (with all of them kept, in a text that was already normal).
    pub fn with_tokens(lex: &'a Lexicon, text: &'a str, plain: bool, pre: Pretokens) -> Ctx<'a> {
        let Pretokens { buffers, resume, has_at, .. } = pre;
        // An "@" added or dropped by the normaliser changes how every
        // word is read: all is read again.
        let same = has_at == memchr::memchr(b'@', text.as_bytes()).is_some() && resume <= text.len();
        Ctx::with_buffers(lex, text, plain, buffers, if same { resume } else { 0 })
    }

    /// The context of `text` in `buffers`, whose tokens, `lowers` and
    /// `numbers` hold those of `text[..resume]` already (none when
    /// `resume` is 0).
    fn with_buffers(lex: &'a Lexicon, text: &'a str, plain: bool, buffers: Buffers, resume: usize) -> Ctx<'a> {
        let Buffers {
            mut lower,
            mut tokens,
            mut ids,
            mut feats,
            mut digits,
            mut gaps,
            mut line_starts,
            mut slug_lines,
            mut lowers,
            mut numbers,
            patches,
        } = buffers;
        if resume == 0 {
            tokens.clear();
            lowers.clear();
            numbers.clear();
        }
        // Sized once for news text (a token takes some 4 to 5 bytes).
        tokens.reserve(text.len() / 4 + 1);
        tokenize_lowering_from(text, resume, &mut tokens, &mut lowers, &mut numbers);
        let whole_plain = lower_view(text, &tokens, &lowers, &mut lower);
        token_views(
            lex,
            text,
            &lower,
            &tokens,
            TokenViews { ids: &mut ids, feats: &mut feats, digits: &mut digits, gaps: &mut gaps, numbers: &numbers },
        );
        let furniture = furniture_start(lex, &lower);
        let restore = plain.then_some(&lex.restore);
        line_starts.push(0);
        line_starts.extend(memchr_lines(text));
        find_slug_lines(text, &line_starts, whole_plain, &mut slug_lines);
        Ctx {
            lex,
            text,
            lower,
            tokens,
            ids,
            feats,
            digits,
            gaps,
            furniture,
            line_starts,
            lowers,
            numbers,
            slug_lines,
            restore,
            patches,
            recased: Vec::new(),
        }
    }

    /// Whether byte `pos` lies in a line written in capitals, whose case
    /// the recogniser saw guessed.
    pub fn in_recased(&self, pos: usize) -> bool {
        self.recased.iter().any(|r| r.contains(&pos))
    }

    /// Lower-cased text of token `i` exactly as written.
    #[inline(always)]
    pub fn raw(&self, i: usize) -> &str {
        self.tokens.get(i).map_or("", |t| &self.lower[t.range()])
    }

    /// Text of token `i`.
    #[inline]
    pub fn tok(&self, i: usize) -> &'a str {
        self.tokens.get(i).map_or("", |t| &self.text[t.range()])
    }

    /// Lower-cased text of token `i`; in text without diacritics, function
    /// words come back restored ("tinh" → "tỉnh") so rules can test for them.
    #[inline(always)]
    pub fn ltok(&self, i: usize) -> &str {
        let w = self.raw(i);
        match self.restore {
            Some(map) => map.get(w).map_or(w, String::as_str),
            None => w,
        }
    }

    #[inline]
    pub fn shape(&self, i: usize) -> Shape {
        self.tokens.get(i).map_or(Shape::None, |t| t.shape())
    }

    #[inline]
    pub fn kind(&self, i: usize) -> Option<TokenKind> {
        self.tokens.get(i).map(|t| t.kind())
    }

    /// The lower-case words of tokens `i` and `i + 1` joined by one space
    /// ("lần thứ"), as `ltok` gives them; borrowed from the lower-cased text
    /// when they are written so, built otherwise.
    pub fn two_words(&self, i: usize) -> std::borrow::Cow<'_, str> {
        match (self.tokens.get(i), self.tokens.get(i + 1)) {
            (Some(a), Some(b)) if self.restore.is_none() && self.joined(i) => {
                std::borrow::Cow::Borrowed(&self.lower[a.start()..b.end()])
            }
            _ => std::borrow::Cow::Owned(format!("{} {}", self.ltok(i), self.ltok(i + 1))),
        }
    }

    /// True when tokens `i` and `i + 1` are separated by exactly one space
    /// (not a line break, not punctuation).
    #[inline]
    pub fn joined(&self, i: usize) -> bool {
        self.gaps.get(i + 1) == Some(&Gap::Space)
    }

    /// Token `i` as a number of one to four ASCII digits: its value and
    /// its number of digits.
    #[inline]
    pub fn digits(&self, i: usize) -> Option<(u32, usize)> {
        match self.digits.get(i) {
            Some(&v) if v > 0 => Some((u32::from(v - 1), self.tokens[i].end() - self.tokens[i].start())),
            _ => None,
        }
    }

    /// The first token from `from` whose word has any of the features
    /// `bits` (the token count when none has): the recognisers' scan over
    /// the tokens where their rules can start.
    ///
    /// The tokens sought are few (a capital, a word opening a province's
    /// name), so the scan passes four tokens a step, with one test of
    /// their features together, then looks for the one in the four that
    /// stopped it (or in the last tokens, fewer than four).
    #[inline]
    pub fn next_with(&self, from: usize, bits: Feat) -> usize {
        let rest = self.feats.get(from..).unwrap_or(&[]);
        let mut passed = 0;
        for four in rest.chunks_exact(4) {
            if (four[0] | four[1] | four[2] | four[3]).any(bits) {
                break;
            }
            passed += 4;
        }
        rest[passed..].iter().position(|f| f.any(bits)).map_or(self.feats.len(), |p| from + passed + p)
    }

    /// The features of token `i`'s word.
    #[inline]
    pub fn feat(&self, i: usize) -> Feat {
        self.feats.get(i).copied().unwrap_or(Feat::NONE)
    }

    /// True when the tokens `i..i + n` spell a word of the word list. (A
    /// token whose word opens no entry, by its feature bit, is answered
    /// without walking the trie.)
    pub fn is_word(&self, i: usize, n: usize) -> bool {
        self.feat(i).any(self.lex.words.first_feat()) && self.lex.words.has(&self.ids, &self.gaps, i, n)
    }

    /// True when the syllable at `k` ends a word of two syllables with the
    /// one before it, as words are read from the left: "nông thôn", "yêu
    /// cầu"; not "cảnh tỉnh" in "xuất nhập cảnh tỉnh này", where "nhập
    /// cảnh" took the syllable before, nor a word opened by a function
    /// word ("từ đường": "from the road" far more often than "ancestral
    /// hall"). A word of a list of words before a name ("cầu", a bridge)
    /// is no such word there.
    pub fn ends_word(&self, k: usize) -> bool {
        k > 0
            && self.joined(k - 1)
            && !self.feat(k - 1).any(Feat::STOPWORD)
            && self.is_word(k - 1, 2)
            && !(k > 1 && self.joined(k - 2) && self.is_word(k - 2, 2))
    }

    /// Capitalised word (Title or UPPER shape).
    #[inline]
    pub fn is_cap(&self, i: usize) -> bool {
        matches!(self.shape(i), Shape::Title | Shape::Upper)
    }

    /// True when `pos` lies on a line written without any diacritic in a
    /// text that has them: URL slugs and tag lists of scraped pages.
    pub fn in_slug_line(&self, pos: usize) -> bool {
        self.slug_lines.binary_search(&self.line_index(pos)).is_ok()
    }

    /// Index of the line holding byte `pos`.
    fn line_index(&self, pos: usize) -> usize {
        self.line_starts.partition_point(|&s| s <= pos).saturating_sub(1)
    }

    /// Byte range of the line holding `pos`, without its line break.
    pub fn line_at(&self, pos: usize) -> std::ops::Range<usize> {
        self.line_range(self.line_index(pos))
    }

    /// Byte range of line `n` (from 0), without its line break.
    pub fn line_range(&self, n: usize) -> std::ops::Range<usize> {
        let start = self.line_starts.get(n).copied().unwrap_or(0);
        let end = self.line_starts.get(n + 1).map_or(self.text.len(), |&e| e - 1);
        start..end
    }

    /// Index of the first token starting at or after `pos`.
    pub fn token_from(&self, pos: usize) -> usize {
        self.tokens.partition_point(|t| t.start() < pos)
    }

    /// The longest phrase of `phrases` spelled by the tokens from `i`
    /// (case-insensitive, single spaces): words used and the entry.
    #[inline(always)]
    pub fn phrase_at<'p, T>(&self, i: usize, phrases: &'p Phrases<T>) -> Option<(usize, &'p (String, T))> {
        if !self.feat(i).any(phrases.first_feat()) {
            return None;
        }
        phrases.longest(&self.ids, &self.gaps, i)
    }
}

/// A text's tokens read before it is normalised ([`Pretokens::read`]), for
/// its context ([`Ctx::with_tokens`]): the tokeniser reads every char of
/// the text anyway, so it also finds where the run of the text that
/// normalises to itself ends ([`RunCheck`]), and the normaliser copies that
/// run without scanning it again. In the usual text, already normal, the
/// run is the whole text and so are the tokens. The run goes on past the
/// chars replaced by one ASCII char that the tokeniser reads as it reads
/// their replacement ([`Patch`]: curly quotes, dashes, odd spaces, most
/// of the changes in crawled news): the tokens after them are shifted by
/// the bytes each removes.
pub(crate) struct Pretokens {
    buffers: Buffers,
    /// The end of the run of the text that normalises to itself, but for
    /// the patches in `buffers`.
    pub unchanged: usize,
    /// Where the tokeniser goes on in the normalised text: just past the
    /// last white space before `unchanged` (the text's end when all is
    /// unchanged); the tokens in `buffers` are those before it, which were
    /// read from bytes before that white space alone.
    resume: usize,
    /// Whether the text holds an "@" (the tokeniser reads words otherwise
    /// when it does).
    has_at: bool,
}

impl Pretokens {
    /// Reads the tokens of `text` (not yet normalised, normalised in the
    /// traditional tone style) and where its unchanged run ends.
    pub fn read(text: &str) -> Pretokens {
        let mut buffers = Buffers::take();
        buffers.tokens.reserve(text.len() / 4 + 1);
        let has_at = memchr::memchr(b'@', text.as_bytes()).is_some();
        // In a text with an "@", a "-" may join an e-mail address where
        // a "–" ends it: no patches there.
        let mut check = if has_at {
            RunCheck::new(ToneStyle::Traditional)
        } else {
            RunCheck::patching(ToneStyle::Traditional, std::mem::take(&mut buffers.patches))
        };
        tokenize_checking(text, &mut buffers.tokens, &mut buffers.lowers, &mut buffers.numbers, &mut check);
        let unchanged = check.stop.unwrap_or(text.len());
        buffers.patches = check.patches;
        let mut resume = if unchanged >= text.len() {
            text.len()
        } else {
            // No token holds white space, and none was read past the white
            // space after it: the tokens before the last white space of
            // the unchanged run are the normalised text's too.
            let run = text.as_bytes().get(..unchanged).unwrap_or_default();
            run.iter().rposition(u8::is_ascii_whitespace).map_or(0, |w| w + 1)
        };
        // All, in a text read to its end; else those before `resume`.
        let kept = if resume >= text.len() {
            buffers.tokens.len()
        } else {
            buffers.tokens.partition_point(|t| t.end() < resume)
        };
        buffers.tokens.truncate(kept);
        for noted in [&mut buffers.lowers, &mut buffers.numbers] {
            noted.truncate(noted.partition_point(|&k| (k as usize) < kept));
        }
        if !buffers.patches.is_empty() {
            let removed = shift_tokens(&mut buffers.tokens, &mut buffers.lowers, &buffers.patches, resume);
            resume -= removed;
        }
        Pretokens { buffers, unchanged, resume, has_at }
    }

    /// The chars of the unchanged run that the normaliser replaces by one
    /// ASCII char each ([`Patch`]), in order.
    pub fn patches(&self) -> &[Patch] {
        &self.buffers.patches
    }

    /// Drops the tokens read (the text changed after all: a line in
    /// capitals given the case of running text); the buffers are kept.
    pub fn discard(&mut self) {
        self.resume = 0;
    }
}

/// Moves the tokens read from a text to where they lie in the text with
/// `patches` (in order) replaced, and returns the bytes removed before
/// `resume`. A patch is white space, outside every token, or a
/// punctuation token of its own, which becomes its ASCII char (and so
/// leaves `lowers`, the tokens holding a char from 0x80); the tokens after
/// a patch move back by the bytes it removes.
fn shift_tokens(tokens: &mut [Token], lowers: &mut Vec<u32>, patches: &[Patch], resume: usize) -> usize {
    // The tokens between two patches move by the same bytes: found by
    // their starts, each stretch moved in one tight loop.
    let (mut removed, mut k, mut ascii) = (0u32, 0usize, false);
    // The entries of `lowers` from `noted` on are not yet looked at (those
    // before may be marked out, so no search goes there).
    let mut noted = 0;
    for patch in patches {
        let rest = tokens.get(k..).unwrap_or_default();
        let next = k + rest.partition_point(|t| t.start() < patch.at as usize);
        move_back(tokens.get_mut(k..next).unwrap_or_default(), removed);
        k = next;
        if let Some(t) = tokens.get_mut(k).filter(|t| t.start() == patch.at as usize) {
            let start = patch.at - removed;
            *t = t.moved(start, start + 1);
            noted += lowers.get(noted..).unwrap_or_default().partition_point(|&i| (i as usize) < k);
            if let Some(i) = lowers.get_mut(noted).filter(|i| **i as usize == k) {
                *i = u32::MAX;
                noted += 1;
                ascii = true;
            }
            k += 1;
        }
        removed += patch.removed();
    }
    move_back(tokens.get_mut(k..).unwrap_or_default(), removed);
    if ascii {
        lowers.retain(|&k| k != u32::MAX);
    }
    patches.iter().take_while(|patch| (patch.at as usize) < resume).map(|patch| patch.removed() as usize).sum()
}

/// Moves `tokens` back by `by` bytes.
#[inline]
fn move_back(tokens: &mut [Token], by: u32) {
    if by > 0 {
        for t in tokens {
            *t = t.moved(t.start() as u32 - by, t.end() as u32 - by);
        }
    }
}

/// The lower-case view of `text` (same byte offsets) written into
/// `lower`, and whether no letter loses bytes when its diacritics are
/// folded (the text is written without them). A copy of the text with
/// ASCII lower-cased in one sweep, then each other char that changes (a
/// capital such as "Đ", rare) rewritten in place: `lower_char` keeps its
/// UTF-8 length, so offsets agree. Only the tokens the tokeniser noted
/// (`lowers`, indices into `tokens`: the words holding such a char, the
/// other tokens that are not ASCII) are read for those chars; the fold
/// test reads the chars from 0x80 up to the first that folds shorter
/// (in Vietnamese text, nearly always the first).
fn lower_view(text: &str, tokens: &[Token], lowers: &[u32], lower: &mut String) -> bool {
    lower.clear();
    lower.push_str(text);
    lower.make_ascii_lowercase();
    for &t in lowers {
        let Some(range) = tokens.get(t as usize).map(Token::range) else { continue };
        let Some(word) = text.get(range.clone()) else { continue };
        for (at, c) in word.char_indices().filter(|(_, c)| !c.is_ascii()) {
            let l = lower_char(c);
            if l != c {
                let at = range.start + at;
                lower.replace_range(at..at + c.len_utf8(), l.encode_utf8(&mut [0; 4]));
            }
        }
    }
    folds_whole(text)
}

/// True when no char from 0x80 of `text` loses bytes when lowered and
/// folded ([`fold_char`]): the text is written without diacritics.
fn folds_whole(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut i = 0;
    loop {
        // After ASCII only, a char starts here.
        let at = i + first_non_ascii(&bytes[i..]);
        let Some(c) = text.get(at..).and_then(|rest| rest.chars().next()) else { return true };
        if fold_char(lower_char(c)).len_utf8() != c.len_utf8() {
            return false;
        }
        i = at + c.len_utf8();
    }
}

/// The index of the first byte of `b` from 0x80 (`b.len()` when none),
/// tested eight bytes at a time as the top bits of a `u64`: the ASCII
/// between two letters with diacritics is some four or five bytes, so a
/// word usually answers at once where a byte loop took a step per byte.
#[inline]
fn first_non_ascii(b: &[u8]) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut n = 0;
    while let Some(word) = b.get(n..n + 8).and_then(|w| <[u8; 8]>::try_from(w).ok()) {
        let high = u64::from_le_bytes(word) & HIGH;
        if high != 0 {
            return n + (high.trailing_zeros() / 8) as usize;
        }
        n += 8;
    }
    n + b[n..].iter().position(|x| !x.is_ascii()).unwrap_or(b.len() - n)
}

/// What [`Ctx`] keeps beside each token: the vectors to fill.
struct TokenViews<'v> {
    ids: &'v mut Vec<WordId>,
    feats: &'v mut Vec<Feat>,
    digits: &'v mut Vec<u16>,
    gaps: &'v mut Vec<Gap>,
    /// The tokens that open with a digit ([`tokenize_lowering_from`]).
    numbers: &'v [u32],
}

/// Each token's word ID, features, digit value and gap before it. Each
/// vector is written by its own `extend` over a map of slice iterators,
/// whose exact length lets the standard library write the items with no
/// capacity or bounds check per token and no fill first: four tight loops
/// cost fewer instructions than one zipped walk over vectors sized (and
/// filled) beforehand.
fn token_views(lex: &Lexicon, text: &str, lower: &str, tokens: &[Token], views: TokenViews<'_>) {
    let TokenViews { ids, feats, digits, gaps, numbers } = views;
    let (text, lower) = (text.as_bytes(), lower.as_bytes());
    let vocab = &lex.vocab;
    ids.clear();
    ids.extend(tokens.iter().map(|t| vocab.get_in(lower, t.range())));
    feats.clear();
    feats.extend(ids.iter().map(|&id| vocab.feat(id)));
    // The tokeniser noted the tokens that open with a digit: they get the
    // bit the figures' and dates' scans test (no word of the vocabulary
    // has it), and the numbers among them of at most four bytes a digit
    // value (the others have none).
    digits.clear();
    digits.resize(tokens.len(), 0);
    for &k in numbers {
        if let (Some(digit), Some(feat), Some(t)) =
            (digits.get_mut(k as usize), feats.get_mut(k as usize), tokens.get(k as usize))
        {
            *feat = *feat | Feat::OPENS_DIGIT;
            *digit = short_number_value(text, t);
        }
    }
    gaps.clear();
    // No token before the first: its gap is `Other`.
    if !tokens.is_empty() {
        gaps.push(Gap::Other);
    }
    let next = tokens.get(1..).unwrap_or_default();
    gaps.extend(tokens.iter().zip(next).map(|(a, b)| gap_between(text, a.end(), b.start())));
}

/// The value of a number token of one to four ASCII digits, plus one (0
/// for any other token: a word, "2.5", a number of five digits or more).
#[inline(always)]
fn short_number_value(text: &[u8], t: &Token) -> u16 {
    if t.kind() != TokenKind::Number || t.end() - t.start() > 4 {
        return 0;
    }
    let w = &text[t.range()];
    if !w.iter().all(u8::is_ascii_digit) {
        return 0;
    }
    w.iter().fold(0u16, |v, &b| v * 10 + u16::from(b - b'0')) + 1
}

/// What lies between a token ending at `end` and the next one, starting
/// at `start`: none, one space, or anything else.
#[inline(always)]
fn gap_between(text: &[u8], end: usize, start: usize) -> Gap {
    match start.wrapping_sub(end) {
        0 => Gap::Glued,
        1 if text.get(end) == Some(&b' ') => Gap::Space,
        _ => Gap::Other,
    }
}

/// Where page furniture (a heading such as "Tin liên quan") starts: the
/// first line that is one of the furniture headings, or the text's end.
fn furniture_start(lex: &Lexicon, lower: &str) -> usize {
    // A line longer than every heading (nearly every line of an article)
    // is none of them, and is not hashed.
    let longest = lex.furniture_headings.iter().map(String::len).max().unwrap_or(0);
    let mut at = 0;
    for line in crate::tokenize::split_lines(lower) {
        let heading = line.trim();
        if heading.len() <= longest && lex.furniture_headings.contains(heading) {
            return at;
        }
        at += line.len() + 1;
    }
    lower.len()
}

/// The start of every line after the first (line breaks found by the
/// `memchr` crate's vectorised search: news lines are short, and the
/// standard library's search pays a set-up per line).
fn memchr_lines(text: &str) -> impl Iterator<Item = usize> + '_ {
    memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1)
}

/// The lines written without any diacritic in a text that has them (URL
/// slugs, tag lists): a line of ASCII only, of six words or more, with
/// no full stop or comma.
/// (Written into `out`, which is empty.)
fn find_slug_lines(text: &str, line_starts: &[usize], whole_plain: bool, out: &mut Vec<usize>) {
    if whole_plain {
        return;
    }
    out.extend((0..line_starts.len()).filter(|&n| {
        let s = line_starts[n];
        let e = line_starts.get(n + 1).map_or(text.len(), |&e| e - 1);
        let line = &text[s..e];
        line.is_ascii() && line.split(' ').count() >= 6 && !line.contains(['.', ','])
    }));
}

/// The largest char boundary of `s` at or before `i` (`s.len()` past the end).
pub(crate) fn floor_boundary(s: &str, i: usize) -> usize {
    if i >= s.len() {
        return s.len();
    }
    let mut i = i;
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The smallest char boundary of `s` at or after `i` (`s.len()` past the end).
pub(crate) fn ceil_boundary(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// Normalised-text span with the rule that produced it.
#[derive(Clone, Debug)]
pub(crate) struct Hit {
    pub start: usize,
    pub end: usize,
    pub rule: &'static str,
}

impl Ctx<'_> {
    /// A role ("Phó Chủ tịch Thường trực", "Đại tá") starting at token `i`:
    /// tokens used, display form and kind. The role must be capitalised as
    /// roles before names are, unless the data writes it in lower case.
    pub fn role_at(&self, i: usize) -> Option<(usize, &(String, crate::lexicon::RoleKind))> {
        if self.kind(i) != Some(TokenKind::Word) {
            return None;
        }
        // "Đoàn Chủ tịch", "Ban Chủ nhiệm": the name of a body, not a role.
        if i > 0 && self.joined(i - 1) && self.is_cap(i - 1) && matches!(self.ltok(i - 1), "đoàn" | "ban") {
            return None;
        }
        let (n, entry) = self.phrase_at(i, &self.lex.roles)?;
        // "Đại sứ quán" is a body, not "Đại sứ".
        if self.phrase_at(i, &self.lex.org_heads).is_some_and(|(h, _)| h > n) {
            return None;
        }
        let display = &entry.1;
        let cap_ok = self.is_cap(i) || display.0.starts_with(char::is_lowercase);
        cap_ok.then_some((n, display))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scratch::KEEP_BYTES;

    /// The lower-case view is the text mapped char by char with
    /// `lower_char`: capitals with and without diacritics, and chars whose
    /// lower case would change their length (kept as written).
    /// Every view a context holds, written out to compare two contexts.
    fn views(ctx: &Ctx) -> String {
        format!(
            "{:?}",
            (
                &ctx.lower,
                &ctx.tokens,
                &ctx.ids,
                &ctx.feats,
                &ctx.digits,
                &ctx.gaps,
                ctx.furniture,
                &ctx.line_starts,
                &ctx.slug_lines,
                &ctx.lowers,
                &ctx.numbers
            )
        )
    }

    #[test]
    fn lower_view_is_the_text_lowered_char_by_char() {
        let lex = &*crate::lexicon::DEFAULT;
        for text in
            ["ĐẮK LẮK và Ủy ban Nhân dân TP.HCM: 2.500 tỷ đồng", "İstanbul, ẞ, Σ, «Ơ»… ỳ Ỳ", "plain ASCII ONLY", ""]
        {
            let ctx = Ctx::new(lex, text);
            let expected: String = text.chars().map(lower_char).collect();
            assert_eq!(ctx.lower, expected);
        }
    }

    /// [`Feat::OPENS_DIGIT`] is set on exactly the numbers and the words
    /// that open with an ASCII digit, in a context of a text read whole
    /// and of one whose tokens were read before normalising.
    #[test]
    fn opens_digit_marks_the_tokens_that_open_with_a_digit() {
        let lex = &*crate::lexicon::DEFAULT;
        let mut texts = crate::data::sample_texts();
        texts.extend(
            ["6ha, 3D và 7h30: 2.500 tỷ (99,75%) ở 9x.vn, a1@b.vn, A4, VF9", "  Ông\tAn có 5kg", "7", ""]
                .map(String::from),
        );
        let mut marked = 0;
        for text in &texts {
            let whole = Ctx::new(lex, text);
            let norm = crate::normalize::normalize(text, crate::normalize::ToneStyle::Traditional);
            let pre = Pretokens::read(text);
            let read_before = Ctx::with_tokens(lex, norm.as_str(), false, pre);
            for ctx in [&whole, &read_before] {
                for (i, t) in ctx.tokens.iter().enumerate() {
                    let opens = matches!(t.kind(), TokenKind::Number | TokenKind::Word)
                        && ctx.text.as_bytes()[t.start()].is_ascii_digit();
                    assert_eq!(ctx.feat(i).any(Feat::OPENS_DIGIT), opens, "{text:?} {i}");
                    marked += usize::from(opens);
                }
            }
        }
        assert!(marked > 1_000, "{marked}");
    }

    /// `next_with`, four tokens a step, finds the token a scan one token
    /// at a time finds, from every start and past the end, for features
    /// met often, rarely, in the last tokens only, and never.
    #[test]
    fn next_with_finds_what_a_token_by_token_scan_finds() {
        let lex = &*crate::lexicon::DEFAULT;
        let text = "Sáng nay, ông Nguyễn Văn An, Chủ tịch UBND tỉnh Đắk Lắk, và bà Lê Thị Hoa đến Hà Nội";
        let ctx = Ctx::new(lex, text);
        let n = ctx.feats.len();
        let every: Vec<Feat> = (0..64).map(|b| Feat(1 << b)).chain([Feat::NONE, Feat(u64::MAX)]).collect();
        let last = ctx.feats[n - 1];
        for bits in every.into_iter().chain([last]) {
            for from in 0..n + 6 {
                let want = (from..n).find(|&k| ctx.feats[k].any(bits)).unwrap_or(n);
                assert_eq!(ctx.next_with(from, bits), want, "from {from} bits {:#x}", bits.0);
            }
        }
    }

    /// The context of a text whose tokens were read before it was
    /// normalised ([`Pretokens`]: all of them in a text already normal,
    /// those before the first change else, the rest read from the
    /// normalised text) holds what the context of the normalised text
    /// holds: texts with changes at their start, middle and end, "@"
    /// added by an entity, tabs, CRs, entities, tone marks that move.
    #[test]
    fn tokens_read_before_normalising_are_those_of_the_normalised_text() {
        use crate::normalize::{normalize, ToneStyle};
        let lex = &*crate::lexicon::DEFAULT;
        let pieces = [
            "Ông",
            "Nguyễn",
            "Văn",
            "An",
            "Bộ",
            "KH&ĐT",
            "&amp;",
            "&#64;",
            "&",
            "<br>",
            "<",
            "\r",
            "\t",
            "\n",
            " ",
            "  ",
            "\u{a0}",
            "“",
            "–",
            "…",
            "Thanh",
            "Hoá",
            "hòa",
            "thuỷ",
            "e\u{301}",
            "2.500",
            "99,75%",
            "VF9",
            "a@b.vn",
            "http://a.vn/Hoà",
            "www.x.vn",
            "ĐẮK",
            "@",
            ".",
            ",",
            "\u{200B}",
            "x",
        ];
        for text in crate::testing::joined_pieces(&pieces, 5, 3000, 23, Some(1)) {
            let norm = normalize(&text, ToneStyle::Traditional);
            let pre = Pretokens::read(&text);
            let read_before = views(&Ctx::with_tokens(lex, norm.as_str(), false, pre));
            assert_eq!(read_before, views(&Ctx::new(lex, norm.as_str())), "{text:?}");
        }
    }

    /// The same, the text normalised as `extract` does, told the patches
    /// found while reading it ([`Patch`]), on texts where curly quotes,
    /// dashes and odd spaces (and the replacements that are no patches)
    /// stand among words, digits, addresses, tone pairs and marks: the
    /// normalised text, every char's span in the original and every view
    /// of the context are those of the text normalised and read whole.
    #[test]
    fn tokens_read_past_patches_are_those_of_the_normalised_text() {
        use crate::normalize::{normalize, normalize_reusing_from, ToneStyle};
        let lex = &*crate::lexicon::DEFAULT;
        let pieces = [
            "Ông",
            "Nguyễn",
            "Văn",
            "An",
            "ĐẮK",
            "hoà",
            "Thanh",
            "Hoá",
            "thuỷ",
            "của",
            "e\u{301}",
            "“",
            "”",
            "‘",
            "’",
            "–",
            "—",
            "«",
            "»",
            "„",
            "‚",
            "‐",
            "−",
            "\u{a0}",
            "\u{2009}",
            "\u{3000}",
            "\u{2028}",
            "\u{85}",
            "\t",
            "\r",
            "\u{200B}",
            "\u{301}",
            "…",
            "-",
            "\"",
            "'",
            "O’Neil",
            "10–20",
            "2.500",
            "99,75%",
            "VF9",
            "3D",
            "x",
            "a@b.vn",
            "“a@b.vn”",
            "http://a.vn/Hoà",
            "http://a.vn“x”",
            "www.a.vn–b",
            "&amp;",
            "&#64;",
            "<br>",
            "\n",
            " ",
            "  ",
            ".",
            ",",
            "(",
            "@",
            "GD&ĐT",
            "&",
            "&\u{301}",
            "hoà&",
            "M&A",
        ];
        let mut patched = 0;
        for text in crate::testing::joined_pieces(&pieces, 13, 4000, 29, Some(1)) {
            let whole = normalize(&text, ToneStyle::Traditional);
            let pre = Pretokens::read(&text);
            patched += usize::from(!pre.patches().is_empty());
            let norm = normalize_reusing_from(&text, ToneStyle::Traditional, pre.unchanged, pre.patches());
            assert_eq!(norm.as_str(), whole.as_str(), "{text:?}");
            for (i, c) in norm.as_str().char_indices() {
                let (a, b) = (norm.to_original(i, i + c.len_utf8()), whole.to_original(i, i + c.len_utf8()));
                assert_eq!(a.range(), b.range(), "{text:?} at {i}");
            }
            let read_before = views(&Ctx::with_tokens(lex, norm.as_str(), false, pre));
            assert_eq!(read_before, views(&Ctx::new(lex, norm.as_str())), "{text:?}");
        }
        assert!(patched > 800, "{patched}");
    }

    /// The tokens read past patches, moved by `shift_tokens`, are those
    /// of the normalised text, and so are the tokens noted in `lowers`
    /// (the curly quotes, once straight, are no longer); the bytes
    /// removed before `resume` are counted.
    #[test]
    fn shifted_tokens_are_those_of_the_replaced_text() {
        use crate::normalize::{normalize, ToneStyle};
        for text in ["“Ấn” – Đà\u{a0}Nẵng x", "a—b ‘Ơ’ «c»\u{3000}1–2", "no patch", "–", ""] {
            let mut check = RunCheck::patching(ToneStyle::Traditional, Vec::new());
            let (mut tokens, mut lowers, mut numbers) = (Vec::new(), Vec::new(), Vec::new());
            tokenize_checking(text, &mut tokens, &mut lowers, &mut numbers, &mut check);
            assert!(check.stop.is_none(), "{text:?}");
            let removed = shift_tokens(&mut tokens, &mut lowers, &check.patches, text.len());
            let norm = normalize(text, ToneStyle::Traditional);
            let (mut want, mut want_lowers) = (Vec::new(), Vec::new());
            tokenize_lowering(norm.as_str(), &mut want, &mut want_lowers, &mut Vec::new());
            assert_eq!((tokens, lowers, removed), (want, want_lowers, text.len() - norm.as_str().len()), "{text:?}");
            let first = check.patches.first().map_or(0, |p| p.at as usize);
            assert_eq!(shift_tokens(&mut Vec::new(), &mut Vec::new(), &check.patches, first), 0);
        }
    }

    /// A context built from a thread's spare buffers (those of a longer
    /// text with other tokens, lines and slug lines) holds what one built
    /// from fresh buffers (a new thread) holds.
    #[test]
    fn reused_buffers_give_the_views_of_fresh_ones() {
        let lex = &*crate::lexicon::DEFAULT;
        let long = "Tin liên quan\nhom nay troi mua to o nhieu noi tren ca nuoc\nÔng Lâm Văn Mẫn, Bí thư Tỉnh ủy Sóc Trăng, 2.500 tỷ đồng.\n"
            .repeat(40);
        let short = "Chiều 3/11, ĐẮK LẮK\nBà Hoa  nói: 12 người.";
        let fresh = |text: &'static str| std::thread::spawn(move || views(&Ctx::new(lex, text))).join().ok();
        let long: &'static str = Box::leak(long.into_boxed_str());
        drop(Ctx::new(lex, long));
        assert_eq!(Some(views(&Ctx::new(lex, short))), fresh(short));
        // And the other way round, with a context built inside another.
        let outer = Ctx::new(lex, short);
        assert_eq!(Some(views(&Ctx::new(lex, long))), fresh(long));
        assert_eq!(Some(views(&outer)), fresh(short));
    }

    /// The thread keeps the buffers of two texts for the next ones (the
    /// larger sets), but not a buffer larger than [`KEEP_BYTES`].
    #[test]
    fn spare_buffers_are_kept_unless_huge() {
        let set = |text: usize, ids: usize| Buffers {
            lower: String::with_capacity(text),
            tokens: Vec::with_capacity(text / 4),
            ids: Vec::with_capacity(ids),
            ..Buffers::default()
        };
        // Two sets are kept, the larger taken first; a third, smaller, is dropped.
        set(1000, 10).give_back();
        set(3000, 30).give_back();
        set(500, 5).give_back();
        let (first, second) = (Buffers::take(), Buffers::take());
        assert_eq!((first.lower.capacity(), second.lower.capacity()), (3000, 1000));
        assert!(first.lower.is_empty() && first.tokens.capacity() >= 750 && second.ids.capacity() >= 10);
        // Taken, the thread has none left: a third take is fresh.
        assert_eq!(Buffers::take().lower.capacity(), 0);
        // A huge buffer is not kept, the others of its set are.
        let huge = Buffers {
            tokens: Vec::with_capacity(KEEP_BYTES / std::mem::size_of::<Token>() + 1),
            ..set(KEEP_BYTES + 1, 100)
        };
        huge.give_back();
        let kept = Buffers::take();
        assert_eq!((kept.lower.capacity(), kept.tokens.capacity()), (0, 0));
        assert!(kept.ids.capacity() >= 100);
    }

    /// After a letter with a diacritic (where the view reads the small
    /// Vietnamese letters by their bytes), every char of the blocks read
    /// so, and of those around them, comes out as `lower_char` gives it.
    #[test]
    fn lower_view_after_a_diacritic_is_the_text_lowered_char_by_char() {
        for c in (0x80..0x3000u32).chain(0x1E00..0x1F00).filter_map(char::from_u32) {
            let text = format!("ư{c}x{c}{c} Ơ{c}");
            let (mut lower, mut tokens, mut lowers) = (String::new(), Vec::new(), Vec::new());
            tokenize_lowering(&text, &mut tokens, &mut lowers, &mut Vec::new());
            lower_view(&text, &tokens, &lowers, &mut lower);
            let expected: String = text.chars().map(lower_char).collect();
            assert_eq!(lower, expected, "U+{:04X}", c as u32);
        }
    }

    /// Whether a text is written without diacritics is, for every char of
    /// U+0080..U+2FFF and U+1E00..U+1EFF alone or after others, whether no
    /// char from 0x80 loses bytes when lowered and folded.
    #[test]
    fn folds_whole_is_the_char_by_char_answer() {
        let by_chars =
            |t: &str| t.chars().filter(|c| !c.is_ascii()).all(|c| fold_char(lower_char(c)).len_utf8() == c.len_utf8());
        for c in (0x80..0x3000u32).chain(0x1E00..0x1F00).filter_map(char::from_u32) {
            for text in [format!("{c}"), format!("ab {c}"), format!("…{c}"), format!("{c}ư")] {
                assert_eq!(folds_whole(&text), by_chars(&text), "{text:?}");
            }
        }
        assert!(folds_whole("") && folds_whole("plain ASCII"));
    }

    /// Every char that lower-casing changes, in every place the tokeniser
    /// can put it (inside a lower-case word, alone, after a capital, after
    /// a digit, inside punctuation), comes out lowered (title-case letters
    /// such as "ǅ" are neither capital nor small, yet change).
    #[test]
    fn lower_view_lowers_every_char_that_changes_wherever_it_stands() {
        let lex = &*crate::lexicon::DEFAULT;
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32).filter(|&c| lower_char(c) != c) {
            for text in [format!("a{c}b"), format!("{c}"), format!("Xy {c}ơ"), format!("1{c}"), format!("-{c}- ư{c}")]
            {
                let ctx = Ctx::new(lex, &text);
                let expected: String = text.chars().map(lower_char).collect();
                assert_eq!(ctx.lower, expected, "U+{:04X} in {text:?}", c as u32);
            }
        }
    }
}
