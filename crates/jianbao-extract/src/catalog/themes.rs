//! Themes of figures and points: the remit words of data/themes.toml looked up in a figure's
//! clause, sentence, paragraph and headline. Split from the catalog's wording matching, which it
//! shares clause helpers with.

use super::*;

mod businesses;
mod counted;
mod frames;
mod having;
mod neighbours;
mod sentence;

pub use sentence::SentenceThemes;

/// Theme words (data/themes.toml), each word as characters, compiled once per process: the
/// theme of every figure and point is looked up in its clause, sentence, paragraph and headline.
/// A theme family: its theme and its words.
type Family = (Theme, Vec<Vec<char>>);

struct ThemeWords {
    /// In order: the first family found wins.
    families: Vec<Family>,
    /// (family, word) indices by the word's first character: a text is scanned once for all
    /// theme words, not once per word (themes are looked up for every figure and point).
    by_first: rustc_hash::FxHashMap<char, Vec<(usize, usize)>>,
    /// A bit per character (its low 16 bits) that may start a theme word: most characters of a
    /// text start none, and testing a bit costs a fraction of a map lookup.
    may_start: Box<[u64; 1024]>,
    /// For each family's words, whether the word names a setting of every remit (社区) rather
    /// than the remit itself (data/themes.toml `setting_words`).
    setting: Vec<Vec<bool>>,
    emerging_context: Vec<Vec<char>>,
    party_words: Vec<Vec<char>>,
    /// Station words (驿站, 服务站) and the purposes that, right before one, make it another
    /// kind of station than the family's (成长驿站, 养老服务站): data/themes.toml.
    station_words: Vec<Vec<char>>,
    other_station_purposes: Vec<Vec<char>>,
}

#[derive(serde::Deserialize, Debug)]
#[serde(deny_unknown_fields)]
struct ThemeData<L = Vec<String>, F = Vec<FamilyData>> {
    family: F,
    emerging_context: L,
    party_words: L,
    setting_words: L,
    station_words: L,
    other_station_purposes: L,
}

#[derive(serde::Deserialize, Debug)]
#[serde(deny_unknown_fields)]
struct FamilyData<L = Vec<String>, S = String> {
    theme: S,
    words: L,
}

/// data/themes.toml of static slices, as build.rs writes it.
type StaticThemeData = ThemeData<
    &'static [&'static str],
    &'static [FamilyData<&'static [&'static str], &'static str>],
>;

// `THEME_DATA`: data/themes.toml as `StaticThemeData`, written when the crate was built (build.rs,
// build/flat_lists.rs), so that no start parses its TOML; the tests check it equals the parse.
include!(concat!(env!("OUT_DIR"), "/theme_data.rs"));

#[cfg(test)]
const THEMES: &str = include_str!("../../../../data/themes.toml");

/// The theme words of `data`, each word as characters, looked up by its first character.
fn theme_words_of(data: &StaticThemeData) -> Result<ThemeWords, String> {
    let chars =
        |list: &[&str]| -> Vec<Vec<char>> { list.iter().map(|w| w.chars().collect()).collect() };
    let families = data
        .family
        .iter()
        .map(|f| {
            let words = chars(f.words);
            Theme::parse(f.theme)
                .map(|t| (t, words))
                .ok_or_else(|| format!("unknown theme {:?}", f.theme))
        })
        .collect::<Result<Vec<Family>, _>>()?;
    let mut by_first: rustc_hash::FxHashMap<char, Vec<(usize, usize)>> = Default::default();
    for (f, (_, words)) in families.iter().enumerate() {
        for (k, w) in words.iter().enumerate() {
            if let Some(&c) = w.first() {
                by_first.entry(c).or_default().push((f, k));
            }
        }
    }
    let mut may_start = Box::new([0u64; 1024]);
    for &c in by_first.keys() {
        let bit = first_char_bit(c);
        may_start[bit >> 6] |= 1 << (bit & 63);
    }
    let setting = data
        .family
        .iter()
        .map(|f| {
            f.words
                .iter()
                .map(|w| data.setting_words.contains(w))
                .collect()
        })
        .collect();
    Ok(ThemeWords {
        families,
        by_first,
        may_start,
        setting,
        emerging_context: chars(data.emerging_context),
        party_words: chars(data.party_words),
        station_words: chars(data.station_words),
        other_station_purposes: chars(data.other_station_purposes),
    })
}

/// The bit of `may_start` for a character.
fn first_char_bit(c: char) -> usize {
    (u32::from(c) & 0xFFFF) as usize
}

