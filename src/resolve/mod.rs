//! Resolution: merging mentions into one item per entity (people, bodies,
//! provinces, dates, figures), coreference of short forms and acronyms, and
//! the publication date. The output is the [`Document`](crate::Document).

mod entities;
mod facts;
mod organisations;
mod people;
pub(crate) mod published;

pub(crate) use entities::build;
use entities::{Acronyms, Spans};
