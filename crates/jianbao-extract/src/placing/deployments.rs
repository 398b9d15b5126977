//! Volunteers a place's volunteer association sends (某自治区青年志愿者协会派出志愿者200名, 市青年
//! 志愿者协会组织35名青年志愿者……): the association is how a region, a city or a county calls up
//! its volunteers, so the people it sends and their service are the place's figures, at the
//! place's level, where an organisation's own figures (level org) would otherwise be read from
//! its name leading the clause. Its own members (会员) stay its own, and a team's or a charity
//! federation's volunteers are theirs (no such association). Words in
//! data/volunteer-associations.toml.

use serde::Deserialize;
use std::sync::OnceLock;

const WORDS: &str = include_str!("../../../../data/volunteer-associations.toml");

#[derive(Deserialize)]
struct Words {
    associations: Vec<String>,
    deploy_verbs: Vec<String>,
    volunteer_words: Vec<String>,
    member_words: Vec<String>,
    registry_words: Vec<String>,
}

struct Lists {
    associations: Vec<Vec<char>>,
    deploy_verbs: Vec<Vec<char>>,
    volunteer_words: Vec<Vec<char>>,
    member_words: Vec<Vec<char>>,
    registry_words: Vec<Vec<char>>,
}

fn lists() -> &'static Lists {
    static LISTS: OnceLock<Lists> = OnceLock::new();
    LISTS.get_or_init(|| {
        // a build-time file of this crate: a malformed one fails the tests, not a user's run
        let words: Words = toml::from_str(WORDS).unwrap_or(Words {
            associations: Vec::new(),
            deploy_verbs: Vec::new(),
            volunteer_words: Vec::new(),
            member_words: Vec::new(),
            registry_words: Vec::new(),
        });
        let chars = |list: Vec<String>| -> Vec<Vec<char>> {
            let mut out: Vec<Vec<char>> = list.iter().map(|w| w.chars().collect()).collect();
            out.sort_by_key(|w| std::cmp::Reverse(w.len()));
            out
        };
        Lists {
            associations: chars(words.associations),
            deploy_verbs: chars(words.deploy_verbs),
            volunteer_words: chars(words.volunteer_words),
            member_words: chars(words.member_words),
            registry_words: chars(words.registry_words),
        }
    })
}

fn contains(haystack: &[char], word: &[char]) -> bool {
    crate::catalog::find_from(haystack, word, 0).is_some()
}

/// Where the last volunteer association named in `text` ends.
fn last_association_end(text: &[char]) -> Option<usize> {
    lists()
        .associations
        .iter()
        .filter_map(|a| {
            (0..text.len().saturating_sub(a.len() - 1))
                .rev()
                .find(|&i| text[i..].starts_with(a))
                .map(|i| i + a.len())
        })
        .max()
}

/// Whether `text` names a place's volunteer association (an article's headline or lead opening
/// with one: its figures are then told with no name before them).
pub(crate) fn names_association(text: &[char]) -> bool {
    last_association_end(text).is_some()
}

/// Whether `label`, what a figure counts, is members of a volunteer association (会员单位, 成员
/// 单位) and its `paragraph` or the article's `headline` names one: the federation's member
/// units are volunteering's, not social organisations of their own.
pub(crate) fn counts_association_members(
    label: &str,
    paragraph: &[char],
    headline: &[char],
) -> bool {
    let label: Vec<char> = label.chars().collect();
    lists().member_words.iter().any(|w| label.ends_with(w))
        && (names_association(paragraph) || names_association(headline))
}

/// Whether the figure starting at `number_start` of sentence `s`, whose clause is
/// `clause` (a range of `s`), counts volunteers a place's volunteer association sends or calls
/// up: the association is named before the figure in its sentence (or, with `association_home`,
/// is the organisation the article is about), a verb of sending stands between it and the
/// figure, and the figure's clause speaks of volunteers.
pub(crate) fn association_deploys(
    s: &[char],
    clause: std::ops::Range<usize>,
    number_start: usize,
    association_home: bool,
) -> bool {
    let v = lists();
    let from = match last_association_end(&s[..number_start]) {
        Some(end) => end,
        None if association_home => clause.start,
        None => return false,
    };
    let between = &s[from..number_start];
    v.deploy_verbs.iter().any(|w| contains(between, w))
        && v.volunteer_words
            .iter()
            .any(|w| contains(&s[clause.clone()], w))
}

/// Whether the figure starting at `number_start` of sentence `s`, whose clause is `clause`,
/// counts the registered volunteers a place's volunteer association reports (市志愿者协会现有注册
/// 志愿者3.2万名): the association keeps its place's register, so they are the place's. The
/// association is named before the figure in its sentence (or, with `association_home`, is the
/// organisation the article is about) and a registry word stands in the figure's clause before it.
pub(crate) fn association_counts_registry(
    s: &[char],
    clause: std::ops::Range<usize>,
    number_start: usize,
    association_home: bool,
) -> bool {
    let named = last_association_end(&s[..number_start]).is_some();
    let told = &s[clause.start..(number_start + REGISTRY_AFTER).min(clause.end)];
    (named || association_home) && lists().registry_words.iter().any(|w| contains(told, w))
}

/// How far after a figure's first digit its registry word may stand (32000名注册志愿者).
const REGISTRY_AFTER: usize = 16;

#[cfg(test)]
mod tests {
    use super::*;

    fn deploys(text: &str, figure: &str) -> bool {
        let s: Vec<char> = text.chars().collect();
        let f: Vec<char> = figure.chars().collect();
        let at = (0..s.len()).find(|&i| s[i..].starts_with(&f)).unwrap();
        let clause_start = (0..at)
            .rev()
            .find(|&i| matches!(s[i], ',' | '。' | ';'))
            .map_or(0, |i| i + 1);
        let clause_end = (at..s.len())
            .find(|&i| matches!(s[i], ',' | '。' | ';'))
            .unwrap_or(s.len());
        association_deploys(&s, clause_start..clause_end, at, false)
    }

    #[test]
    fn an_association_sending_volunteers() {
        assert!(deploys(
            "春运期间,某市青年志愿者协会先后派出志愿者320人次,在车站提供引导服务",
            "320"
        ));
        assert!(deploys(
            "为保障赛事,县志愿者联合会组织48名青年志愿者承担检录工作",
            "48"
        ));
        assert!(deploys(
            "自治区青年志愿者协会从高校招募志愿者1500名,服务博览会",
            "1500"
        ));
    }

    #[test]
    fn not_a_deployment() {
        // the association's own members, and no verb of sending
        assert!(!deploys("市志愿者协会现有会员单位86家", "86"));
        // a team's or a charity federation's volunteers are theirs
        assert!(!deploys("市慈善总会组织志愿者60名走访困难家庭", "60"));
        assert!(!deploys("红马甲志愿服务队派出队员12名", "12"));
        // sending, but no volunteers in the figure's clause
        assert!(!deploys("市青年志愿者协会组织开展培训,全年共12场", "12"));
    }

    #[test]
    fn the_word_lists_parse() {
        let words: Words = toml::from_str(WORDS).expect("data/volunteer-associations.toml");
        assert!(!words.associations.is_empty() && !words.deploy_verbs.is_empty());
        assert!(!words.member_words.is_empty());
    }
}
