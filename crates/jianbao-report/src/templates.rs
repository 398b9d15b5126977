//! The tera templates: built-ins carried in the binary, user templates from files, the filters
//! Chinese briefings need, and template errors located by file and line.

use crate::charts::{chart_markdown, ChartView};
use crate::context::Context;
use crate::format::{self, OverWord};
use crate::ReportError;
use jianbao_facts::Qualifier;
use std::collections::HashMap;
use std::path::PathBuf;
use tera::{Tera, Value};

/// Which template writes the briefing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TemplateChoice {
    /// A built-in template (see [`Templates::names`]).
    Name(String),
    /// A template file; it may `{% import "macros.md" as m %}` the built-in macros.
    Path(PathBuf),
}

impl TemplateChoice {
    /// Reads a `--template` argument: a built-in name, otherwise a path.
    pub fn parse(arg: &str) -> TemplateChoice {
        if Templates::names().contains(&arg) {
            TemplateChoice::Name(arg.to_owned())
        } else {
            TemplateChoice::Path(PathBuf::from(arg))
        }
    }
}

/// Built-in templates: (tera name, file in the repository, text).
const BUILT_IN: [(&str, &str, &str); 3] = [
    (
        "macros.md",
        "templates/macros.md",
        include_str!("../../../templates/macros.md"),
    ),
    (
        "briefing.md",
        "templates/briefing.md",
        include_str!("../../../templates/briefing.md"),
    ),
    (
        "profile.md",
        "templates/profile.md",
        include_str!("../../../templates/profile.md"),
    ),
];

/// The parsed templates. Parse once with [`Templates::new`] and render any number of contexts
/// (the type is `Send + Sync`, holds no per-render state).
#[derive(Debug, Clone)]
pub struct Templates {
    tera: Tera,
}

impl Templates {
    /// Parses the built-in templates and registers the filters.
    pub fn new() -> Result<Templates, ReportError> {
        let mut tera = Tera::default();
        // Every `{{ … }}` output is Markdown-escaped, whatever the template's file name: data can
        // never break the markup. Filters that write markup (`cite`) are marked safe.
        tera.autoescape_on(vec![""]);
        tera.set_escape_fn(format::escape_markdown);
        register_filters(&mut tera);
        crate::sandbox::lock_down(&mut tera);
        let sources: HashMap<&str, &str> = BUILT_IN
            .iter()
            .map(|(name, _, text)| (*name, *text))
            .collect();
        tera.add_raw_templates(BUILT_IN.iter().map(|(name, _, text)| (*name, *text)))
            .map_err(|e| locate(&e, &|name| sources.get(name).map(|s| (*s).to_owned())))?;
        Ok(Templates { tera })
    }

    /// The built-in templates: `briefing` (the comparative briefing) and `profile` (one region;
    /// ask for it with a single region).
    pub fn names() -> &'static [&'static str] {
        &["briefing", "profile"]
    }

    /// Renders `ctx` with the chosen template into Markdown.
    pub fn render(&self, choice: &TemplateChoice, ctx: &Context) -> Result<String, ReportError> {
        let context = tera::Context::from_serialize(ctx).map_err(|e| ReportError::Template {
            template: "context".into(),
            line: None,
            message: e.to_string(),
        })?;
        // `chart` reads this render's context, so it is registered on a copy of the templates.
        let mut tera = self.tera.clone();
        tera.register_function("chart", ChartFunction::new(ctx));
        match choice {
            TemplateChoice::Name(name) => {
                if !Templates::names().contains(&name.as_str()) {
                    return Err(ReportError::UnknownTemplate {
                        name: name.clone(),
                        known: Templates::names().join(", "),
                    });
                }
                let tera_name = format!("{name}.md");
                render_capped(&tera, &tera_name, &context)
                    .map(|md| tidy_blank_lines(&md))
                    .map_err(|e| e.into_report_error(&built_in_source))
            }
            TemplateChoice::Path(path) => {
                let text = jianbao_facts::read_regular_text(path, MAX_TEMPLATE_BYTES).map_err(
                    |source| ReportError::ReadTemplate {
                        path: path.clone(),
                        source,
                    },
                )?;
                let name = path.display().to_string();
                if let Some(message) = crate::sandbox::find_recursion(&name, &text) {
                    return Err(ReportError::Template {
                        template: name,
                        line: None,
                        message,
                    });
                }
                let lookup = |n: &str| {
                    if n == name {
                        Some(text.clone())
                    } else {
                        built_in_source(n)
                    }
                };
                tera.add_raw_template(&name, &text)
                    .map_err(|e| locate(&e, &lookup))?;
                render_capped(&tera, &name, &context)
                    .map(|md| tidy_blank_lines(&md))
                    .map_err(|e| e.into_report_error(&lookup))
            }
        }
    }
}

