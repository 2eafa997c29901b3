//! What the minijinja-templated renderers (Markdown, HTML) share: the syntax settings and how template errors are reported.

use minijinja::{Environment, ErrorKind};

use crate::render::Template;
use crate::report::{Hint, Problem, Report, Sources, error, error_at};

/// An environment with the syntax every built-in template is written in:
/// a line holding only a block tag leaves no blank line behind.
pub fn environment() -> Environment<'static> {
    let mut env = Environment::new();
    let syntax = minijinja::syntax::SyntaxConfig::builder()
        .trim_blocks(true)
        .lstrip_blocks(true)
        .build()
        .expect("the default delimiters are valid");
    env.set_syntax(syntax);
    env
}

/// The problem if `template` does not parse in `env`; `what` names the
/// output, e.g. "Markdown".
pub fn syntax_problem(
    env: &Environment,
    template: &Template,
    sources: &mut Sources,
    what: &str,
) -> Option<Problem> {
    // The built-in templates are checked once by the tests, not on every build.
    if template.built_in {
        return None;
    }
    let e = env
        .template_from_named_str(&template.name, &template.source)
        .err()?;
    let message = crate::msg!("render-template-syntax", format = what, detail = detail(&e));
    Some(template.problem(sources, error_range(template, &e), message))
}

/// minijinja's own words for an error.
fn detail(e: &minijinja::Error) -> String {
    e.detail()
        .map_or_else(|| e.kind().to_string(), str::to_owned)
}

/// Where in the template a minijinja error points.
fn error_range(template: &Template, e: &minijinja::Error) -> Option<std::ops::Range<usize>> {
    e.range().or_else(|| {
        let line = e.line()?;
        let start: usize = template
            .source
            .split_inclusive('\n')
            .take(line.saturating_sub(1))
            .map(str::len)
            .sum();
        Some(start..start)
    })
}

/// `template` rendered over `ctx` in `env`, ending in one newline; a
/// failure is a report quoting the template (`what`: the output's name).
pub fn render_text(
    env: &Environment,
    template: &Template,
    ctx: impl Into<minijinja::Value>,
    what: &str,
) -> Result<String, Report> {
    env.template_from_named_str(&template.name, &template.source)
        .and_then(|t| t.render(ctx))
        .map(|text| format!("{}\n", text.trim_end()))
        .map_err(|e| render_report(template, &e, what))
}

/// A failed render as a report quoting the template.
pub fn render_report(template: &Template, e: &minijinja::Error, what: &str) -> Report {
    let mut sources = Sources::default();
    let file = sources.add(template.name.clone(), template.source.clone());
    let message = crate::msg!("render-template-failed", format = what, detail = detail(e));
    let problem = match error_range(template, e) {
        Some(range) => error_at(file, range, message, crate::t!("render-template-here")),
        None => error(message),
    };
    let hint = match e.kind() {
        ErrorKind::UndefinedError => crate::t!("render-template-undefined-hint"),
        _ => crate::t!("render-template-failed-hint"),
    };
    Report {
        sources,
        problems: vec![problem.hint(hint)],
    }
}
