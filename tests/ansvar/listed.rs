//! What a body's view lists, read back from each output: the terminal's lines, the Markdown's tables and the HTML's rows.

use std::collections::BTreeSet;

use super::Place;

/// A view's two lists, as places with the start of the text shown.
#[derive(Debug, Default)]
pub struct Listed {
    pub responsible: Vec<(Place, String)>,
    pub reported_to: Vec<(Place, String)>,
}

impl Listed {
    pub fn places(list: &[(Place, String)]) -> BTreeSet<Place> {
        list.iter().map(|(p, _)| p.clone()).collect()
    }
}

/// The terminal's lists: "Ansvarig för (…)", area headings indented by
/// two spaces, activities by four ("    3. Text …").
pub fn terminal_lists(stdout: &str) -> Listed {
    let mut listed = Listed::default();
    let (mut list, mut area) = (None, String::new());
    for line in stdout.lines() {
        if line.starts_with("Ansvarig för (") {
            list = Some(&mut listed.responsible);
        } else if line.starts_with("Rapporteras till (") {
            list = Some(&mut listed.reported_to);
        } else if line.starts_with("       ") {
            // The tid and status line under an activity.
        } else if let Some(row) = line.strip_prefix("    ") {
            let (label, text) = row.split_once(' ').unwrap();
            let list = list.as_mut().expect("rows under a list");
            list.push(((area.clone(), label.to_owned()), text.to_owned()));
        } else if let Some(heading) = line.strip_prefix("  ") {
            area = heading.to_owned();
        }
    }
    listed
}

/// The Markdown's lists: "## Ansvarig för", "### Area", rows "| 3\. | Text | …".
pub fn markdown_lists(markdown: &str) -> Listed {
    let mut listed = Listed::default();
    let (mut list, mut area) = (None, String::new());
    for line in markdown.lines() {
        if line == "## Ansvarig för" {
            list = Some(&mut listed.responsible);
        } else if line == "## Rapporteras till" {
            list = Some(&mut listed.reported_to);
        } else if let Some(heading) = line.strip_prefix("### ") {
            area = heading.replace('\\', "");
        } else if line.starts_with("| ") && !line.starts_with("| Nr ") && !line.starts_with("| --")
        {
            let cells: Vec<String> = line.split(" | ").map(|c| c.replace('\\', "")).collect();
            let list = list.as_mut().expect("rows under a list");
            let label = cells[0].trim_start_matches("| ").to_owned();
            list.push(((area.clone(), label), cells[1].clone()));
        }
    }
    listed
}

/// The HTML's lists: `<section aria-labelledby="ansvarig">`, `<h3>`, rows
/// `<tr><th scope="row">3.</th><td>Text</td>…`.
pub fn html_lists(html: &str) -> Listed {
    let mut listed = Listed::default();
    let (mut list, mut area) = (None, String::new());
    let inner = |line: &str, open: &str| {
        let from = line.find(open).map(|at| at + open.len())?;
        let rest = &line[from..];
        let rest = &rest[rest.find('>')? + 1..];
        Some(rest[..rest.find('<')?].replace("&amp;", "&"))
    };
    for line in html.lines() {
        if line.starts_with("<section aria-labelledby=\"ansvarig\"") {
            list = Some(&mut listed.responsible);
        } else if line.starts_with("<section aria-labelledby=\"rapportering\"") {
            list = Some(&mut listed.reported_to);
        } else if line.starts_with("<h3") {
            area = inner(line, "<h3").unwrap();
        } else if line.starts_with("<tr><th scope=\"row\">") {
            let label = inner(line, "<th").unwrap();
            let text = inner(line, "<td").unwrap();
            list.as_mut()
                .expect("rows under a list")
                .push(((area.clone(), label), text));
        }
    }
    listed
}
