//! A fuzz harness for the Markdown conversion, on stable Rust.
//!
//! Starts from a seed corpus (every text in the bundled example plan and a
//! set of hostile strings) and mutates it: byte flips, insertions of
//! Markdown syntax, deletions, duplications, splicing two inputs, nesting,
//! line endings and indentation. Each input goes through the parser and
//! all three renderer filters, and must not panic and must keep these
//! invariants:
//!
//! - every note's range lies inside the input, on character boundaries;
//! - a link the parser keeps goes to an allowed address, and each link it
//!   drops has an error note;
//! - `text` and `cell` never contain a raw line break, `blocks` never a CR;
//! - read back with comrak (GFM), the output shows exactly the text and
//!   links it should (see `common::readback`): in particular no
//!   `javascript:` link, and no text turned into a link.
//!
//! `FUZZ_ITERATIONS` sets the number of inputs (default 2 000, quick enough
//! for every test run), `FUZZ_SEED` the random seed (default fixed, so CI is
//! reproducible). A failing input is shrunk, printed and saved under
//! `target/fuzz-failures/` (`rerun_saved_input` runs one again); add the
//! shrunk input to `REGRESSIONS` below once fixed.
//!
//! A long run, optimised (our crate only; the dependencies already are):
//!
//! ```sh
//! CARGO_PROFILE_DEV_OPT_LEVEL=2 FUZZ_ITERATIONS=1000000 FUZZ_SEED=$RANDOM \
//!     cargo test --test fuzz_markdown -- --nocapture
//! ```

mod common;

use std::panic::{AssertUnwindSafe, catch_unwind};

use common::readback::{check_plain_text, check_rich};
use common::rng::Rng;
use handlingsplan::load::parse_markdown;
use handlingsplan::model::{Block, Inline, Rich};
use handlingsplan::render::markdown::{blocks, cell, text};

/// Inputs that once broke an invariant, kept as regression tests.
const REGRESSIONS: &[&str] = &[
    // A byte order mark was dropped at the start of a document.
    "\u{feff}S",
    // Emphasis after a `<br>` in a cell read differently than alone.
    "ä\n\n# **:** a",
    // An empty ordered list item ended the list early.
    "7.\n8.",
    // A no-break space at the end of a list item's paragraph was dropped.
    "&copy &nbsp;",
    // `\&` in a link's address: comrak decodes `&amp;` before escapes.
    "  <https://exaam&amp;pl//example.org😀>n",
    // Code of spaces and a tab lost a space at each end: only code of
    // nothing but spaces keeps them.
    "``       \t      ``",
    // Two code spans in a row (once emphasis between them was left out)
    // ran their fences together.
    "`)`*`b` *😀***",
];

/// Hostile strings: Markdown, HTML, GitHub and typst syntax, links.
const HOSTILE: &[&str] = &[
    "[länk]() [x](javascript:alert(1)) [y](JaVaScRiPt:alert) [z](data:text/html,x)",
    "<javascript:alert(1)> <vbscript:x> <file:///etc/passwd> [a](#ankare) [b](plan.pdf)",
    "[r][ref] [ref]\n\n[ref]: javascript:alert(1)",
    "<https://example.org> https://example.org www.example.org a@example.org",
    "![bild](x.png) ![](y.png) <img src=x onerror=alert(1)>",
    "<b>fet</b> <br> <!-- kommentar --> <script>alert(1)</script>\n\n<div>\nblock\n</div>",
    "> citat\n> > inre\n\n---\n\n***\n\n___",
    "    indragen kod\n\n```\nfenced | kod\n```\n\n~~~\ntilde\n~~~",
    "| a | b |\n| --- | --- |\n| 1 | 2 |",
    "- [ ] uppgift\n- [x] klar\n\nFotnot[^1]\n\n[^1]: text",
    "*a **b** c* _d_ __e__ ~~f~~ `g | h` ``i ` j`` \\*k\\*",
    "1. ett\n2) två\n- tre\n+ fyra\n* fem\n\n10. tio",
    "Rad\\\nbryt  \nrad\r\nCRLF\rCR",
    "#read(\"/etc/passwd\") $x^2$ @ref #{1+1} :+1:",
    "&amp; &#42; &#0; &#x110000; &copy &nbsp;",
    "\u{0}\u{b}\u{c}\u{feff}\u{200b}\u{2028}\u{a0}",
    "| a | *b* | c |\n| :-- | :-: | --: |\n| 1[^n] | `x \\| y` | <script> |\n| 2 |\n| 3 | 4 | 5 | 6 |\n\n[^n]: Not *ett* [länk](https://x.se).\n\n    Andra stycket.\n[^oanvänd]: x",
    "Ett[^a] två[^A] tre[^saknas] \\[^a]\n\n[^a]: A[^b]\n[^b]: - lista\n  - mer\n[^a]: igen",
    "- punkt[^1]\n\n  | x |\n  | - |\n  | y |\n\n[^1]: | t |\n    | - |\n    | u |",
];