/// Largest template file read (a template is a few KB).
const MAX_TEMPLATE_BYTES: u64 = 1024 * 1024;

/// Why a capped render failed: a tera error, or the output size limit.
enum RenderFailure {
    Tera(tera::Error),
    TooLarge,
}

impl RenderFailure {
    fn into_report_error(self, source_of: &dyn Fn(&str) -> Option<String>) -> ReportError {
        match self {
            RenderFailure::Tera(e) => locate(&e, source_of),
            RenderFailure::TooLarge => ReportError::Template {
                template: "template output".into(),
                line: None,
                message: crate::sandbox::overflow_message(),
            },
        }
    }
}

/// Renders into a writer that stops the render past the output size limit.
fn render_capped(
    tera: &Tera,
    name: &str,
    context: &tera::Context,
) -> Result<String, RenderFailure> {
    let mut out = crate::sandbox::CappedOutput::default();
    match tera.render_to(name, context, &mut out) {
        Ok(()) => Ok(String::from_utf8_lossy(&out.bytes).into_owned()),
        Err(_) if out.overflowed => Err(RenderFailure::TooLarge),
        Err(e) => Err(RenderFailure::Tera(e)),
    }
}

/// Collapses runs of blank lines that template tags leave behind into one (outside fenced code),
/// so the Markdown reads cleanly as text; Markdown gives them no meaning.
fn tidy_blank_lines(markdown: &str) -> String {
    let mut out = String::with_capacity(markdown.len());
    let mut blank_run = 0;
    let mut in_fence = false;
    for line in markdown.lines() {
        if line.trim_start().starts_with("```") {
            in_fence = !in_fence;
        }
        if line.trim().is_empty() && !in_fence {
            blank_run += 1;
            if blank_run == 1 {
                out.push('\n');
            }
            continue;
        }
        blank_run = 0;
        out.push_str(line);
        out.push('\n');
    }
    out
}

fn built_in_source(name: &str) -> Option<String> {
    BUILT_IN
        .iter()
        .find(|(n, _, _)| *n == name)
        .map(|(_, _, text)| (*text).to_owned())
}

/// The file a template name stands for in messages.
fn display_name(name: &str) -> String {
    match BUILT_IN.iter().find(|(n, _, _)| *n == name) {
        Some((_, file, _)) => format!("{file} (built-in)"),
        None => name.to_owned(),
    }
}

/// Turns a tera error into one naming the template file, the line and what is wrong.
///
/// Parse errors carry `--> line:column` in their chain. Render errors carry only the template
/// name and a message naming the variable, filter or macro at fault; the line is where that name
/// first occurs in the template source.
fn locate(error: &tera::Error, source_of: &dyn Fn(&str) -> Option<String>) -> ReportError {
    let mut messages = Vec::new();
    let mut current: Option<&dyn std::error::Error> = Some(error);
    while let Some(e) = current {
        messages.push(e.to_string());
        current = e.source();
    }
    let head = messages.first().cloned().unwrap_or_default();
    let template = quoted_after(&head, "error happened in '")
        .or_else(|| quoted_after(&head, "Failed to parse '"))
        .or_else(|| quoted_after(&head, "Failed to render '"))
        .or_else(|| quoted_after(&head, "Failed to parse \""))
        .unwrap_or_default();
    // Parse errors: pest's ` --> line:col` and its `= expected …` line.
    for m in &messages[1..] {
        if let Some(at) = m.find("--> ") {
            let line = m[at + 4..]
                .split(':')
                .next()
                .and_then(|l| l.trim().parse().ok());
            let what = m
                .lines()
                .find_map(|l| l.trim().strip_prefix("= "))
                .unwrap_or(m.lines().last().unwrap_or_default())
                .to_owned();
            return ReportError::Template {
                template: display_name(&template),
                line,
                message: what,
            };
        }
    }
    let detail: Vec<&str> = messages[1..].iter().map(String::as_str).collect();
    let message = if detail.is_empty() {
        head.clone()
    } else {
        detail.join(": ")
    };
    let line = source_of(&template).and_then(|text| {
        quoted_names(&message)
            .into_iter()
            .filter(|t| *t != template)
            .find_map(|token| {
                let needle = token.rsplit("::").next().unwrap_or(&token).to_owned();
                text.lines()
                    .position(|l| l.contains(&needle))
                    .map(|i| i + 1)
            })
    });
    ReportError::Template {
        template: display_name(&template),
        line,
        message,
    }
}

