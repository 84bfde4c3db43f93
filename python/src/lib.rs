//! The native part of the Python package `viet_extract`: `viet_extract._native`.
//!
//! A thin layer over the crate `viet-extract`: Python strings in, the
//! crate's [`Document`] out as the dict its JSON output would give, with
//! every span in code points (Python string indices). The GIL is released
//! while text is extracted, so other Python threads run meanwhile and
//! `extract_many` uses every core.

use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyByteArray, PyBytes, PyDict, PyList, PyString, PyTuple};
use std::borrow::Cow;
use to_python::to_python;
use viet_extract::batch::{default_threads, ordered_map};
use viet_extract::ToneStyle;

mod to_python;

/// An error of the crate as the Python exception of the same message.
fn value_error(e: viet_extract::Error) -> PyErr {
    PyValueError::new_err(e.to_string())
}

/// The name of an object's type, for messages.
fn type_name(obj: &Bound<'_, PyAny>) -> String {
    if obj.is_none() {
        return "None".to_string();
    }
    obj.get_type().name().map_or_else(|_| "?".to_string(), |n| n.to_string())
}

/// The text of `obj`, which must be a `str`; `what` names it in messages.
///
/// A string with lone surrogates (not valid Unicode, e.g. from
/// `surrogateescape` decoding) is read with each one replaced by "?", so
/// that code point indices still match the caller's string.
fn text_of<'a>(obj: &'a Bound<'_, PyAny>, what: &str) -> PyResult<Cow<'a, str>> {
    let Ok(s) = obj.cast::<PyString>() else {
        let hint = if obj.is_instance_of::<PyBytes>() || obj.is_instance_of::<PyByteArray>() {
            ": decode it first, e.g. data.decode(\"utf-8\")"
        } else {
            ""
        };
        return Err(PyTypeError::new_err(format!("{what} must be str, not {}{hint}", type_name(obj))));
    };
    match s.to_str() {
        Ok(t) => Ok(Cow::Borrowed(t)),
        Err(_) => {
            let bytes = s.call_method1("encode", ("utf-8", "replace"))?;
            let bytes = bytes.cast::<PyBytes>()?.as_bytes();
            Ok(Cow::Owned(String::from_utf8_lossy(bytes).into_owned()))
        }
    }
}

/// A publication date given from Python: `None`, a `str` (`YYYY-MM-DD`,
/// checked by the crate) or a `datetime.date` (a `datetime` gives its day).
fn date_of(obj: Option<&Bound<'_, PyAny>>, what: &str) -> PyResult<Option<String>> {
    let Some(obj) = obj.filter(|o| !o.is_none()) else { return Ok(None) };
    if let Ok(s) = obj.cast::<PyString>() {
        return Ok(Some(s.to_str()?.to_string()));
    }
    static DATE: PyOnceLock<Py<PyAny>> = PyOnceLock::new();
    let py = obj.py();
    let date = DATE.get_or_try_init(py, || py.import("datetime")?.getattr("date").map(Bound::unbind))?;
    static DATETIME: PyOnceLock<Py<PyAny>> = PyOnceLock::new();
    let datetime = DATETIME.get_or_try_init(py, || py.import("datetime")?.getattr("datetime").map(Bound::unbind))?;
    if obj.is_instance(datetime.bind(py))? {
        return Ok(Some(obj.call_method0("date")?.call_method0("isoformat")?.extract()?));
    }
    if obj.is_instance(date.bind(py))? {
        return Ok(Some(obj.call_method0("isoformat")?.extract()?));
    }
    Err(PyTypeError::new_err(format!(
        "{what} must be a str 'YYYY-MM-DD', a datetime.date or None, not {}",
        type_name(obj)
    )))
}

/// The number of threads asked for: `None` for every core, else at least 1.
fn threads_of(threads: Option<&Bound<'_, PyAny>>) -> PyResult<usize> {
    let Some(obj) = threads.filter(|o| !o.is_none()) else { return Ok(default_threads()) };
    let n: i64 = obj
        .extract()
        .map_err(|_| PyTypeError::new_err(format!("threads must be an int or None, not {}", type_name(obj))))?;
    if n < 1 {
        return Err(PyValueError::new_err(format!("threads must be at least 1, got {n}")));
    }
    Ok(usize::try_from(n).unwrap_or(usize::MAX))
}

