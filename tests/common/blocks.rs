//! Marked blocks in the README and the guide: `<!-- output: NAME -->` and
//! `<!-- file: PATH -->` before a fenced block, found, compared and rewritten;
//! the commands of an output block run as a reader would type them.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The documents whose marked blocks the tests check: README.md and every
/// page of the guide (`docs/src/*.md`), as paths relative to the repository.
pub fn documents() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut pages: Vec<PathBuf> = std::fs::read_dir(root.join("docs/src"))
        .expect("docs/src")
        .map(|entry| entry.expect("entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "md"))
        .map(|path| path.strip_prefix(root).unwrap().to_owned())
        .collect();
    pages.sort();
    let mut all = vec![PathBuf::from("README.md")];
    all.extend(pages);
    all
}

/// Where a marked block's text lies in a document, and how it is indented.
pub struct Block {
    start: usize,
    end: usize,
    indent: String,
}

impl Block {
    /// The block's lines without their indentation, each ending in a line break.
    pub fn text(&self, doc: &str) -> String {
        doc[self.start..self.end]
            .lines()
            .map(|line| format!("{}\n", line.strip_prefix(&self.indent).unwrap_or(line)))
            .collect()
    }

    /// `doc` with the block's lines replaced by `text`, indented as the block is.
    pub fn replace(&self, doc: &str, text: &str) -> String {
        let indented: String = text
            .lines()
            .map(|line| match line {
                "" => "\n".to_owned(),
                _ => format!("{}{line}\n", self.indent),
            })
            .collect();
        format!("{}{indented}{}", &doc[..self.start], &doc[self.end..])
    }
}

/// The fenced block after `<!-- output: NAME -->`.
pub fn find_block(doc: &str, name: &str) -> Option<Block> {
    find_marked_block(doc, &format!("<!-- output: {name} -->\n"))
}

/// The fenced block after `<!-- file: PATH -->`.
pub fn find_file_block(doc: &str, path: &str) -> Option<Block> {
    find_marked_block(doc, &format!("<!-- file: {path} -->\n"))
}

/// The fenced block that follows a marker line (an empty block is found too).
fn find_marked_block(doc: &str, marker: &str) -> Option<Block> {
    let after_marker = doc.find(marker)? + marker.len();
    let fence_line_end = after_marker + doc[after_marker..].find('\n')? + 1;
    let fence_line = &doc[after_marker..fence_line_end];
    let indent: String = fence_line.chars().take_while(|c| *c == ' ').collect();
    if !fence_line.trim_start().starts_with("```") {
        return None;
    }
    let closing = format!("\n{indent}```");
    let end = fence_line_end + doc[fence_line_end - 1..].find(&closing)?;
    Some(Block {
        start: fence_line_end,
        end: end.max(fence_line_end),
        indent,
    })
}

/// The names in all marker lines `<!-- KIND: NAME -->`, in order.
pub fn markers<'a>(doc: &'a str, kind: &str) -> Vec<&'a str> {
    let opening = format!("<!-- {kind}: ");
    doc.lines()
        .filter_map(|line| {
            line.trim_start()
                .strip_prefix(opening.as_str())?
                .strip_suffix(" -->")
        })
        .collect()
}

/// Times differ from run to run: "(3 pages, 62 ms)" and "(3 pages,
/// 1,48 s)" (a slow machine) both compare as "(3 pages, TIME)".
pub fn normalise(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let mut end = i;
        while end < chars.len() && chars[end].is_ascii_digit() {
            end += 1;
        }
        let fraction = |at: usize| {
            matches!(chars.get(at), Some(',' | '.'))
                && chars.get(at + 1).is_some_and(char::is_ascii_digit)
        };
        if end > i && fraction(end) {
            end += 1;
            while end < chars.len() && chars[end].is_ascii_digit() {
                end += 1;
            }
        }
        let unit = [" ms", " s"].into_iter().find(|unit| {
            let after = end + unit.chars().count();
            chars[end.min(chars.len())..].starts_with(&unit.chars().collect::<Vec<_>>())
                && !chars.get(after).is_some_and(|c| c.is_alphanumeric())
        });
        match (end > i, unit) {
            (true, Some(unit)) => {
                out.push_str("TIME");
                i = end + unit.chars().count();
            }
            (true, None) => {
                out.extend(&chars[i..end]);
                i = end;
            }
            (false, _) => {
                out.push(chars[i]);
                i += 1;
            }
        }
    }
    out
}

/// A command line's words as a shell splits them: at spaces, except inside
/// double quotes, which are removed; a `#` outside quotes starts a comment.
pub fn words(command: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word: Option<String> = None;
    let mut quoted = false;
    for c in command.chars() {
        match c {
            '"' => {
                quoted = !quoted;
                word.get_or_insert_with(String::new);
            }
            '#' if !quoted && word.is_none() => break,
            c if c.is_whitespace() && !quoted => words.extend(word.take()),
            c => word.get_or_insert_with(String::new).push(c),
        }
    }
    assert!(!quoted, "unclosed quote in {command:?}");
    words.extend(word);
    words
}

/// Runs commands in `dir` as shown in a block (`$ command` before each when
/// `prompt`) and returns what a reader sees. `cd DIR` changes the folder
/// the next commands run in and prints nothing; every other command is
/// `handlingsplan …`.
pub fn run_commands(dir: &Path, commands: &[&str], prompt: bool, stdout_only: bool) -> String {
    let mut shown = String::new();
    let mut cwd = dir.to_owned();
    for command in commands {
        if prompt {
            shown.push_str(&format!("$ {command}\n"));
        }
        let words = words(command);
        match words.iter().map(String::as_str).collect::<Vec<_>>()[..] {
            ["cd", to] => cwd = cwd.join(to),
            _ => shown.push_str(&output_of(&cwd, &words, stdout_only)),
        }
    }
    shown
}

/// What a command prints, both streams in the order written (the binary
/// writes whole lines), or standard output alone.
fn output_of(dir: &Path, words: &[String], stdout_only: bool) -> String {
    assert_eq!(
        words[0], "handlingsplan",
        "a block runs only handlingsplan and cd"
    );
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_handlingsplan"));
    cmd.args(&words[1..])
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env("HANDLINGSPLAN_LANG", "sv");
    let (mut reader, writer) = std::io::pipe().unwrap();
    if stdout_only {
        cmd.stderr(std::process::Stdio::null());
    } else {
        cmd.stderr(writer.try_clone().unwrap());
    }
    cmd.stdout(writer);
    let mut child = cmd.spawn().unwrap();
    drop(cmd); // it holds the pipe's writing ends: reading ends when the child exits
    let mut text = String::new();
    reader.read_to_string(&mut text).unwrap();
    child.wait().unwrap();
    text
}