fn theme_words() -> &'static ThemeWords {
    static WORDS: std::sync::OnceLock<ThemeWords> = std::sync::OnceLock::new();
    // the embedded file is checked by this module's tests, so it parses in a release
    WORDS.get_or_init(|| {
        // the static's themes are checked by this module's tests, so they parse in a release
        theme_words_of(&THEME_DATA).unwrap_or(ThemeWords {
            families: Vec::new(),
            by_first: Default::default(),
            may_start: Box::new([0; 1024]),
            setting: Vec::new(),
            emerging_context: Vec::new(),
            party_words: Vec::new(),
            station_words: Vec::new(),
            other_station_purposes: Vec::new(),
        })
    })
}

fn contains(text: &[char], word: &[char]) -> bool {
    find_from(text, word, 0).is_some()
}

/// The first theme family (in data/themes.toml order) that `text` mentions.
pub(crate) fn first_family(text: &[char]) -> Option<Theme> {
    let words = theme_words();
    theme_hits(words, text)
        .map(|(_, _, f)| f)
        .min()
        .map(|f| words.families[f].0)
}

/// The remit a paragraph is about: the one it names most often by a remit's own word, else its
/// first theme family. A paragraph on a remit names it again and again (新就业群体, 骑手, 外卖 …);
/// a passing mention of another (骑手志愿者) does not make its figures that remit's.
/// Social organisations in a paragraph that names party building are where the party
/// building happens (社会组织党建): the paragraph is emerging-sector party building.
pub(crate) fn paragraph_family(text: &[char]) -> Option<Theme> {
    let words = theme_words();
    match first_remit_family(text) {
        // 依托驿站……推动流动党员亮身份: party members in a paragraph on the workers' stations,
        // with no party organisation, are the workers
        Some(Theme::EmergingSectorPartyBuilding)
            if !counted::names_party_organisation(text)
                && frames::opening_frame(text) == frames::Frame::Workers =>
        {
            Some(Theme::NewEmploymentGroups)
        }
        Some(Theme::SocialOrganizations) if words.party_words.iter().any(|w| contains(text, w)) => {
            Some(Theme::EmergingSectorPartyBuilding)
        }
        Some(theme) => Some(theme),
        None => first_family(text),
    }
}

/// Whether `paragraph` is about residents' requests that a street, a community or its grid
/// settles (网格员……解决了居民诉求): its figures are grassroots service, whatever remit the
/// article around it is about.
pub(crate) fn settles_requests_at_grassroots(paragraph: &[char]) -> bool {
    let words = theme_words();
    theme_hits_with_setting(words, paragraph).any(|(start, end, f, _)| {
        words.families[f].0 == Theme::GrassrootsGovernance
            && frames::request_to_grassroots(paragraph, start, end)
    })
}

/// Whether every theme word in `text` is one of `theme`'s (true when it has none): 社区党委
/// names grassroots work as well as party building.
pub(crate) fn names_no_theme_but(text: &[char], theme: Theme) -> bool {
    let words = theme_words();
    theme_hits(words, text).all(|(_, _, f)| words.families[f].0 == theme)
}

/// Whether `clause` names grassroots governance by a word of its own, not by a setting every remit
/// shares (网格, 议事, 党群服务中心; not 社区): the grid or the centre that did what is counted
/// (网格员排查处理问题420件) is the figure's owner, whatever remit its article is about.
pub(crate) fn names_grassroots_body(clause: &[char]) -> bool {
    let words = theme_words();
    theme_hits_with_setting(words, clause)
        .any(|(_, _, f, setting)| !setting && words.families[f].0 == Theme::GrassrootsGovernance)
}

/// Whether `label`, what a figure counts, is complaints or calls (投诉, 来电) that its
/// `paragraph` or the article's `headline` says a channel of petitions receives (12345热线,
/// 信访): a hotline's bulletin counts them by kind in paragraphs that name the channel no more.
pub(crate) fn counts_complaints_to_a_channel(
    label: &str,
    paragraph: &[char],
    headline: &[char],
) -> bool {
    let label: Vec<char> = label.chars().collect();
    frames::complaint_through_channel(&label, paragraph, headline)
}

/// Whether `label`, what a figure counts, is requests of a kind (反映物业管理问题, 社区管理类问题,
/// their shares) that its `paragraph` or the article's `headline` says a city hotline received
/// (12345热线): a hotline bulletin's breakdown by subject is the petitions remit's, whatever
/// grassroots words name the subject.
pub(crate) fn counts_request_kind_to_hotline(
    label: &str,
    paragraph: &[char],
    headline: &[char],
) -> bool {
    let label: Vec<char> = label.chars().collect();
    frames::request_kind_to_hotline(&label, paragraph, headline)
}

