//! A serde serializer that builds Python objects: structs and maps become
//! dicts, sequences and tuples lists, options `None` or the value, unit
//! variants their name: the shape `json.loads(serde_json::to_string(..))`
//! gives, without the text in between.
//!
//! A document holds thousands of small dicts whose keys are the same few
//! dozen field names, so each name (a `&'static str` from serde's derive)
//! becomes a Python string once and is reused, hash included. The same
//! holds for the names of unit variants ("male", "count", "pre2025").
//!
//! Given the text, the fields of every struct named `Span` (the crate's
//! [`viet_extract::Span`]: `start`, `end`) are turned from byte offsets
//! into code point offsets on the way, as
//! [`Document::with_char_offsets`](viet_extract::Document::with_char_offsets)
//! does (an offset inside a character counts from that character's start;
//! one past the end, from the end), from a count of the characters before
//! every 64th byte made in one pass with `str::chars().count()`, which
//! reads a word at a time (that function walks the text char by char).

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyBool, PyBytes, PyDict, PyFloat, PyList, PyString};
use rustc_hash::FxHashMap;
use serde::ser::{self, Serialize};
use std::cell::RefCell;
use std::fmt;
use std::sync::Mutex;

/// A static name (`&'static str`) by address and length: the same name
/// from serde's derive is the same string.
type Id = (usize, usize);

fn id(name: &'static str) -> Id {
    (name.as_ptr() as usize, name.len())
}

/// Python strings of static names (struct fields, unit variants), made
/// once. Hashed with Fx: a document looks names up tens of thousands of
/// times.
type Names = FxHashMap<Id, Py<PyString>>;

/// `value` as Python objects, with spans in code points of `text` (see the
/// module's documentation).
pub fn to_python<'py, T: Serialize + ?Sized>(py: Python<'py>, value: &T, text: &str) -> PyResult<Bound<'py, PyAny>> {
    static NAMES: PyOnceLock<Mutex<Names>> = PyOnceLock::new();
    let names = NAMES.get_or_init(py, Mutex::default);
    // The names are taken out for the time of the conversion, not
    // locked: building Python objects may run Python code (a collection, a
    // finaliser) and let another thread in, which then starts with an
    // empty cache of its own rather than wait.
    let take = || std::mem::take(&mut *names.lock().unwrap_or_else(|poisoned| poisoned.into_inner()));
    let cache = RefCell::new(take());
    let points = RefCell::new(CodePoints { text, blocks: Vec::new() });
    let out = value.serialize(Ser { py, names: &cache, points: &points, in_span: false }).map_err(|Error(e)| e);
    let cache = cache.into_inner();
    let mut kept = names.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    if cache.len() >= kept.len() {
        *kept = cache;
    }
    out
}

/// Byte offsets of one text as code points, asked in any order. The
/// count of characters before every 64th byte (rounded down to a
/// character boundary) is taken on first use, in one pass; an offset then
/// costs the count of at most 63 bytes.
struct CodePoints<'t> {
    text: &'t str,
    /// For each block of 64 bytes: where its first character starts, and
    /// the characters before it.
    blocks: Vec<(usize, usize)>,
}

/// Bytes per entry of [`CodePoints::blocks`].
const BLOCK: usize = 64;

/// `b` (at most `text.len()`) rounded down to a character boundary.
fn floor_boundary(text: &str, mut b: usize) -> usize {
    while !text.is_char_boundary(b) {
        b -= 1;
    }
    b
}

impl CodePoints<'_> {
    /// The number of characters before `offset`, rounded down to a
    /// character boundary and clamped to the text.
    fn at(&mut self, offset: usize) -> usize {
        let text = self.text;
        if self.blocks.is_empty() {
            // `chars().count()` reads a word at a time.
            let (mut start, mut before) = (0, 0);
            for k in 0..=text.len() / BLOCK {
                let next = floor_boundary(text, k * BLOCK);
                before += text[start..next].chars().count();
                start = next;
                self.blocks.push((start, before));
            }
        }
        let b = floor_boundary(text, offset.min(text.len()));
        let (start, before) = self.blocks[b / BLOCK];
        before + text[start..b].chars().count()
    }
}

/// The error of a conversion: a Python exception.
#[derive(Debug)]
pub struct Error(PyErr);

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl std::error::Error for Error {}

impl ser::Error for Error {
    fn custom<M: fmt::Display>(msg: M) -> Self {
        Error(PyValueError::new_err(msg.to_string()))
    }
}

impl From<PyErr> for Error {
    fn from(e: PyErr) -> Self {
        Error(e)
    }
}

type Result<T> = std::result::Result<T, Error>;

#[derive(Clone, Copy)]
struct Ser<'a, 'py> {
    py: Python<'py>,
    names: &'a RefCell<Names>,
    points: &'a RefCell<CodePoints<'a>>,
    /// Serialising a field of a `Span`: an offset into the text.
    in_span: bool,
}

