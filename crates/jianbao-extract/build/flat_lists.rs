//! A data file of word lists (data/labels.toml, data/road-names.toml, data/points.toml,
//! data/not-counts.toml, data/page-furniture.toml, data/local-places.toml,
//! data/counted-themes.toml, data/neighbouring-themes.toml, data/targets.toml, data/units.toml,
//! data/not-facts.toml, data/themes.toml, data/image-markup.toml, data/not-facts-counts.toml) as one
//! Rust static, so that no process parses its TOML at start (labels.toml alone was a percent of
//! extracting the seeds). The structs are the crate's; a key a struct lacks, or one it has and
//! the file lacks, fails the build in the generated file, and the crate's tests check each
//! static equals the run-time parse.

use std::fmt::Write as _;

/// How a file's values become Rust.
pub struct Shape<'a> {
    /// Where the file lives, as errors name it.
    pub file: &'a str,
    /// Visibility, name and type of the static: `pub(super)`, `LABEL_LISTS`, `LabelLists`.
    pub visibility: &'a str,
    pub name: &'a str,
    pub static_type: &'a str,
    /// The struct the top-level table becomes (`static_type` without its generics).
    pub constructor: &'a str,
    /// Per key holding a table or an array of tables, the struct each table becomes.
    pub tables: &'a [(&'a str, &'a str)],
    /// Per key holding a list of an enum's names in snake_case, the enum (its variants are the
    /// names in CamelCase, as serde's `rename_all = "snake_case"` reads them).
    pub enums: &'a [(&'a str, &'a str)],
    /// Keys holding a number the crate reads as an `f64` (a whole number in the file too).
    pub floats: &'a [&'a str],
    /// Keys holding a table by name of whole numbers or of lists of strings and whole numbers,
    /// which the crate reads as a map: written as a slice of `(name, value)` pairs in the
    /// table's order, a list as a tuple.
    pub maps: &'a [&'a str],
    /// Keys holding a list of lists of strings of any length, written as `&[&[&str]]` (other
    /// lists of lists must be pairs).
    pub nested: &'a [&'a str],
}

/// `VISIBILITY static NAME: TYPE = CONSTRUCTOR { key: value, … };` for the keys of `text`, in
/// the file's order: a string stays a `&str`, an integer a literal, a list of strings becomes a
/// `&[&str]` (or a slice of enum variants), a list of two-string lists a `&[(&str, &str)]`, a
/// table the struct [`Shape::tables`] names.
pub fn to_rust(text: &str, shape: &Shape) -> Result<String, String> {
    let file = shape.file;
    let table: toml::Table = toml::from_str(text).map_err(|e| format!("{file}: {e}"))?;
    let body = fields(&table, shape, "    ")?;
    Ok(format!(
        "{} static {}: {} = {} {{\n{body}}};\n",
        shape.visibility, shape.name, shape.static_type, shape.constructor
    ))
}

/// The fields of a struct literal for `table`, one a line.
fn fields(table: &toml::Table, shape: &Shape, indent: &str) -> Result<String, String> {
    let mut out = String::new();
    for (key, value) in table {
        let literal = if shape.maps.contains(&key.as_str()) {
            number_map(value)
        } else if let Some(inner) = value.as_table() {
            let constructor = lookup(shape.tables, key).ok_or_else(|| {
                format!("{}: [{key}] is a table the crate does not read", shape.file)
            })?;
            let inner = fields(inner, shape, &format!("{indent}    "))?;
            Some(format!("{constructor} {{\n{inner}{indent}}}"))
        } else if let Some(constructor) = lookup(shape.tables, key) {
            // an array of tables ([[key]]): a slice of the struct
            let items = value
                .as_array()
                .ok_or_else(|| format!("{}: `{key}` must be tables ([[{key}]])", shape.file))?;
            let mut list = String::from("&[\n");
            for item in items {
                let item = item
                    .as_table()
                    .ok_or_else(|| format!("{}: `{key}` must be tables ([[{key}]])", shape.file))?;
                let inner = fields(item, shape, &format!("{indent}        "))?;
                let _ = writeln!(list, "{indent}    {constructor} {{\n{inner}{indent}    }},");
            }
            Some(format!("{list}{indent}]"))
        } else if shape.nested.contains(&key.as_str()) {
            nested_list(value)
        } else if let Some(kind) = lookup(shape.enums, key) {
            enum_list(value, kind)
        } else if shape.floats.contains(&key.as_str()) {
            float(value)
        } else {
            literal(value)
        };
        let literal = literal.ok_or_else(|| {
            format!(
                "{}: `{key}` is neither a string, a whole number, a list of strings nor a list \
                 of pairs of strings; write it as one of those",
                shape.file
            )
        })?;
        let _ = writeln!(out, "{indent}{key}: {literal},");
    }
    Ok(out)
}

fn lookup<'a>(pairs: &[(&str, &'a str)], key: &str) -> Option<&'a str> {
    pairs.iter().find(|(k, _)| *k == key).map(|&(_, v)| v)
}

/// A list of snake_case names as `&[Kind::CamelCase, …]`.
fn enum_list(value: &toml::Value, kind: &str) -> Option<String> {
    let mut out = String::from("&[");
    for item in value.as_array()? {
        let name: String = item
            .as_str()?
            .split('_')
            .map(|part| {
                let mut chars = part.chars();
                chars.next().map_or_else(String::new, |first| {
                    first.to_uppercase().chain(chars).collect()
                })
            })
            .collect();
        let _ = write!(out, "{kind}::{name}, ");
    }
    out.push(']');
    Some(out)
}

/// A table of whole numbers or of lists of them and strings as `&[("name", n), …]` or
/// `&[("name", ("a", n)), …]`.
fn number_map(value: &toml::Value) -> Option<String> {
    let mut out = String::from("&[");
    for (name, item) in value.as_table()? {
        let item = match item.as_array() {
            Some(parts) => {
                let parts = parts.iter().map(scalar).collect::<Option<Vec<_>>>()?;
                format!("({},)", parts.join(", "))
            }
            None => item.as_integer()?.to_string(),
        };
        let _ = write!(out, "({name:?}, {item}), ");
    }
    out.push(']');
    Some(out)
}

/// A string or a whole number as its literal.
fn scalar(value: &toml::Value) -> Option<String> {
    match value.as_integer() {
        Some(n) => Some(n.to_string()),
        None => Some(format!("{:?}", value.as_str()?)),
    }
}

/// A list of lists of strings as `&[&["a", "b", "c"], …]`.
fn nested_list(value: &toml::Value) -> Option<String> {
    let mut out = String::from("&[");
    for inner in value.as_array()? {
        out.push_str("&[");
        for item in inner.as_array()? {
            let _ = write!(out, "{:?}, ", item.as_str()?);
        }
        out.push_str("], ");
    }
    out.push(']');
    Some(out)
}

/// A number as an `f64` literal (`100.0` for `100`).
fn float(value: &toml::Value) -> Option<String> {
    let number = value
        .as_float()
        .or_else(|| value.as_integer().map(|n| n as f64))?;
    Some(format!("{number:?}"))
}

/// The Rust literal of a string, a whole number, a list of strings or a list of two-string lists.
fn literal(value: &toml::Value) -> Option<String> {
    if let Some(s) = value.as_str() {
        return Some(format!("{s:?}"));
    }
    if let Some(n) = value.as_integer() {
        return Some(n.to_string());
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
