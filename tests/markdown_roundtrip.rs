//! The Markdown output reads back as written: what GitHub shows (comrak with
//! the GFM extensions) is exactly the plan's text.
//!
//! Normalisation, precisely: line endings (CRLF, CR) count as LF; a line
//! break shows as a newline (written `<br>` in headings and cells, a hard
//! break in paragraphs); NUL, which Markdown cannot show, shows as U+FFFD;
//! `text` (headings, column headings, metadata) drops the whitespace around
//! the whole string. Nothing else changes: spaces at the start or end of a
//! line, several spaces in a row, tabs, `&amp;`, backslashes, `|`, `<`, URLs
//! all show as written. E-mail addresses in text stay the same characters
//! but GitHub links them (mailto:); no other text becomes a link.

mod common;

use common::example_dir;
use common::markdown::{GfmBlock, gfm};
use common::readback::{
    assert_links_allowed, body_texts, cell_text, check_plain_text, check_rich, footnote_texts,
    normalised,
};
use handlingsplan::document::Document;
use handlingsplan::load::parse_markdown;
use handlingsplan::model::{Block, Inline, Rich};
use proptest::prelude::*;

#[test]
fn known_hostile_plain_text_reads_back() {
    for s in [
        "<https://example.org/a?b=1&c=2>",
        "Se https://example.org och www.example.org eller WWW.EXAMPLE.ORG.",
        "ftp://example.org http://x.se/(a)",
        "Rubrik\r\nmed\rradbrytningar\n",
        "    indragen kod\n  1. inte en lista\n\t# inte en rubrik",
        "&amp; &#42; &copy &#x41;",
        "C:\\temp\\ \\| \\\\ a\\",
        "`kod | med rör` och ``dubbla``",
        "*a* _b_ **c** __d__ ~~e~~ $x$ @anna :+1:",
        "1. ett\n2) två\n- tre\n+ fyra\n* fem\n> citat\n---\n===\n***",
        "| a | b |\n| --- | --- |",
        "[länk](javascript:alert(1)) <javascript:alert(1)> ![bild](x.png)",
        "<b>fet</b> <br> <!-- kommentar --> <script>alert(1)</script>",
        "lakemedel@example.org och xmpp:anna@example.org",
        "- [ ] uppgift\n[^1]\n\n[^1]: fotnot",
        "  två mellanslag  \n  och  fler  ",
        "a\u{0}b\u{b}c\u{c}d",
        "\u{a0}hårt mellanslag\u{a0}",
        "äåö ÄÅÖ 😀 \u{200b} \u{2028} \u{feff}",
    ] {
        check_plain_text(s);
    }
}

#[test]
fn known_formatted_text_reads_back() {
    for md in [
        "Ett *viktigt* och **starkt** mål med `kod | rör` och [länk](https://example.org/a_b*c).",
        "Först:\n\n- ett\n- två *kursiv*\n\n3. tre\n4. fyra",
        "Rad ett\\\nrad två  \nrad tre",
        "# Rubrik\n\n## Underrubrik med `kod`",
        "```\n    indragen\n| rör |\n```",
        "*(a)*b och a**(b)**c och *a **b** c*",
        "`` ` `` och ` `` ` och `a\\|b` och `\\\\|`",
        "<https://example.org> <anna@example.org> [tom]()",
        "&#32;*&#32;a&#32;*&#32;",
        "- a\n\n  b\n\n  - c\n\n    d",
        "> citat *med* kursiv",
        "Text<br>med<br/>html",
        "| a | *b* | c |\n| :-- | :-: | --: |\n| 1 | `x \\| y` | 3 |\n| 2 |",
        "| #read(\"/etc/passwd\") | <script> | a \\| b |\n| - | - | - |\n| \\[^1] | [^x] | |",
        "Text[^1] och[^b] igen[^1].\n\n[^1]: Not *ett* [här](https://example.org).\n[^b]: Not två.\n\n    Andra stycket.",
        "| a |\n| - |\n| not[^n] |\n\n[^n]: I en cell.",
    ] {
        check_rich(&parse_markdown(md).rich, md);
    }
}