impl<'py> Ser<'_, 'py> {
    /// The Python string of a static name, made once.
    fn name(self, name: &'static str) -> Bound<'py, PyString> {
        let mut names = self.names.borrow_mut();
        names.entry(id(name)).or_insert_with(|| PyString::intern(self.py, name).unbind()).bind(self.py).clone()
    }

    /// `{name: value}`, the externally tagged form of a variant with data.
    fn tagged(self, name: &'static str, value: Bound<'py, PyAny>) -> Result<Bound<'py, PyAny>> {
        let dict = PyDict::new(self.py);
        set(&dict, self.name(name).as_any(), &value)?;
        Ok(dict.into_any())
    }
}

impl<'a, 'py> ser::Serializer for Ser<'a, 'py> {
    type Ok = Bound<'py, PyAny>;
    type Error = Error;
    type SerializeSeq = List<'a, 'py>;
    type SerializeTuple = List<'a, 'py>;
    type SerializeTupleStruct = List<'a, 'py>;
    type SerializeTupleVariant = List<'a, 'py>;
    type SerializeMap = Dict<'a, 'py>;
    type SerializeStruct = Dict<'a, 'py>;
    type SerializeStructVariant = Dict<'a, 'py>;

    fn serialize_bool(self, v: bool) -> Result<Self::Ok> {
        Ok(PyBool::new(self.py, v).to_owned().into_any())
    }
    fn serialize_i8(self, v: i8) -> Result<Self::Ok> {
        self.serialize_i64(v.into())
    }
    fn serialize_i16(self, v: i16) -> Result<Self::Ok> {
        self.serialize_i64(v.into())
    }
    fn serialize_i32(self, v: i32) -> Result<Self::Ok> {
        self.serialize_i64(v.into())
    }
    fn serialize_i64(self, v: i64) -> Result<Self::Ok> {
        let Ok(v) = v.into_pyobject(self.py);
        Ok(v.into_any())
    }
    fn serialize_i128(self, v: i128) -> Result<Self::Ok> {
        let Ok(v) = v.into_pyobject(self.py);
        Ok(v.into_any())
    }
    fn serialize_u8(self, v: u8) -> Result<Self::Ok> {
        self.serialize_u64(v.into())
    }
    fn serialize_u16(self, v: u16) -> Result<Self::Ok> {
        self.serialize_u64(v.into())
    }
    fn serialize_u32(self, v: u32) -> Result<Self::Ok> {
        self.serialize_u64(v.into())
    }
    fn serialize_u64(self, v: u64) -> Result<Self::Ok> {
        let v = match usize::try_from(v) {
            Ok(offset) if self.in_span => self.points.borrow_mut().at(offset) as u64,
            _ => v,
        };
        let Ok(v) = v.into_pyobject(self.py);
        Ok(v.into_any())
    }
    fn serialize_u128(self, v: u128) -> Result<Self::Ok> {
        let Ok(v) = v.into_pyobject(self.py);
        Ok(v.into_any())
    }
    fn serialize_f32(self, v: f32) -> Result<Self::Ok> {
        self.serialize_f64(v.into())
    }
    fn serialize_f64(self, v: f64) -> Result<Self::Ok> {
        Ok(PyFloat::new(self.py, v).into_any())
    }
    fn serialize_char(self, v: char) -> Result<Self::Ok> {
        self.serialize_str(v.encode_utf8(&mut [0; 4]))
    }
    fn serialize_str(self, v: &str) -> Result<Self::Ok> {
        Ok(PyString::new(self.py, v).into_any())
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<Self::Ok> {
        Ok(PyBytes::new(self.py, v).into_any())
    }
    fn serialize_none(self) -> Result<Self::Ok> {
        Ok(self.py.None().into_bound(self.py))
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<Self::Ok> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<Self::Ok> {
        self.serialize_none()
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Result<Self::Ok> {
        self.serialize_none()
    }
    fn serialize_unit_variant(self, _name: &'static str, _index: u32, variant: &'static str) -> Result<Self::Ok> {
        Ok(self.name(variant).into_any())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _name: &'static str, value: &T) -> Result<Self::Ok> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<Self::Ok> {
        self.tagged(variant, value.serialize(self)?)
    }
    fn serialize_seq(self, len: Option<usize>) -> Result<List<'a, 'py>> {
        Ok(List { ser: self, items: Vec::with_capacity(len.unwrap_or(0)), variant: None })
    }
    fn serialize_tuple(self, len: usize) -> Result<List<'a, 'py>> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(self, _name: &'static str, len: usize) -> Result<List<'a, 'py>> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<List<'a, 'py>> {
        Ok(List { ser: self, items: Vec::with_capacity(len), variant: Some(variant) })
    }
    fn serialize_map(self, _len: Option<usize>) -> Result<Dict<'a, 'py>> {
        Ok(Dict::new(self, PyDict::new(self.py), None))
    }
    fn serialize_struct(self, name: &'static str, _len: usize) -> Result<Dict<'a, 'py>> {
        Ok(Dict { span: name == "Span", ..Dict::new(self, PyDict::new(self.py), None) })
    }
    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Dict<'a, 'py>> {
        Ok(Dict::new(self, PyDict::new(self.py), Some(variant)))
    }
}

/// A sequence being built: a list (in `{variant: [...]}` for a tuple variant).
pub struct List<'a, 'py> {
    ser: Ser<'a, 'py>,
    items: Vec<Bound<'py, PyAny>>,
    variant: Option<&'static str>,
}

impl<'py> List<'_, 'py> {
    fn push<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<()> {
        self.items.push(value.serialize(self.ser)?);
        Ok(())
    }

    fn finish(self) -> Result<Bound<'py, PyAny>> {
        let list = PyList::new(self.ser.py, self.items)?.into_any();
        match self.variant {
            Some(v) => self.ser.tagged(v, list),
            None => Ok(list),
        }
    }
}

impl<'py> ser::SerializeSeq for List<'_, 'py> {
    type Ok = Bound<'py, PyAny>;
    type Error = Error;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<()> {
        self.push(value)
    }
    fn end(self) -> Result<Self::Ok> {
        self.finish()
    }
}