/// Whether a figure states what a place has as its profile does (辖区内有学校2所, 村内有寺庙2座,
/// 有低保户34户71人) in a paragraph that sizes the place (`counted.rs`, `states_profile`):
/// `clause` holds the figure at `figure`, `sentence` holds its number at `number_at`.
pub(crate) fn states_place_profile(
    label: &str,
    clause: &[char],
    figure: Range<usize>,
    sentence: &[char],
    number_at: usize,
    paragraph: &[char],
) -> bool {
    let label: Vec<char> = label.chars().collect();
    let figure = figure.start.min(clause.len())..figure.end.min(clause.len());
    counted::states_profile(
        &label,
        clause,
        &clause[figure],
        &sentence[..number_at.min(sentence.len())],
        sentence,
        paragraph,
    )
}

/// Whether a figure tells the work of social organisations a street or a centre incubates
/// (社工指导孵化的社会组织开展活动86场): `neighbours.rs`, `incubated_organisations_act`.
pub(crate) fn incubated_organisations_act(
    sentence: &[char],
    number_at: usize,
    label: &str,
) -> bool {
    let label: Vec<char> = label.chars().collect();
    neighbours::incubated_organisations_act(sentence, number_at, &label)
}

/// The theme of a figure whose clause, sentence, paragraph and headline name no remit, in an
/// article whose lines name volunteering most (`topic`): a paragraph that tells of a team and its
/// members (16名队员紧急会合, 救援队组织搜救200多次) goes on about the volunteers the article
/// introduced, so its figures are volunteering; any other such figure keeps no theme (`None`).
pub(crate) fn volunteer_team_deeds(topic: Option<Theme>, paragraph: &[char]) -> Option<Theme> {
    (topic == Some(Theme::Volunteers) && frames::names_a_team(paragraph))
        .then_some(Theme::Volunteers)
}

/// Whether the remit words of `clause` only tell the means of another remit's work (联动志愿者
/// 320人次 in a social-work station's report): see `theme_from_context`.
pub(crate) fn names_only_means(clause: &[char]) -> bool {
    neighbours::names_only_means(clause)
}

/// Whether `text` names a remit by its own word (志愿, 社工, 骑手 …), not only a setting (社区).
pub(crate) fn names_remit(text: &[char]) -> bool {
    first_remit_family(text).is_some()
}

/// The theme family that `text` names most often by a remit's own word, not by a setting every
/// remit shares (志愿 in 社区志愿服务, not 社区); of families named as often, the first. A
/// clause listing a remit's measures names that remit again and again (新就业群体, 骑手 …), and a
/// passing mention of another (开展公益志愿活动) among them does not make it that remit's.
fn first_remit_family(text: &[char]) -> Option<Theme> {
    let words = theme_words();
    remit_family_of_hits(words, theme_hits_with_setting(words, text))
}

/// [`first_remit_family`] of a text whose theme words (`theme_hits_with_setting`) are `hits`.
fn remit_family_of_hits(
    words: &ThemeWords,
    hits: impl Iterator<Item = (usize, usize, usize, bool)>,
) -> Option<Theme> {
    let mut counts = vec![0usize; words.families.len()];
    for (_, _, f, setting) in hits {
        if !setting {
            counts[f] += 1;
        }
    }
    let most = *counts.iter().max()?;
    (most > 0)
        .then(|| counts.iter().position(|&n| n == most))
        .flatten()
        .map(|f| words.families[f].0)
}

/// Whether a figure (`label`, its range `figure` in `clause`) counts new-employment workers
/// by a role another remit's catalog row would take (骑手兼职网格员86名, 快递员中……党员,
/// 26名外卖小哥为兼职网格员): the label or the clause before the figure names the workers, or
/// the label is the workers and the clause after names their role, so that row does not fit it.
pub fn counts_workers_in_a_role(label: &str, clause: &[char], figure: Range<usize>) -> bool {
    let label: Vec<char> = label.chars().collect();
    let (start, end) = (figure.start.min(clause.len()), figure.end.min(clause.len()));
    frames::counts_workers_in_a_role(&label, &clause[..start], &clause[end.max(start)..])
}

