//! Output path patterns such as `out/{job}/{date:%Y%m%d}.{ext}`.
//!
//! Fields: `{job}` (job name), `{date}` (report date as `2026-11-23`), `{date:FORMAT}` (chrono
//! strftime, date fields only), `{ext}` (the format's extension: pdf, docx, html, md) and
//! `{region}` (only with `each_region = true`). `{{` and `}}` stand for literal braces.
//! One pattern serves all formats of a job through `{ext}`; it is required when a job writes more
//! than one format.

use std::fmt::Write as _;

use chrono::format::{Item, StrftimeItems};
use chrono::NaiveDate;

#[derive(Debug, Clone, PartialEq, Eq)]
enum Segment {
    Text(String),
    Job,
    Date(String),
    Ext,
    Region,
}

/// A checked output path pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct OutputPattern {
    segments: Vec<Segment>,
}

/// What a pattern is filled with for one output file.
pub(crate) struct Fields<'a> {
    pub job: &'a str,
    pub date: NaiveDate,
    pub ext: &'a str,
    pub region: Option<&'a str>,
}

impl OutputPattern {
    /// Parses a pattern, explaining what is wrong and how to write it otherwise.
    pub fn parse(pattern: &str) -> Result<OutputPattern, String> {
        let mut segments = Vec::new();
        let mut text = String::new();
        let mut rest = pattern;
        while let Some(c) = rest.chars().next() {
            if let Some(after) = rest.strip_prefix("{{") {
                text.push('{');
                rest = after;
            } else if let Some(after) = rest.strip_prefix("}}") {
                text.push('}');
                rest = after;
            } else if c == '{' {
                let Some(end) = rest.find('}') else {
                    return Err(format!(
                        "`{rest}` opens `{{` without closing it; write `{{{{` for a literal brace"
                    ));
                };
                let field = &rest[1..end];
                if !text.is_empty() {
                    segments.push(Segment::Text(std::mem::take(&mut text)));
                }
                segments.push(parse_field(field)?);
                rest = &rest[end + 1..];
            } else if c == '}' {
                return Err("a lone `}`; write `}}` for a literal brace".to_owned());
            } else {
                text.push(c);
                rest = &rest[c.len_utf8()..];
            }
        }
        if !text.is_empty() {
            segments.push(Segment::Text(text));
        }
        if segments.is_empty() {
            return Err(
                "the pattern is empty; write e.g. \"out/{job}/{date:%Y%m%d}.{ext}\"".to_owned(),
            );
        }
        Ok(OutputPattern { segments })
    }

    pub fn has_ext(&self) -> bool {
        self.segments.contains(&Segment::Ext)
    }

    pub fn has_region(&self) -> bool {
        self.segments.contains(&Segment::Region)
    }

    /// Fills in the fields. Date formats were checked at parse time, so this cannot fail.
    pub fn render(&self, fields: &Fields) -> String {
        let mut out = String::new();
        for segment in &self.segments {
            match segment {
                Segment::Text(t) => out.push_str(t),
                Segment::Job => out.push_str(fields.job),
                Segment::Ext => out.push_str(fields.ext),
                Segment::Region => out.push_str(fields.region.unwrap_or("all")),
                Segment::Date(format) => {
                    // Checked in `parse_field`; a failure here would only drop the date text.
                    let _ = write!(
                        out,
                        "{}",
                        fields.date.format_with_items(StrftimeItems::new(format))
                    );
                }
            }
        }
        out
    }
}

fn parse_field(field: &str) -> Result<Segment, String> {
    match field {
        "job" => Ok(Segment::Job),
        "ext" => Ok(Segment::Ext),
        "region" => Ok(Segment::Region),
        "date" => Ok(Segment::Date("%Y-%m-%d".to_owned())),
        _ => {
            let Some(format) = field.strip_prefix("date:") else {
                return Err(format!(
                    "unknown field `{{{field}}}`; the fields are {{job}}, {{date}}, {{date:%Y%m%d}}, {{ext}} and {{region}}"
                ));
            };
            check_date_format(format)?;
            Ok(Segment::Date(format.to_owned()))
        }
    }
}

/// Reports are dated by day, so only date specifiers are allowed (a time field would make
/// chrono fail while formatting).
fn check_date_format(format: &str) -> Result<(), String> {
    if format.is_empty() {
        return Err("`{date:}` has an empty format; write e.g. {date:%Y%m%d}".to_owned());
    }
    if StrftimeItems::new(format).any(|item| matches!(item, Item::Error)) {
        return Err(format!(
            "`{format}` is not a valid chrono date format; use fields like %Y %m %d %V"
        ));
    }
    let sample = NaiveDate::from_ymd_opt(2026, 1, 5).unwrap_or_default();
    let mut probe = String::new();
    if write!(
        probe,
        "{}",
        sample.format_with_items(StrftimeItems::new(format))
    )
    .is_err()
    {
        return Err(format!(
            "`{format}` asks for a time of day, but reports are dated by day; use date fields like %Y %m %d %V"
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(ext: &'static str) -> Fields<'static> {
        Fields {
            job: "weekly",
            date: NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
            ext,
            region: None,
        }
    }

    #[test]
    fn renders_all_fields() {
        let p = OutputPattern::parse("out/{job}/{date:%Y%m%d}-{date}-{region}.{ext}").unwrap();
        let f = Fields {
            region: Some("广东"),
            ..fields("pdf")
        };
        assert_eq!(p.render(&f), "out/weekly/20261123-2026-11-23-广东.pdf");
        assert!(p.has_ext() && p.has_region());
    }

    #[test]
    fn braces_escape() {
        let p = OutputPattern::parse("out/{{x}}/{job}.md").unwrap();
        assert_eq!(p.render(&fields("md")), "out/{x}/weekly.md");
    }

    #[test]
    fn rejects_bad_patterns() {
        for bad in [
            "out/{jobb}.pdf",
            "out/{job.pdf",
            "out/}",
            "",
            "{date:%H}.pdf",
            "{date:}.pdf",
            "{date:%Q}",
        ] {
            assert!(OutputPattern::parse(bad).is_err(), "accepted {bad:?}");
        }
    }
}
