//! The frame of a figure: whom its counted phrase, clause, sentence and paragraph are about when the
//! counted noun names only a role or a record. Official and news texts about new-employment
//! workers say once who the workers are (骑手, 快递员, 新就业群体, their stations) and then count
//! them by what they do or are (党员, 网格员, 观察员, 最美骑手, 台账); and everyday requests
//! (诉求) that a street or its grid settles are grassroots service, not petitions. Word lists
//! in data/framed-themes.toml.

use super::{theme_hits_with_setting, theme_words};
use crate::first_chars::FirstChars;
use jianbao_facts::Theme;

/// data/framed-themes.toml: its lists are `L` (`Vec<String>` as the tests parse them, static
/// slices as build.rs writes them).
#[derive(serde::Deserialize, Debug)]
#[serde(deny_unknown_fields)]
struct FrameData<L> {
    worker_roles: L,
    generic_workers: L,
    records: L,
    party_work_on_members: L,
    own_people_of: L,
    resident_requests: L,
    petition_channels: L,
    grassroots_handlers: L,
    complaint_words: L,
    team_words: L,
    city_hotlines: L,
    request_kinds: L,
    share_ends: L,
    worker_own_words: L,
    role_links: L,
    role_modifiers: L,
    trade_words: L,
}

// `FRAME_DATA`: data/framed-themes.toml as `FrameData` of static lists, written when the crate
// was built (build.rs, build/flat_lists.rs), so that no start parses its TOML; the tests check
// it equals the parse.
include!(concat!(env!("OUT_DIR"), "/frame_data.rs"));

#[cfg(test)]
const FRAMES: &str = include_str!("../../../../../data/framed-themes.toml");

/// Words with the characters that start them: looked up in the clause of many figures, most
/// of whose characters start none of them.
#[derive(Default)]
struct WordList {
    words: Vec<Vec<char>>,
    first_chars: FirstChars,
}

impl WordList {
    fn new(list: &[&str]) -> WordList {
        let words: Vec<Vec<char>> = list
            .iter()
            .filter(|w| !w.is_empty())
            .map(|w| w.chars().collect())
            .collect();
        let first_chars = FirstChars::of(words.iter().map(Vec::as_slice));
        WordList { words, first_chars }
    }

    /// Whether `text` holds one of the words.
    fn in_text(&self, text: &[char]) -> bool {
        text.iter().enumerate().any(|(i, &c)| {
            self.first_chars.may_start(c) && self.words.iter().any(|w| text[i..].starts_with(w))
        })
    }

    /// Whether `word` is one of the words.
    fn holds(&self, word: &[char]) -> bool {
        self.words.iter().any(|w| w == word)
    }
}

/// The lists of data/framed-themes.toml.
struct FrameWords {
    people: WordList,
    party_work: WordList,
    own_people_of: WordList,
    resident_requests: WordList,
    petition_channels: WordList,
    grassroots_handlers: WordList,
    complaint_words: WordList,
    team_words: WordList,
    city_hotlines: WordList,
    request_kinds: WordList,
    share_ends: WordList,
    worker_own_words: WordList,
    role_links: WordList,
    role_modifiers: WordList,
    trade_words: WordList,
}

fn frame_words() -> &'static FrameWords {
    static WORDS: std::sync::OnceLock<FrameWords> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| {
        let data = &FRAME_DATA;
        let people: Vec<&str> = [data.worker_roles, data.generic_workers, data.records]
            .concat()
            .to_vec();
        FrameWords {
            people: WordList::new(&people),
            party_work: WordList::new(data.party_work_on_members),
            own_people_of: WordList::new(data.own_people_of),
            resident_requests: WordList::new(data.resident_requests),
            petition_channels: WordList::new(data.petition_channels),
            grassroots_handlers: WordList::new(data.grassroots_handlers),
            complaint_words: WordList::new(data.complaint_words),
            team_words: WordList::new(data.team_words),
            city_hotlines: WordList::new(data.city_hotlines),
            request_kinds: WordList::new(data.request_kinds),
            share_ends: WordList::new(data.share_ends),
            worker_own_words: WordList::new(data.worker_own_words),
            role_links: WordList::new(data.role_links),
            role_modifiers: WordList::new(data.role_modifiers),
            trade_words: WordList::new(data.trade_words),
        }
    })
}

/// Whom a stretch of text is about, as far as its remit words tell.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Frame {
    /// It names new-employment workers or their stations, and no remit but party building and
    /// grassroots work beside them (the roles the workers take).
    Workers,
    /// It names another remit, or the workers' firms (快递企业): it frames no worker.
    Elsewhere,
    /// It names no remit but party building, grassroots work or a setting.
    Open,
}