/// Whether `text`, a point's words, states a place's economy as its profile (规上工业企业, 产值)
/// and names no remit: context, whatever remit its paragraph is about.
pub(crate) fn states_place_economy(text: &[char]) -> bool {
    counted::states_place_economy(text)
}

/// Whether `label`, what a figure counts, names a grassroots unit (村, 社区, 街道 …) and no
/// new-sector organisation (村党组织书记, 行政村): its party organisation is that unit's own.
pub(crate) fn counts_grassroots_party(label: &[char]) -> bool {
    counted::names_grassroots_unit(label)
}

/// Whether `label`, what a figure counts, names party building with a new-sector organisation
/// or worker (企业党组织, 党建示范商会, 骑手党员): emerging-sector party building.
pub fn names_party_in_new_sector(label: &str) -> bool {
    counted::party_in_new_sector(&label.chars().collect::<Vec<char>>())
}

/// Whether a figure (`figure`: its range in `clause`) counts party building in new-sector
/// organisations (商会党委18个, 在86家商会中建立党组织), not the organisations' own stock: a
/// social-organisation metric does not fit it.
pub fn counts_party_in_organisations(label: &str, clause: &[char], figure: Range<usize>) -> bool {
    counted::party_in_counted_organisations(&label.chars().collect::<Vec<char>>(), clause, figure)
}

/// Whether a figure (`label` in `clause`, of `sentence`) counts the political education or
/// training of private entrepreneurs or new-sector organisations (民营企业家理想信念教育培训班6期):
/// party work in the new sectors, so a metric of another remit (a social-work training course)
/// does not fit it.
pub(crate) fn counts_new_sector_education(label: &str, clause: &[char], sentence: &[char]) -> bool {
    let label: Vec<char> = label.chars().collect();
    neighbours::new_sector_education(&label, clause, neighbours::names_training(sentence))
        == Some(Theme::EmergingSectorPartyBuilding)
}

/// The family of the last word in `text` that names a remit itself, not a setting every remit
/// shares: the head of a Chinese noun phrase comes last (新就业群体党员 are party members,
/// 党员志愿者 volunteers).
fn first_remit_family_of_last(text: &[char]) -> Option<Theme> {
    let words = theme_words();
    theme_hits_with_setting(words, text)
        .filter(|&(_, _, _, setting)| !setting)
        .last()
        .map(|(_, _, f, _)| words.families[f].0)
}

/// The family of the setting word (社区) `text` ends with, closing brackets aside, when `text`
/// names no remit: the head of a noun phrase that counts communities (12个社区, 村(社区)).
fn setting_family_at_end(text: &[char]) -> Option<Theme> {
    let words = theme_words();
    let end = text.len()
        - text
            .iter()
            .rev()
            .take_while(|&&c| c == ')' || c == '）')
            .count();
    let hits: Vec<(usize, usize, usize, bool)> = theme_hits_with_setting(words, text).collect();
    if hits.iter().any(|h| !h.3) {
        return None;
    }
    hits.iter()
        .rfind(|h| h.3 && h.1 == end)
        .map(|h| words.families[h.2].0)
}

/// The family of the first theme word in `text`, in text order (what a paragraph opens with).
pub(crate) fn opening_family(text: &[char]) -> Option<Theme> {
    let words = theme_words();
    theme_hits(words, text)
        .next()
        .map(|(_, _, f)| words.families[f].0)
}

/// Every theme word in `text`: (start, end, family index), in text order.
fn theme_hits<'a>(
    words: &'a ThemeWords,
    text: &'a [char],
) -> impl Iterator<Item = (usize, usize, usize)> + 'a {
    theme_hits_with_setting(words, text).map(|(start, end, f, _)| (start, end, f))
}

