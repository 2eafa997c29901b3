//! Unit tests of tables and footnotes: kept as such in prose, printed as written in cells, with a located note for what cannot be shown.

use super::*;
use crate::model::Align;

fn para(inlines: Vec<Inline>) -> Block {
    Block::Paragraph { inlines }
}

/// A footnote reference as the parser leaves it: numbered, unnamed.
fn note(label: &str, number: u32, blocks: Option<Vec<Block>>) -> Inline {
    Inline::Note {
        label: label.into(),
        number,
        anchor: String::new(),
        blocks,
    }
}

#[test]
fn a_table_keeps_its_cells_in_order_and_its_alignment() {
    let parsed = parse(
        "Före.\n\n| a | *b* | c | d |\n| :-- | :-: | --: | --- |\n| 1 | 2 | 3 | 4 |\n| 5 |\n",
    );
    assert_eq!(parsed.notes, vec![]);
    assert_eq!(
        parsed.rich.0,
        vec![
            para(vec![text("Före.")]),
            Block::Table {
                align: vec![Align::Left, Align::Center, Align::Right, Align::None],
                head: vec![
                    vec![text("a")],
                    vec![Inline::Emph {
                        inlines: vec![text("b")]
                    }],
                    vec![text("c")],
                    vec![text("d")],
                ],
                rows: vec![
                    vec![
                        vec![text("1")],
                        vec![text("2")],
                        vec![text("3")],
                        vec![text("4")]
                    ],
                    // A short row: the missing cells are empty, not lost.
                    vec![vec![text("5")], vec![], vec![], vec![]],
                ],
            },
        ]
    );
}

#[test]
fn hostile_cells_stay_literal_text() {
    let parsed =
        parse("| a | b | c |\n| - | - | - |\n| #read(\"/etc/passwd\") | <script> | x \\| y |");
    let Block::Table { rows, .. } = &parsed.rich.0[0] else {
        panic!("{:?}", parsed.rich);
    };
    assert_eq!(
        rows[0],
        vec![
            vec![text("#read(\"/etc/passwd\")")],
            vec![text("<script>")],
            vec![text("x | y")],
        ]
    );
    // Only the HTML tag is reported, as anywhere else.
    assert_eq!(parsed.notes.len(), 1, "{:?}", parsed.notes);
    assert!(parsed.notes[0].message.text.contains("<script>"));
}

#[test]
fn cells_beyond_the_header_are_reported_where_they_are_written() {
    assert_eq!(
        notes("| a | b |\n| - | - |\n| 1 | 2 | tre | fyra |\n| 3 | 4 |"),
        [
            "warning: raden har fler celler än tabellens rubrikrad (2): `tre | fyra` visas inte @ tre | fyra"
        ]
    );
}

#[test]
fn footnotes_are_numbered_as_first_referenced_with_their_text_there() {
    let parsed = parse("Ett[^b] två[^a] tre[^B].\n\n[^a]: A-text.\n[^b]: B *text*.\n\n    Mer.");
    assert_eq!(parsed.notes, vec![]);
    let b_text = vec![
        para(vec![
            text("B "),
            Inline::Emph {
                inlines: vec![text("text")],
            },
            text("."),
        ]),
        para(vec![text("Mer.")]),
    ];
    assert_eq!(
        parsed.rich.0,
        vec![para(vec![
            text("Ett"),
            note("b", 1, Some(b_text)),
            text(" två"),
            note("a", 2, Some(vec![para(vec![text("A-text.")])])),
            text(" tre"),
            // Labels match whatever their case; the text is at the first reference only.
            note("B", 1, None),
            text("."),
        ])]
    );
}

#[test]
fn a_reference_to_no_note_and_a_note_never_referred_to_are_reported_and_printed() {
    let md = "Se[^saknas] och \\[^inte].\n\n[^oanvänd]: Ingen hänvisar hit.\n";
    assert_eq!(
        notes(md),
        [
            "warning: hänvisningen `[^saknas]` går inte till någon fotnot: den skrivs ut som den står @ [^saknas]",
            "warning: fotnoten `[^oanvänd]` hänvisas aldrig till i texten: den skrivs ut som den står @ [^oanvänd]:",
        ]
    );
    assert_eq!(
        parse(md).rich.plain_text(),
        "Se[^saknas] och [^inte].\n[^oanvänd]: Ingen hänvisar hit."
    );
}

#[test]
fn a_reference_inside_a_note_and_a_second_definition_are_printed_as_written() {
    let md = "A[^1].\n\n[^1]: B[^2].\n[^2]: C.\n[^1]: Igen.";
    let parsed = parse(md);
    assert_eq!(
        parsed.rich.0[0],
        para(vec![
            text("A"),
            note("1", 1, Some(vec![para(vec![text("B[^2].")])])),
            text("."),
        ])
    );
    assert_eq!(
        parsed.rich.plain_text(),
        "A[1].\n[^1]: Igen.\n[^2]: C.",
        "nothing is lost"
    );
    let notes = notes(md);
    assert_eq!(notes.len(), 3, "{notes:?}");
    assert!(notes[0].contains("inne i en fotnot") && notes[0].ends_with("@ [^2]"));
    assert!(notes[1].contains("hänvisas aldrig") && notes[1].ends_with("@ [^2]:"));
    assert!(notes[2].contains("finns redan") && notes[2].ends_with("@ [^1]:"));
}

#[test]
fn in_a_table_cell_tables_and_footnotes_are_printed_as_written() {
    let parsed =
        parse_cell("Fotnot[^1].\n\n[^1]: Texten *här*.\n\n| a | b |\n| - | - |\n| 1 | 2 |");
    assert_eq!(
        parsed.rich.plain_text(),
        "Fotnot[^1].\n[^1]: Texten här.\na | b\n1 | 2"
    );
    let messages: Vec<String> = parsed
        .notes
        .iter()
        .map(|n| n.message.text.clone())
        .collect();
    assert_eq!(messages.len(), 3, "{messages:?}");
    assert!(messages[0].contains("`[^1]` skrivs ut"), "{messages:?}");
    assert!(messages[1].contains("`[^1]:` skrivs ut"), "{messages:?}");
    assert!(messages[2].contains("tabeller visas bara"), "{messages:?}");
    assert!(parsed.notes.iter().all(|n| !n.error));
}
