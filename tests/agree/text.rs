//! Words for generated plans: Swedish plan vocabulary, text that means something to typst, Markdown or HTML, long words and odd Unicode.

use crate::common::rng::Rng;

/// Ordinary words of real plans.
const WORDS: &[&str] = &[
    "läkemedel",
    "genomgång",
    "uppföljning",
    "Kunskapsstyrningsrådet",
    "LSG",
    "verksamhetscheferna",
    "december",
    "löpande",
    "förskrivning",
    "antibiotika",
    "patientsäkerhet",
    "kostnadseffektiv",
    "användning",
    "regionen",
    "Funktionsområde",
    "och",
    "för",
    "att",
    "öka",
    "2022",
    "1.4",
    "Q3",
    "e-hälsa",
    "Läkemedelskommittén",
    "NT-rådet",
    "SSN",
    "Ålands",
    "över",
];

/// Text that must print literally and never act as code or markup.
const HOSTILE: &[&str] = &[
    "#read(\"/etc/passwd\")",
    "#{1+1}",
    "$x^2$",
    "@ref",
    "a | b",
    "<script>alert(1)</script>",
    "&amp;",
    "\\",
    "`",
    "*",
    "_",
    "[x]",
    "<!-- c -->",
    "#set page(width: 1cm)",
    "]",
    "\"citat\"",
    "'enkel'",
    "100 %",
    "a–b",
    "–",
];

/// Text a plan may hold that stresses the outputs, and text the tool must refuse.
const ODD: &[&str] = &[
    "e\u{301}",
    "a\u{200d}b",
    "\u{fe0f}",
    "Ångström",
    "漢字",
    "😀",
    "\u{202e}",
    "\u{1b}[31m",
    "&#x202E;",
    "&#x1b;",
    "x\u{301}\u{301}\u{301}\u{301}\u{301}\u{301}\u{301}\u{301}",
    "Läkemedelsförsörjningsberedskapssamordningsfunktionsområdesansvarig",
    "                                        ",
];

/// Makes the words of one plan.
pub struct Words {
    hostile: bool,
}

impl Words {
    pub fn new(hostile: bool) -> Self {
        Words { hostile }
    }

    /// One word: mostly ordinary, sometimes text that means something
    /// elsewhere, and in hostile cases odd text the tool may refuse.
    pub fn word(&self, rng: &mut Rng) -> String {
        match rng.below(20) {
            0..=1 => (*rng.pick(HOSTILE)).to_owned(),
            2 if self.hostile => (*rng.pick(ODD)).to_owned(),
            _ => (*rng.pick(WORDS)).to_owned(),
        }
    }

    /// `n` words with spaces between.
    pub fn phrase(&self, rng: &mut Rng, n: usize) -> String {
        let words: Vec<String> = (0..n.max(1)).map(|_| self.word(rng)).collect();
        let phrase = words.join(" ").trim().to_owned();
        if phrase.is_empty() {
            "text".to_owned()
        } else {
            phrase
        }
    }

    /// 1 to `max` words.
    pub fn phrase_upto(&self, rng: &mut Rng, max: usize) -> String {
        let n = 1 + rng.below(max);
        self.phrase(rng, n)
    }

    /// An id-like word: a-z, 0-9 and `-`.
    pub fn id(&self, rng: &mut Rng) -> String {
        let stems = ["genomgang", "lager", "utbildning", "kostnad", "uppfoljning"];
        format!("{}-{}", rng.pick(&stems), rng.below(100))
    }

    /// Markdown of up to `paragraphs` paragraphs: emphasis, links, lists,
    /// references to the plan's activities (`ids`), and plain words.
    pub fn markdown(&self, rng: &mut Rng, ids: &[String], paragraphs: usize) -> String {
        let count = 1 + rng.below(paragraphs.max(1));
        let mut blocks = Vec::new();
        for _ in 0..count {
            blocks.push(match rng.below(8) {
                0 => (0..1 + rng.below(3))
                    .map(|_| format!("- {}", self.inline(rng, ids)))
                    .collect::<Vec<_>>()
                    .join("\n"),
                1 => (0..1 + rng.below(3))
                    .map(|i| format!("{}. {}", i + 1, self.inline(rng, ids)))
                    .collect::<Vec<_>>()
                    .join("\n"),
                _ => self.inline(rng, ids),
            });
        }
        blocks.join("\n\n")
    }

    /// A line of Markdown inline text.
    fn inline(&self, rng: &mut Rng, ids: &[String]) -> String {
        let mut parts = Vec::new();
        for _ in 0..1 + rng.below(8) {
            let word = escape(&self.word(rng));
            parts.push(match rng.below(14) {
                0 => format!("*{}*", escape(&self.phrase(rng, 2))),
                1 => format!("**{}**", escape(&self.phrase(rng, 2))),
                2 => format!(
                    "[{}](https://example.se/{})",
                    escape(&self.phrase(rng, 2)),
                    rng.below(9)
                ),
                3 if !ids.is_empty() => format!("punkt [](#{})", rng.pick(ids)),
                _ => word,
            });
        }
        if self.hostile && rng.below(40) == 0 {
            parts.push(format!("[](#okand-{})", rng.below(3)));
        }
        let line = parts.join(" ");
        if line.trim().is_empty() {
            "text".to_owned()
        } else {
            line
        }
    }
}

/// Text as written in Markdown so that it prints literally: every ASCII
/// punctuation character backslash-escaped.
fn escape(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if c.is_ascii_punctuation() {
            out.push('\\');
        }
        out.push(c);
    }
    out
}
