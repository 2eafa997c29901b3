//! How a problem's files are quoted: long lines cut to a window around the mark, control characters shown safely.

use std::collections::HashMap;
use std::ops::Range;

use codespan_reporting::files::{Error, Files, column_index, line_starts};

use codespan_reporting::diagnostic::Diagnostic;

use super::{FileId, Sources};

/// Quoted lines longer than this (in bytes) are cut around the marked place.
const MAX_LINE: usize = 160;
/// How much of a cut line is kept before the mark.
const BEFORE: usize = 50;

/// The files as one problem quotes them. A long marked line is cut to a
/// window around its mark with `…` on either side; line and column numbers
/// still refer to the original file.
pub struct View<'s> {
    sources: &'s Sources,
    cut: HashMap<FileId, Cut>,
}

/// A file whose marked long lines were cut.
struct Cut {
    text: String,
    starts: Vec<usize>,
    /// For each cut line: how many characters the cut removed before the window, minus the `…`.
    column_shift: HashMap<usize, isize>,
}

impl<'s> View<'s> {
    /// The view for `problem`, whose label ranges are moved to match the cut text.
    pub fn new(sources: &'s Sources, problem: &mut Diagnostic<FileId>) -> Self {
        let mut by_file: HashMap<FileId, Vec<&mut Range<usize>>> = HashMap::new();
        for label in &mut problem.labels {
            by_file
                .entry(label.file_id)
                .or_default()
                .push(&mut label.range);
        }
        let mut cut = HashMap::new();
        for (file, ranges) in by_file {
            if let Some(c) = Cut::new(sources.shown(file), ranges) {
                cut.insert(file, c);
            }
        }
        View { sources, cut }
    }
}

impl Cut {
    fn new(text: &str, mut ranges: Vec<&mut Range<usize>>) -> Option<Cut> {
        let starts: Vec<usize> = line_starts(text).collect();
        let line_end = |line: usize| line_end(text, &starts, line);
        let windows = windows(text, &starts, &ranges);
        if windows.is_empty() {
            return None;
        }
        let mut out = String::new();
        let mut shifts = Vec::new(); // (original byte, shift in bytes after it)
        let mut column_shift = HashMap::new();
        let mut at = 0;
        for (line, window) in &windows {
            let (start, end) = (starts[*line], line_end(*line));
            out.push_str(&text[at..start]);
            let before = start..window.start;
            let removed_chars = text[before.clone()].chars().count();
            let mut shift = out.len() as isize - window.start as isize;
            if !before.is_empty() {
                out.push('…');
                shift += '…'.len_utf8() as isize;
            }
            shifts.push((window.start, shift));
            out.push_str(&text[window.clone()]);
            if window.end < end {
                out.push('…');
            }
            shifts.push((end, out.len() as isize - end as isize));
            let ellipsis = isize::from(!before.is_empty());
            column_shift.insert(*line, removed_chars as isize - ellipsis);
            at = end;
        }
        out.push_str(&text[at..]);
        let map = |byte: usize| {
            let shift = shifts
                .iter()
                .rev()
                .find(|(from, _)| *from <= byte)
                .map_or(0, |(_, s)| *s);
            (byte as isize + shift).max(0) as usize
        };
        for range in ranges.iter_mut() {
            let (start, end) = (map(range.start), map(range.end));
            **range = start.min(out.len())..end.min(out.len()).max(start.min(out.len()));
        }
        let starts = line_starts(&out).collect();
        Some(Cut {
            text: out,
            starts,
            column_shift,
        })
    }
}

/// The byte where line `line` ends (before its newline).
fn line_end(text: &str, starts: &[usize], line: usize) -> usize {
    starts
        .get(line + 1)
        .map_or(text.len(), |&s| s.saturating_sub(1))
}

/// The windows of long lines to show, one per line (around the line's
/// first mark), by line number: (line, byte range).
fn windows(
    text: &str,
    starts: &[usize],
    ranges: &[&mut Range<usize>],
) -> Vec<(usize, Range<usize>)> {
    let line_of = |byte: usize| starts.partition_point(|&s| s <= byte).saturating_sub(1);
    let mut windows: Vec<(usize, Range<usize>)> = Vec::new();
    for range in ranges {
        let line = line_of(range.start.min(text.len()));
        let (start, end) = (starts[line], line_end(text, starts, line));
        if end - start <= MAX_LINE || windows.iter().any(|(l, _)| *l == line) {
            continue;
        }
        let from = floor(text, range.start.saturating_sub(BEFORE).max(start));
        let to = floor(text, (from + MAX_LINE).min(end));
        windows.push((line, from..to));
    }
    windows.sort_by_key(|(line, _)| *line);
    windows
}

/// The nearest char boundary at or before `i`.
fn floor(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

impl<'a> Files<'a> for View<'_> {
    type FileId = FileId;
    type Name = String;
    type Source = &'a str;

    fn name(&'a self, id: FileId) -> Result<String, Error> {
        self.sources.name(id).ok_or(Error::FileMissing)
    }

    fn source(&'a self, id: FileId) -> Result<&'a str, Error> {
        match self.cut.get(&id) {
            Some(cut) => Ok(&cut.text),
            None => Ok(self.sources.shown(id)),
        }
    }

    fn line_index(&'a self, id: FileId, byte_index: usize) -> Result<usize, Error> {
        let starts = self.starts(id);
        Ok(starts
            .partition_point(|&s| s <= byte_index)
            .saturating_sub(1))
    }

    fn line_range(&'a self, id: FileId, line_index: usize) -> Result<Range<usize>, Error> {
        let starts = self.starts(id);
        let len = self.source(id)?.len();
        let start = *starts.get(line_index).ok_or(Error::LineTooLarge {
            given: line_index,
            max: starts.len().saturating_sub(1),
        })?;
        let end = starts.get(line_index + 1).copied().unwrap_or(len);
        Ok(start..end)
    }

    fn column_number(&'a self, id: FileId, line: usize, byte_index: usize) -> Result<usize, Error> {
        let source = self.source(id)?;
        let column = column_index(source, self.line_range(id, line)?, byte_index) as isize;
        let shift = self
            .cut
            .get(&id)
            .and_then(|c| c.column_shift.get(&line))
            .copied()
            .unwrap_or(0);
        Ok((column + shift).max(0) as usize + 1)
    }
}

impl View<'_> {
    fn starts(&self, id: FileId) -> &[usize] {
        match self.cut.get(&id) {
            Some(cut) => &cut.starts,
            None => self.sources.line_starts(id),
        }
    }
}
