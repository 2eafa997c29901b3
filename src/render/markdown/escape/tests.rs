//! Unit tests of the Markdown filters.

use super::*;

fn md(markdown: &str) -> Rich {
    crate::load::parse_markdown(markdown).rich
}

#[test]
fn special_characters_are_escaped() {
    assert_eq!(text("a | b"), r"a \| b");
    assert_eq!(text("#read(\"x\")"), "\\#read(\"x\")");
    assert_eq!(
        text("$x^2$ @ref *a* _b_ <b> [l](u) `c` \\"),
        r"\$x^2\$ \@ref \*a\* \_b\_ \<b\> \[l\](u) \`c\` \\"
    );
    assert_eq!(text("1. inte en lista"), r"1\. inte en lista");
    assert_eq!(text("- inte en lista"), r"\- inte en lista");
    assert_eq!(text("2020-2023"), "2020-2023");
    assert_eq!(text("&amp; &#42;"), r"\&amp; \&\#42;");
}

#[test]
fn addresses_in_plain_text_do_not_become_links() {
    assert_eq!(text("<https://example.org>"), r"\<https\://example.org\>");
    assert_eq!(
        text("Se https://example.org och www.example.org"),
        r"Se https\://example.org och www\.example.org"
    );
    assert_eq!(text("Tid: kl 10:30"), "Tid: kl 10:30");
    assert_eq!(text(":+1: bra"), r"\:+1: bra");
}

#[test]
fn line_breaks_never_reach_the_output_raw() {
    assert_eq!(text("Tid\r\nmer\rsist\n"), "Tid<br>mer<br>sist");
    let rich = Rich(vec![Block::Paragraph {
        inlines: vec![Inline::text("a\r\nb\rc")],
    }]);
    assert_eq!(cell(&rich), "a<br>b<br>c");
    assert_eq!(blocks(&rich.0, ""), "a\\\nb\\\nc");
}

#[test]
fn leading_and_trailing_spaces_are_kept_as_references() {
    let rich = Rich(vec![Block::Paragraph {
        inlines: vec![Inline::text("    kod\n 1. inte lista ")],
    }]);
    assert_eq!(
        blocks(&rich.0, ""),
        "&#32;&#32;&#32;&#32;kod\\\n&#32;1. inte lista&#32;"
    );
    assert_eq!(
        cell(&rich),
        "&#32;&#32;&#32;&#32;kod<br>&#32;1. inte lista&#32;"
    );
}

#[test]
fn formatted_text_keeps_its_formatting() {
    let rich = md("Ett *viktigt* och **starkt** [mål](<https://example.org/a b>).");
    assert_eq!(
        cell(&rich),
        "Ett *viktigt* och **starkt** [mål](https://example.org/a%20b)."
    );
}

#[test]
fn addresses_keep_their_characters() {
    let link = |url: &str| {
        Rich(vec![Block::Paragraph {
            inlines: vec![Inline::Link {
                url: url.to_owned(),
                inlines: vec![Inline::text("l")],
            }],
        }])
    };
    assert_eq!(
        cell(&link("https://x.se/?a=1&amp;b=(2) |")),
        r"[l](https://x.se/?a=1&amp;amp;b=\(2\)%20\|)"
    );
}

#[test]
fn links_that_are_not_allowed_are_written_as_text() {
    let rich = Rich(vec![Block::Paragraph {
        inlines: vec![Inline::Link {
            url: "javascript:alert(1)".to_owned(),
            inlines: vec![Inline::text("klicka")],
        }],
    }]);
    assert_eq!(cell(&rich), "klicka");
    assert_eq!(blocks(&rich.0, ""), "klicka");
}

#[test]
fn emphasis_that_would_not_read_back_is_left_out() {
    // `*(b)*c` is not emphasis in Markdown: the text must still read back.
    let rich = Rich(vec![Block::Paragraph {
        inlines: vec![
            Inline::text("a"),
            Inline::Emph {
                inlines: vec![Inline::text("(b)")],
            },
            Inline::text("c"),
        ],
    }]);
    assert_eq!(cell(&rich), "a(b)c");
    // Spaces at the edges of emphasis move outside it.
    let rich = Rich(vec![Block::Paragraph {
        inlines: vec![
            Inline::text("a"),
            Inline::Strong {
                inlines: vec![Inline::text(" b ")],
            },
            Inline::text("c"),
        ],
    }]);
    assert_eq!(cell(&rich), "a **b** c");
    // Without the emphasis, its text joins its neighbours' and is
    // escaped as one: no web address appears.
    let rich = Rich(vec![Block::Paragraph {
        inlines: vec![
            Inline::text("https:"),
            Inline::Emph {
                inlines: vec![Inline::text("//x.org)")],
            },
            Inline::text("c"),
        ],
    }]);
    assert_eq!(cell(&rich), r"https\://x.org)c");
}

#[test]
fn lists_in_cells_stay_on_one_line() {
    let rich = md("Först:\n\n- ett\n- två");
    assert_eq!(cell(&rich), "Först:<br>• ett<br>• två");
    assert_eq!(blocks(&rich.0, ""), "Först:\n\n- ett\n- två");
}

#[test]
fn code_gets_a_longer_fence_and_pipes_are_escaped_only_in_tables() {
    let code = |s: &str| {
        Rich(vec![Block::Paragraph {
            inlines: vec![Inline::Code { text: s.to_owned() }],
        }])
    };
    assert_eq!(cell(&code("a`b")), "``a`b``");
    assert_eq!(cell(&code("a|b")), r"`a\|b`");
    assert_eq!(blocks(&code("a|b").0, ""), "`a|b`");
    assert_eq!(cell(&code(" a ")), "`  a  `");
    assert_eq!(cell(&code(" \t ")), "`  \t  `");
    assert_eq!(cell(&code("  ")), "`  `");
    // A backslash before a pipe cannot be code in a table.
    assert_eq!(cell(&code(r"a\|b")), r"a\\\|b");
    assert_eq!(cell(&code(r"a\\|b")), r"`a\\\|b`");
}

#[test]
fn a_table_is_a_pipe_table_with_its_alignment_row() {
    assert_eq!(
        blocks(&md("| a | `x\\|y` |\n| :-: | --: |\n| b \\| c |").0, ""),
        "| a | `x\\|y` |\n| :---: | ---: |\n| b \\| c |  |"
    );
}

#[test]
fn footnotes_are_defined_after_the_text_their_later_paragraphs_indented() {
    assert_eq!(
        blocks(
            &md("A[^x] b[^y] c[^x].\n\n[^y]: Två.\n[^x]: *Ett*.\n\n    Mer.").0,
            ""
        ),
        "A[^1] b[^2] c[^1].\n\n[^1]: *Ett*.\n\n    Mer.\n\n[^2]: Två."
    );
}