/// Extracts from one text with the GIL released.
fn extract_one<'py>(
    py: Python<'py>,
    ex: &viet_extract::Extractor,
    text: &Bound<'py, PyAny>,
    published: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyAny>> {
    let text = text_of(text, "text")?;
    let published = date_of(published, "published")?;
    let text: &str = &text;
    let doc = py.detach(|| match &published {
        Some(date) => ex.extract_published(text, date),
        None => Ok(ex.extract(text)),
    });
    to_python(py, &doc.map_err(value_error)?, text)
}

/// Extracts from many texts on `threads` threads, keeping their order.
///
/// The texts are copied from Python first (they are checked then: each
/// must be a `str` or a `(str, date)` pair, and each date well formed);
/// the workers run with the GIL released, and each document becomes a dict
/// on the calling thread as its turn comes, while the workers go on.
fn extract_batch<'py>(
    py: Python<'py>,
    ex: &viet_extract::Extractor,
    texts: &Bound<'py, PyAny>,
    threads: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyList>> {
    let threads = threads_of(threads)?;
    if texts.is_instance_of::<PyString>() || texts.is_instance_of::<PyBytes>() {
        return Err(PyTypeError::new_err(format!(
            "texts must be an iterable of str (a list of texts), not one {}",
            type_name(texts)
        )));
    }
    let iter = texts
        .try_iter()
        .map_err(|_| PyTypeError::new_err(format!("texts must be an iterable of str, not {}", type_name(texts))))?;
    let mut items: Vec<(String, Option<String>)> = Vec::new();
    for (i, item) in iter.enumerate() {
        let item = item?;
        let what = format!("texts[{i}]");
        let (text, date) = match item.cast::<PyTuple>() {
            Ok(pair) if pair.len() == 2 => {
                let published = pair.get_item(1)?;
                (text_of(&pair.get_item(0)?, &what)?.into_owned(), date_of(Some(&published), &what)?)
            }
            Ok(_) => {
                return Err(PyTypeError::new_err(format!(
                    "{what} must be a str or a (text, published) pair, not a tuple of {}",
                    item.len()?
                )))
            }
            Err(_) => (text_of(&item, &what)?.into_owned(), None),
        };
        if let Some(d) = &date {
            // The crate's own check, before any work is done.
            viet_extract::Extractor::builder()
                .published(d)
                .build()
                .map_err(|e| PyValueError::new_err(format!("{what}: {e}")))?;
        }
        items.push((text, date));
    }
    let out = PyList::empty(py);
    let _paused = GcPause::new(py);
    let worker = ex.clone();
    let mut docs = ordered_map(items, move |(text, date): (String, Option<String>)| {
        let doc = match date {
            Some(d) => worker.extract_published(&text, &d),
            None => Ok(worker.extract(&text)),
        };
        (text, doc)
    })
    .threads(threads)
    .weigh(|(text, _)| text.len());
    loop {
        let next = py.detach(|| docs.next());
        let Some((text, doc)) = next else { break };
        out.append(to_python(py, &doc.map_err(value_error)?, &text)?)?;
        py.check_signals()?;
    }
    Ok(out)
}

/// Python's cyclic garbage collector, paused while a batch of documents is
/// built: each document is thousands of new dicts and lists, which would
/// set off collections that walk every object the program holds, again
/// and again as the list grows (a quarter of the time of a batch of 3 MB).
/// Documents hold no cycles, so nothing is left for the collector to find.
///
/// Batches may overlap (threads): the first pauses the collector, the last
/// to end resumes it. A collector the program had switched off is left as
/// it is.
struct GcPause;

/// Batches under way that hold the collector paused.
static GC_PAUSES: std::sync::Mutex<usize> = std::sync::Mutex::new(0);

impl GcPause {
    fn new(_py: Python<'_>) -> Option<GcPause> {
        let mut pauses = GC_PAUSES.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        // SAFETY: attached to the interpreter (`_py`); these only flip its flag.
        if *pauses == 0 && unsafe { pyo3::ffi::PyGC_Disable() } == 0 {
            return None; // it was off
        }
        *pauses += 1;
        Some(GcPause)
    }
}

impl Drop for GcPause {
    fn drop(&mut self) {
        let mut pauses = GC_PAUSES.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        *pauses -= 1;
        if *pauses == 0 {
            // SAFETY: dropped in `extract_batch`, attached to the interpreter.
            unsafe { pyo3::ffi::PyGC_Enable() };
        }
    }
}