/// The frame of `text`: [`Frame::Workers`] when its remit words are new-employment workers
/// (骑手, 快递员, 新就业群体, 驿站 …, not firms: 快递企业) beside at most party members and
/// grassroots words.
pub(super) fn frame_of(text: &[char]) -> Frame {
    let words = theme_words();
    let mut workers = false;
    for (start, end, f, setting) in theme_hits_with_setting(words, text) {
        match frame_of_word(text, start, end, f, setting) {
            Frame::Elsewhere => return Frame::Elsewhere,
            Frame::Workers => workers = true,
            Frame::Open => {}
        }
    }
    if workers {
        Frame::Workers
    } else {
        Frame::Open
    }
}

/// What the first theme word of `text` that frames anything frames ([`Frame::Open`] when
/// none): a paragraph's frame is what it opens with (依托驿站……推动流动党员亮身份,组织参与志愿
/// 活动: the stations, not the volunteering one clause of it mentions).
pub(super) fn opening_frame(text: &[char]) -> Frame {
    theme_hits_with_setting(theme_words(), text)
        .map(|(start, end, f, setting)| frame_of_word(text, start, end, f, setting))
        .find(|&frame| frame != Frame::Open)
        .unwrap_or(Frame::Open)
}

/// What one theme word of `text` (at `start..end`, of family `family`) frames: workers (骑手,
/// 驿站), elsewhere (another remit's word, or the workers' firms: 快递企业), or nothing (a
/// setting, party and grassroots words, which the workers' roles name).
pub(super) fn frame_of_word(
    text: &[char],
    start: usize,
    end: usize,
    family: usize,
    setting: bool,
) -> Frame {
    if setting {
        return Frame::Open;
    }
    match theme_words().families[family].0 {
        Theme::NewEmploymentGroups => {
            if super::businesses::names_business(&text[start..end])
                || super::businesses::names_business_at(text, end)
            {
                Frame::Elsewhere
            } else {
                Frame::Workers
            }
        }
        Theme::EmergingSectorPartyBuilding | Theme::GrassrootsGovernance => Frame::Open,
        _ => Frame::Elsewhere,
    }
}

/// Whether the grid or party word starting at `at` in `text` is a role or the branch of the
/// workers named right before it (小哥网格员, 骑手兼职网格员, 外卖小哥为兼职网格员, 骑手党支部):
/// `worker_ends` are where the text's new-employment words end (`workers_word_ends`). The text
/// between is empty or a verb of taking a role and a modifier of it (`role_links`,
/// `role_modifiers`), quotation marks aside.
pub(super) fn workers_own_at(text: &[char], at: usize, worker_ends: &[usize]) -> bool {
    let words = frame_words();
    if !words
        .worker_own_words
        .words
        .iter()
        .any(|w| text[at..].starts_with(w))
    {
        return false;
    }
    let Some(&end) = worker_ends.iter().rfind(|&&end| end <= at) else {
        return false;
    };
    let between: Vec<char> = text[end..at]
        .iter()
        .copied()
        .filter(|c| !matches!(c, '“' | '”' | '"' | '‘' | '’' | '「' | '」'))
        .collect();
    let strip = |text: &[char], list: &WordList| -> Option<usize> {
        list.words
            .iter()
            .filter(|w| text.starts_with(w))
            .map(Vec::len)
            .max()
    };
    let after_link = strip(&between, &words.role_links).unwrap_or(0);
    let rest = &between[after_link..];
    rest.is_empty() || strip(rest, &words.role_modifiers) == Some(rest.len())
}

/// Where the new-employment words among `hits` (start, end, family, setting) of `text` end that
/// name the workers, not their firms (快递企业, 外卖平台) nor their trade (快递行业): what
/// [`workers_own_at`] reads a role or a branch after.
pub(super) fn workers_word_ends(text: &[char], hits: &[(usize, usize, usize, bool)]) -> Vec<usize> {
    let trades = &frame_words().trade_words;
    hits.iter()
        .filter(|&&(start, end, f, setting)| {
            frame_of_word(text, start, end, f, setting) == Frame::Workers
                && !trades.words.iter().any(|w| text[start..end].ends_with(w))
        })
        .map(|&(_, end, _, _)| end)
        .collect()
}

