//! Unit tests of the Markdown parser.

use super::*;

fn parse_rich(markdown: &str) -> Rich {
    parse(markdown).rich
}

mod prose;

fn text(s: &str) -> Inline {
    Inline::text(s)
}

/// The notes as "warning|error: message @ quoted source".
fn notes(markdown: &str) -> Vec<String> {
    parse(markdown)
        .notes
        .iter()
        .map(|n| {
            format!(
                "{}: {} @ {}",
                if n.error { "error" } else { "warning" },
                n.message,
                &markdown[n.range.clone()]
            )
        })
        .collect()
}

#[test]
fn paragraphs_and_emphasis() {
    let parsed = parse("Ett *viktigt* mål.\nSamma stycke.\n\nNytt **stycke**.");
    assert_eq!(
        parsed.rich.0,
        vec![
            Block::Paragraph {
                inlines: vec![
                    text("Ett "),
                    Inline::Emph {
                        inlines: vec![text("viktigt")]
                    },
                    text(" mål. Samma stycke.")
                ]
            },
            Block::Paragraph {
                inlines: vec![
                    text("Nytt "),
                    Inline::Strong {
                        inlines: vec![text("stycke")]
                    },
                    text(".")
                ]
            },
        ]
    );
    assert_eq!(parsed.notes, vec![]);
}

#[test]
fn tight_lists_become_items_of_paragraphs() {
    let rich = parse_rich("- ett\n- två\n\n3. tre");
    assert_eq!(
        rich.0,
        vec![
            Block::List {
                start: None,
                items: vec![
                    vec![Block::Paragraph {
                        inlines: vec![text("ett")]
                    }],
                    vec![Block::Paragraph {
                        inlines: vec![text("två")]
                    }],
                ]
            },
            Block::List {
                start: Some(3),
                items: vec![vec![Block::Paragraph {
                    inlines: vec![text("tre")]
                }]]
            },
        ]
    );
}

#[test]
fn html_images_and_typst_syntax_stay_literal_text() {
    let rich = parse_rich("<b>x</b> ![logga](/etc/passwd) #read(\"/etc/passwd\") $x^2$ @ref");
    assert_eq!(
        rich.plain_text(),
        "<b>x</b> logga #read(\"/etc/passwd\") $x^2$ @ref"
    );
}

#[test]
fn escaped_markdown_characters_are_text() {
    assert_eq!(
        parse_rich(r"\*inte kursiv\* \# a \| b").plain_text(),
        "*inte kursiv* # a | b"
    );
}

#[test]
fn ordinary_text_has_no_notes() {
    for ok in [
        "Ett *viktigt* och **starkt** mål med `kod`.",
        "Se [planen](https://www.norrbotten.se/plan) eller <https://example.org>.",
        "Skriv till <lakemedel@example.org> eller [oss](mailto:lakemedel@example.org).",
        "- ett\n- två\n\n1. tre\n\n# Rubrik\n\nRad\\\nny rad",
        "```\nkod  med  mellanslag\n```",
        "a < b och c > d, 5 & 6",
        "| a | b |\n| --- | --- |\n| 1 | 2 |",
        "Fotnot[^1].\n\n[^1]: Text.",
    ] {
        assert_eq!(notes(ok), Vec::<String>::new(), "{ok}");
    }
}

#[test]
fn images_are_reported_and_print_their_description() {
    let parsed = parse("Se ![logga](bild.png) här");
    assert_eq!(parsed.rich.plain_text(), "Se logga här");
    assert_eq!(
        notes("Se ![logga](bild.png) här"),
        [
            "warning: bilden `![logga](bild.png)` visas inte: bara dess beskrivning \"logga\" skrivs ut @ ![logga](bild.png)"
        ]
    );
    assert_eq!(
        notes("![](bild.png)"),
        [
            "warning: bilden `![](bild.png)` visas inte, och den har ingen beskrivning som kan skrivas ut i stället @ ![](bild.png)"
        ]
    );
}

