//! [`Extractor`] and its builder.

use crate::batch::ExtractMany;
use crate::calendar::Ymd;
use crate::data::key;
use crate::lexicon::{Lexicon, RoleKind, DEFAULT};
use crate::normalize::without_diacritics;
use crate::normalize::{normalize_reusing_from, NormalizedText, ToneStyle};
use crate::recognize::{Ctx, Pretokens};
use crate::resolve;
use crate::{Document, Error};
use std::fmt;
use std::sync::Arc;

/// Extracts people, organisations, provinces, dates and figures from
/// Vietnamese text.
///
/// Cheap to clone (the lexicon is shared), `Send + Sync`.
///
/// # The publication date
/// Dates written without a year ("Chiều 3/11") and relative ones are resolved
/// against the publication date. It comes from the first of:
/// 1. the date given for one text ([`Extractor::extract_published`]);
/// 2. the date given to the builder ([`ExtractorBuilder::published`]);
/// 3. the page's own dateline, byline or header date ("07:05 | 04/11/2020",
///    "Như Tâm - 19:28, 20/11/2024", "Thứ Sáu, ngày 23 tháng 08 năm 2019");
///    a date inside a sentence never counts.
///
/// A date the caller gives therefore always wins over one found in the text,
/// and a malformed one is an [`Error`], never silently dropped.
/// [`Document::published`] is the date that was used (`None` when there was
/// none).
#[derive(Clone)]
pub struct Extractor {
    lex: Arc<Lexicon>,
    published: Option<Ymd>,
    style: ToneStyle,
    /// Entries added with the builder (bodies, roles, family names).
    extra: usize,
}

impl Default for Extractor {
    fn default() -> Self {
        Extractor::new()
    }
}

/// One line: the options, not the lexicon.
///
/// ```
/// let ex = viet_extract::Extractor::builder().published("2024-11-04").build().unwrap();
/// assert_eq!(
///     format!("{ex:?}"),
///     r#"Extractor { published: Some("2024-11-04"), tone_style: Traditional, extra_entries: 0 }"#
/// );
/// ```
impl fmt::Debug for Extractor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Extractor")
            .field("published", &self.published.map(|p| p.iso()))
            .field("tone_style", &self.style)
            .field("extra_entries", &self.extra)
            .finish()
    }
}

impl Extractor {
    /// An extractor with the embedded data; never fails, reads no file.
    pub fn new() -> Extractor {
        Extractor { lex: Arc::clone(&DEFAULT), published: None, style: ToneStyle::Traditional, extra: 0 }
    }

    /// A builder for options: publication date, tone style, extra entries.
    pub fn builder() -> ExtractorBuilder {
        ExtractorBuilder::default()
    }

    /// Extracts everything from `text`. Spans in the result are byte ranges
    /// into `text`. The publication date is the builder's, else the text's
    /// dateline (see [the precedence](Extractor#the-publication-date)).
    pub fn extract(&self, text: &str) -> Document {
        self.extract_with(text, None)
    }

    /// Like [`extract`](Self::extract) with the publication date of this text
    /// (`YYYY-MM-DD`): it wins over the builder's and over the one found in
    /// the text.
    ///
    /// # Errors
    /// A date that is not `YYYY-MM-DD` or not a day of the calendar
    /// ("2024-02-30") is an error; nothing is extracted.
    ///
    /// ```
    /// use viet_extract::Extractor;
    ///
    /// let ex = Extractor::new();
    /// let doc = ex.extract_published("Chiều 3/11, đoàn tới Sóc Trăng.", "2024-11-04").unwrap();
    /// assert_eq!(doc.dates[0].value, "2024-11-03");
    /// assert!(ex.extract_published("Chiều 3/11.", "2024-99-99").is_err());
    /// ```
    pub fn extract_published(&self, text: &str, published: &str) -> Result<Document, Error> {
        let date = Ymd::parse(published).ok_or_else(|| Error::date(published))?;
        Ok(self.extract_with(text, Some(date)))
    }

    /// Extracts from bytes that should be UTF-8; the error names the byte
    /// offset of the first invalid sequence.
    pub fn extract_bytes(&self, bytes: &[u8]) -> Result<Document, Error> {
        let text = std::str::from_utf8(bytes).map_err(|e| Error::invalid_utf8(e.valid_up_to()))?;
        Ok(self.extract(text))
    }

    /// Extracts from bytes, replacing invalid UTF-8 with U+FFFD. Spans are
    /// into the repaired text, which is returned with the document.
    pub fn extract_bytes_lossy(&self, bytes: &[u8]) -> (String, Document) {
        let text = String::from_utf8_lossy(bytes).into_owned();
        let doc = self.extract(&text);
        (text, doc)
    }