/// Whether `label` (after `clause_before`, the clause up to the figure) counts people by a
/// role, a generic name or a record of them (党员, 网格员, 最美骑手, 从业人员, 台账), not a
/// community's own (社区党员), not party organisations, and not members the party's own work
/// counts (发展党员, 摸排流动党员).
fn counts_people_by_role(label: &[char], clause_before: &[char]) -> bool {
    let words = frame_words();
    words.people.in_text(label)
        && !words.own_people_of.in_text(label)
        && !super::counted::names_party_organisation(label)
        && !words.party_work.in_text(label)
        && !words.party_work.in_text(clause_before)
}

/// New-employment groups when `label` counts people by a role or a record (党员, 网格员,
/// 观察员, 台账 …) and the nearest frame that names a remit is the workers: the label itself
/// (小哥网格员), else the clause before the figure (`clause_before`: 快递员中有党员12名), else
/// the sentence (`sentence`), else the paragraph's remit (`paragraph`). A label, clause,
/// sentence or paragraph naming another remit (党员志愿者, 社工) leaves the figure to it, and
/// so does a paragraph naming only party or grassroots words (社区党委……党员): they frame its
/// figures themselves.
pub(super) fn worker_frame(
    label: &[char],
    clause_before: &[char],
    sentence: Frame,
    paragraph: impl FnOnce() -> Option<Theme>,
) -> Option<Theme> {
    if !counts_people_by_role(label, clause_before) {
        return None;
    }
    let workers = Some(Theme::NewEmploymentGroups);
    for frame in [frame_of(label), frame_of(clause_before), sentence] {
        match frame {
            Frame::Workers => return workers,
            Frame::Elsewhere => return None,
            Frame::Open => {}
        }
    }
    (paragraph() == workers).then_some(Theme::NewEmploymentGroups)
}

/// Whether the request word at `start..end` of `text` (诉求) is a resident's everyday request
/// that a street, a community or its grid settles: `text` names such a handler and no channel
/// of petitions and proposals (信访, 人民建议, 12345 …).
pub(super) fn request_to_grassroots(text: &[char], start: usize, end: usize) -> bool {
    let words = frame_words();
    words.resident_requests.holds(&text[start..end])
        && words.grassroots_handlers.in_text(text)
        && !words.petition_channels.in_text(text)
}

/// Whether `label` counts complaints or calls (its head, its last word, is one of
/// `complaint_words`: 交通问题投诉, 市民来电) and `paragraph` or `headline` names a channel of
/// petitions (12345, 热线, 信访): what the channel receives is its remit's.
pub(super) fn complaint_through_channel(
    label: &[char],
    paragraph: &[char],
    headline: &[char],
) -> bool {
    let words = frame_words();
    words
        .complaint_words
        .words
        .iter()
        .any(|w| label.ends_with(w))
        && (words.petition_channels.in_text(paragraph) || words.petition_channels.in_text(headline))
}

/// Whether `label` counts requests of a kind (反映物业管理问题, 社区管理类问题, and their shares:
/// 反映物业管理问题占比) that `paragraph` or `headline` says a city hotline received (12345热线,
/// 市民热线: `city_hotlines`): what the requests are about is no remit of the figure.
pub(super) fn request_kind_to_hotline(
    label: &[char],
    paragraph: &[char],
    headline: &[char],
) -> bool {
    let words = frame_words();
    let label = words
        .share_ends
        .words
        .iter()
        .filter(|w| label.ends_with(w))
        .map(|w| &label[..label.len() - w.len()])
        .min_by_key(|rest| rest.len())
        .unwrap_or(label);
    words.request_kinds.words.iter().any(|w| label.ends_with(w))
        && (words.city_hotlines.in_text(paragraph) || words.city_hotlines.in_text(headline))
}

/// Whether `paragraph` tells of a team and its members (队员, 救援队, 这支队伍: `team_words`).
pub(super) fn names_a_team(paragraph: &[char]) -> bool {
    frame_words().team_words.in_text(paragraph)
}

/// Whether the petitions words of `clause` are only residents' requests (受理群众诉求1520件)
/// and it names no channel of petitions: a sentence that hands such requests to a street or
/// its grid makes the clause's figures grassroots service.
pub(super) fn names_only_requests(clause: &[char]) -> bool {
    let words = frame_words();
    let theme_words = theme_words();
    !words.petition_channels.in_text(clause)
        && theme_hits_with_setting(theme_words, clause).all(|(start, end, f, _)| {
            theme_words.families[f].0 != Theme::PetitionsAndProposals
                || words.resident_requests.holds(&clause[start..end])
        })
}