#[test]
fn horizontal_lines_are_reported() {
    assert_eq!(
        notes("Ett\n\n---\n\nTvå\n\n***"),
        [
            "warning: den vågräta linjen `---` visas inte @ ---\n",
            "warning: den vågräta linjen `***` visas inte @ ***"
        ]
    );
    assert_eq!(parse_rich("Ett\n\n---\n\nTvå").plain_text(), "Ett\nTvå");
}

#[test]
fn block_quotes_keep_their_text_and_are_reported_once() {
    let parsed = parse("> citat\n>\n> > inre");
    assert_eq!(parsed.rich.plain_text(), "citat\ninre");
    assert_eq!(
        notes("Före\n\n> citat\n> > inre"),
        [
            "warning: citatets ram visas inte: texten efter `>` skrivs ut som vanliga stycken @ > citat\n> > inre"
        ]
    );
}

#[test]
fn html_is_printed_literally_and_reported_once_per_paragraph() {
    assert_eq!(
        notes("Ett <b>fett</b> ord<br>\n\nNytt <i>stycke</i>"),
        [
            "warning: HTML tolkas inte: `<b>`, `</b>`, `<br>` skrivs ut som de står @ <b>fett</b> ord<br>",
            "warning: HTML tolkas inte: `<i>`, `</i>` skrivs ut som de står @ <i>stycke</i>"
        ]
    );
    assert_eq!(
        notes("<div>\nblock\n</div>"),
        [
            "warning: HTML tolkas inte: `<div> block </div>` skrivs ut som det står @ <div>\nblock\n</div>"
        ]
    );
    assert_eq!(
        parse_rich("<div>\nblock\n</div>").plain_text(),
        "<div>\nblock\n</div>"
    );
    assert!(parse("rad<br>").notes[0].hint.contains("omvänt snedstreck"));
}

#[test]
fn code_blocks_are_literal_text_and_indented_ones_are_reported() {
    let fenced = parse("```\nlet a = 1;\n  *b*\n```");
    assert_eq!(fenced.rich.plain_text(), "let a = 1;\n  *b*");
    assert_eq!(fenced.notes, vec![]);
    assert_eq!(
        notes("Stycke\n\n    kod *här*\n    mer"),
        [
            "warning: texten är indragen fyra mellanslag eller mer, så Markdown läser den som kod: den skrivs ut rad för rad som den står @     kod *här*\n    mer"
        ]
    );
    assert_eq!(
        parse_rich("Stycke\n\n    kod *här*\n      mer").plain_text(),
        "Stycke\nkod *här*\n  mer"
    );
}

#[test]
fn text_indented_as_a_whole_stays_a_paragraph() {
    let toml_like =
        "\n    Varje verksamhet ska ha *en* aktivitet\n    som bidrar.\n\n    - ett\n    - två\n  ";
    let parsed = parse(toml_like);
    assert_eq!(parsed.notes, vec![]);
    assert_eq!(
        parsed.rich.0[0],
        Block::Paragraph {
            inlines: vec![
                text("Varje verksamhet ska ha "),
                Inline::Emph {
                    inlines: vec![text("en")]
                },
                text(" aktivitet som bidrar.")
            ]
        }
    );
    assert!(matches!(parsed.rich.0[1], Block::List { start: None, .. }));
    // Tabs too, and more indentation than the rest is still code.
    let parsed = parse("\tEtt\n\n\t    kod");
    assert_eq!(parsed.rich.plain_text(), "Ett\nkod");
    assert_eq!(parsed.notes.len(), 1);
    assert_eq!(
        &"\tEtt\n\n\t    kod"[parsed.notes[0].range.clone()],
        "    kod"
    );
}

#[test]
fn note_ranges_point_into_the_text_as_written() {
    let src = "    Ett ![bild](x.png) och\n      <b>fet</b> text\n";
    let notes = parse(src).notes;
    let quoted: Vec<&str> = notes.iter().map(|n| &src[n.range.clone()]).collect();
    assert_eq!(quoted, ["![bild](x.png)", "<b>fet</b>"]);
    let src = "Rad ett\r\n  ![a](b)\r\n";
    let notes = parse(src).notes;
    assert_eq!(&src[notes[0].range.clone()], "![a](b)");
}