    /// Extracts from many texts on all cores, yielding the documents in
    /// input order. Texts may be borrowed (`&str`, `&String`) or owned; each
    /// is copied to its worker as the workers free up, so memory does not
    /// grow with the number of texts. Set the number of threads with
    /// [`ExtractMany::threads`]. For per-text data (ids, publication dates),
    /// use [`ordered_map`](crate::batch::ordered_map) with a clone of the
    /// extractor.
    ///
    /// ```
    /// use viet_extract::{batch::ExtractMany, Extractor};
    ///
    /// let file = String::from("Tỉnh Cà Mau\nThành phố Cần Thơ\n");
    /// let texts: Vec<&str> = file.lines().collect();
    /// let docs: ExtractMany<_> = Extractor::new().extract_many(texts).threads(2);
    /// let docs: Vec<_> = docs.collect();
    /// assert_eq!(docs[1].provinces[0].name, "Cần Thơ");
    /// ```
    pub fn extract_many<I>(&self, texts: I) -> ExtractMany<I::IntoIter>
    where
        I: IntoIterator,
        I::Item: AsRef<str>,
    {
        ExtractMany::new(self.clone(), texts.into_iter())
    }

    fn extract_with(&self, text: &str, published: Option<Ymd>) -> Document {
        // The tokens are read first, with where the text stops being
        // normal (nearly always nowhere), so the normaliser need not scan it.
        let pre = Pretokens::read(text);
        let (norm, plain, pre, recased) = self.prepare(text, pre);
        let (mut ctx, published) = self.context(&norm, plain, published, Some(pre));
        ctx.recased = recased;
        let doc = resolve::build(&ctx, &norm, published, self.style);
        // The buffers go back to this thread for its next text.
        drop(ctx);
        norm.recycle();
        doc
    }

    /// The normalised text, with headlines in capitals given the case of
    /// running text, and whether it is written without diacritics (a case
    /// change keeps the answer: a letter outside ASCII stays one).
    /// `pre`: the text's tokens read before ([`Pretokens::read`]), given
    /// back, dropped when a line was recased. Last, the byte ranges of the
    /// lines recased (mostly none, so no allocation).
    fn prepare<'t>(
        &self,
        text: &'t str,
        mut pre: Pretokens,
    ) -> (NormalizedText<'t>, bool, Pretokens, Vec<std::ops::Range<usize>>) {
        let mut norm = normalize_reusing_from(text, ToneStyle::Traditional, pre.unchanged, pre.patches());
        // Headlines in capitals get the case of running text.
        let plain = without_diacritics(norm.as_str());
        let mut lines = Vec::new();
        if let Some((recased, recased_lines)) =
            crate::recognize::recase::capital_lines(norm.as_str(), self.lex.for_text(plain))
        {
            norm.recase(recased);
            pre.discard();
            lines = recased_lines;
        }
        (norm, plain, pre, lines)
    }

    /// The recognisers' shared view of a normalised text, and the
    /// publication date: the caller's (`published`, else the builder's),
    /// else the text's dateline. `plain`: whether the text is written
    /// without diacritics.
    /// `pre`: the tokens read before normalising, if any.
    fn context<'a>(
        &'a self,
        norm: &'a NormalizedText<'a>,
        plain: bool,
        published: Option<Ymd>,
        pre: Option<Pretokens>,
    ) -> (Ctx<'a>, Option<Ymd>) {
        // Text with no diacritic at all (slugs, SMS) is looked up folded.
        let lex = self.lex.for_text(plain);
        let ctx = match pre {
            Some(pre) => Ctx::with_tokens(lex, norm.as_str(), plain, pre),
            None => Ctx::with_plain(lex, norm.as_str(), plain),
        };
        let published = published.or(self.published).or_else(|| resolve::published::find(norm.as_str()));
        (ctx, published)
    }

    /// The recognisers' shared view of a normalised text, for benchmarks
    /// and profiling of single stages (feature `bench-internals`; not part
    /// of the stable API).
    #[cfg(feature = "bench-internals")]
    pub fn stages<'a>(&'a self, norm: &'a NormalizedText<'a>) -> Stages<'a> {
        let (ctx, published) = self.context(norm, without_diacritics(norm.as_str()), None, None);
        Stages { ctx, norm, published, style: self.style }
    }
}

/// One text prepared for the recognisers (lower-cased and folded views,
/// tokens), with each stage callable on its own: see
/// [`Extractor::stages`]. Each recogniser returns its number of hits.
/// Feature `bench-internals`; not part of the stable API.
#[cfg(feature = "bench-internals")]
pub struct Stages<'a> {
    ctx: Ctx<'a>,
    norm: &'a NormalizedText<'a>,
    published: Option<Ymd>,
    style: ToneStyle,
}

