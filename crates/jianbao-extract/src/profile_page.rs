//! A grassroots unit's own profile page passes the topic check (data/relevance-profiles.toml).
//!
//! A community's, village's or street's encyclopedia entry, 社区简介, 村情简介 or 街道概况 sizes the
//! unit in rows (辖区面积1.8平方公里, 下辖9个居民小区, 现有居民4120户, 常住人口11600人) and lists its
//! honours and services, often without one word of the social-work remit: the remit's own words
//! (志愿, 社工, 基层治理) and the community's bodies (relevance-community.toml: 党小组, 两委,
//! 换届) are not there to count. The community, the village and the street are the units of
//! 基层治理 the social-work departments guide (城乡社区治理, 居委会 and 村委会 building), so a page
//! about one of them is in scope: its title names the unit as its subject, alone, after the places
//! it lies in, or with a profile's heading (青石社区; 某省某市某区某街道某社区概况; 柳湾村村情简介; an
//! infobox's 中文名:某某社区), or its first sentence opens on the unit with a verb of whereabouts or
//! belonging (某某社区位于……, 某某村隶属于……); and its text names rows of at least three kinds
//! (area, people, homes, parts). A page about something else that names a community (a company,
//! a school, a health centre, an event there) is titled by that thing and stays out; an estate's
//! advert, a tourist site's listing or a company's register (容积率, 门票, 注册资本) are no unit's
//! profile however they size a place.

use crate::places::Gazetteer;
use crate::relevance::TermLists;
use std::collections::BTreeMap;
use std::ops::Range;
use std::sync::OnceLock;

const PROFILES: &str = include_str!("../../../data/relevance-profiles.toml");

/// data/relevance-profiles.toml.
#[derive(serde::Deserialize)]
struct ProfileWords {
    min_groups: usize,
    title_separators: Vec<String>,
    subject_openers: Vec<String>,
    off_topic: Vec<String>,
    groups: BTreeMap<String, Vec<String>>,
}

/// [`ProfileWords`] as the check reads them.
struct ProfileCues {
    min_groups: usize,
    separators: Vec<char>,
    openers: Vec<Vec<char>>,
    /// The off-topic words first, then each group's rows (list 0: off topic; list k: group k).
    lists: TermLists,
    groups: usize,
    /// The list of the `homes` group.
    homes: usize,
}

fn cues() -> &'static ProfileCues {
    static CUES: OnceLock<ProfileCues> = OnceLock::new();
    CUES.get_or_init(|| {
        let words: ProfileWords =
            toml::from_str(PROFILES).expect("data/relevance-profiles.toml parses");
        fn as_strs(l: &[String]) -> Vec<&str> {
            l.iter().map(String::as_str).collect()
        }
        let mut lists = vec![as_strs(&words.off_topic)];
        lists.extend(words.groups.values().map(|g| as_strs(g)));
        assert!(
            lists.len() <= MAX_LISTS,
            "data/relevance-profiles.toml: too many groups"
        );
        ProfileCues {
            min_groups: words.min_groups,
            separators: words
                .title_separators
                .iter()
                .filter_map(|s| s.chars().next())
                .collect(),
            openers: words
                .subject_openers
                .iter()
                .map(|w| w.chars().collect())
                .collect(),
            groups: words.groups.len(),
            homes: 1 + words
                .groups
                .keys()
                .position(|k| k == "homes")
                .expect("data/relevance-profiles.toml has a homes group"),
            lists: TermLists::new(&lists),
        }
    })
}

/// The most lists [`cues`] may hold (the off-topic words and the groups).
const MAX_LISTS: usize = 8;

/// Whether `text` (an article's whole text) is a grassroots unit's own profile: `title` (its
/// headline or infobox name) or `first` (its first body sentence) names the unit as the page's
/// subject, and the text sizes it in rows of enough kinds with no word of an advert, a listing
/// or a register.
pub(crate) fn is_unit_profile(
    g: &Gazetteer,
    title: Option<&[char]>,
    first: Option<&[char]>,
    text: &[char],
) -> bool {
    let cues = cues();
    let about_unit = title.is_some_and(|t| titles_unit(g, t))
        || first.is_some_and(|s| opens_on_unit(g, s, &cues.openers));
    if !about_unit {
        return false;
    }
    let counts = cues.lists.counts::<MAX_LISTS>(text);
    if counts[0] > 0 {
        return false;
    }
    let named = (1..=cues.groups)
        .filter(|&k| counts[k] > 0 || (k == cues.homes && counts_homes(text)))
        .count();
    named >= cues.min_groups
}

/// Whether `text` counts homes by their figure (居民4120户, 共有农户680户, 2.9万户): a digit or a
/// large unit right before 户.
fn counts_homes(text: &[char]) -> bool {
    text.windows(2)
        .any(|w| w[1] == '户' && (w[0].is_ascii_digit() || matches!(w[0], '万' | '千' | '百')))
}

/// Whether `title` is a unit's own: a community, village or street (never an estate) named at
/// its end, before nothing or a profile's heading, after nothing or the places it lies in.
fn titles_unit(g: &Gazetteer, title: &[char]) -> bool {
    let separators = &cues().separators;
    let title: Vec<char> = title
        .iter()
        .copied()
        .filter(|c| !c.is_whitespace())
        .collect();
    let end = title
        .iter()
        .position(|c| separators.contains(c))
        .unwrap_or(title.len());
    let title = &title[..end];
    let Some(unit) = unit_after_places(g, title) else {
        return false;
    };
    crate::locals::titles_profile(&title[unit.end..])
}

/// Whether `sentence` opens on a unit (after nothing or the places it lies in) followed by one of
/// `openers` (某某社区位于……, 某某村隶属于……).
fn opens_on_unit(g: &Gazetteer, sentence: &[char], openers: &[Vec<char>]) -> bool {
    let Some(unit) = unit_after_places(g, sentence) else {
        return false;
    };
    let rest = &sentence[unit.end..];
    openers.iter().any(|w| rest.starts_with(w))
}

/// How many characters may stand between one place and the next name of a title's chain (a
/// direction 东 the local finder leaves out of 东华街道).
const CHAIN_GAP: usize = 2;

/// The unit `text` opens on: the last street, or the first community or village, of the chain of
/// names `text` opens with (the gazetteer's places and streets, each right after the one before
/// it), and its range; none when the chain holds no unit or a housing estate breaks it.
fn unit_after_places(g: &Gazetteer, text: &[char]) -> Option<Range<usize>> {
    let found = crate::placing::find_places(g, text, None);
    let known: Vec<Range<usize>> = found.iter().map(|m| m.range.clone()).collect();
    let units = crate::locals::find_locals(text, &known);
    let mut names: Vec<(Range<usize>, bool)> = known
        .into_iter()
        .map(|r| (r, false))
        .chain(units.into_iter().map(|r| (r, true)))
        .collect();
    names.sort_by_key(|(r, _)| r.start);
    let mut at = 0;
    let mut street = None;
    for (range, local) in names {
        let joined = range.start >= at
            && range.start <= at + CHAIN_GAP
            && text[at..range.start].iter().all(|c| c.is_alphabetic());
        if !joined {
            break;
        }
        let name = &text[range.clone()];
        if local && crate::locals::is_community(name) {
            return Some(range);
        }
        if local && !crate::locals::is_street(name) {
            return None;
        }
        if local {
            street = Some(range.clone());
        }
        at = range.end;
    }
    street.filter(|r| r.end == at)
}