impl<'py> ser::SerializeTuple for List<'_, 'py> {
    type Ok = Bound<'py, PyAny>;
    type Error = Error;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<()> {
        self.push(value)
    }
    fn end(self) -> Result<Self::Ok> {
        self.finish()
    }
}

impl<'py> ser::SerializeTupleStruct for List<'_, 'py> {
    type Ok = Bound<'py, PyAny>;
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<()> {
        self.push(value)
    }
    fn end(self) -> Result<Self::Ok> {
        self.finish()
    }
}

impl<'py> ser::SerializeTupleVariant for List<'_, 'py> {
    type Ok = Bound<'py, PyAny>;
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<()> {
        self.push(value)
    }
    fn end(self) -> Result<Self::Ok> {
        self.finish()
    }
}

/// `dict[key] = value`, straight through the C API (the conversions of
/// `PyDictMethods::set_item` cost a tenth of a document's conversion).
fn set(dict: &Bound<'_, PyDict>, key: &Bound<'_, PyAny>, value: &Bound<'_, PyAny>) -> Result<()> {
    // SAFETY: three live objects, attached to the interpreter (`dict.py()`).
    if unsafe { pyo3::ffi::PyDict_SetItem(dict.as_ptr(), key.as_ptr(), value.as_ptr()) } < 0 {
        return Err(Error(PyErr::fetch(dict.py())));
    }
    Ok(())
}

/// A map or struct being built: a dict (in `{variant: {...}}` for a struct
/// variant).
pub struct Dict<'a, 'py> {
    ser: Ser<'a, 'py>,
    dict: Bound<'py, PyDict>,
    key: Option<Bound<'py, PyAny>>,
    variant: Option<&'static str>,
    /// A `Span`: its fields are offsets into the text.
    span: bool,
}

impl<'a, 'py> Dict<'a, 'py> {
    fn new(ser: Ser<'a, 'py>, dict: Bound<'py, PyDict>, variant: Option<&'static str>) -> Self {
        Dict { ser, dict, key: None, variant, span: false }
    }

    fn field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result<()> {
        let value = value.serialize(Ser { in_span: self.span, ..self.ser })?;
        set(&self.dict, self.ser.name(key).as_any(), &value)
    }

    fn finish(self) -> Result<Bound<'py, PyAny>> {
        let dict = self.dict.into_any();
        match self.variant {
            Some(v) => self.ser.tagged(v, dict),
            None => Ok(dict),
        }
    }
}

impl<'py> ser::SerializeMap for Dict<'_, 'py> {
    type Ok = Bound<'py, PyAny>;
    type Error = Error;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<()> {
        self.key = Some(key.serialize(self.ser)?);
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<()> {
        let key = self.key.take().ok_or_else(|| <Error as ser::Error>::custom("a map value without its key"))?;
        set(&self.dict, &key, &value.serialize(self.ser)?)
    }
    fn end(self) -> Result<Self::Ok> {
        self.finish()
    }
}

impl<'py> ser::SerializeStruct for Dict<'_, 'py> {
    type Ok = Bound<'py, PyAny>;
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result<()> {
        self.field(key, value)
    }
    fn end(self) -> Result<Self::Ok> {
        self.finish()
    }
}

impl<'py> ser::SerializeStructVariant for Dict<'_, 'py> {
    type Ok = Bound<'py, PyAny>;
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result<()> {
        self.field(key, value)
    }
    fn end(self) -> Result<Self::Ok> {
        self.finish()
    }
}
