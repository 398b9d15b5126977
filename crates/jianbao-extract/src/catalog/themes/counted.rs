//! The theme of what a figure counts: its label (the counted noun phrase) read before its
//! clause, paragraph and article. Official and news texts about the 社会工作部's remits put many
//! remits in one sentence (党建引领……为骑手……组织志愿者……); the thing counted says which one a
//! figure belongs to. Word lists in data/counted-themes.toml.

use super::{
    first_remit_family_of_last, setting_family_at_end, theme_hits_with_setting, theme_words,
};
use jianbao_facts::Theme;

/// data/counted-themes.toml: its lists are `L` (`Vec<String>` as the tests parse them, static
/// slices as build.rs writes them).
#[derive(serde::Deserialize, Debug)]
#[serde(deny_unknown_fields)]
struct CountedData<L> {
    party_words: L,
    new_sector_words: L,
    community_words: L,
    population_words: L,
    economy_words: L,
    distinguished_words: L,
    in_need_words: L,
    service_verbs: L,
    own_work_words: L,
    people_units: L,
    giving_words: L,
    public_sector_words: L,
    grassroots_units: L,
    whole_party_words: L,
    area_words: L,
    care_words: L,
    origin_words: L,
    origin_places: L,
    settler_verbs: L,
    settler_heads: L,
    profile_anchors: L,
    having_words: L,
    event_units: L,
    member_words: L,
    staff_words: L,
    settled_words: L,
    settled_heads: L,
    workforce_words: L,
    trade_business_words: L,
    trade_change_words: L,
    trade_period_words: L,
    trade_words: L,
    trade_stock_heads: L,
    trade_reach_verbs: L,
}

// `COUNTED_DATA`: data/counted-themes.toml as `CountedData` of static lists, written when the
// crate was built (build.rs, build/flat_lists.rs), so that no start parses its TOML; the tests
// check it equals the parse.
include!(concat!(env!("OUT_DIR"), "/counted_data.rs"));

/// The word lists of data/counted-themes.toml, each word as characters.
struct CountedWords {
    party: Vec<Vec<char>>,
    new_sector: Vec<Vec<char>>,
    community: Vec<Vec<char>>,
    population: Vec<Vec<char>>,
    economy: Vec<Vec<char>>,
    distinguished: Vec<Vec<char>>,
    in_need: Vec<Vec<char>>,
    service_verbs: Vec<Vec<char>>,
    own_work: Vec<Vec<char>>,
    people_units: Vec<Vec<char>>,
    giving: Vec<Vec<char>>,
    public_sector: Vec<Vec<char>>,
    grassroots_units: Vec<Vec<char>>,
    whole_party: Vec<Vec<char>>,
    area: Vec<Vec<char>>,
    care: Vec<Vec<char>>,
    origin_words: Vec<Vec<char>>,
    origin_places: Vec<Vec<char>>,
    settler_verbs: Vec<Vec<char>>,
    settler_heads: Vec<Vec<char>>,
    profile_anchors: Vec<Vec<char>>,
    having: Vec<Vec<char>>,
    event_units: Vec<Vec<char>>,
    members: Vec<Vec<char>>,
    staff: Vec<Vec<char>>,
    settled: Vec<Vec<char>>,
    settled_heads: Vec<Vec<char>>,
    workforce: Vec<Vec<char>>,
    trade_business: Vec<Vec<char>>,
    trade_change: Vec<Vec<char>>,
    trade_period: Vec<Vec<char>>,
    trade: Vec<Vec<char>>,
    trade_stock_heads: Vec<Vec<char>>,
    trade_reach: Vec<Vec<char>>,
}

#[cfg(test)]
const COUNTED: &str = include_str!("../../../../../data/counted-themes.toml");