#[test]
fn links_must_go_to_web_or_mail_addresses() {
    let error = |md: &str| {
        let parsed = parse(md);
        let errors: Vec<String> = parsed
            .notes
            .iter()
            .filter(|n| n.error)
            .map(|n| format!("{} @ {}", n.message, &md[n.range.clone()]))
            .collect();
        assert!(
            !parsed.rich.plain_text().is_empty(),
            "the link text is kept: {md}"
        );
        assert!(
            !format!("{:?}", parsed.rich).contains("Link"),
            "no link is kept: {md}"
        );
        errors
    };
    assert_eq!(
        error("Se [länk]() här"),
        ["länken `[länk]()` saknar adress @ [länk]()"]
    );
    assert_eq!(
        error("[x](javascript:alert(1))"),
        [
            "länken `[x](javascript:alert(1))` går till `javascript:alert(1)`, och adresser som börjar med `javascript:` är inte tillåtna @ [x](javascript:alert(1))"
        ]
    );
    assert_eq!(
        error("[x](JavaScript:alert)"),
        [
            "länken `[x](JavaScript:alert)` går till `JavaScript:alert`, och adresser som börjar med `JavaScript:` är inte tillåtna @ [x](JavaScript:alert)"
        ]
    );
    assert_eq!(
        error("[bild](data:text/html,hej) [f](file:///etc/passwd) [v](vbscript:x)").len(),
        3
    );
    assert_eq!(
        error("[plan](plan.pdf)"),
        [
            "länken `[plan](plan.pdf)` går till `plan.pdf`, en relativ adress, som inte leder någonstans från PDF:en eller Markdown-filen @ [plan](plan.pdf)"
        ]
    );
    assert_eq!(
        error("[mål](#mal)"),
        [
            "hänvisningen `[mål](#mal)` har en egen text, som inte ändras när aktivitetens nummer ändras @ [mål](#mal)"
        ]
    );
    assert_eq!(
        error("<javascript:alert(1)>"),
        [
            "länken `<javascript:alert(1)>` går till `javascript:alert(1)`, och adresser som börjar med `javascript:` är inte tillåtna @ <javascript:alert(1)>"
        ]
    );
    assert_eq!(
        error("Se [här][r].\n\n[r]: javascript:alert(1)"),
        [
            "länken `[här][r]` (enligt sin referensdefinition) går till `javascript:alert(1)`, och adresser som börjar med `javascript:` är inte tillåtna @ [här][r]"
        ]
    );
    assert_eq!(error("[här]\n\n[här]: vbscript:x").len(), 1);
    assert_eq!(error("[x](https://)").len(), 1);
    let hint = &parse("[x](plan.pdf)").notes[0].hint;
    assert!(hint.contains("https://"), "{hint}");
}

#[test]
fn unused_link_definitions_are_reported() {
    assert_eq!(
        notes("Text.\n\n[källa]: https://example.org/källa\n[Oanvänd]: https://example.org"),
        [
            "warning: länkdefinitionen `[källa]: https://example.org/källa` används inte av någon länk och visas därför inte @ [källa]: https://example.org/källa",
            "warning: länkdefinitionen `[Oanvänd]: https://example.org` används inte av någon länk och visas därför inte @ [Oanvänd]: https://example.org",
        ]
    );
    assert_eq!(
        notes(
            "Se [här][ANVÄND  KÄLLA], [kort] och ![bild][b].\n\n[använd källa]: https://example.org\n[kort]: https://example.org/k\n[b]: https://example.org/b.png"
        ),
        [
            "warning: bilden `![bild][b]` visas inte: bara dess beskrivning \"bild\" skrivs ut @ ![bild][b]"
        ]
    );
}

