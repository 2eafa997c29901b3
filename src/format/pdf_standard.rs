//! The PDF standards a document may declare (PDF/A, PDF/UA): names and
//! compatibility exactly as the embedded typst-pdf defines them.

use serde::Deserialize;
use serde::de::{self, Deserializer, Visitor};
use typst_pdf::{PdfStandard, PdfStandards};

use crate::t;

/// A checked choice of standards: names as written, e.g. `["ua-1", "a-2a"]`;
/// empty for none (typst's default: a tagged PDF 1.7). A region that says
/// nothing gets [`default_names`].
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Choice {
    names: Vec<String>,
}

impl Choice {
    /// Checks names (typst's own, e.g. `ua-1`, `a-2a`) and that typst can
    /// make one PDF conform to all of them. `Err` says why not, with hints.
    pub fn new<S: AsRef<str>>(names: &[S]) -> Result<Self, Refusal> {
        let names: Vec<String> = names.iter().map(|n| n.as_ref().trim().to_owned()).collect();
        let mut list = Vec::new();
        for name in &names {
            list.push(parse(name)?);
        }
        PdfStandards::new(&list).map_err(|e| incompatible(&names, &e))?;
        let choice = Choice { names };
        // typst accepts this pair but cannot export it: PDF/UA-1 marks
        // running headers and footers as artifacts, which needs PDF 1.7.
        if list.contains(&PdfStandard::Ua_1) && choice.archival_part() == Some(1) {
            return Err(Refusal {
                message: crate::msg!(
                    "render-standard-ua-pdf-a-1",
                    standards = choice.names.join(", ")
                ),
                hints: vec![t!("render-standard-along-with-ua")],
            });
        }
        Ok(choice)
    }

    pub fn names(&self) -> &[String] {
        &self.names
    }

    /// typst's configuration for this choice.
    pub fn standards(&self) -> PdfStandards {
        let list: Vec<PdfStandard> = self.names.iter().filter_map(|n| parse(n).ok()).collect();
        PdfStandards::new(&list).expect("a Choice holds only compatible standards")
    }

    /// The PDF/A part declared, if any (`"a-3b"` → 3).
    pub fn archival_part(&self) -> Option<u8> {
        self.names
            .iter()
            .find_map(|n| n.strip_prefix("a-")?.bytes().next())
            .map(|digit| digit - b'0')
    }

    /// Whether the PDF may carry arbitrary attached files (the plan's
    /// sources): PDF/A-1 allows none and PDF/A-2 and PDF/A-4 only PDF/A
    /// files; PDF/A-3 and PDF/A-4f allow any.
    pub fn allows_attachments(&self) -> bool {
        match self.archival_part() {
            None | Some(3) => true,
            Some(4) => self.names.iter().any(|n| n == "a-4f"),
            Some(_) => false,
        }
    }
}

/// What a region declares when its `region.toml` has no `pdfstandard`: an
/// accessible (PDF/UA-1) archival (PDF/A) document. PDF/A-2a when the PDF
/// carries nothing else; PDF/A-3a when it carries the plan's sources, which
/// PDF/A-2 forbids. `pdfstandard = []` opts out.
pub fn default_names(attach_sources: bool) -> &'static [&'static str] {
    if attach_sources {
        &["ua-1", "a-3a"]
    } else {
        &["ua-1", "a-2a"]
    }
}

/// Why a choice of standards was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    pub message: crate::i18n::Message,
    pub hints: Vec<String>,
}

/// Every standard name the embedded typst accepts, from its own definition
/// (`1.7`, `2.0`, `a-2b`, `ua-1`, …).
pub fn names() -> &'static [&'static str] {
    static NAMES: std::sync::OnceLock<&'static [&'static str]> = std::sync::OnceLock::new();
    NAMES.get_or_init(|| {
        // Capture the variant list typst's serde derive hands to the deserializer.
        struct Capture(std::cell::Cell<&'static [&'static str]>);
        impl<'de> Deserializer<'de> for &Capture {
            type Error = de::value::Error;
            fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Self::Error> {
                Err(de::Error::custom("names only"))
            }
            fn deserialize_enum<V: Visitor<'de>>(
                self,
                _: &'static str,
                variants: &'static [&'static str],
                _: V,
            ) -> Result<V::Value, Self::Error> {
                self.0.set(variants);
                Err(de::Error::custom("captured"))
            }
            serde::forward_to_deserialize_any! {
                bool i8 i16 i32 i64 u8 u16 u32 u64 f32 f64 char str string bytes
                byte_buf option unit unit_struct newtype_struct seq tuple
                tuple_struct map struct identifier ignored_any
            }
        }
        let capture = Capture(std::cell::Cell::new(&[]));
        let _ = PdfStandard::deserialize(&capture);
        capture.0.get()
    })
}

/// One standard by typst's name for it.
fn parse(name: &str) -> Result<PdfStandard, Refusal> {
    let value = de::value::StrDeserializer::<de::value::Error>::new(name);
    PdfStandard::deserialize(value).map_err(|_| {
        // "PDF/A-2a" and "PDF/UA-1" are how people write them.
        let lower = name.to_ascii_lowercase();
        let bare = lower
            .trim_start_matches("pdf")
            .trim_start_matches(['/', '-', ' ']);
        let near = names()
            .iter()
            .copied()
            .find(|n| *n == bare)
            .or_else(|| crate::report::did_you_mean(name, names().iter().copied()));
        let mut hints = Vec::new();
        if let Some(near) = near {
            hints.push(t!("render-standard-did-you-mean", name = near));
        }
        hints.push(t!("render-standard-list", names = names().join(", ")));
        Refusal {
            message: crate::msg!("render-standard-unknown", name = name),
            hints,
        }
    })
}

/// typst's refusal of a combination, with why in the author's terms.
fn incompatible(names: &[String], error: &typst::diag::HintedString) -> Refusal {
    let listed = names.join(", ");
    let mut hints: Vec<String> = error.hints().iter().map(|h| h.to_string()).collect();
    hints.push(t!("render-standard-along-with-ua"));
    Refusal {
        message: crate::msg!(
            "render-standard-incompatible",
            standards = listed,
            reason = error.message().as_str()
        ),
        hints,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_names_are_typsts_own() {
        let names = names();
        for name in [
            "ua-1", "a-1b", "a-2a", "a-2b", "a-2u", "a-3a", "a-3b", "a-3u", "a-4", "a-4f",
        ] {
            assert!(names.contains(&name), "{name} missing from {names:?}");
        }
        for name in names {
            assert!(parse(name).is_ok(), "{name}");
        }
    }

    #[test]
    fn pdf_ua_goes_with_pdf_a_2_and_3_only() {
        for ok in [
            &["ua-1", "a-2a"][..],
            &["a-3b", "ua-1"],
            &["ua-1"],
            &["a-4"],
            &[],
        ] {
            assert!(Choice::new(ok).is_ok(), "{ok:?}");
        }
        for bad in [
            &["ua-1", "a-1b"][..],
            &["ua-1", "a-4"],
            &["a-2b", "a-3b"],
            &["ua-2"],
        ] {
            assert!(Choice::new(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn attachments_need_pdf_a_3_or_no_pdf_a() {
        let allows = |names: &[&str]| Choice::new(names).unwrap().allows_attachments();
        assert!(allows(&[]));
        assert!(allows(&["ua-1"]));
        assert!(allows(&["ua-1", "a-3a"]));
        assert!(!allows(&["ua-1", "a-2a"]));
        assert!(!allows(&["a-1b"]));
    }
}