fn counted_words_of(data: &CountedData<&'static [&'static str]>) -> CountedWords {
    let chars =
        |list: &[&str]| -> Vec<Vec<char>> { list.iter().map(|w| w.chars().collect()).collect() };
    CountedWords {
        party: chars(data.party_words),
        new_sector: chars(data.new_sector_words),
        community: chars(data.community_words),
        population: chars(data.population_words),
        economy: chars(data.economy_words),
        distinguished: chars(data.distinguished_words),
        in_need: chars(data.in_need_words),
        service_verbs: chars(data.service_verbs),
        own_work: chars(data.own_work_words),
        people_units: chars(data.people_units),
        giving: chars(data.giving_words),
        public_sector: chars(data.public_sector_words),
        grassroots_units: chars(data.grassroots_units),
        whole_party: chars(data.whole_party_words),
        area: chars(data.area_words),
        care: chars(data.care_words),
        origin_words: chars(data.origin_words),
        origin_places: chars(data.origin_places),
        settler_verbs: chars(data.settler_verbs),
        settler_heads: chars(data.settler_heads),
        profile_anchors: chars(data.profile_anchors),
        having: chars(data.having_words),
        event_units: chars(data.event_units),
        members: chars(data.member_words),
        staff: chars(data.staff_words),
        settled: chars(data.settled_words),
        settled_heads: chars(data.settled_heads),
        workforce: chars(data.workforce_words),
        trade_business: chars(data.trade_business_words),
        trade_change: chars(data.trade_change_words),
        trade_period: chars(data.trade_period_words),
        trade: chars(data.trade_words),
        trade_stock_heads: chars(data.trade_stock_heads),
        trade_reach: chars(data.trade_reach_verbs),
    }
}

fn counted_words() -> &'static CountedWords {
    static WORDS: std::sync::OnceLock<CountedWords> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| counted_words_of(&COUNTED_DATA))
}

fn mentions(text: &[char], list: &[Vec<char>]) -> bool {
    list.iter()
        .any(|w| crate::catalog::find_from(text, w, 0).is_some())
}

fn ends_with_any(text: &[char], list: &[Vec<char>]) -> bool {
    list.iter().any(|w| !w.is_empty() && text.ends_with(w))
}

/// Whether `label` names party building together with a new-sector organisation or a
/// new-employment worker (企业党组织, 新就业群体党员, “党建强”行业协会商会).
pub(super) fn party_in_new_sector(label: &[char]) -> bool {
    let words = counted_words();
    if !mentions(label, &words.party) {
        return false;
    }
    names_new_sector(label)
}

/// Whether `label` counts party members among new-employment workers (骑手党员, 新就业群体党员,
/// 快递员党员): the workers themselves, whom the 社会工作部 system counts with the rest of their
/// group (the catalog's 新就业群体中的党员 row), not party organisations built among them
/// (快递行业党委) nor the members of a firm (快递企业党员).
fn counts_new_employment_members(label: &[char]) -> bool {
    let words = counted_words();
    let members = ['党', '员'];
    let organisations = words.party.iter().filter(|w| w.as_slice() != members);
    label.ends_with(&members)
        && !organisations
            .into_iter()
            .any(|w| mentions(label, std::slice::from_ref(w)))
        && !mentions(label, &words.new_sector)
        && theme_hits_with_setting(theme_words(), label).any(|(_, _, f, setting)| {
            !setting && theme_words().families[f].0 == Theme::NewEmploymentGroups
        })
}

/// Whether `label` names a party organisation or party building (党支部, 党委, 党建), not only
/// party members.
pub(super) fn names_party_organisation(label: &[char]) -> bool {
    let members = ['党', '员'];
    counted_words()
        .party
        .iter()
        .filter(|w| w.as_slice() != members)
        .any(|w| mentions(label, std::slice::from_ref(w)))
}

/// Whether `label`, what a figure counts, is care given to some group (微心愿, 关爱活动, 暖心礼包:
/// data/counted-themes.toml's `care_words`), closing quotes and brackets aside.
pub(super) fn counts_care(label: &[char]) -> bool {
    let end = label
        .iter()
        .rposition(|c| !matches!(c, '”' | '"' | '’' | '」' | '》' | ')' | '）'))
        .map_or(0, |p| p + 1);
    ends_with_any(&label[..end], &counted_words().care)
}

/// Whether `text` names a new-sector organisation (企业, 商会, 非公, 社会组织 …) or the places
/// they gather (楼宇, 园区), not a new-employment worker.
pub(super) fn names_new_sector_organisation(text: &[char]) -> bool {
    mentions(text, &counted_words().new_sector)
}

