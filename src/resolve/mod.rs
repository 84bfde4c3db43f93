//! Resolution: merging mentions into one item per entity (people, bodies,
//! provinces, dates, figures), coreference of short forms and acronyms, and
//! the publication date. The output is the [`Document`](crate::Document).

pub(crate) mod calendar;
mod entities;
mod facts;
pub(crate) mod published;

pub(crate) use entities::build;