#[test]
fn allowed_links_are_kept() {
    let rich = parse_rich(
        "[a](https://example.org/a) [b](HTTP://example.org) <mailto:x@example.org> <x@example.org> [](https://example.org/tom)",
    );
    let urls: Vec<String> = match &rich.0[0] {
        Block::Paragraph { inlines } => inlines
            .iter()
            .filter_map(|i| match i {
                Inline::Link { url, .. } => Some(url.clone()),
                _ => None,
            })
            .collect(),
        _ => panic!("a paragraph"),
    };
    assert_eq!(
        urls,
        [
            "https://example.org/a",
            "HTTP://example.org",
            "mailto:x@example.org",
            "mailto:x@example.org",
            "https://example.org/tom"
        ]
    );
    assert_eq!(
        rich.plain_text(),
        "a b mailto:x@example.org x@example.org https://example.org/tom"
    );
}

#[test]
fn deep_nesting_is_flattened_and_reported_once() {
    let md = format!("{}djupt", "- ".repeat(40));
    let parsed = parse(&md);
    assert!(parsed.rich.plain_text().contains("djupt"));
    let deep: Vec<_> = parsed
        .notes
        .iter()
        .filter(|n| n.message.text.contains("nivåer djupt"))
        .collect();
    assert_eq!(deep.len(), 1);
    let many = parse(&"<b> ![a](b) ".repeat(200).replace("<b>", "\n\n<b>"));
    assert_eq!(many.notes.len(), MAX_NOTES);
    assert!(
        many.notes[MAX_NOTES - 1]
            .message
            .text
            .contains("anmärkningar till")
    );
}

#[test]
fn references_to_activities_are_read_with_their_place() {
    let src = "Se även punkt [](#beredskapslager) och *[](#samverkan-2)*.";
    let parsed = parse(src);
    assert_eq!(parsed.notes, vec![]);
    let places: Vec<(&str, &str)> = parsed
        .references
        .iter()
        .map(|(id, range)| (id.as_str(), &src[range.clone()]))
        .collect();
    assert_eq!(
        places,
        [
            ("beredskapslager", "[](#beredskapslager)"),
            ("samverkan-2", "[](#samverkan-2)")
        ]
    );
    let Block::Paragraph { inlines } = &parsed.rich.0[0] else {
        panic!("a paragraph")
    };
    assert!(matches!(&inlines[1], Inline::Ref { id, .. } if id == "beredskapslager"));
}

#[test]
fn a_reference_with_text_or_a_bad_id_is_an_error_that_keeps_the_text() {
    for (src, message) in [
        ("[punkt 1.4](#beredskapslager)", "har en egen text"),
        ("[](#Beredskapslager)", "är inget aktivitets-id"),
        ("[](#)", "är inget aktivitets-id"),
    ] {
        let parsed = parse(src);
        assert!(parsed.references.is_empty(), "{src}");
        assert_eq!(parsed.notes.len(), 1, "{src}");
        assert!(parsed.notes[0].error, "{src}");
        assert!(
            parsed.notes[0].message.text.contains(message),
            "{src}: {:?}",
            parsed.notes
        );
    }
}

#[test]
fn a_heading_goes_at_most_one_level_below_the_heading_before_it() {
    let depths = |markdown: &str| -> Vec<(u8, u8)> {
        let mut out = Vec::new();
        let mut walk = vec![parse_rich(markdown).0];
        while let Some(blocks) = walk.pop() {
            for block in blocks {
                match block {
                    Block::Heading { level, depth, .. } => out.push((level, depth)),
                    Block::List { items, .. } => walk.extend(items),
                    Block::Paragraph { .. } | Block::Table { .. } => {}
                }
            }
        }
        out
    };
    // Written deepest first: the first heading is still one level below.
    assert_eq!(
        depths("#### Djupt\n\nText.\n\n# Högt\n\n### Under\n"),
        [(4, 1), (1, 1), (3, 2)]
    );
    assert_eq!(
        depths("### a\n\n#### b\n\n# c\n\n### d\n"),
        [(3, 1), (4, 2), (1, 1), (3, 2)]
    );
    assert_eq!(depths("## a\n\n- ### b\n"), [(2, 1), (3, 2)]);
}