/// Whether `text` names a new-sector organisation (企业, 商会 …) or a new-employment worker
/// (骑手, 快递员 …).
pub(super) fn names_new_sector(text: &[char]) -> bool {
    mentions(text, &counted_words().new_sector)
        || theme_hits_with_setting(theme_words(), text).any(|(_, _, f, setting)| {
            !setting && theme_words().families[f].0 == Theme::NewEmploymentGroups
        })
}

/// Whether a party figure's `clause` names a community and neither it nor `label` names a
/// new-sector organisation or worker: the community's own party organisation or members
/// (社区党委下设党支部4个), grassroots work.
pub(super) fn names_community_only(clause: &[char], label: &[char]) -> bool {
    mentions(clause, &counted_words().community)
        && !names_new_sector(clause)
        && !names_new_sector(label)
}

/// Who owns the party organisations or members a party figure counts when no new sector does:
/// the party's statistics count every kind of unit's party organisations and the whole
/// membership, and only those of non-public firms and social organisations are the new sectors'.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum PartyOwner {
    /// Offices, public institutions and state firms (机关基层党组织, 国有企业党组织覆盖率).
    PublicSector,
    /// Streets, towns, communities and villages (社区党组织书记, 行政村已建立党组织).
    Grassroots,
    /// A whole place or the party itself (全省共有党员, 中国共产党党员总数).
    WholePlace,
}

/// `text` with every public-sector word (机关, 国有企业 …) blanked out, except 公有制 words that
/// 非 opens (非公有制企业 is a non-public firm): what is left names the new sectors, if any.
fn without_public_sector(text: &[char]) -> (Vec<char>, bool) {
    let mut rest = text.to_vec();
    let mut found = false;
    for w in counted_words()
        .public_sector
        .iter()
        .filter(|w| !w.is_empty())
    {
        let mut i = 0;
        while i + w.len() <= rest.len() {
            if rest[i..i + w.len()] == w[..] && (i == 0 || rest[i - 1] != '非') {
                found = true;
                rest[i..i + w.len()].iter_mut().for_each(|c| *c = ' ');
                i += w.len();
            } else {
                i += 1;
            }
        }
    }
    (rest, found)
}

/// Whether `sentence` names a whole place or the party itself (全省, 中国共产党, 党员总数 …).
pub(super) fn names_whole_party(sentence: &[char]) -> bool {
    mentions(sentence, &counted_words().whole_party)
}

/// The owner of a party figure's organisations or members when it is no new sector (`before`:
/// its clause up to the figure; `label`: what it counts; `clause`: the whole clause;
/// `sentence_new_sector`: whether its sentence names a new-sector word; `whole_party`: whether
/// its sentence names a whole place or the party):
///
/// - a grassroots unit in the label or the clause, with no new-sector word (9.9万名社区党组织书记,
///   545189个行政村已建立党组织; 机关单位党员到社区报到 serve the community), or one named earlier in a sentence that names no new sector (`grassroots_before`: 54.4万名
///   村党组织书记中,大专及以上学历占17.4%; ……行政村全部建立党组织,覆盖率100%);
/// - a public-sector unit named before the figure or in its label, with no new-sector word left
///   beside it and no grassroots unit in the clause (事业单位基层党组织44398个, 国有企业党组织
///   覆盖率为92.8%);
/// - else, in a sentence that names no new sector, a whole place or the party (全省共有党员).
pub(super) fn party_owner(
    before: &[char],
    label: &[char],
    clause: &[char],
    sentence_new_sector: bool,
    whole_party: bool,
    grassroots_before: bool,
) -> Option<PartyOwner> {
    let words = counted_words();
    let grassroots = mentions(label, &words.grassroots_units)
        || mentions(clause, &words.grassroots_units)
        || (grassroots_before && !sentence_new_sector);
    if grassroots && !names_new_sector(clause) && !names_new_sector(label) {
        return Some(PartyOwner::Grassroots);
    }
    let owner: Vec<char> = before.iter().chain(label.iter()).copied().collect();
    let (rest, public) = without_public_sector(&owner);
    if public && !names_new_sector(&rest) && !mentions(clause, &words.grassroots_units) {
        return Some(PartyOwner::PublicSector);
    }
    (!sentence_new_sector && whole_party).then_some(PartyOwner::WholePlace)
}