/// Markdown syntax to insert.
const SYNTAX: &[&str] = &[
    "*",
    "**",
    "_",
    "__",
    "`",
    "``",
    "```",
    "~",
    "~~",
    "[",
    "]",
    "(",
    ")",
    "](",
    "![",
    "<",
    ">",
    "<br>",
    "</b>",
    "<!--",
    "-->",
    "#",
    "# ",
    "- ",
    "* ",
    "+ ",
    "1. ",
    "1) ",
    "> ",
    "|",
    "\\",
    "\\\n",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "    ",
    "\t",
    "&",
    "&amp;",
    "&#",
    ";",
    ":",
    "://",
    "https://x.se",
    "www.",
    "@",
    "javascript:",
    "mailto:",
    "---",
    "===",
    "[^1]",
    "[^1]: ",
    "| a | b |\n| - | - |\n",
    "| :-: |",
    " | ",
    "[x]: ",
    "\u{0}",
    "\u{feff}",
    "é",
    "ö",
    "😀",
];

/// Every string in the example plan's files, and the files themselves.
fn example_corpus() -> Vec<String> {
    fn strings(value: &toml::Value, out: &mut Vec<String>) {
        match value {
            toml::Value::String(s) => out.push(s.clone()),
            toml::Value::Array(items) => items.iter().for_each(|v| strings(v, out)),
            toml::Value::Table(table) => table.values().for_each(|v| strings(v, out)),
            _ => {}
        }
    }
    let mut corpus = Vec::new();
    let mut dirs = vec![common::example_dir().join("..")];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).expect("example folder") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "toml") {
                let text = std::fs::read_to_string(&path).expect("utf-8");
                let value: toml::Value = toml::from_str(&text).expect("valid TOML");
                strings(&value, &mut corpus);
            } else if path.extension().is_some_and(|e| e == "md") {
                corpus.push(std::fs::read_to_string(&path).expect("utf-8"));
            }
        }
    }
    corpus.sort();
    corpus.dedup();
    corpus
}