/// The extractor every module-level function uses.
fn default_extractor() -> &'static viet_extract::Extractor {
    static DEFAULT: std::sync::OnceLock<viet_extract::Extractor> = std::sync::OnceLock::new();
    DEFAULT.get_or_init(viet_extract::Extractor::new)
}

/// Extracts people, organisations, provinces, dates, figures, legal
/// references and facts from one Vietnamese text.
///
/// Returns a dict with the fields of the JSON output (see the package's
/// README): "published", "people", "organisations", "provinces", "dates",
/// "figures", "legal_refs", "facts". Every span is in code points of `text`,
/// so `text[m["span"]["start"]:m["span"]["end"]]` is the mention.
///
/// `published` ("YYYY-MM-DD" or a datetime.date) is the publication date
/// that dates such as "chiều 3/11" are resolved against; it wins over a
/// dateline found in the text. A malformed date raises ValueError; a text
/// that is not a str (bytes, None) raises TypeError. The GIL is released
/// while the text is read.
#[pyfunction]
#[pyo3(signature = (text, published = None))]
fn extract<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyAny>,
    published: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyAny>> {
    extract_one(py, default_extractor(), text, published)
}

/// Extracts from every text of `texts` on `threads` threads (default: every
/// core) and returns the documents as a list, in input order, one per text.
///
/// Each item is a str, or a pair (text, published) with the publication
/// date of that text. Every item is checked before any work starts: one
/// that is not a str raises TypeError, a malformed date ValueError, naming
/// the item ("texts[3]"). The GIL is released while the texts are read, so
/// other Python threads run meanwhile.
#[pyfunction]
#[pyo3(signature = (texts, threads = None))]
fn extract_many<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyAny>,
    threads: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyList>> {
    extract_batch(py, default_extractor(), texts, threads)
}

/// An extractor with options; build it once and use it for every text
/// (it is safe to share between threads).
///
/// published: the publication date ("YYYY-MM-DD" or a datetime.date) for
///     every text, unless one is given to `extract`; it wins over a dateline
///     found in the text. A malformed date raises ValueError.
/// tone_style: where names put the tone mark: "traditional" ("Hòa", the
///     default) or "reformed" ("Hoà").
/// organisations: extra bodies, each a name or a (name, acronym) pair, or a
///     dict {name: acronym or None}.
/// roles: extra role words that title a person ("Phó Tổng Giám đốc").
/// surnames: extra family names ("Lò").
/// organisations_file: a file of bodies, one `name<TAB>acronym` per line,
///     `#` for comments; a malformed line raises ValueError naming it.
#[pyclass(frozen, module = "viet_extract")]
struct Extractor {
    inner: viet_extract::Extractor,
    published: Option<String>,
    tone_style: &'static str,
}

/// Items of `obj` as strings, for the builder's lists.
fn strings(obj: Option<&Bound<'_, PyAny>>, what: &str) -> PyResult<Vec<String>> {
    let Some(obj) = obj.filter(|o| !o.is_none()) else { return Ok(Vec::new()) };
    if obj.is_instance_of::<PyString>() {
        return Err(PyTypeError::new_err(format!("{what} must be a list of str, not one str")));
    }
    let iter = obj
        .try_iter()
        .map_err(|_| PyTypeError::new_err(format!("{what} must be a list of str, not {}", type_name(obj))))?;
    iter.enumerate().map(|(i, item)| Ok(text_of(&item?, &format!("{what}[{i}]"))?.into_owned())).collect()
}

/// Bodies given as names, (name, acronym) pairs, or a dict.
fn organisations_of(obj: Option<&Bound<'_, PyAny>>) -> PyResult<Vec<(String, Option<String>)>> {
    let Some(obj) = obj.filter(|o| !o.is_none()) else { return Ok(Vec::new()) };
    let what = "organisations";
    if obj.is_instance_of::<PyString>() {
        return Err(PyTypeError::new_err(format!(
            "{what} must be a list of names or (name, acronym) pairs, not one str"
        )));
    }
    let items = match obj.cast::<PyDict>() {
        Ok(dict) => dict.items().into_any(),
        Err(_) => obj.clone(),
    };
    let iter = items.try_iter().map_err(|_| {
        PyTypeError::new_err(format!("{what} must be a list of names or (name, acronym) pairs, not {}", type_name(obj)))
    })?;
    let mut out = Vec::new();
    for (i, item) in iter.enumerate() {
        let item = item?;
        let at = format!("{what}[{i}]");
        match item.cast::<PyTuple>() {
            Ok(pair) if pair.len() == 2 => {
                let name = text_of(&pair.get_item(0)?, &format!("{at} name"))?.into_owned();
                let acronym = pair.get_item(1)?;
                let acronym = if acronym.is_none() {
                    None
                } else {
                    Some(text_of(&acronym, &format!("{at} acronym"))?.into_owned())
                };
                out.push((name, acronym));
            }
            Ok(_) => {
                return Err(PyTypeError::new_err(format!("{at} must be a name or a (name, acronym) pair")));
            }
            Err(_) => out.push((text_of(&item, &at)?.into_owned(), None)),
        }
    }
    Ok(out)
}