/// Whether `label` counts new-employment workers by a role that another remit's catalog row
/// would take (骑手兼职网格员, 快递员中……网格员): the label itself or the clause before the
/// figure (`clause_before`) names the workers. Such a figure is the workers', not that row's.
/// So is a figure whose label is the workers themselves and whose clause names their role after
/// it (`clause_after`: 聘请26名外卖小哥为兼职网格员, theme21): the row's word is their role.
pub(super) fn counts_workers_in_a_role(
    label: &[char],
    clause_before: &[char],
    clause_after: &[char],
) -> bool {
    let role_after = names_workers(label) && frame_words().people.in_text(clause_after);
    role_after
        || counts_people_by_role(label, clause_before)
            && match frame_of(label) {
                Frame::Workers => true,
                Frame::Elsewhere => false,
                Frame::Open => frame_of(clause_before) == Frame::Workers,
            }
}

/// Whether `label` ends with a word naming new-employment workers (外卖小哥, 快递员; closing
/// quotation marks aside): they are what it counts, the head of its noun phrase.
fn names_workers(label: &[char]) -> bool {
    let end = label.len()
        - label
            .iter()
            .rev()
            .take_while(|c| matches!(c, '”' | '"' | '’' | '」'))
            .count();
    let label = &label[..end];
    theme_hits_with_setting(theme_words(), label)
        .last()
        .is_some_and(|(start, e, f, setting)| {
            e == label.len() && frame_of_word(label, start, e, f, setting) == Frame::Workers
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(text: &str) -> Vec<char> {
        text.chars().collect()
    }

    /// The static build.rs wrote is data/framed-themes.toml as it parses now.
    #[test]
    fn frame_data_static_equals_the_parse() {
        let parsed: FrameData<Vec<String>> =
            toml::from_str(FRAMES).expect("data/framed-themes.toml must parse");
        assert_eq!(format!("{FRAME_DATA:#?}"), format!("{parsed:#?}"));
        assert!(toml::from_str::<FrameData<Vec<String>>>("worker_roles = []").is_err());
    }

    #[test]
    fn frames_name_workers_beside_party_members_only() {
        assert_eq!(frame_of(&chars("快递员中有党员")), Frame::Workers);
        assert_eq!(frame_of(&chars("依托骑手驿站")), Frame::Workers);
        assert_eq!(frame_of(&chars("快递企业党员")), Frame::Elsewhere);
        assert_eq!(frame_of(&chars("组织志愿者为骑手")), Frame::Elsewhere);
        assert_eq!(frame_of(&chars("推动流动党员亮身份")), Frame::Open);
        assert_eq!(
            opening_frame(&chars("依托驿站,推动流动党员亮身份,组织参与志愿活动")),
            Frame::Workers
        );
    }

    #[test]
    fn roles_take_the_nearest_frame_that_names_a_remit() {
        let frame = |label: &str, before: &str, sentence: Frame, paragraph: Option<Theme>| {
            worker_frame(&chars(label), &chars(before), sentence, || paragraph)
        };
        let workers = Some(Theme::NewEmploymentGroups);
        assert_eq!(frame("小哥网格员", "聘请", Frame::Open, None), workers);
        assert_eq!(frame("党员", "快递员中有", Frame::Open, None), workers);
        assert_eq!(
            frame(
                "流动党员",
                "累计推动",
                Frame::Open,
                Some(Theme::NewEmploymentGroups)
            ),
            workers
        );
        // another remit nearer the figure keeps it
        assert_eq!(
            frame(
                "党员",
                "",
                Frame::Elsewhere,
                Some(Theme::NewEmploymentGroups)
            ),
            None
        );
        // a community's own members and party organisations are no workers
        assert_eq!(frame("社区党员", "骑手驿站", Frame::Workers, None), None);
        assert_eq!(frame("党支部", "快递员", Frame::Workers, None), None);
        // nothing counted by a role
        assert_eq!(frame("驿站", "骑手", Frame::Workers, None), None);
        // members the party's own work counts are its party building
        assert_eq!(
            frame("流动党员", "摸排货车司机", Frame::Workers, None),
            None
        );
        assert_eq!(
            frame("党员", "在新就业群体中发展党员", Frame::Workers, None),
            None
        );
    }

    #[test]
    fn requests_a_grid_settles_are_grassroots() {
        let text = chars("社区网格员上门走访,解决了居民诉求");
        let at = text.iter().position(|&c| c == '诉').expect("诉求");
        assert!(request_to_grassroots(&text, at, at + 2));
        let text = chars("信访局联合社区化解群众诉求");
        let at = text.iter().position(|&c| c == '诉').expect("诉求");
        assert!(!request_to_grassroots(&text, at, at + 2));
    }
}