/// Every theme word in `text`: (start, end, family index, whether it names a setting), in text
/// order. A word inside a longer theme word is not read on its own: 社区服务站 is a community's
/// station, not the new-employment 服务站 inside it.
fn theme_hits_with_setting<'a>(
    words: &'a ThemeWords,
    text: &'a [char],
) -> impl Iterator<Item = (usize, usize, usize, bool)> + 'a {
    // a plain loop, the first character matched by `by_first` and the rest compared in place:
    // this scan runs for every figure and point, and the iterator chain and a memcmp call per
    // candidate word cost more than the comparison itself
    let mut all: Vec<(usize, usize, usize, bool)> = Vec::new();
    for (i, c) in text.iter().enumerate() {
        let bit = first_char_bit(*c);
        if words.may_start[bit >> 6] & (1 << (bit & 63)) == 0 {
            continue;
        }
        let Some(candidates) = words.by_first.get(c) else {
            continue;
        };
        for &(f, k) in candidates {
            let w = &words.families[f].1[k];
            if text.len() - i >= w.len() && text[i + 1..i + w.len()].iter().eq(&w[1..]) {
                let setting = words.setting.get(f).and_then(|s| s.get(k)) == Some(&true);
                all.push((i, i + w.len(), f, setting));
            }
        }
    }
    // hits are in order of start, and theme words are short: a longer word holding this one
    // starts at most LONGEST characters before it
    const LONGEST: usize = 16;
    let inside_longer = |k: usize| {
        let (start, end, _, _) = all[k];
        let from = all.partition_point(|h| h.0 + LONGEST < start);
        let to = all.partition_point(|h| h.0 <= start);
        all[from..to]
            .iter()
            .any(|h| h.1 >= end && h.1 - h.0 > end - start)
    };
    let mut kept: Vec<(usize, usize, usize, bool)> = (0..all.len())
        .filter(|&k| !inside_longer(k))
        .map(|k| all[k])
        .filter(|&(start, end, _, _)| !station_for_others(words, text, start, end))
        .collect();
    // 楼宇党群服务中心, 商圈党群阵地: a party-and-masses centre of a new sector is that
    // sector's party building, not a community's grassroots service
    let emerging = words
        .families
        .iter()
        .position(|(t, _)| *t == Theme::EmergingSectorPartyBuilding);
    for hit in &mut kept {
        if words.families[hit.2].0 == Theme::GrassrootsGovernance
            && text[hit.0..].starts_with(&['党', '群'])
            && new_sector_before(words, text, hit.0)
        {
            if let Some(f) = emerging {
                hit.2 = f;
            }
        }
    }
    // 小哥网格员, 外卖小哥为兼职网格员, 骑手党支部: a grid role or a party branch named right after
    // the workers is theirs, new-employment work (theme21; frames.rs `workers_own_at`)
    if let Some(workers) = words
        .families
        .iter()
        .position(|(t, _)| *t == Theme::NewEmploymentGroups)
    {
        let worker_ends = frames::workers_word_ends(text, &kept);
        for hit in &mut kept {
            if matches!(
                words.families[hit.2].0,
                Theme::GrassrootsGovernance | Theme::EmergingSectorPartyBuilding
            ) && frames::workers_own_at(text, hit.0, &worker_ends)
            {
                hit.2 = workers;
            }
        }
    }
    // 在南区党群服务中心打造“统战之家”, 依托党群服务中心建设驿站: a centre named as the venue or
    // the means of other work is where that work happens, not its remit
    kept.retain(|&(start, _, f, _)| {
        !(words.families[f].0 == Theme::GrassrootsGovernance
            && text[start..].starts_with(&['党', '群'])
            && names_venue_before(text, start))
    });
    // 网格员……解决了居民诉求: a request a street or its grid settles is grassroots service
    for hit in &mut kept {
        if words.families[hit.2].0 == Theme::PetitionsAndProposals
            && frames::request_to_grassroots(text, hit.0, hit.1)
        {
            if let Some(f) = words
                .families
                .iter()
                .position(|(t, _)| *t == Theme::GrassrootsGovernance)
            {
                hit.2 = f;
            }
        }
    }
    kept.into_iter()
}

/// Whether the theme word at `start..end` of `text` is a station word (驿站, 服务站) named for
/// another purpose or people right before it (成长驿站, 心灵驿站, 养老服务站): Chinese names a
/// station by whom or what it serves, and such a station is none of the family's.
fn station_for_others(words: &ThemeWords, text: &[char], start: usize, end: usize) -> bool {
    let word = &text[start..end];
    words.station_words.iter().any(|w| w.as_slice() == word)
        && words
            .other_station_purposes
            .iter()
            .any(|p| text[..start].ends_with(p))
}

/// Words that make the place after them the venue or means of an action (在……, 依托……).
const VENUE_WORDS: &[&str] = &["在", "于", "依托", "借助", "利用", "通过"];

/// Characters that, before 在, make a word of it that is no venue (所在, 现在, 正在, 存在, 实在).
const NOT_VENUE_BEFORE: &[char] = &['所', '现', '正', '存', '实'];