/// Where `sentence` first names a grassroots unit (村, 社区, 街道 …), when it names no new-sector
/// organisation or worker (`names_new_sector`: [`names_new_sector`] of it, which the caller has).
pub(super) fn grassroots_unit_at(sentence: &[char], names_new_sector: bool) -> Option<usize> {
    if names_new_sector {
        return None;
    }
    counted_words()
        .grassroots_units
        .iter()
        .filter_map(|w| crate::catalog::find_from(sentence, w, 0))
        .min()
}

/// Whether `label` names a grassroots unit (村党组织书记, 行政村) and no new-sector organisation.
pub(super) fn names_grassroots_unit(label: &[char]) -> bool {
    mentions(label, &counted_words().grassroots_units) && !names_new_sector(label)
}

/// Whether the figure counts a place's people or homes (覆盖居民3472户, 4个自然小区) or its size
/// (辖区总面积199000平方米), not people some work serves: the label ends with a population word and names no remit and no people in
/// need, and its clause names no remit and no service.
fn counts_population(label: &[char], clause: &[char]) -> bool {
    let words = counted_words();
    (ends_with_any(label, &words.population) || ends_with_any(label, &words.area))
        && !mentions(label, &words.in_need)
        && !mentions(clause, &words.in_need)
        && !mentions(clause, &words.service_verbs)
        && !super::names_remit(label)
        && !super::names_remit(clause)
}

/// Whether a figure states what a place has as its profile does (辖区内有学校2所, 村内有寺庙2座,
/// 有低保户34户71人, 其中党员47名): `paragraph` sizes the place by its area or population
/// (`profile_anchors`), its `sentence` has a verb of having before the figure (`before`: the
/// sentence up to the number), the figure (`figure`: its words with their unit) counts no work
/// done or money (`event_units`) nor the place's own staff (`staff_words`), its clause names no
/// service, and neither its label nor its
/// clause names a remit, except party members counted among the place's people in a sentence
/// that names no party organisation (社区党委下设19个党支部,共有党员895名 are the committee's).
pub(super) fn states_profile(
    label: &[char],
    clause: &[char],
    figure: &[char],
    before: &[char],
    sentence: &[char],
    paragraph: &[char],
) -> bool {
    let words = counted_words();
    if !(mentions(paragraph, &words.profile_anchors) || mentions(sentence, &words.profile_anchors))
        || !mentions(before, &words.having)
        || ends_with_any(figure, &words.event_units)
        || ends_with_any(label, &words.staff)
        || mentions(clause, &words.service_verbs)
    {
        return false;
    }
    // 现有注册志愿者3.2万人,占常住人口的5%: a share is a place's only when nothing before it in
    // its sentence names a remit the share could be of
    let share = figure.ends_with(&['%']) || figure.ends_with(&['个', '百', '分', '点']);
    if share && super::names_remit(before) {
        return false;
    }
    if !super::names_remit(label) && !super::names_remit(clause) {
        return true;
    }
    // 目前有社区党员133人, 其中党员47名: members among the place's people
    ends_with_any(label, &words.members)
        && !names_party_organisation(label)
        && !names_party_organisation(sentence)
        && !names_new_sector(clause)
        && names_no_remit_but_party(clause)
        && names_no_remit_but_party(label)
}

/// Whether every remit word of `text` (not a setting every remit shares: 社区) is party
/// building's (党员 in 社区党员).
fn names_no_remit_but_party(text: &[char]) -> bool {
    theme_hits_with_setting(theme_words(), text).all(|(_, _, f, setting)| {
        setting || theme_words().families[f].0 == Theme::EmergingSectorPartyBuilding
    })
}

/// Whether the figure counts the townships or villages a place's settlers came from
/// (群众分别来自全县12个乡镇86个村): an origin word before it in its clause and a place's unit
/// ending its label. Such a figure is the estate's profile, not a remit's reach.
fn counts_origins(label: &[char], clause: &[char], figure: &std::ops::Range<usize>) -> bool {
    let words = counted_words();
    let after = &clause[figure.end..];
    let place_counted = ends_with_any(label, &words.origin_places)
        || words
            .origin_places
            .iter()
            .any(|w| !w.is_empty() && after.starts_with(w));
    place_counted && mentions(&clause[..figure.start], &words.origin_words)
}