/// Text built by hand, as the document layer builds it (emphasis around
/// paragraphs, bold years), including shapes Markdown itself never makes.
#[test]
fn unusual_trees_read_back() {
    let t = Inline::text;
    let emph = |inlines: Vec<Inline>| Inline::Emph { inlines };
    let strong = |inlines: Vec<Inline>| Inline::Strong { inlines };
    let trees = [
        vec![t("a"), emph(vec![t("(b)")]), t("c")],
        vec![emph(vec![t("a")]), emph(vec![t("b")])],
        vec![strong(vec![emph(vec![t("a")]), t(" b")])],
        vec![emph(vec![])],
        vec![emph(vec![t("  ")])],
        vec![emph(vec![Inline::LineBreak, t("a"), Inline::LineBreak])],
        vec![Inline::LineBreak],
        vec![Inline::LineBreak, Inline::LineBreak, t("a")],
        vec![t("a"), Inline::LineBreak],
        vec![t("a\n"), Inline::LineBreak, t("\nb")],
        vec![Inline::Code {
            text: "rad\nbrytning".to_owned(),
        }],
        vec![Inline::Code {
            text: "  ".to_owned(),
        }],
        vec![Inline::Code {
            text: String::new(),
        }],
        vec![
            Inline::Code {
                text: "a".to_owned(),
            },
            Inline::Code {
                text: "`b".to_owned(),
            },
        ],
        vec![Inline::Link {
            url: "https://example.org/(x) y".to_owned(),
            inlines: vec![
                t("länk "),
                Inline::Link {
                    url: "https://inre.example.org".to_owned(),
                    inlines: vec![t("inre")],
                },
            ],
        }],
        vec![Inline::Link {
            url: "JavaScript:alert(1)".to_owned(),
            inlines: vec![t("farlig")],
        }],
        vec![Inline::Link {
            url: "https://example.org".to_owned(),
            inlines: vec![],
        }],
        vec![strong(vec![t("2022:")]), t(" "), emph(vec![t("text.")])],
        // Emphasis that cannot be written: its text must not join its
        // neighbours' into a web address.
        vec![t("https:"), emph(vec![t("//x.org)")]), t("c")],
        vec![t("www"), emph(vec![t(".x.org)")]), t("c")],
        vec![
            t("se "),
            Inline::Link {
                url: "javascript:x".to_owned(),
                inlines: vec![t("www")],
            },
            t(".x.org"),
        ],
    ];
    for inlines in trees {
        let rich = Rich(vec![Block::Paragraph { inlines }]);
        check_rich(&rich, &format!("{rich:?}"));
    }
    let headings = Rich(vec![
        Block::Heading {
            level: 1,
            depth: 1,
            inlines: vec![t("a\nb"), emph(vec![t("c")])],
        },
        Block::Heading {
            level: 6,
            depth: 2,
            inlines: vec![],
        },
        Block::List {
            start: Some(999_999_998),
            items: vec![vec![], vec![], vec![]],
        },
        Block::List {
            start: None,
            items: vec![vec![Block::Heading {
                level: 2,
                depth: 1,
                inlines: vec![t("#")],
            }]],
        },
    ]);
    check_rich(&headings, "headings");
}

