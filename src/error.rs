//! The crate's one error type.

use std::fmt;

/// An error from building an extractor with outside data, a malformed
/// publication date, or input that is not UTF-8.
///
/// The message names what went wrong and where (file, line, byte offset).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum ErrorKind {
    InvalidUtf8 { offset: usize },
    Data { source: String, line: usize, message: String },
    Date { text: String },
}

impl Error {
    pub(crate) fn invalid_utf8(offset: usize) -> Error {
        Error { kind: ErrorKind::InvalidUtf8 { offset } }
    }

    pub(crate) fn data(source: &str, line: usize, message: impl Into<String>) -> Error {
        Error { kind: ErrorKind::Data { source: source.to_string(), line, message: message.into() } }
    }

    pub(crate) fn date(text: &str) -> Error {
        Error { kind: ErrorKind::Date { text: text.to_string() } }
    }

    /// For a malformed publication date: the date as given.
    pub fn date_text(&self) -> Option<&str> {
        match &self.kind {
            ErrorKind::Date { text } => Some(text),
            _ => None,
        }
    }

    /// For invalid UTF-8 input: the byte offset of the first invalid byte.
    pub fn utf8_offset(&self) -> Option<usize> {
        match self.kind {
            ErrorKind::InvalidUtf8 { offset } => Some(offset),
            _ => None,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            ErrorKind::InvalidUtf8 { offset } => {
                write!(f, "invalid UTF-8 at byte offset {offset}")
            }
            ErrorKind::Data { source, line, message } => {
                write!(f, "bad data in {source}, line {line}: {message}")
            }
            ErrorKind::Date { text } => {
                write!(f, "not a calendar date (want YYYY-MM-DD): {text:?}")
            }
        }
    }
}

impl std::error::Error for Error {}