/// The nearest character boundary at or before `i`.
fn boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// One to four random mutations of `input`, some splicing in `other`.
fn mutate(rng: &mut Rng, input: &str, other: &str) -> String {
    let mut s = input.to_owned();
    for _ in 0..=rng.below(4) {
        let at = boundary(&s, rng.below(s.len() + 1));
        match rng.below(9) {
            0 => {
                // Flip a byte; invalid UTF-8 becomes U+FFFD, as the loader
                // never passes invalid text on.
                let mut bytes = s.into_bytes();
                if !bytes.is_empty() {
                    let i = rng.below(bytes.len());
                    bytes[i] ^= 1 << rng.below(8);
                }
                s = String::from_utf8_lossy(&bytes).into_owned();
            }
            1..=3 => {
                let token = SYNTAX[rng.below(SYNTAX.len())];
                s.insert_str(at, token);
            }
            4 => {
                let end = boundary(&s, at + rng.below(16));
                s.replace_range(at..end, "");
            }
            5 => {
                let end = boundary(&s, at + rng.below(32));
                let copy = s[at..end].to_owned();
                s.insert_str(end, &copy);
            }
            6 => {
                let cut = boundary(other, rng.below(other.len() + 1));
                let (head, tail) = if rng.below(2) == 0 {
                    (&s[..at], &other[cut..])
                } else {
                    (&other[..cut], &s[at..])
                };
                s = format!("{head}{tail}");
            }
            7 => {
                // Nesting: quotes, lists, emphasis.
                let prefix = *rng.pick(&["> ", "- ", "1. ", "*", "[", "  "]);
                s.insert_str(at, &prefix.repeat(1 + rng.below(20)));
            }
            _ => {
                // Indent every line, as a TOML multi-line string might be.
                let indent = *rng.pick(&["    ", "  ", "\t", " "]);
                s = s
                    .split('\n')
                    .map(|line| format!("{indent}{line}"))
                    .collect::<Vec<_>>()
                    .join("\n");
            }
        }
    }
    if s.len() > 4000 {
        s.truncate(boundary(&s, 4000));
    }
    s
}

/// Whether a link may go to `url`, as the parser decides.
fn allowed(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    ["https://", "http://", "mailto:"]
        .iter()
        .any(|p| lower.strip_prefix(p).is_some_and(|r| !r.trim().is_empty()))
}

fn links(rich: &Rich) -> Vec<String> {
    fn inlines(list: &[Inline], out: &mut Vec<String>) {
        for inline in list {
            match inline {
                Inline::Link {
                    url,
                    inlines: inner,
                } => {
                    out.push(url.clone());
                    inlines(inner, out);
                }
                Inline::Emph { inlines: inner } | Inline::Strong { inlines: inner } => {
                    inlines(inner, out)
                }
                Inline::Note {
                    blocks: Some(content),
                    ..
                } => blocks(content, out),
                _ => {}
            }
        }
    }
    fn blocks(list: &[Block], out: &mut Vec<String>) {
        for block in list {
            match block {
                Block::Paragraph { inlines: i } | Block::Heading { inlines: i, .. } => {
                    inlines(i, out)
                }
                Block::List { items, .. } => items.iter().for_each(|item| blocks(item, out)),
                Block::Table { head, rows, .. } => (std::iter::once(head).chain(rows.iter()))
                    .flatten()
                    .for_each(|cell| inlines(cell, out)),
            }
        }
    }
    let mut out = Vec::new();
    blocks(&rich.0, &mut out);
    out
}

/// Runs one input through the parser and the renderer, checking every
/// invariant (panics on a violation).
fn check(input: &str) {
    let parsed = parse_markdown(input);
    for note in &parsed.notes {
        assert!(
            input.get(note.range.clone()).is_some(),
            "note range {:?} outside the input or inside a character: {note:?}",
            note.range
        );
        assert!(!note.message.text.is_empty() && !note.hint.is_empty());
    }
    for url in links(&parsed.rich) {
        assert!(allowed(&url), "the parser kept a link to {url:?}");
    }

    let c = cell(&parsed.rich);
    assert!(!c.contains(['\n', '\r']), "raw line break in a cell: {c:?}");
    let t = text(input);
    assert!(!t.contains(['\n', '\r']), "raw line break in text: {t:?}");
    let b = blocks(&parsed.rich.0, "");
    assert!(!b.contains('\r'), "raw CR in blocks: {b:?}");

    check_rich(&parsed.rich, input);
    check_plain_text(input);
}

