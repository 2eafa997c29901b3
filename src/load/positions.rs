//! Where things were written: a side table from parts of the model to places in the plan's files.

use std::collections::HashMap;
use std::ops::Range;

use crate::report::FileId;

/// A place in one of the files read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    pub file: FileId,
    pub range: Range<usize>,
}

/// A part of the model whose place is remembered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Locus {
    /// A key's value in a table of the format, e.g. (`[tema]`, `typsnitt`).
    Key(&'static str, &'static str),
    /// The n-th font file in `typsnittsfiler`.
    FontFile(usize),
    /// The n-th of the plan's prose sections and appendices (`Plan::sections`).
    Section(usize),
    /// The n-th area (its file).
    Area(usize),
    /// The m-th activity of the n-th area (its `[[aktivitet]]` table).
    Activity(usize, usize),
    /// The n-th follow-up round (its file), in the plan's order.
    Round(usize),
}

/// The side table: kept beside the model so that model values compare by
/// content, not by where they were written.
#[derive(Debug, Clone, Default)]
pub struct Positions {
    map: HashMap<Locus, Span>,
    /// Every reference to an activity (`[](#id)`) in plan text, with where
    /// its id is written, in reading order.
    pub references: Vec<(String, Span)>,
    /// Every all-capital word in plan prose (a possible abbreviation,
    /// see `model::abbreviation`), with where it is written, in reading order.
    pub capitals: Vec<(String, Span)>,
}

impl Positions {
    pub fn set(&mut self, locus: Locus, file: FileId, range: Range<usize>) {
        self.map.insert(locus, Span { file, range });
    }

    pub fn get(&self, locus: Locus) -> Option<&Span> {
        self.map.get(&locus)
    }
}