/// Whether the phrase before `at` in `text`, back to the nearest punctuation (at most eight
/// characters), holds a venue word: 街道在南区党群服务中心 names where, not what.
fn names_venue_before(text: &[char], at: usize) -> bool {
    let from = (at.saturating_sub(8)..at)
        .rev()
        .find(|&i| !is_cjk(text[i]))
        .map_or(at.saturating_sub(8), |i| i + 1);
    let phrase = &text[from..at];
    VENUE_WORDS.iter().any(|w| {
        let w: Vec<char> = w.chars().collect();
        (0..phrase.len()).any(|i| {
            phrase[i..].starts_with(&w)
                && !(w == ['在'] && i > 0 && NOT_VENUE_BEFORE.contains(&phrase[i - 1]))
        })
    })
}

/// Whether the noun phrase ending at `at` in `text` (the characters of names before it, back to
/// the nearest punctuation, at most eight) names a new sector (楼宇, 商圈, 园区, 两新 …) as the
/// owner of what follows: 长城汇楼宇党群服务中心 is the tower's, not a community's.
fn new_sector_before(words: &ThemeWords, text: &[char], at: usize) -> bool {
    let from = (at.saturating_sub(8)..at)
        .rev()
        .find(|&i| !is_cjk(text[i]))
        .map_or(at.saturating_sub(8), |i| i + 1);
    let phrase = &text[from..at];
    words.emerging_context.iter().any(|w| contains(phrase, w))
}

/// Whether `clause` names a party-and-masses centre of a new sector (楼宇党群服务中心): its
/// 党群 word was read as emerging-sector party building by [`theme_hits_with_setting`].
fn names_new_sector_centre(clause: &[char]) -> bool {
    let words = theme_words();
    theme_hits(words, clause).any(|(start, _, f)| {
        words.families[f].0 == Theme::EmergingSectorPartyBuilding
            && clause[start..].starts_with(&['党', '群'])
    })
}

