//! The dev set's figures listed by how their metric fares, for reading them one by one:
//! `--unexpected-metrics` lists strict matches whose expected fact has no metric but whose
//! extracted fact has one (a figure set in a comparison row the careful reader did not give it);
//! `--without-metric` lists extracted facts without a metric (where the catalog's share could rise
//! honestly, or where local detail stays without one). Dev set only: the held-out sets are never
//! read per article.

use crate::report::short;
use crate::sets::CorpusSet;
use crate::Scored;

/// Which listing was asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MetricList {
    /// Strict matches whose extracted fact has a metric the expected fact does not.
    Unexpected,
    /// Extracted facts without a metric.
    Without,
}

impl MetricList {
    /// The listing an option asks for.
    pub fn from_option(arg: &str) -> Option<MetricList> {
        match arg {
            "--unexpected-metrics" => Some(MetricList::Unexpected),
            "--without-metric" => Some(MetricList::Without),
            _ => None,
        }
    }
}

/// One line per listed figure: article, value and unit, extracted metric, label, quote.
pub fn lines(scored: &[&Scored], list: MetricList) -> Vec<String> {
    let mut out = Vec::new();
    for s in scored.iter().filter(|s| s.article.set == CorpusSet::Dev) {
        let listed: Vec<usize> = match list {
            MetricList::Unexpected => s
                .score
                .strict
                .iter()
                .filter(|&&(i, j)| s.expected[i].metric.is_none() && s.got[j].metric.is_some())
                .map(|&(_, j)| j)
                .collect(),
            MetricList::Without => (0..s.got.len())
                .filter(|&j| s.got[j].metric.is_none())
                .collect(),
        };
        for j in listed {
            let g = &s.got[j];
            let quote: String = g.quote.replace('\n', " ");
            out.push(format!(
                "{}  {}  metric {}  {}  label {:?}  「{}」",
                s.article.id,
                short(g),
                g.metric.as_deref().unwrap_or("-"),
                g.theme,
                g.label,
                quote
            ));
        }
    }
    out
}