/// Whether the figure counts the settlers an estate houses (安置来自8个乡镇的群众1560户): a
/// settler's head ending the label and a verb of moving them before the figure, with no remit
/// and no service in the clause.
fn counts_settlers(label: &[char], clause: &[char], figure: &std::ops::Range<usize>) -> bool {
    let words = counted_words();
    ends_with_any(label, &words.settler_heads)
        && mentions(&clause[..figure.start], &words.settler_verbs)
        && !mentions(clause, &words.service_verbs)
        && !super::names_remit(label)
        && !super::names_remit(clause)
}

/// Whether the figure counts a place's businesses (商圈聚集商户860余家, 市场内经营户420户),
/// its profile: the label ends with an economy word, is no distinguished kind (友好
/// 商户) and names no remit, and its clause names no remit and no service.
fn counts_place_economy(label: &[char], clause: &[char]) -> bool {
    let words = counted_words();
    ends_with_any(label, &words.economy)
        && !mentions(label, &words.distinguished)
        && !mentions(clause, &words.service_verbs)
        && !super::names_remit(label)
        && !super::names_remit(clause)
}

/// Where `sentence` first names a verb of settling firms in a place (入驻, 进驻: `settled_words`).
pub(super) fn settled_at(sentence: &[char]) -> Option<usize> {
    let words = counted_words();
    (0..sentence.len()).find(|&i| words.settled.iter().any(|w| sentence[i..].starts_with(w)))
}

/// Whether the figure counts the firms settled in a building or a park or the workforce told
/// after them (入驻企业264家,从业人员9336人; 园区入驻340多家企业): its sentence names a verb of
/// settling before it (`settled_before`) and no remit from there to the figure
/// (`names_remit_before`: the centre that introduces the building may be named before); the label ends
/// with a firm's or a workforce's word; its clause names no service and neither label nor
/// clause a remit. The place's profile.
pub(super) fn counts_settled_firms(
    label: &[char],
    clause: &[char],
    settled_before: bool,
    names_remit_before: bool,
) -> bool {
    let words = counted_words();
    (ends_with_any(label, &words.settled_heads) || ends_with_any(label, &words.workforce))
        && settled_before
        && !names_remit_before
        && !mentions(label, &words.distinguished)
        && !mentions(clause, &words.service_verbs)
        && !super::names_remit(label)
        && !super::names_remit(clause)
}

/// Whether `text` (a sentence) states an express or delivery trade's business (快递业务量,
/// 业务收入, 快件 …: data/counted-themes.toml `trade_business_words`).
pub(super) fn states_trade_business(text: &[char]) -> bool {
    mentions(text, &counted_words().trade_business)
}

/// Whether every remit word `label` names is a new-employment word (快递企业, 快递网点, 外卖 in
/// 外卖平台): the trade's own words, not another remit's (12345热线业务量 is the hotline's).
fn names_only_the_trades_remit(label: &[char]) -> bool {
    theme_hits_with_setting(theme_words(), label).all(|(_, _, f, setting)| {
        setting || theme_words().families[f].0 == Theme::NewEmploymentGroups
    })
}