fn quoted_after(text: &str, marker: &str) -> Option<String> {
    let start = text.find(marker)? + marker.len();
    let quote = marker.chars().last()?;
    let rest = &text[start..];
    rest.find(quote).map(|end| rest[..end].to_owned())
}

/// The names a tera message quotes (`variable`, 'filter'): what to look for in the source.
fn quoted_names(message: &str) -> Vec<String> {
    ['`', '\'']
        .iter()
        .flat_map(|q| message.split(*q).skip(1).step_by(2).map(str::to_owned))
        .filter(|t| !t.is_empty())
        .collect()
}

fn register_filters(tera: &mut Tera) {
    tera.register_filter("zh_number", |v: &Value, _: &HashMap<String, Value>| {
        Ok(Value::from(format::zh_number(number(v, "zh_number")?)))
    });
    tera.register_filter("percent", |v: &Value, _: &HashMap<String, Value>| {
        Ok(Value::from(format::percent(number(v, "percent")?)))
    });
    tera.register_filter("points", |v: &Value, _: &HashMap<String, Value>| {
        Ok(Value::from(format::points(number(v, "points")?)))
    });
    tera.register_filter("zh_date", |v: &Value, _: &HashMap<String, Value>| {
        let text = v
            .as_str()
            .ok_or_else(|| tera::Error::msg("zh_date expects a date text like 2026-11-22"))?;
        Ok(Value::from(format::zh_partial_date(text)))
    });
    tera.register_filter("zh_punct", |v: &Value, _: &HashMap<String, Value>| {
        let text = v
            .as_str()
            .ok_or_else(|| tera::Error::msg("zh_punct expects text"))?;
        Ok(Value::from(format::zh_punctuation(text)))
    });
    tera.register_filter(
        "qualifier_word",
        |v: &Value, args: &HashMap<String, Value>| {
            let q = qualifier(v)?;
            let over = args
                .get("quote")
                .and_then(Value::as_str)
                .map_or(OverWord::Chao, OverWord::from_quote);
            Ok(Value::from(format::qualifier_word(q, over)))
        },
    );
    tera.register_filter("figure", |v: &Value, args: &HashMap<String, Value>| {
        let value = number(v, "figure")?;
        let unit = args.get("unit").and_then(Value::as_str).unwrap_or("");
        let q = args
            .get("qualifier")
            .map(qualifier)
            .transpose()?
            .unwrap_or(Qualifier::Exact);
        let max = args.get("max").and_then(Value::as_f64);
        Ok(Value::from(
            match args.get("quote").and_then(Value::as_str) {
                Some(quote) => format::figure_as_written(value, max, unit, q, quote),
                None => format::figure(value, max, unit, q, OverWord::Chao),
            },
        ))
    });
    tera.register_filter("zh_numeral", |v: &Value, _: &HashMap<String, Value>| {
        let n = v.as_u64().ok_or_else(|| {
            tera::Error::msg(format!("zh_numeral expects a whole number, got {v}"))
        })?;
        Ok(Value::from(format::zh_numeral(n)))
    });
    tera.register_filter("cite", Cite);
    tera.register_filter("toml_string", TomlString);
}

/// `{{ chart(metric=…, region=…, title=…) }}` → a chart block of the figures of one metric:
/// without `region` the comparison of the regions, with it the change over time in that region.
/// The data come only from the context's `themes[].charts`; a metric with nothing to compare is
/// an error rather than a one-bar chart.
struct ChartFunction {
    charts: Vec<ChartView>,
}