/// The bundled example: every heading, paragraph and cell of the Markdown
/// shows exactly the plan's text, in the template's order.
#[test]
fn the_example_reads_back_exactly() {
    let loaded = handlingsplan::load::load(&example_dir()).expect("example loads");
    let doc = Document::new(&loaded);
    let built = common::render_plan(&example_dir(), None).expect("example renders");
    let read = gfm(&built.markdown);
    // Links within the document: each activity's goal line links to its
    // goals, the goals' overview to the activities that serve them. Only
    // those, in order, and each to an anchor the Markdown writes; all
    // other links lead to the web.
    let (internal, web): (Vec<String>, Vec<String>) =
        (read.links.iter().cloned()).partition(|l| l.starts_with('#'));
    assert_links_allowed(&web, &built.markdown);
    let mut anchors = Vec::new();
    for area in &doc.areas {
        for cell in area.activities.iter().flat_map(|a| a.rows.iter().flatten()) {
            anchors.extend(ref_anchors(&cell.body.0));
        }
    }
    for goal in &doc.goals.goals {
        anchors.extend(ref_anchors(&goal.body.0));
    }
    let links: Vec<String> = anchors.iter().map(|a| format!("#{a}")).collect();
    assert_eq!(internal, links);
    for anchor in &anchors {
        let target = format!("<a id=\"{anchor}\"></a>");
        assert!(built.markdown.contains(&target), "no {target}");
    }

    let heading = |level: u8, s: &str| GfmBlock::Heading(level, normalised(s).trim().to_owned());
    let mut expected = vec![heading(1, &doc.title)];
    let metadata = || {
        let mut rows = vec![vec!["Uppgift".to_owned(), "Värde".to_owned()]];
        for row in &doc.metadata.rows {
            rows.push(vec![
                normalised(&row.label).trim().to_owned(),
                normalised(&row.value).trim().to_owned(),
            ]);
        }
        GfmBlock::Table(rows)
    };
    if doc.metadata.placement == "top" && !doc.metadata.rows.is_empty() {
        expected.push(metadata());
    }
    // GitHub lists all footnotes at the end.
    let mut notes = Vec::new();
    for s in &doc.sections_before {
        expected.push(heading(2, &s.heading));
        expected.extend(body_texts(&s.body.0));
        notes.extend(footnote_texts(&s.body.0));
    }
    if let Some(activities) = &doc.activities_heading {
        expected.push(heading(2, activities));
    }
    for area in &doc.areas {
        let number = area
            .number
            .as_ref()
            .map(|n| format!("{n} "))
            .unwrap_or_default();
        let level = doc.area_level + 1;
        expected.push(heading(level, &format!("{number}{}", area.title.trim())));
        if let Some(intro) = &area.intro {
            expected.extend(body_texts(&intro.0));
            notes.extend(footnote_texts(&intro.0));
        }
        let mut rows = vec![
            area.columns
                .iter()
                .map(|c| normalised(&c.heading).trim().to_owned())
                .collect::<Vec<_>>(),
        ];
        for activity in &area.activities {
            for row in &activity.rows {
                rows.push(
                    (0..area.columns.len())
                        .map(|column| match row.iter().find(|c| c.column == column) {
                            Some(c) => {
                                let label = c
                                    .label
                                    .as_ref()
                                    .map(|l| format!("{l} "))
                                    .unwrap_or_default();
                                format!("{label}{}", cell_text(&c.body))
                            }
                            None => String::new(),
                        })
                        .collect(),
                );
            }
        }
        expected.push(GfmBlock::Table(rows));
    }
    // The goals' overview after the areas: each goal a level below its
    // heading, a sub-goal one more.
    if !doc.goals.goals.is_empty() {
        expected.push(heading(2, &doc.goals.heading));
    }
    for goal in &doc.goals.goals {
        expected.push(heading(if goal.sub { 4 } else { 3 }, &goal.heading));
        expected.extend(body_texts(&goal.body.0));
        notes.extend(footnote_texts(&goal.body.0));
        expected.extend(body_texts(&goal.indicators.0));
    }
    for s in &doc.sections_after {
        expected.push(heading(2, &s.heading));
        expected.extend(body_texts(&s.body.0));
        notes.extend(footnote_texts(&s.body.0));
    }
    if doc.metadata.placement == "end" && !doc.metadata.rows.is_empty() {
        expected.push(heading(2, &doc.metadata.heading));
        expected.push(metadata());
    }
    for s in &doc.appendices {
        expected.push(heading(2, &s.heading));
        expected.extend(body_texts(&s.body.0));
        notes.extend(footnote_texts(&s.body.0));
    }
    // The glossary last: its heading and a table of abbreviations.
    if !doc.glossary.entries.is_empty() {
        expected.push(heading(2, &doc.glossary.heading));
        let mut rows = vec![doc.glossary.columns.to_vec()];
        rows.extend(
            (doc.glossary.entries.iter())
                .map(|e| vec![normalised(&e.short), normalised(&e.explanation)]),
        );
        expected.push(GfmBlock::Table(rows));
    }
    expected.extend(notes);
    assert_eq!(read.blocks.len(), expected.len(), "{:#?}", read.blocks);
    for (got, want) in read.blocks.iter().zip(&expected) {
        assert_eq!(got, want);
    }
}

/// The anchors that the references in `blocks` link to, in order.
fn ref_anchors(blocks: &[Block]) -> Vec<String> {
    let mut out = Vec::new();
    handlingsplan::model::visit_inlines(blocks, &mut |inline| {
        if let Inline::Ref { anchor, .. } = inline {
            out.push(anchor.clone());
        }
    });
    out
}