#[pymethods]
impl Extractor {
    #[new]
    #[pyo3(signature = (*, published = None, tone_style = "traditional", organisations = None, roles = None, surnames = None, organisations_file = None))]
    fn new(
        published: Option<&Bound<'_, PyAny>>,
        tone_style: &str,
        organisations: Option<&Bound<'_, PyAny>>,
        roles: Option<&Bound<'_, PyAny>>,
        surnames: Option<&Bound<'_, PyAny>>,
        organisations_file: Option<std::path::PathBuf>,
    ) -> PyResult<Extractor> {
        let published = date_of(published, "published")?;
        let (style, tone_style) = match tone_style {
            "traditional" => (ToneStyle::Traditional, "traditional"),
            "reformed" => (ToneStyle::Reformed, "reformed"),
            other => {
                return Err(PyValueError::new_err(format!(
                    "tone_style must be \"traditional\" or \"reformed\", not {other:?}"
                )))
            }
        };
        let mut builder = viet_extract::Extractor::builder().tone_style(style);
        if let Some(date) = &published {
            builder = builder.published(date);
        }
        for (name, acronym) in organisations_of(organisations)? {
            builder = builder.organisation(&name, acronym.as_deref());
        }
        for role in strings(roles, "roles")? {
            builder = builder.role(&role);
        }
        for surname in strings(surnames, "surnames")? {
            builder = builder.surname(&surname);
        }
        if let Some(path) = organisations_file {
            let tsv = std::fs::read_to_string(&path)?;
            builder = builder.organisations_from_tsv(&path.display().to_string(), &tsv).map_err(value_error)?;
        }
        let inner = builder.build().map_err(value_error)?;
        Ok(Extractor { inner, published, tone_style })
    }

    /// Like the module's `extract`, with this extractor's options. A date
    /// given here wins over the extractor's.
    #[pyo3(signature = (text, published = None))]
    fn extract<'py>(
        &self,
        py: Python<'py>,
        text: &Bound<'py, PyAny>,
        published: Option<&Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyAny>> {
        extract_one(py, &self.inner, text, published)
    }

    /// Like the module's `extract_many`, with this extractor's options.
    #[pyo3(signature = (texts, threads = None))]
    fn extract_many<'py>(
        &self,
        py: Python<'py>,
        texts: &Bound<'py, PyAny>,
        threads: Option<&Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyList>> {
        extract_batch(py, &self.inner, texts, threads)
    }

    /// The publication date given for every text ("YYYY-MM-DD"), or None.
    #[getter]
    fn published(&self) -> Option<&str> {
        self.published.as_deref()
    }

    /// "traditional" or "reformed".
    #[getter]
    fn tone_style(&self) -> &'static str {
        self.tone_style
    }

    fn __repr__(&self) -> String {
        let published = self.published.as_ref().map_or("None".to_string(), |p| format!("'{p}'"));
        format!("Extractor(published={published}, tone_style='{}')", self.tone_style)
    }
}

/// `Extractor::extract` alone on each text (UTF-8 bytes), nothing
/// converted: what the crate's `throughput` example times, for
/// `bench/bench.py` to set beside the package in the same process. Returns
/// the number of people, figures and dates found, as that example does.
#[pyfunction]
fn _extract_only(py: Python<'_>, texts: Vec<Vec<u8>>) -> PyResult<usize> {
    let ex = default_extractor();
    py.detach(|| {
        let mut found = 0;
        for bytes in &texts {
            let doc = ex.extract_bytes(bytes).map_err(value_error)?;
            found += doc.people.len() + doc.figures.len() + doc.dates.len();
        }
        Ok(found)
    })
}

/// The native module; the package `viet_extract` re-exports it.
#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(extract, m)?)?;
    m.add_function(wrap_pyfunction!(extract_many, m)?)?;
    m.add_function(wrap_pyfunction!(_extract_only, m)?)?;
    m.add_class::<Extractor>()?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
