//! A figure's theme within its article's topic. Community and grassroots words (社区, 困难,
//! 街区) turn up in texts of every remit: a social-work report counts 社区基金, a volunteers'
//! report 社区 service points. Such a word in a figure's clause decides the figure's theme only
//! when it names the counted thing itself; otherwise the article's own topic does.

use crate::catalog::{
    counts_care, counts_grassroots_party, first_family, names_grassroots_body, names_no_theme_but,
    opening_family, settles_requests_at_grassroots,
};
use jianbao_facts::Theme;

/// The theme most of an article's lines open with (each line's first theme word), when one
/// other than grassroots governance leads: the article's remit.
pub(crate) fn dominant<'a>(lines: impl Iterator<Item = &'a [char]>) -> Option<Theme> {
    let mut counts: Vec<(Theme, usize)> = Vec::new();
    for theme in lines.filter_map(first_family) {
        match counts.iter_mut().find(|(t, _)| *t == theme) {
            Some((_, n)) => *n += 1,
            None => counts.push((theme, 1)),
        }
    }
    // the first-met theme wins a tie: articles name their remit early
    let (theme, _) = counts
        .iter()
        .copied()
        .reduce(|best, c| if c.1 > best.1 { c } else { best })?;
    (theme != Theme::GrassrootsGovernance && theme != Theme::Other).then_some(theme)
}

/// `theme` (read from the figure's clause), or the article's `topic` when the clause gave only
/// grassroots governance, the counted thing (`label`) names no theme but the topic's (党组织书记
/// in a report on emerging-sector party building; 社区党委 names a community too) and the figure's paragraph does not open on
/// grassroots work. A clause that names a grassroots body of its own (`clause`: 网格员排查处理
/// 问题420件 in a volunteer team's story) keeps its figure that body's.
pub(crate) fn within_topic(
    theme: Theme,
    label: &str,
    (clause, paragraph): (&[char], &[char]),
    topic: Option<Theme>,
) -> Theme {
    let label: Vec<char> = label.chars().collect();
    match topic {
        Some(topic)
            if theme == Theme::GrassrootsGovernance
                && names_no_theme_but(&label, topic)
                && !names_grassroots_body(clause)
                && opening_family(paragraph) != Some(Theme::GrassrootsGovernance)
                && !settles_requests_at_grassroots(paragraph)
                // 54.4万名村党组织书记: a village's or community's own party organisation
                // and its secretaries are grassroots work in a report on party building too
                && !(topic == Theme::EmergingSectorPartyBuilding
                    && counts_grassroots_party(&label)) =>
        {
            topic
        }
        // 社区共收到“微心愿”30余份 in a report on riders: care counted under the community that
        // gives it is the remit of those cared for, the article's, even in a paragraph that
        // opens on the community's name
        Some(topic)
            if theme == Theme::GrassrootsGovernance
                && counts_care(&label)
                && !settles_requests_at_grassroots(paragraph) =>
        {
            topic
        }
        _ => theme,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(text: &str) -> Vec<char> {
        text.chars().collect()
    }

    #[test]
    fn an_article_remit_is_the_theme_most_lines_open_with() {
        let lines = [
            chars("全市注册志愿者突破80万人"),
            chars("志愿服务组织达1200个"),
            chars("社区志愿服务站点覆盖率达九成"),
        ];
        assert_eq!(
            dominant(lines.iter().map(Vec::as_slice)),
            Some(Theme::Volunteers)
        );
        let grassroots = [chars("基层治理减负清单"), chars("网格员走访")];
        assert_eq!(dominant(grassroots.iter().map(Vec::as_slice)), None);
    }

    #[test]
    fn a_grassroots_word_in_the_setting_yields_to_the_remit() {
        let topic = Some(Theme::SocialWorkers);
        let paragraph = chars("全市社工站持续发力,在社区开展服务,链接物资4万件");
        // the counted thing names no theme: the article's remit decides
        assert_eq!(
            within_topic(
                Theme::GrassrootsGovernance,
                "链接物资",
                (&[], &paragraph),
                topic
            ),
            Theme::SocialWorkers
        );
        // the counted thing itself is grassroots work: the clause decides
        assert_eq!(
            within_topic(
                Theme::GrassrootsGovernance,
                "社区议事会",
                (&[], &paragraph),
                topic
            ),
            Theme::GrassrootsGovernance
        );
        // a paragraph that opens on grassroots work keeps it
        let grassroots = chars("基层减负持续推进,开展服务300场次");
        assert_eq!(
            within_topic(
                Theme::GrassrootsGovernance,
                "服务",
                (&[], &grassroots),
                topic
            ),
            Theme::GrassrootsGovernance
        );
    }
}
