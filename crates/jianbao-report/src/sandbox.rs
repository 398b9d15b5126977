//! What a template may do: write Markdown from its context, and nothing else. Templates are
//! user files (`--template`, jobs files), so they are treated as untrusted:
//! - no access to the environment (`get_env` would print the SMTP password into a report);
//! - bounded loops (`range` at most [`MAX_RANGE`] items) and bounded output
//!   ([`MAX_OUTPUT_BYTES`]): a template cannot exhaust memory;
//! - no recursion (a macro calling itself, directly or through others, or a template including
//!   itself), which would overflow the stack and abort the process.

use std::collections::HashMap;
use tera::{Tera, Value};

/// Most items `range()` may produce.
pub const MAX_RANGE: usize = 10_000;
/// Most bytes a template may write (a briefing is a few tens of KB).
pub const MAX_OUTPUT_BYTES: usize = 8 * 1024 * 1024;

/// Replaces the tera functions that reach outside the context or are unbounded.
pub fn lock_down(tera: &mut Tera) {
    tera.register_function("get_env", |_: &HashMap<String, Value>| -> tera::Result<Value> {
        Err(tera::Error::msg(
            "get_env is not available: templates cannot read the environment; put what the report needs in the facts or sources",
        ))
    });
    tera.register_function("range", capped_range);
}

fn capped_range(args: &HashMap<String, Value>) -> tera::Result<Value> {
    let arg = |name: &str, default: Option<u64>| -> tera::Result<u64> {
        match args.get(name) {
            Some(v) => v.as_u64().ok_or_else(|| {
                tera::Error::msg(format!(
                    "range: `{name}` must be a whole number ≥ 0, got {v}"
                ))
            }),
            None => default.ok_or_else(|| tera::Error::msg("range needs an `end` argument")),
        }
    };
    let (start, end, step) = (
        arg("start", Some(0))?,
        arg("end", None)?,
        arg("step_by", Some(1))?,
    );
    if step == 0 {
        return Err(tera::Error::msg("range: `step_by` must be at least 1"));
    }
    let count = end.saturating_sub(start).div_ceil(step);
    if count > MAX_RANGE as u64 {
        return Err(tera::Error::msg(format!(
            "range({start}..{end}) has {count} items, over the limit of {MAX_RANGE}; a briefing template loops over its context, not over large ranges"
        )));
    }
    Ok(Value::from(
        (start..end).step_by(step as usize).collect::<Vec<u64>>(),
    ))
}

/// A writer that refuses to grow past [`MAX_OUTPUT_BYTES`], stopping the render.
#[derive(Default)]
pub struct CappedOutput {
    pub bytes: Vec<u8>,
    pub overflowed: bool,
}

