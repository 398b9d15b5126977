//! A data file made only of top-level word lists (data/labels.toml) as one Rust static, so that
//! no process parses its TOML at start (labels.toml alone was a percent of extracting the seeds).
//! The struct is the crate's; a key the struct lacks, or one it has and the file lacks, fails the
//! build in the generated file, and the crate's tests check the static equals the run-time parse.

use std::fmt::Write as _;

/// `VISIBILITY static NAME: TYPE = TYPE { key: value, … };` for the top-level keys of `text`
/// (`file` names it in errors), in the file's order: a string stays a `&str`, a list of strings becomes a
/// `&[&str]`, a list of two-string lists a `&[(&str, &str)]`.
pub fn to_rust(
    text: &str,
    file: &str,
    visibility: &str,
    name: &str,
    type_name: &str,
) -> Result<String, String> {
    let table: toml::Table = toml::from_str(text).map_err(|e| format!("{file}: {e}"))?;
    let mut out = format!("{visibility} static {name}: {type_name} = {type_name} {{\n");
    for (key, value) in &table {
        let literal = literal(value).ok_or_else(|| {
            format!(
                "{file}: `{key}` is neither a string, a list of strings nor a list of pairs of \
                 strings; write it as one of those"
            )
        })?;
        let _ = writeln!(out, "    {key}: {literal},");
    }
    out.push_str("};\n");
    Ok(out)
}

/// The Rust literal of a string, a list of strings or a list of two-string lists.
fn literal(value: &toml::Value) -> Option<String> {
    if let Some(s) = value.as_str() {
        return Some(format!("{s:?}"));
    }
    let items = value.as_array()?;
    let mut out = String::from("&[");
    for item in items {
        if let Some(s) = item.as_str() {
            let _ = write!(out, "{s:?}, ");
        } else {
            match item.as_array()?.as_slice() {
                [a, b] => {
                    let _ = write!(out, "({:?}, {:?}), ", a.as_str()?, b.as_str()?);
                }
                _ => return None,
            }
        }
    }
    out.push(']');
    Some(out)
}