#[cfg(feature = "bench-internals")]
impl Stages<'_> {
    /// Date expressions.
    pub fn dates(&self) -> usize {
        crate::recognize::dates::recognize(&self.ctx, self.published).len()
    }
    /// Figures (without the dates' numbers set aside).
    pub fn figures(&self) -> usize {
        crate::recognize::figures::recognize(&self.ctx, &[]).len()
    }
    /// Provinces.
    pub fn provinces(&self) -> usize {
        crate::recognize::provinces::recognize(&self.ctx).len()
    }
    /// People with their titles.
    pub fn people(&self) -> usize {
        crate::recognize::people::recognize(&self.ctx).len()
    }
    /// Organisations.
    pub fn organisations(&self) -> usize {
        crate::recognize::organisations::recognize(&self.ctx).len()
    }
    /// References to legal documents.
    pub fn legal_refs(&self) -> usize {
        crate::recognize::legal::recognize(&self.ctx, self.published).len()
    }
    /// Every recogniser and the merging into a document.
    pub fn resolve(&self) -> Document {
        resolve::build(&self.ctx, self.norm, self.published, self.style)
    }
}

/// Options for an [`Extractor`].
#[derive(Clone, Debug, Default)]
pub struct ExtractorBuilder {
    published: Option<String>,
    style: ToneStyle,
    organisations: Vec<(String, Option<String>)>,
    roles: Vec<String>,
    surnames: Vec<String>,
}

impl ExtractorBuilder {
    /// Publication date (`YYYY-MM-DD`) to resolve dates against, for every
    /// text: it wins over a dateline found in the text, and a date given to
    /// [`Extractor::extract_published`] wins over it. A malformed date makes
    /// [`build`](Self::build) fail.
    pub fn published(mut self, date: &str) -> Self {
        self.published = Some(date.to_string());
        self
    }

    /// Tone placement of names in the output (default traditional "hòa").
    pub fn tone_style(mut self, style: ToneStyle) -> Self {
        self.style = style;
        self
    }

    /// A body known by name, with an optional acronym: found like the
    /// bodies of the crate's data, whatever its head word, and named as
    /// the text writes it (its acronym alone is the body, with that
    /// acronym; written in full, mentions of both merge into one body).
    pub fn organisation(mut self, name: &str, acronym: Option<&str>) -> Self {
        self.organisations.push((name.to_string(), acronym.map(String::from)));
        self
    }

    /// A role word ("Phó Tổng Giám đốc") that titles a person.
    pub fn role(mut self, role: &str) -> Self {
        self.roles.push(role.to_string());
        self
    }

    /// A family name ("Lò").
    pub fn surname(mut self, surname: &str) -> Self {
        self.surnames.push(surname.to_string());
        self
    }

    /// Reads bodies from TSV text: `name<TAB>acronym` per line, `#` comments.
    pub fn organisations_from_tsv(mut self, source: &str, tsv: &str) -> Result<Self, Error> {
        for (n, line) in tsv.lines().enumerate() {
            let line = line.trim_end_matches('\r');
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let mut f = line.split('\t');
            let name = f.next().unwrap_or("").trim();
            if name.is_empty() || f.clone().count() > 1 {
                return Err(Error::data(source, n + 1, "want `name<TAB>acronym`"));
            }
            let acr = f.next().map(str::trim).filter(|a| !a.is_empty());
            self = self.organisation(name, acr);
        }
        Ok(self)
    }

    /// Builds the extractor; fails only on a malformed publication date.
    pub fn build(self) -> Result<Extractor, Error> {
        let published = match &self.published {
            Some(p) => Some(Ymd::parse(p).ok_or_else(|| Error::date(p))?),
            None => None,
        };
        let lex = if self.organisations.is_empty() && self.roles.is_empty() && self.surnames.is_empty() {
            Arc::clone(&DEFAULT)
        } else {
            let mut lex = DEFAULT.extended();
            let norm = |s: &str| crate::normalize::normalized(s.trim(), ToneStyle::Traditional).into_owned();
            for (name, acr) in &self.organisations {
                lex.org_known.push(&mut lex.vocab, key(name), (norm(name), acr.clone()));
                if let Some(a) = acr {
                    lex.acronyms.insert(a.clone(), (norm(name), false));
                }
                lex.org.add_known(&mut lex.vocab, norm(name), acr.as_deref().map(norm));
            }
            for r in &self.roles {
                lex.roles.push(&mut lex.vocab, key(r), (norm(r), RoleKind::Office));
                lex.person.add_cue_role(&mut lex.vocab, &key(r));
            }
            for s in &self.surnames {
                lex.add_surname(norm(s));
            }
            Arc::new(lex)
        };
        let extra = self.organisations.len() + self.roles.len() + self.surnames.len();
        Ok(Extractor { lex, published, style: self.style, extra })
    }
}