impl ChartFunction {
    fn new(ctx: &Context) -> ChartFunction {
        ChartFunction {
            charts: ctx
                .themes
                .iter()
                .flat_map(|t| t.charts.iter().cloned())
                .collect(),
        }
    }
}

impl tera::Function for ChartFunction {
    fn call(&self, args: &HashMap<String, Value>) -> tera::Result<Value> {
        for key in args.keys() {
            if !["metric", "region", "title"].contains(&key.as_str()) {
                return Err(tera::Error::msg(format!(
                    "chart takes metric, region and title, not `{key}`"
                )));
            }
        }
        let metric = args.get("metric").and_then(Value::as_str).ok_or_else(|| {
            tera::Error::msg("chart needs metric=\"…\", a metric key from themes[].charts")
        })?;
        let region = match args.get("region") {
            None | Some(Value::Null) => None,
            Some(Value::String(r)) => Some(r.as_str()),
            Some(other) => {
                return Err(tera::Error::msg(format!(
                    "chart: region must be a region name or null, got {other}"
                )))
            }
        };
        let chart = self
            .charts
            .iter()
            .find(|c| c.metric == metric && c.region.as_deref() == region)
            .ok_or_else(|| {
                let known: Vec<String> = self
                    .charts
                    .iter()
                    .map(|c| match &c.region {
                        Some(r) => format!("{} ({r})", c.metric),
                        None => c.metric.clone(),
                    })
                    .collect();
                tera::Error::msg(format!(
                    "chart: nothing to chart for metric {metric:?}{}: fewer than two figures on the same basis; charts of this briefing: {}",
                    region.map(|r| format!(" in {r}")).unwrap_or_default(),
                    if known.is_empty() { "none".to_owned() } else { known.join(", ") }
                ))
            })?;
        let title = match args.get("title") {
            None | Some(Value::Null) => chart.title.clone(),
            Some(Value::String(t)) => t.clone(),
            Some(other) => {
                return Err(tera::Error::msg(format!(
                    "chart: title must be text, got {other}"
                )))
            }
        };
        Ok(Value::from(chart_markdown(chart, &title)))
    }

    fn is_safe(&self) -> bool {
        true
    }
}

/// `{{ id | cite }}` or `{{ [id1, id2] | cite }}` → `[^id1][^id2]`: footnote references to facts.
struct Cite;

impl tera::Filter for Cite {
    fn filter(&self, value: &Value, _: &HashMap<String, Value>) -> tera::Result<Value> {
        let ids: Vec<&str> = match value {
            Value::String(id) => vec![id.as_str()],
            Value::Array(items) => items.iter().filter_map(Value::as_str).collect(),
            Value::Object(fact) => fact.get("id").and_then(Value::as_str).into_iter().collect(),
            _ => Vec::new(),
        };
        if ids.is_empty()
            || ids
                .iter()
                .any(|id| id.is_empty() || id.contains(|c: char| c.is_whitespace() || c == ']'))
        {
            return Err(tera::Error::msg(format!(
                "cite expects a fact id, a list of ids or a fact, got {value}"
            )));
        }
        Ok(Value::from(
            ids.iter().map(|id| format!("[^{id}]")).collect::<String>(),
        ))
    }

    fn is_safe(&self) -> bool {
        true
    }
}

fn number(v: &Value, filter: &str) -> tera::Result<f64> {
    v.as_f64()
        .ok_or_else(|| tera::Error::msg(format!("{filter} expects a number, got {v}")))
}

fn qualifier(v: &Value) -> tera::Result<Qualifier> {
    serde_json::from_value(v.clone()).map_err(|_| {
        tera::Error::msg(format!(
            "expected a qualifier (exact, approx, over, under, range), got {v}"
        ))
    })
}

/// `{{ text | toml_string }}` → a quoted TOML string, for front matter values.
struct TomlString;

impl tera::Filter for TomlString {
    fn filter(&self, value: &Value, _: &HashMap<String, Value>) -> tera::Result<Value> {
        let text = match value {
            Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        // A JSON string literal is a valid TOML basic string.
        Ok(Value::from(
            serde_json::to_string(&text).map_err(|e| tera::Error::msg(e.to_string()))?,
        ))
    }

    fn is_safe(&self) -> bool {
        true
    }
}
