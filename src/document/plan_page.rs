//! What a document drawn from a plan (the follow-up report, a body's view) takes from the plan document for its pages: language, titles, footer, look.

use serde::Serialize;

use super::{Document, ThemeDoc};

/// The plan document's facts that the plan's typst page setup and web page
/// read, under the plan document's names (flattened into the document that
/// holds them), plus the plan's title and period, which such documents name.
#[derive(Debug, Clone, Serialize)]
pub struct PlanPage {
    pub lang: &'static str,
    /// The plan's title.
    pub plan_title: String,
    pub organisation: String,
    pub period: String,
    pub keywords: Vec<String>,
    pub draft: bool,
    pub footer: String,
    pub theme: ThemeDoc,
    /// The words typst may hyphenate in cells from (the plan's setting).
    pub hyphenate_from: usize,
}

impl PlanPage {
    pub fn of(doc: &Document) -> Self {
        PlanPage {
            lang: doc.lang,
            plan_title: doc.title.clone(),
            organisation: doc.organisation.clone(),
            period: doc.period.clone(),
            keywords: doc.keywords.clone(),
            draft: doc.draft,
            footer: doc.footer.clone(),
            theme: doc.theme.clone(),
            hyphenate_from: super::hyphenate::LONG_WORD,
        }
    }
}
