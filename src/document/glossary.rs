//! The glossary as printed: the region's abbreviations that the plan's prose uses, in Swedish order.

use serde::Serialize;

use super::Document;
use crate::model::Rich;
use crate::model::abbreviation::{self, Abbreviation, for_each_prose, swedish_order};

/// The *Förkortningar* section: empty (and not printed) when the region
/// has no glossary or the plan uses none of its abbreviations.
#[derive(Debug, Clone, Serialize)]
pub struct GlossaryDoc {
    pub heading: String,
    /// The heading's anchor: an `id` in the HTML and Markdown, a label in the PDF.
    pub anchor: String,
    /// The table's column headings: abbreviation, explanation.
    pub columns: [String; 2],
    /// The abbreviations used, sorted Swedish-alphabetically.
    pub entries: Vec<Abbreviation>,
}

impl GlossaryDoc {
    /// No glossary: nothing to print.
    pub fn of_nothing() -> GlossaryDoc {
        GlossaryDoc::of(&[])
    }

    /// The entries of `glossary` that `document`'s prose uses.
    pub fn used(document: &Document, glossary: &[Abbreviation]) -> GlossaryDoc {
        let mut used = vec![false; glossary.len()];
        document.for_each_rich(&mut |rich| {
            for_each_prose(rich, &mut |text| {
                for (_, index) in abbreviation::uses(text, glossary) {
                    used[index] = true;
                }
            });
        });
        let mut entries: Vec<Abbreviation> = (glossary.iter().zip(used))
            .filter(|(_, used)| *used)
            .map(|(entry, _)| entry.clone())
            .collect();
        entries.sort_by(|a, b| swedish_order(&a.short, &b.short));
        GlossaryDoc::of(&entries)
    }

    fn of(entries: &[Abbreviation]) -> GlossaryDoc {
        GlossaryDoc {
            heading: "Förkortningar".to_owned(),
            anchor: "forkortningar".to_owned(),
            columns: ["Förkortning".to_owned(), "Betydelse".to_owned()],
            entries: entries.to_vec(),
        }
    }
}

impl Document {
    /// Calls `f` with every formatted text the document prints: sections,
    /// appendices, area introductions, activity cells, change descriptions.
    pub fn for_each_rich(&self, f: &mut dyn FnMut(&Rich)) {
        for section in self.sections() {
            f(&section.body);
        }
        for area in &self.areas {
            if let Some(intro) = &area.intro {
                f(intro);
            }
            for cell in area.activities.iter().flat_map(|a| a.rows.iter().flatten()) {
                f(&cell.body);
            }
        }
        for row in &self.changes.rows {
            f(&row.description);
        }
        for goal in &self.goals.goals {
            f(&goal.body);
            f(&goal.indicators);
        }
    }
}