/// Pieces that mean something in Markdown, HTML or GitHub, and plain letters.
fn hostile_piece() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => any::<char>().prop_map(String::from),
        3 => "[a-zåäö ]{1,6}",
        1 => Just("|".to_owned()),
        1 => Just("\\".to_owned()),
        1 => Just("\r\n".to_owned()),
        1 => Just("\r".to_owned()),
        1 => Just("\n".to_owned()),
        1 => Just("    ".to_owned()),
        1 => Just(" ".to_owned()),
        1 => Just("\t".to_owned()),
        1 => Just("<".to_owned()),
        1 => Just(">".to_owned()),
        1 => Just("&amp;".to_owned()),
        1 => Just("&".to_owned()),
        1 => Just("`".to_owned()),
        1 => Just("*".to_owned()),
        1 => Just("_".to_owned()),
        1 => Just("#".to_owned()),
        1 => Just("~".to_owned()),
        1 => Just("[".to_owned()),
        1 => Just("](".to_owned()),
        1 => Just("!".to_owned()),
        1 => Just(":".to_owned()),
        1 => "[0-9]{1,3}[.)]",
        1 => Just("https://example.org/".to_owned()),
        1 => Just("www.example.org".to_owned()),
        1 => Just("javascript:alert(1)".to_owned()),
        1 => Just("a@example.org".to_owned()),
        1 => Just("<br>".to_owned()),
        1 => Just("---".to_owned()),
        1 => Just("$".to_owned()),
        1 => Just("\u{0}".to_owned()),
    ]
}

fn hostile_string() -> impl Strategy<Value = String> {
    prop::collection::vec(hostile_piece(), 0..16).prop_map(|pieces| pieces.concat())
}

/// Markdown from a small grammar: emphasis, strong, code with backticks and
/// pipes, links to http(s) addresses, lists, headings, paragraphs.
fn markdown_doc() -> impl Strategy<Value = String> {
    let word = prop_oneof![
        4 => "[a-zåäö]{1,8}",
        1 => "[.,:;!?()'\"/-]",
        1 => Just("|".to_owned()),
        1 => Just("\\|".to_owned()),
        1 => Just("&amp;".to_owned()),
        1 => "[0-9]{1,4}",
    ];
    let code = prop::collection::vec(
        prop_oneof![
            3 => "[a-z ]{1,5}",
            1 => Just("|".to_owned()),
            1 => Just("`".to_owned()),
            1 => Just("\\".to_owned()),
            1 => Just("``".to_owned()),
        ],
        1..5,
    )
    .prop_map(|parts| {
        let code = parts.concat();
        let longest = code.split(|c| c != '`').map(str::len).max().unwrap_or(0);
        let fence = "`".repeat(longest + 1);
        format!("{fence} {code} {fence}")
    });
    let url = "https?://[a-z]{1,8}\\.(se|org)(/[a-z_()]{0,6}){0,2}";
    let leaf = prop_oneof![
        6 => word.clone(),
        1 => code,
        1 => (prop::collection::vec(word.clone(), 1..3), url)
            .prop_map(|(w, u)| format!("[{}]({u})", w.join(" "))),
        1 => Just("\\\n".to_owned()),
    ];
    let inline = leaf.prop_recursive(3, 12, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 1..4).prop_map(|v| format!("*{}*", v.join(" "))),
            prop::collection::vec(inner.clone(), 1..4).prop_map(|v| format!("**{}**", v.join(" "))),
            prop::collection::vec(inner, 1..4).prop_map(|v| v.join(" ")),
        ]
    });
    let line = prop::collection::vec(inline, 1..6).prop_map(|v| v.join(" "));
    let block = prop_oneof![
        4 => line.clone(),
        1 => (1..4usize, line.clone()).prop_map(|(n, l)| format!("{} {l}", "#".repeat(n))),
        1 => prop::collection::vec(line.clone(), 1..4)
            .prop_map(|items| items.iter().map(|i| format!("- {i}")).collect::<Vec<_>>().join("\n")),
        1 => (1..20u32, prop::collection::vec(line, 1..4)).prop_map(|(start, items)| {
            items
                .iter()
                .enumerate()
                .map(|(i, item)| format!("{}. {item}", start as usize + i))
                .collect::<Vec<_>>()
                .join("\n")
        }),
    ];
    prop::collection::vec(block, 1..4).prop_map(|blocks| blocks.join("\n\n"))
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 1000,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn any_plain_text_reads_back(s in hostile_string()) {
        check_plain_text(&s);
    }

    #[test]
    fn any_unicode_reads_back(s in "\\PC{0,40}") {
        check_plain_text(&s);
    }

    #[test]
    fn generated_markdown_reads_back(md in markdown_doc()) {
        let parsed = parse_markdown(&md);
        prop_assert!(parsed.notes.iter().all(|n| !n.error), "{:?}", parsed.notes);
        check_rich(&parsed.rich, &md);
    }
}
