//! How a briefing names a source that states no headline. The reader would otherwise see its
//! file name in 书名号 (《d244_anhui_hanshan_zyz.txt》), which reads as a title the article never
//! had and, as one long Latin run, cannot break or justify well. Such a source is named for the
//! place its figures are about (含山县报道), said to be untitled, and its file name is kept in
//! the source list so that a reader can still find it.

use jianbao_facts::{FactSet, Manifest};
use std::collections::{BTreeMap, HashMap};

/// Whether the manifest's title of `file` is no headline: the loader fills in the file name
/// (or a blank) when the file states none.
pub(super) fn is_untitled(file: &str, title: &str) -> bool {
    let title = title.trim();
    title.is_empty()
        || title == file
        || std::path::Path::new(file)
            .file_name()
            .is_some_and(|n| n == title)
}

/// The name each untitled source of `manifest` is cited by: the place most of its figures are
/// about (its province when they name none below it) followed by 报道; two untitled sources of
/// one place are numbered (含山县报道（二）) so that no two sources share a name.
pub(super) fn untitled_names(facts: &FactSet, manifest: &Manifest) -> HashMap<String, String> {
    let mut names: HashMap<String, String> = HashMap::new();
    let mut taken: BTreeMap<String, usize> = BTreeMap::new();
    for source in &manifest.sources {
        if !is_untitled(&source.file, &source.title) {
            continue;
        }
        let mut counts: Vec<(&str, usize)> = Vec::new();
        for fact in facts.facts.iter().filter(|f| f.doc == source.file) {
            let place = fact.place.trim();
            if place.is_empty() {
                continue;
            }
            match counts.iter_mut().find(|(p, _)| *p == place) {
                Some((_, n)) => *n += 1,
                None => counts.push((place, 1)),
            }
        }
        // the most frequent place; the first stated among equals (a stable choice). A local
        // page's national context (全国敬老模范社区 among a community's honours) never names
        // it while the page has a place of its own
        if counts.iter().any(|(p, _)| *p != "全国") {
            counts.retain(|(p, _)| *p != "全国");
        }
        let place = counts
            .iter()
            .fold(None::<(&str, usize)>, |best, &(p, n)| match best {
                Some((_, m)) if m >= n => best,
                _ => Some((p, n)),
            })
            .map(|(p, _)| p.to_owned())
            .or_else(|| Some(source.province.trim().to_owned()).filter(|p| !p.is_empty()));
        let base = match place {
            Some(place) => format!("{place}报道"),
            None => "一篇报道".to_owned(),
        };
        let seen = taken.entry(base.clone()).or_default();
        *seen += 1;
        let name = if *seen == 1 {
            base
        } else {
            format!("{base}（{}）", crate::format::zh_numeral(*seen as u64))
        };
        names.insert(source.file.clone(), name);
    }
    names
}

#[cfg(test)]
mod tests {
    use super::*;
    use jianbao_facts::SourceInfo;

    fn source(file: &str, title: &str, province: &str) -> SourceInfo {
        SourceInfo {
            file: file.to_owned(),
            title: title.to_owned(),
            publisher: None,
            date: None,
            date_basis: None,
            province: province.to_owned(),
            note: None,
            author: None,
            url: None,
            fetched: None,
        }
    }

    #[test]
    fn a_file_name_or_blank_title_is_no_headline() {
        assert!(is_untitled(
            "d244_anhui_hanshan_zyz.txt",
            "d244_anhui_hanshan_zyz.txt"
        ));
        assert!(is_untitled("a/报道.docx", "报道.docx"));
        assert!(is_untitled("x.txt", "  "));
        assert!(!is_untitled("x.txt", "含山县志愿服务工作综述"));
    }

    #[test]
    fn untitled_sources_are_named_for_their_place_and_never_share_a_name() {
        let mut manifest = Manifest::default();
        manifest.sources.push(source("a.txt", "a.txt", "安徽"));
        manifest.sources.push(source("b.txt", "b.txt", "安徽"));
        manifest.sources.push(source("c.txt", "c.txt", "安徽"));
        manifest
            .sources
            .push(source("d.txt", "有标题的报道", "安徽"));
        manifest.sources.push(source("e.txt", "e.txt", ""));
        let facts = FactSet::default();
        let names = untitled_names(&facts, &manifest);
        assert_eq!(names["a.txt"], "安徽报道");
        assert_eq!(names["b.txt"], "安徽报道（二）");
        assert_eq!(names["c.txt"], "安徽报道（三）");
        assert!(!names.contains_key("d.txt"));
        assert_eq!(names["e.txt"], "一篇报道");
    }
}
