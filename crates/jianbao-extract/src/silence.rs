//! Why a source gave no facts. A page that yields nothing leaves an analyst guessing: was it off
//! topic, was its text taken for page furniture, did it state no figure, or were its figures all
//! judged not to be facts? [`why_silent`] analyses such a document again and names the first
//! stage at which everything was lost, so `jianbao extract` can say so in a warning.

use crate::numbers::find_quantities;
use crate::rules::{self, AnalysedDoc};
use crate::Document;
use jianbao_facts::{Catalog, SourceInfo};

/// The stage at which a document that gave no facts lost them all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Silence {
    /// The text has no Chinese characters at all (an empty file, a binary or a page of markup).
    NoChineseText,
    /// No article of the page is about the social-work remit: the best article had `hits`
    /// domain terms in `chars` characters, fewer than the topic check asks.
    OffTopic { hits: usize, chars: usize },
    /// An article is on topic, but every one of its body lines was read as page furniture,
    /// captions, teasers or headlines.
    BodyTakenForFurniture,
    /// The body states no quantity with a unit.
    NoFigures,
    /// The body states `quantities` quantities, and none is a reportable fact (dates, ages,
    /// rules, vague amounts, counts that enumerate places …).
    NoReportableFigure { quantities: usize },
}

impl std::fmt::Display for Silence {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Silence::NoChineseText => write!(f, "no facts: the text has no Chinese characters"),
            Silence::OffTopic { hits, chars } => write!(
                f,
                "no facts: judged off topic ({hits} social-work terms in {chars} characters; \
                 at least {} and {} per thousand characters are needed)",
                rules::MIN_TERM_HITS,
                rules::MIN_TERMS_PER_MILLE
            ),
            Silence::BodyTakenForFurniture => write!(
                f,
                "no facts: every body line was read as page furniture (bylines, captions, \
                 crumbs, teasers); check the page's layout"
            ),
            Silence::NoFigures => write!(f, "no facts: the body states no quantity with a unit"),
            Silence::NoReportableFigure { quantities } => write!(
                f,
                "no facts: none of the body's {quantities} quantities is a reportable figure \
                 (dates, ages, rules, vague amounts and the like are not facts)"
            ),
        }
    }
}

/// Why `doc` gives no facts, or `None` when it gives some. Analyses the document again: call it
/// only for documents whose facts came out empty.
pub fn why_silent(doc: &Document, info: Option<&SourceInfo>, catalog: &Catalog) -> Option<Silence> {
    let analysed = rules::analyse(doc, info, catalog);
    if !analysed.facts.is_empty() {
        return None;
    }
    Some(diagnose(&analysed))
}

/// Every source of `sources` that gave none of `facts`, with why (in file order). Sources whose
/// facts were all merged into another source's (a reprint) gave facts and are not listed.
pub fn silent_sources(
    sources: &crate::Sources,
    facts: &jianbao_facts::FactSet,
    catalog: &Catalog,
) -> Vec<(String, Silence)> {
    let quoted: std::collections::HashSet<&str> =
        facts.facts.iter().map(|f| f.doc.as_str()).collect();
    sources
        .documents()
        .iter()
        .filter(|doc| !quoted.contains(doc.file.as_str()))
        .filter_map(|doc| {
            why_silent(doc, sources.manifest().get(&doc.file), catalog)
                .map(|reason| (doc.file.clone(), reason))
        })
        .collect()
}

/// The stage at which an analysed document without facts lost them.
fn diagnose(analysed: &AnalysedDoc<'_>) -> Silence {
    let chars = &analysed.normalized.chars;
    if !chars
        .iter()
        .any(|&c| ('\u{4e00}'..='\u{9fff}').contains(&c))
    {
        return Silence::NoChineseText;
    }
    let relevant: Vec<_> = analysed.articles.iter().filter(|a| a.relevant).collect();
    if relevant.is_empty() {
        // the article that came closest to the topic
        let (hits, length) = analysed
            .normalized
            .articles()
            .iter()
            .map(|a| {
                let lines = &analysed.normalized.lines[a.lines.clone()];
                let range = lines.first().map_or(0, |l| l.range.start)
                    ..lines.last().map_or(0, |l| l.range.end);
                (rules::term_hits(&chars[range.clone()]), range.len())
            })
            .max()
            .unwrap_or((0, chars.len()));
        return Silence::OffTopic {
            hits,
            chars: length,
        };
    }
    if relevant.iter().all(|a| a.sentences.is_empty()) {
        return Silence::BodyTakenForFurniture;
    }
    let quantities: usize = relevant
        .iter()
        .flat_map(|a| &a.sentences)
        .map(|s| {
            find_quantities(&chars[s.clone()])
                .iter()
                .filter(|q| !q.unit.is_empty())
                .count()
        })
        .sum();
    if quantities == 0 {
        Silence::NoFigures
    } else {
        Silence::NoReportableFigure { quantities }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::TextEncoding;

    fn silence(text: &str) -> Option<Silence> {
        let doc = Document {
            file: "page.txt".into(),
            text: text.into(),
            encoding: TextEncoding::Utf8,
        };
        why_silent(&doc, None, &crate::default_catalog())
    }

    #[test]
    fn each_stage_that_loses_every_figure_is_named() {
        assert_eq!(silence("2024 ... <p></p>"), Some(Silence::NoChineseText));
        assert!(matches!(
            silence("今天天气很好，公园里有300名游客赏花，景区新增停车位50个。"),
            Some(Silence::OffTopic { .. })
        ));
        assert_eq!(
            silence("社区志愿服务队走访慰问困难群众，志愿者为居民理发，社会工作者上门服务。"),
            Some(Silence::NoFigures)
        );
        // a per-unit funding standard is stated, and is no fact
        assert_eq!(
            silence("社区志愿服务队走访慰问困难群众，志愿者为居民理发，社会工作者上门服务。按照每个社区每年20万元的标准拨付经费。"),
            Some(Silence::NoReportableFigure { quantities: 1 })
        );
        // a body read whole as a source line
        assert_eq!(
            silence("社区志愿服务见成效\n来源:晚报 记者 王某。\n责任编辑:李某 社会工作者 志愿服务 社区治理"),
            Some(Silence::BodyTakenForFurniture)
        );
        assert_eq!(
            silence("社区志愿服务队有志愿者120名，社会工作者8名，开展志愿服务36场。"),
            None
        );
    }
}
