//! The 简报's 报头 and 报尾: its name, issue number, issuing unit and distribution lines.
//!
//! They come from command-line options or the jobs file (a scheduled job numbers its issues), not
//! from the sources, so they live apart from the comparison.

use serde::{Deserialize, Serialize};

/// The 简报 name printed in the 报头 when none is given.
pub const DEFAULT_BRIEFING_NAME: &str = "社会工作情况简报";

/// How the 简报 is issued: what a reader sees in the 报头 and 报尾.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Masthead {
    /// The 简报's name, printed large and red at the top (社会工作情况简报).
    pub name: String,
    /// The issue number (第N期); `None` prints no number.
    pub issue: Option<u32>,
    /// The issuing unit (编印单位), printed under the rule's left end; `None` prints none.
    pub unit: Option<String>,
    /// 报： to whom the 简报 is reported (superiors).
    pub report_to: Option<String>,
    /// 送： to whom it is sent (peers).
    pub send_to: Option<String>,
    /// 发： to whom it is issued (subordinate units).
    pub issue_to: Option<String>,
}

impl Default for Masthead {
    fn default() -> Masthead {
        Masthead {
            name: DEFAULT_BRIEFING_NAME.to_owned(),
            issue: None,
            unit: None,
            report_to: None,
            send_to: None,
            issue_to: None,
        }
    }
}

/// The 报头 and 报尾 as templates print them.
#[derive(Debug, Clone, Serialize)]
pub struct MastheadView {
    pub name: String,
    /// 第3期, or empty when no number was given.
    pub issue_text: String,
    pub unit: Option<String>,
    /// The report date (2026年11月22日).
    pub date: String,
    /// The 报尾 lines in order 报、送、发: `{label, text}` (`{"label": "报", "text": "省委办公厅"}`).
    pub distribution: Vec<DistributionLine>,
}

/// One 报尾 line.
#[derive(Debug, Clone, Serialize)]
pub struct DistributionLine {
    /// 报, 送 or 发.
    pub label: String,
    pub text: String,
}

impl MastheadView {
    pub(crate) fn new(masthead: &Masthead, date: String) -> MastheadView {
        let clean = |s: &Option<String>| {
            s.as_deref()
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
        };
        let distribution = [
            ("报", &masthead.report_to),
            ("送", &masthead.send_to),
            ("发", &masthead.issue_to),
        ]
        .into_iter()
        .filter_map(|(label, text)| {
            clean(text).map(|text| DistributionLine {
                label: label.to_owned(),
                text,
            })
        })
        .collect();
        let name = masthead.name.trim();
        MastheadView {
            name: if name.is_empty() {
                DEFAULT_BRIEFING_NAME.to_owned()
            } else {
                name.to_owned()
            },
            issue_text: masthead
                .issue
                .map(|n| format!("第{n}期"))
                .unwrap_or_default(),
            unit: clean(&masthead.unit),
            date,
            distribution,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distribution_keeps_order_and_drops_blank_lines() {
        let m = Masthead {
            issue: Some(7),
            unit: Some(" 省委社会工作部办公室 ".into()),
            report_to: Some("省委办公厅".into()),
            send_to: Some("  ".into()),
            issue_to: Some("各市委社会工作部".into()),
            ..Masthead::default()
        };
        let v = MastheadView::new(&m, "2026年11月22日".into());
        assert_eq!(v.issue_text, "第7期");
        assert_eq!(v.unit.as_deref(), Some("省委社会工作部办公室"));
        let labels: Vec<&str> = v.distribution.iter().map(|d| d.label.as_str()).collect();
        assert_eq!(labels, ["报", "发"]);
        assert_eq!(v.name, DEFAULT_BRIEFING_NAME);
    }
}