/// Whether the figure counts an express or delivery trade's economy as the industry's own
/// statistics state it (data/counted-themes.toml, `trade_business_words` and the lists after it):
///
/// - its business: a business measure heads `label` (快递业务量, 快递业务收入, 日均处理快件), or
///   is followed only by a change of it (快递业务量同比增幅);
/// - its firms and outlets as its stock: `label` names the trade and ends with a firm's or an
///   outlet's word (邮政快递企业, 快递网点, 外卖平台) after a verb of having in its clause (现有, 共有)
///   or in a sentence that states the trade's business (`sentence_states_business`);
///
/// with no party building and no distinguished kind in the label (快递企业党组织, 爱心企业), no
/// remit but the workers' in it, and no service or reach of the remit in the clause (走访平台
/// 企业5家, 涵盖12家快递外卖企业 are firms the remit reaches: they keep it). News on the workers
/// opens on the trade's growth as their setting; what such a figure counts is context (`other`).
pub(super) fn counts_trade_economy(
    label: &[char],
    clause: &[char],
    figure: std::ops::Range<usize>,
    sentence_states_business: bool,
) -> bool {
    let words = counted_words();
    if mentions(label, &words.party)
        || mentions(label, &words.distinguished)
        || mentions(clause, &words.service_verbs)
        || !names_only_the_trades_remit(label)
    {
        return false;
    }
    // the last business measure in the label, and what follows it
    let business_end = words
        .trade_business
        .iter()
        .filter(|w| !w.is_empty())
        .filter_map(|w| last_start(label, w).map(|i| i + w.len()))
        .max();
    if let Some(end) = business_end {
        // (a period the label reads past: 快递业务量去年)
        let mut rest = &label[end..];
        while let Some(w) = words
            .trade_period
            .iter()
            .find(|w| !w.is_empty() && rest.starts_with(w))
        {
            rest = &rest[w.len()..];
        }
        return rest.is_empty() || (rest.len() <= 8 && mentions(rest, &words.trade_change));
    }
    let figure = figure.start.min(clause.len())..figure.end.min(clause.len());
    let before = &clause[..figure.start];
    ends_with_any(label, &words.trade_stock_heads)
        && (mentions(label, &words.trade) || mentions(before, &words.trade))
        && (mentions(before, &words.having) || sentence_states_business)
        && !mentions(clause, &words.trade_reach)
}

/// Whether `text`, a point's words, states a place's economy as its profile (园区入驻企业1200余家,
/// 其中规上工业企业131家, 实现产值62亿元): an economy word, no distinguished kind, no remit and
/// no service.
pub(super) fn states_place_economy(text: &[char]) -> bool {
    let words = counted_words();
    mentions(text, &words.economy)
        && !mentions(text, &words.distinguished)
        && !mentions(text, &words.service_verbs)
        && !super::names_remit(text)
}

/// Whether the figure (`figure`, its words with their unit) counts a department's own
/// meetings, studies or rules (召开部务会议12次), not people at them, and its clause names no
/// remit they are about.
fn counts_own_work(label: &[char], clause: &[char], figure: &[char]) -> bool {
    let words = counted_words();
    ends_with_any(label, &words.own_work)
        && !ends_with_any(figure, &words.people_units)
        && !super::names_remit(clause)
}

/// Whether the figure counts party building in new-sector organisations (`figure`: its range
/// in `clause`): its label names party organisations or members in a clause that names a
/// new-sector organisation (商会党委18个, 指导会员企业建立党支部46个), or it counts such
/// organisations and its clause goes on to build party organisations in them (在86家商会中建立
/// 党组织). Such a figure is no reading of the organisations' own stock.
pub(super) fn party_in_counted_organisations(
    label: &[char],
    clause: &[char],
    figure: std::ops::Range<usize>,
) -> bool {
    let words = counted_words();
    let figure = figure.start.min(clause.len())..figure.end.min(clause.len());
    if party_in_new_sector(label) {
        return true;
    }
    let party_label = mentions(label, &words.party)
        && first_remit_family_of_last(label) == Some(Theme::EmergingSectorPartyBuilding);
    if party_label {
        return names_new_sector(clause) && !mentions(clause, &words.community);
    }
    names_new_sector(label) && mentions(&clause[figure.end..], &words.party)
}

/// Where `word` last starts in `text` (the labels' last business measure or gift is their head).
fn last_start(text: &[char], word: &[char]) -> Option<usize> {
    (0..=text.len().saturating_sub(word.len()))
        .rev()
        .find(|&i| text[i..].starts_with(word))
}

