//! [`Extractor`] and its builder.

use crate::batch::{ordered_map, OrderedMap};
use crate::calendar::Ymd;
use crate::data::key;
use crate::lexicon::{Lexicon, RoleKind, DEFAULT};
use crate::normalize::{normalize, NormalizedText, ToneStyle};
use crate::recognize::Ctx;
use crate::resolve;
use crate::{Document, Error};
use std::sync::Arc;

/// Extracts people, organisations, provinces, dates and figures from
/// Vietnamese text.
///
/// Cheap to clone (the lexicon is shared), `Send + Sync`.
#[derive(Clone, Debug)]
pub struct Extractor {
    lex: Arc<Lexicon>,
    published: Option<Ymd>,
    style: ToneStyle,
}

impl Default for Extractor {
    fn default() -> Self {
        Extractor::new()
    }
}

impl Extractor {
    /// An extractor with the embedded data; never fails, reads no file.
    pub fn new() -> Extractor {
        Extractor { lex: Arc::clone(&DEFAULT), published: None, style: ToneStyle::Traditional }
    }

    /// A builder for options: publication date, tone style, extra entries.
    pub fn builder() -> ExtractorBuilder {
        ExtractorBuilder::default()
    }

    /// Extracts everything from `text`. Spans in the result are byte ranges
    /// into `text`.
    pub fn extract(&self, text: &str) -> Document {
        self.extract_with(text, None)
    }

    /// Like [`extract`](Self::extract) with a publication date
    /// (`YYYY-MM-DD`) for this text only; it overrides the builder's and the
    /// one found in the text. An unparsable date is ignored.
    pub fn extract_published(&self, text: &str, published: &str) -> Document {
        self.extract_with(text, Ymd::parse(published))
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
    /// input order. Texts are pulled from `texts` only as workers free up, so
    /// memory does not grow with the number of texts; set the number of
    /// threads with [`OrderedMap::threads`]. For per-text data (ids,
    /// publication dates), use [`ordered_map`](crate::batch::ordered_map)
    /// with a clone of the extractor.
    ///
    /// ```
    /// use viet_extract::Extractor;
    ///
    /// let texts = vec!["Tỉnh Cà Mau".to_string(), "Thành phố Cần Thơ".to_string()];
    /// let docs: Vec<_> = Extractor::new().extract_many(texts).threads(2).collect();
    /// assert_eq!(docs[1].provinces[0].name, "Cần Thơ");
    /// ```
    pub fn extract_many<I, S>(
        &self,
        texts: I,
    ) -> OrderedMap<I::IntoIter, Document, impl Fn(S) -> Document + Send + Sync + 'static>
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str> + Send + 'static,
    {
        let ex = self.clone();
        ordered_map(texts, move |t: S| ex.extract(t.as_ref()))
    }

    fn extract_with(&self, text: &str, published: Option<Ymd>) -> Document {
        let mut norm = normalize(text, ToneStyle::Traditional);
        // Headlines in capitals get the case of running text.
        let plain = without_diacritics(norm.as_str());
        if let Some(recased) = crate::recognize::recase::capital_lines(norm.as_str(), self.lex.for_text(plain)) {
            norm.recase(recased);
        }
        let stages = self.stages(&norm);
        let published = published.or(stages.published);
        resolve::build(&stages.ctx, &norm, published, self.style)
    }

    /// The recognisers' shared view of a normalised text, for benchmarks
    /// and profiling of single stages. Not part of the stable API.
    #[doc(hidden)]
    pub fn stages<'a>(&'a self, norm: &'a NormalizedText<'a>) -> Stages<'a> {
        // Text with no diacritic at all (slugs, SMS) is looked up folded.
        let plain = without_diacritics(norm.as_str());
        let ctx = Ctx::new(self.lex.for_text(plain), norm.as_str());
        let published = self.published.or_else(|| resolve::published::find(norm.as_str()));
        Stages { ctx, norm, published, style: self.style }
    }
}

/// True when `text` has letters and none of them is outside ASCII: Vietnamese
/// typed without diacritics, whatever punctuation ("…", "€") it holds.
fn without_diacritics(text: &str) -> bool {
    !text.is_empty() && text.chars().all(|c| c.is_ascii() || !c.is_alphabetic())
}

/// One text prepared for the recognisers (lower-cased and folded views,
/// tokens), with each stage callable on its own: see
/// [`Extractor::stages`]. Each recogniser returns its number of hits.
#[doc(hidden)]
pub struct Stages<'a> {
    ctx: Ctx<'a>,
    norm: &'a NormalizedText<'a>,
    published: Option<Ymd>,
    style: ToneStyle,
}

#[doc(hidden)]
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
    /// Legal documents.
    pub fn documents(&self) -> usize {
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
    /// Publication date (`YYYY-MM-DD`) to resolve dates against, when the
    /// text has no dateline.
    pub fn published(mut self, date: &str) -> Self {
        self.published = Some(date.to_string());
        self
    }

    /// Tone placement of names in the output (default traditional "hòa").
    pub fn tone_style(mut self, style: ToneStyle) -> Self {
        self.style = style;
        self
    }

    /// A body known by name, with an optional acronym.
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
            let norm = |s: &str| normalize(s.trim(), ToneStyle::Traditional).as_str().to_string();
            for (name, acr) in &self.organisations {
                lex.org_known.push(&mut lex.vocab, key(name), (norm(name), acr.clone()));
                if let Some(a) = acr {
                    lex.acronyms.insert(a.clone(), (norm(name), false));
                }
            }
            for r in &self.roles {
                lex.roles.push(&mut lex.vocab, key(r), (norm(r), RoleKind::Office));
            }
            for s in &self.surnames {
                lex.add_surname(norm(s));
            }
            Arc::new(lex)
        };
        Ok(Extractor { lex, published, style: self.style })
    }
}