/// Runs `check`, and on a failure shrinks the input to a small one that
/// still fails, saves both and panics with them.
fn check_reporting(input: &str, label: &str) {
    let result = catch_unwind(AssertUnwindSafe(|| check(input)));
    let Err(panic) = result else {
        return;
    };
    let message = panic_message(&*panic);
    std::panic::set_hook(Box::new(|_| {}));
    let small = shrink(input);
    let _ = std::panic::take_hook();
    let small_message = match catch_unwind(AssertUnwindSafe(|| check(&small))) {
        Err(panic) => panic_message(&*panic),
        Ok(()) => String::new(),
    };
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/fuzz-failures");
    let _ = std::fs::create_dir_all(&dir);
    let file = dir.join(format!("{label}.md"));
    let _ = std::fs::write(&file, input);
    let _ = std::fs::write(dir.join(format!("{label}.small.md")), &small);
    panic!(
        "{label}: input {input:?} (saved to {}) fails:\n{message}\n\nshrunk to {small:?}:\n{small_message}",
        file.display()
    );
}

fn panic_message(panic: &(dyn std::any::Any + Send)) -> String {
    panic
        .downcast_ref::<String>()
        .cloned()
        .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
        .unwrap_or_default()
}

/// A smaller input that still fails: removes ever smaller runs of
/// characters while the check keeps failing.
fn shrink(input: &str) -> String {
    let fails = |s: &str| catch_unwind(AssertUnwindSafe(|| check(s))).is_err();
    let mut chars: Vec<char> = input.chars().collect();
    let mut size = chars.len().div_ceil(2).max(1);
    loop {
        let mut i = 0;
        while i < chars.len() {
            let mut candidate = chars.clone();
            candidate.drain(i..(i + size).min(chars.len()));
            let candidate_text: String = candidate.iter().collect();
            if fails(&candidate_text) {
                chars = candidate;
            } else {
                i += size;
            }
        }
        if size == 1 {
            return chars.into_iter().collect();
        }
        size /= 2;
    }
}

#[test]
fn regressions_found_by_fuzzing_stay_fixed() {
    for (i, input) in REGRESSIONS.iter().enumerate() {
        check_reporting(input, &format!("regression-{i}"));
    }
}

#[test]
fn fuzz_markdown_conversion() {
    let iterations: u64 = std::env::var("FUZZ_ITERATIONS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(2_000);
    let seed: u64 = std::env::var("FUZZ_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(0x5eed_1234);
    let mut corpus = example_corpus();
    assert!(corpus.len() > 50, "the example plan seeds the corpus");
    corpus.extend(HOSTILE.iter().map(|s| s.to_string()));
    corpus.extend(REGRESSIONS.iter().map(|s| s.to_string()));
    for input in &corpus {
        check_reporting(input, "seed");
    }
    let seeds = corpus.len();

    let mut rng = Rng(seed | 1);
    let started = std::time::Instant::now();
    for i in 0..iterations {
        let input = rng.pick(&corpus).clone();
        let other = rng.pick(&corpus).clone();
        let mutated = mutate(&mut rng, &input, &other);
        check_reporting(&mutated, &format!("seed-{seed}-iteration-{i}"));
        // Keep some mutants as new starting points, within bounds.
        if rng.below(8) == 0 {
            if corpus.len() < seeds + 2_000 {
                corpus.push(mutated);
            } else {
                let slot = seeds + rng.below(2_000);
                corpus[slot] = mutated;
            }
        }
        if (i + 1) % 100_000 == 0 {
            eprintln!("fuzz: {} inputs in {:.0?}", i + 1, started.elapsed());
        }
    }
    eprintln!(
        "fuzz: {iterations} inputs (seed {seed}) passed in {:.1?}",
        started.elapsed()
    );
}

/// Checks (and on failure shrinks) one saved input:
/// `FUZZ_INPUT=target/fuzz-failures/….md cargo test --test fuzz_markdown -- --ignored`
#[test]
#[ignore]
fn rerun_saved_input() {
    let path = std::env::var("FUZZ_INPUT").expect("FUZZ_INPUT names a file");
    let input = std::fs::read_to_string(path).expect("readable");
    check_reporting(&input, "rerun");
}