/// Whether the figure counts gifts of money, goods or blood (慈善捐款320万元, 无偿献血2600人次):
/// a giving word in `label` after its last remit word, so that the gift is the head of the
/// counted phrase (献血志愿者 are volunteers, 志愿者献血 are donations). Such gifts are no
/// volunteering, whatever volunteers the text around them names; a charity's or a platform's
/// gifts keep their remit (`theme_for`).
pub(super) fn counts_giving(label: &[char]) -> bool {
    let words = counted_words();
    let last_giving = words
        .giving
        .iter()
        .filter(|w| !w.is_empty())
        .filter_map(|w| last_start(label, w))
        .max();
    let Some(giving_at) = last_giving else {
        return false;
    };
    theme_hits_with_setting(theme_words(), label)
        .filter(|&(_, _, _, setting)| !setting)
        .all(|(start, _, _, _)| start < giving_at)
}

/// The theme `label`, what a figure counts, gives it within its `clause`, or `None` when the
/// label leaves it to the clause, paragraph and article:
///
/// - party building named with a new-sector organisation or worker is emerging-sector party
///   building (企业党组织, 骑手党员), and so are party organisations counted in a clause about
///   such organisations or built in the organisations counted (在86家商会中建立党组织);
/// - else the remit of the label's last remit word, its head (接受体检的新就业群体劳动者),
///   unless the label is a list or the clause after the figure (`after`) names another remit
///   (125个社会组织开展志愿服务活动), which leaves the choice to the clause;
/// - else a setting it ends with and nothing after it names a remit (12个社区 surveyed beside
///   162名社区工作者): the setting's theme;
/// - else a place's people or homes with no service in the clause are context (`other`);
/// - else a department's own meetings, studies and rules (counted as such, not the people at
///   them) whose clause names no remit are `other`.
pub(super) fn theme_of_counted(
    label: &[char],
    clause: &[char],
    figure: std::ops::Range<usize>,
) -> Option<Theme> {
    let figure = figure.start.min(clause.len())..figure.end.min(clause.len());
    let after = &clause[figure.end..];
    if counts_new_employment_members(label) {
        return Some(Theme::NewEmploymentGroups);
    }
    if party_in_counted_organisations(label, clause, figure.clone()) {
        return Some(Theme::EmergingSectorPartyBuilding);
    }
    // 群众来自12个乡镇86个村: where the settlers came from, before the villages' own setting
    if counts_origins(label, clause, &figure) || counts_settlers(label, clause, &figure) {
        return Some(Theme::Other);
    }
    // a list (社工、志愿者、群众等300余人) names no one head
    let list = label.contains(&'、');
    if let Some(theme) = first_remit_family_of_last(label).filter(|_| !list) {
        // 125个社会组织开展志愿服务活动: the things counted act in another remit, which the
        // clause then decides between
        let acts_in_another = theme_hits_with_setting(theme_words(), after)
            .any(|(_, _, f, s)| !s && theme_words().families[f].0 != theme);
        return (!acts_in_another).then_some(theme);
    }
    // 对162名社区工作者和12个社区开展调研: communities counted are grassroots work, unless they act
    // in a remit the clause goes on to name (310个社区组织志愿服务活动)
    let counts_communities = ends_with_any(
        label.strip_suffix(&[')']).unwrap_or(label),
        &counted_words().community,
    );
    if let Some(theme) = setting_family_at_end(label).filter(|_| counts_communities) {
        let acts_in_a_remit =
            theme_hits_with_setting(theme_words(), after).any(|(_, _, _, setting)| !setting);
        if !acts_in_a_remit {
            return Some(theme);
        }
    }
    (counts_population(label, clause)
        || counts_place_economy(label, clause)
        || counts_own_work(label, clause, &clause[figure]))
    .then_some(Theme::Other)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The theme `label` gives the figure `figure` (its words with their unit) in `clause`.
    fn counted(label: &str, clause: &str, figure: &str) -> Option<Theme> {
        let at = clause.find(figure).expect("the figure is in its clause");
        let start = clause[..at].chars().count();
        let end = start + figure.chars().count();
        let clause: Vec<char> = clause.chars().collect();
        let label: Vec<char> = label.chars().collect();
        theme_of_counted(&label, &clause, start..end)
    }

    /// The static build.rs wrote is data/counted-themes.toml as it parses now.
    #[test]
    fn counted_data_static_equals_the_parse() {
        let parsed: CountedData<Vec<String>> =
            toml::from_str(COUNTED).expect("data/counted-themes.toml must parse");
        assert_eq!(format!("{COUNTED_DATA:#?}"), format!("{parsed:#?}"));
    }

    #[test]
    fn embedded_counted_words_parse() {
        let words = counted_words();
        for list in [
            &words.party,
            &words.new_sector,
            &words.community,
            &words.population,
            &words.economy,
            &words.distinguished,
            &words.in_need,
            &words.service_verbs,
            &words.own_work,
            &words.people_units,
            &words.giving,
            &words.public_sector,
            &words.grassroots_units,
            &words.whole_party,
            &words.area,
        ] {
            assert!(!list.is_empty());
        }
        assert!(toml::from_str::<CountedData<Vec<String>>>("party_words = []").is_err());
    }

    #[test]
    fn the_head_of_the_counted_phrase_decides() {
        assert_eq!(
            counted(
                "新就业群体劳动者",
                "组织志愿者为1800余名新就业群体劳动者提供体检服务",
                "1800余名"
            ),
            Some(Theme::NewEmploymentGroups)
        );
        assert_eq!(
            counted("党员志愿者", "发动党员志愿者300名", "300名"),
            Some(Theme::Volunteers)
        );
        assert_eq!(
            counted("快递企业党组织", "新建快递企业党组织12个", "12个"),
            Some(Theme::EmergingSectorPartyBuilding)
        );
        assert_eq!(
            counted(
                "党建工作示范行业协会商会",
                "评选党建工作示范行业协会商会20家",
                "20家"
            ),
            Some(Theme::EmergingSectorPartyBuilding)
        );
        assert_eq!(
            counted("社区", "对162名社区工作者和12个社区开展了专题调研", "12个"),
            Some(Theme::GrassrootsGovernance)
        );
        assert_eq!(counted("社区", "310个社区组织志愿服务活动", "310个"), None);
        // party members among the workers are the workers (the catalog's row for them);
        // party organisations among them and a firm's members are party building
        assert_eq!(
            counted("骑手党员", "摸排骑手党员56名", "56名"),
            Some(Theme::NewEmploymentGroups)
        );
        assert_eq!(
            counted("快递行业党支部", "新建快递行业党支部6个", "6个"),
            Some(Theme::EmergingSectorPartyBuilding)
        );
        assert_eq!(
            counted("快递企业党员", "快递企业党员120名", "120名"),
            Some(Theme::EmergingSectorPartyBuilding)
        );
        // the things counted act in another remit: the clause decides
        assert_eq!(
            counted("社会组织", "125个社会组织开展志愿服务活动", "125个"),
            None
        );
        // a list names no one head
        assert_eq!(
            counted(
                "社工、志愿者、新就业群体",
                "社工、志愿者、新就业群体等300余人",
                "300余人"
            ),
            None
        );
    }

    #[test]
    fn a_places_people_are_context_unless_served() {
        assert_eq!(
            counted("覆盖居民", "覆盖居民3472户", "3472户"),
            Some(Theme::Other)
        );
        assert_eq!(counted("社区居民", "惠及社区居民4万名", "4万名"), None);
        assert_eq!(counted("困难家庭", "困难家庭200户", "200户"), None);
    }

    #[test]
    fn a_places_businesses_are_its_profile() {
        assert_eq!(
            counted("商户", "商圈聚集商户860余家", "860余家"),
            Some(Theme::Other)
        );
        assert_eq!(
            counted("经营户", "市场内经营户420户", "420户"),
            Some(Theme::Other)
        );
        assert_eq!(counted("友好商户", "发展友好商户120家", "120家"), None);
        assert_eq!(
            counted("商户", "为新就业群体服务的商户300家", "300家"),
            None
        );
    }

    #[test]
    fn own_meetings_take_only_their_clauses_remit() {
        assert_eq!(
            counted("部务会议", "召开部务会议12次", "12次"),
            Some(Theme::Other)
        );
        assert_eq!(counted("座谈会", "召开新就业群体座谈会6场", "6场"), None);
        // people at a study are whom the remit reaches, not the study itself
        assert_eq!(
            counted("列席学习", "带动职工列席学习1800余人次", "1800余人次"),
            None
        );
    }
}