impl std::io::Write for CappedOutput {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if self.bytes.len() + buf.len() > MAX_OUTPUT_BYTES {
            self.overflowed = true;
            return Err(std::io::Error::other("template output over the size limit"));
        }
        self.bytes.extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// The message for a render stopped by [`CappedOutput`].
pub fn overflow_message() -> String {
    format!(
        "the template wrote more than {} MB; a briefing is far smaller: check its loops",
        MAX_OUTPUT_BYTES / (1024 * 1024)
    )
}

/// Finds recursion in a template's text: a macro that calls itself directly or through other
/// macros of the same file, or a template that includes itself. Returns a message naming it.
///
/// Tera has no depth limit, so such a template overflows the stack (an abort, not an error).
/// The check is on the text, conservatively: every `name(` call inside a macro body counts.
pub fn find_recursion(name: &str, text: &str) -> Option<String> {
    let tags = tags(text);
    for (body, _) in &tags {
        let words: Vec<&str> = body.split_whitespace().collect();
        if words.first() == Some(&"include")
            && words
                .get(1)
                .is_some_and(|w| w.trim_matches(['"', '\'']) == name)
        {
            return Some(format!(
                "the template includes itself ({{% {body} %}}), which never ends"
            ));
        }
    }
    // macro name → names it calls
    let mut calls: HashMap<String, Vec<String>> = HashMap::new();
    let mut current: Option<(String, usize)> = None;
    for (body, end) in &tags {
        let body = body.trim();
        if let Some(rest) = body.strip_prefix("macro ") {
            let macro_name = rest.split('(').next().unwrap_or("").trim().to_owned();
            current = Some((macro_name, *end));
        } else if body.starts_with("endmacro") {
            if let Some((macro_name, start)) = current.take() {
                let tag_start = text[..*end].rfind("{%").unwrap_or(*end);
                let inner = &text[start..tag_start.max(start)];
                calls.insert(macro_name, called_names(inner));
            }
        }
    }
    for start in calls.keys() {
        // depth-first search from `start` for a path back to it
        let mut stack: Vec<&str> = vec![start];
        let mut seen: Vec<&str> = Vec::new();
        while let Some(m) = stack.pop() {
            for callee in calls.get(m).into_iter().flatten() {
                if callee == start {
                    return Some(format!(
                        "macro `{start}` calls itself (directly or through other macros); recursion is not allowed in templates"
                    ));
                }
                if calls.contains_key(callee.as_str()) && !seen.contains(&callee.as_str()) {
                    seen.push(callee);
                    stack.push(callee);
                }
            }
        }
    }
    None
}

/// The inside of every `{% … %}` tag (without `-` trim marks) and the byte offset after it.
fn tags(text: &str) -> Vec<(String, usize)> {
    let mut out = Vec::new();
    let mut rest = 0;
    while let Some(open) = text[rest..].find("{%") {
        let from = rest + open + 2;
        let Some(close) = text[from..].find("%}") else {
            break;
        };
        let body = text[from..from + close].trim_matches('-').trim().to_owned();
        rest = from + close + 2;
        out.push((body, rest));
    }
    out
}

/// Names directly followed by `(` in a macro body: `self::row(`, `m::cell(`, `row (`.
fn called_names(body: &str) -> Vec<String> {
    let mut out = Vec::new();
    let chars: Vec<(usize, char)> = body.char_indices().collect();
    let is_name = |c: char| c.is_alphanumeric() || c == '_';
    let mut k = 0;
    while k < chars.len() {
        if is_name(chars[k].1) && (k == 0 || !is_name(chars[k - 1].1) && chars[k - 1].1 != '.') {
            let start = chars[k].0;
            while k < chars.len() && is_name(chars[k].1) {
                k += 1;
            }
            let end = chars.get(k).map_or(body.len(), |c| c.0);
            let after = body[end..].trim_start();
            if after.starts_with('(') {
                out.push(body[start..end].to_owned());
            }
            continue;
        }
        k += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn direct_and_mutual_recursion_and_self_include_are_found() {
        let direct = "{% macro deep(n) %}{{ self::deep(n=n+1) }}{% endmacro %}";
        assert!(find_recursion("t", direct).is_some());
        let mutual = "{% macro a() %}{{ self::b() }}{% endmacro a %}{%- macro b() -%}{{ self::a() }}{% endmacro %}";
        assert!(find_recursion("t", mutual).is_some());
        assert!(find_recursion("t.md", "x {% include \"t.md\" %}").is_some());
        let fine = "{% macro a(x) %}{{ x | upper }}{{ self::b() }}{% endmacro %}{% macro b() %}b{% endmacro %}{{ self::a(x=1) }}";
        assert_eq!(find_recursion("t", fine), None);
    }

    #[test]
    fn range_is_capped() {
        let mut args = HashMap::new();
        args.insert("end".to_owned(), Value::from(200_000_000u64));
        assert!(capped_range(&args)
            .unwrap_err()
            .to_string()
            .contains("limit"));
        args.insert("end".to_owned(), Value::from(5u64));
        assert_eq!(
            capped_range(&args).unwrap(),
            Value::from(vec![0u64, 1, 2, 3, 4])
        );
    }
}