fn is_cjk(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

/// The theme of a figure without a catalog metric (`figure`: its range within `clause`;
/// `label`: what it counts, empty when unknown):
///
/// - a part in a breakdown (包括57个社会团体; 其中外资企业1793户 after 非公有制经济组织总数) after its
///   whole takes the whole's remit, the one named nearest before its clause;
/// - else what it counts decides (`counted.rs`): party building with a new-sector organisation
///   or worker (企业党组织), else the label's own remit word (新就业群体劳动者), else a place's
///   people (覆盖居民3472户) or a department's own meetings and rules with no remit in the clause
///   are `other`;
/// - gifts of money, goods or blood (慈善捐款, 无偿献血) that would be volunteering are `other`;
/// - a figure of having (辖区未成年人有5000余人) is about what it counts, else it is context (other);
/// - a figure about businesses and social organisations in a sentence about party organisations
///   is emerging-sector party building (到……企业、协会走访调研25次,摸排党组织129个);
/// - else from its own clause; else from the theme word nearest before it in its sentence
///   (覆盖**党员**6500余人次,带动企业非党职工列席学习1800余人次); else from anywhere in the
///   sentence; else its paragraph; else its article's headline. At the clause and sentence a
///   remit's own word counts before a setting every remit shares (社区, 困难: a 社工站's
///   社区工作300余场次,受益群众3.5万人 are social work), and a sentence naming only a setting
///   takes its paragraph's other remit (慰问困难群众132人 in a social-work station's paragraph);
/// - volunteers a station mobilises (社工站……,联动志愿者320人次) are the acting remit's.
pub fn theme_for(
    clause: &[char],
    figure: Range<usize>,
    label: &[char],
    sentence: &SentenceThemes,
    number_at: usize,
    paragraph: impl FnOnce() -> Option<Theme>,
    headline: impl FnOnce() -> Option<Theme>,
) -> Theme {
    // 志愿团体总数为1253个,包括57个社会团体、11个社会服务机构 (or 其中 …): the parts of a whole
    // stated before are the whole's
    let breakdown = clause.starts_with(&['包', '括']) || clause.starts_with(&['其', '中']);
    let whole = breakdown
        .then(|| {
            sentence
                .remit
                .before(number_at.saturating_sub(figure.start))
        })
        .flatten();
    if whole.is_none() {
        // 培训非公有制经济人士520人次, 商会开展主题教育: party work in the new sectors
        if let Some(theme) = neighbours::new_sector_education(label, clause, sentence.trains) {
            return theme;
        }
    }
    // the paragraph's theme, found once for the frame and the context
    let mut paragraph = Some(paragraph);
    let mut paragraph_theme = None;
    let mut paragraph =
        || *paragraph_theme.get_or_insert_with(|| paragraph.take().and_then(|f| f()));
    // 快递员中有党员12名, 依托驿站……推动流动党员亮身份: the workers counted by a role
    let framed = || {
        let before = &clause[..figure.start.min(clause.len())];
        frames::worker_frame(
            label,
            before,
            sentence.frame_before(number_at),
            &mut paragraph,
        )
    };
    let figure_start = figure.start;
    // 社工站开展……系列活动,……,联动志愿者320人次: volunteers a station mobilises are its
    // means, and the figure is the acting remit's, named before the clause
    let means = || {
        neighbours::names_only_means(clause)
            .then(|| {
                sentence
                    .remit
                    .before(number_at.saturating_sub(figure_start))
            })
            .flatten()
            .filter(|&t| neighbours::is_acting_remit(t))
    };
    // 楼宇……入驻企业264家,从业人员9336人: a building's or a park's profile (theme21)
    let settled = || {
        counted::counts_settled_firms(
            label,
            clause,
            sentence.settled_at.is_some_and(|at| at < number_at),
            sentence
                .settled_at
                .is_some_and(|at| sentence.remit.ends_within(at, number_at)),
        )
        .then_some(Theme::Other)
    };
    // 全区快递业务量6395万件, 共有邮政快递企业14家: the trade's economy, context
    let trade = || {
        counted::counts_trade_economy(label, clause, figure.clone(), sentence.trade_business)
            .then_some(Theme::Other)
    };
    let theme = whole
        .or_else(trade)
        .or_else(means)
        .or_else(framed)
        .or_else(settled)
        .or_else(|| counted::theme_of_counted(label, clause, figure.clone()))
        .unwrap_or_else(|| {
            theme_from_context(
                clause,
                figure,
                sentence,
                number_at,
                &mut paragraph,
                headline,
            )
        });
    // 已建成楼宇党群服务中心12个: what the figure counts (党群服务中心) is grassroots work on
    // its own, but the clause names the new sector that owns it
    let theme = if theme == Theme::GrassrootsGovernance && names_new_sector_centre(clause) {
        Theme::EmergingSectorPartyBuilding
    } else {
        theme
    };
    if theme == Theme::EmergingSectorPartyBuilding && !counted::counts_giving(label) {
        // 事业单位基层党组织44398个, 9.9万名社区党组织书记, 全省共有党员427.4万名: party
        // organisations and members no new sector owns
        let before = &clause[..figure_start.min(clause.len())];
        match counted::party_owner(
            before,
            label,
            clause,
            sentence.mentions_emerging_context || sentence.names_new_sector,
            sentence.whole_party,
            sentence.grassroots_party_before(number_at),
        ) {
            Some(counted::PartyOwner::PublicSector | counted::PartyOwner::WholePlace) => {
                return Theme::Other;
            }
            Some(counted::PartyOwner::Grassroots) => return Theme::GrassrootsGovernance,
            None => {}
        }
    }
    if theme == Theme::EmergingSectorPartyBuilding
        && (!sentence.mentions_emerging_context || counted::names_community_only(clause, label))
    {
        // a community's own party organisation is grassroots work, not the emerging sectors
        return Theme::GrassrootsGovernance;
    }
    if theme == Theme::PetitionsAndProposals
        && sentence.requests_at_grassroots
        && frames::names_only_requests(clause)
    {
        // 街道推行接诉即办,今年受理群众诉求1520件: requests the street settles
        return Theme::GrassrootsGovernance;
    }
    if theme == Theme::Volunteers
        && (counted::counts_giving(label) || neighbours::charity_beside_volunteering(label, clause))
    {
        // 慈善捐款, 无偿献血, 救助物资 in a volunteering review: what people give and the relief
        // handed out are context, not volunteering (献血志愿者 are volunteers: the remit word
        // is the head)
        return Theme::Other;
    }
    if theme == Theme::SocialOrganizations && neighbours::counts_charity_money(label, clause) {
        // 慈善会募集善款320万元: charity money a charity body or a social organisation raises
        // is charity, context (what it links by its own work, 链接善款, stays its remit)
        return Theme::Other;
    }
    if theme == Theme::EmergingSectorPartyBuilding && counted::counts_giving(label) {
        // 组织党员捐款12万元: the gift is the head of what is counted, and charity and relief
        // are context, not party building (a social organisation's gifts are the resources it
        // links, its own work: they keep their remit)
        return Theme::Other;
    }
    theme
}

/// Whether `label` counts a gift or relief (捐款, 善款, 救助物资) rather than the givers or
/// their remit: such a figure never goes on about volunteering counted before it in its
/// sentence (志愿服务300余次,捐款3万余元: the money is no volunteering), while a social
/// organisation's gifts after the resources it links (链接资金1500万元,捐赠物资价值1089万元) are
/// still its work.
pub(crate) fn counts_gift_or_relief(label: &str) -> bool {
    counted::counts_giving(&label.chars().collect::<Vec<char>>())
}

/// Whether `label`, what a figure counts, is care given to a group (收到“微心愿”, 开展关爱活动,
/// 暖心礼包) and names no remit of its own: whose remit it is, the giver's name (社区) does not say.
pub(crate) fn counts_care(label: &[char]) -> bool {
    counted::counts_care(label) && !names_remit(label)
}

/// The theme of a figure from its clause, sentence, paragraph and headline (`theme_for` when
/// what it counts does not decide).
fn theme_from_context(
    clause: &[char],
    figure: Range<usize>,
    sentence: &SentenceThemes,
    number_at: usize,
    paragraph: impl FnOnce() -> Option<Theme>,
    headline: impl FnOnce() -> Option<Theme>,
) -> Theme {
    if let Some(counted) = having::counted_by_having(clause, &figure) {
        return first_family(&counted).unwrap_or(Theme::Other);
    }
    // the clause's theme words, found once for both questions below
    let words = theme_words();
    let clause_hits: Vec<(usize, usize, usize, bool)> =
        theme_hits_with_setting(words, clause).collect();
    if sentence.mentions_party
        && businesses::names_only_organisations(words, clause, clause_hits.iter().copied())
    {
        return Theme::EmergingSectorPartyBuilding;
    }
    // a remit's own word decides before a setting every remit shares (社区 in 社区志愿服务),
    // unless the setting is what the figure counts and its clause names no remit
    // (3个村(社区)获……资金支持, but 310个社区组织志愿服务活动)
    let clause_remit = remit_family_of_hits(words, clause_hits.into_iter());
    let counted = theme_hits_with_setting(words, &clause[figure.end.min(clause.len())..])
        .next()
        .filter(|&(start, _, _, setting)| setting && start <= 2 && clause_remit.is_none())
        .map(|(_, _, f, _)| words.families[f].0);
    let remit = counted
        .or(clause_remit)
        .or_else(|| sentence.remit.before(number_at))
        .or(sentence.first_remit);
    if let Some(theme) = remit {
        return theme;
    }
    // a sentence that names only a setting (困难群众, 社区) in a paragraph on another remit (a
    // social-work station's 慰问困难群众132人) is that remit's: the setting is where every remit
    // works (the headline is read only when the paragraph names no theme at all: a headline's
    // remit over a paragraph of settings gave metrics to figures that have none)
    let setting = first_family(clause)
        .or_else(|| sentence.all.before(number_at))
        .or(sentence.first);
    let around = paragraph().or_else(headline);
    // (a department's own work around it, 区委社会工作部到……调研, says who looked, not whose
    // figure a setting's count is: 社区民情热线受理……260件 stays the setting's)
    match (setting, around) {
        (Some(setting), Some(theme))
            if theme == setting || matches!(theme, Theme::Other | Theme::Institutions) =>
        {
            setting
        }
        (_, Some(theme)) => theme,
        (setting, None) => setting.unwrap_or(Theme::Other),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_theme_words_parse_and_name_every_theme() {
        let words = theme_words_of(&THEME_DATA).expect("data/themes.toml names known themes");
        for theme in Theme::ALL.into_iter().filter(|&t| t != Theme::Other) {
            assert!(
                words
                    .families
                    .iter()
                    .any(|(t, w)| *t == theme && !w.is_empty()),
                "data/themes.toml has no words for {theme:?}"
            );
        }
        assert!(!words.party_words.is_empty() && !words.emerging_context.is_empty());
        static UNKNOWN: StaticThemeData = ThemeData {
            family: &[FamilyData {
                theme: "sports",
                words: &[],
            }],
            emerging_context: &[],
            party_words: &[],
            setting_words: &[],
            station_words: &[],
            other_station_purposes: &[],
        };
        assert!(theme_words_of(&UNKNOWN).is_err());
    }

    /// The static build.rs wrote is data/themes.toml as it parses now.
    #[test]
    fn theme_data_static_equals_the_parse() {
        let parsed: ThemeData = toml::from_str(THEMES).expect("data/themes.toml must parse");
        assert_eq!(format!("{THEME_DATA:#?}"), format!("{parsed:#?}"));
    }
}
