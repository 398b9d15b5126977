//! How a place named in a sentence attaches to the figures after it, by the way Chinese news and
//! official texts are written:
//!
//! - a **venue** (在银川市金凤区举行, 在越秀区东山宾馆召开) says where an event took place, not whose
//!   figures the event reports: it is never the place of a figure nor of the article;
//! - **coordinated places** (兴庆区、金凤区100名代表; 兴庆区和金凤区) share the figure after them,
//!   so the figure is their common parent's (银川市), never the last one's alone;
//! - a place that **opens the clause** of a figure (近8年来，浙江共计有4.5万余人次) is its subject,
//!   even where it governs the article's own place.

use crate::catalog::is_clause_break;
use crate::places::{Gazetteer, PlaceId};
use jianbao_facts::Level;
use std::ops::Range;

/// Verbs that make a place written after 在/于 the venue of an event, and 会上 (在全省社会工作
/// 会议上作经验交流: the meeting's scope, not the figure's place).
const VENUE_VERBS: &[&str] = &[
    "举行",
    "召开",
    "举办",
    "开幕",
    "闭幕",
    "落幕",
    "启幕",
    "揭牌",
    "揭幕",
    "会上",
    "会议上",
];
/// How far after the place the venue verb may stand (the building or hall between: 在越秀区东山
/// 宾馆举行, 在西宁市城北区吾悦广场举办).
const MAX_VENUE_GAP: usize = 16;

fn word_at(chars: &[char], at: usize, word: &str) -> bool {
    let mut i = at;
    word.chars().all(|w| {
        let ok = chars.get(i) == Some(&w);
        i += 1;
        ok
    })
}

/// Whether the place chain at `chain` (one or more adjacent names: 西宁市城北区) is written as a
/// venue: right after 在 or 于, with a venue verb later in the same clause.
pub fn is_venue(chars: &[char], chain: Range<usize>) -> bool {
    if chain.start == 0 || !matches!(chars[chain.start - 1], '在' | '于') {
        return false;
    }
    let limit = (chain.end + MAX_VENUE_GAP).min(chars.len());
    (chain.end..limit)
        .take_while(|&i| !is_clause_break(chars[i]) || chars[i] == '、')
        .any(|i| VENUE_VERBS.iter().any(|v| word_at(chars, i, v)))
}

/// Verbs of guidance that close a 在……下 frame (在区委社会工作部指导下, 在街道党工委的领导下,
/// 在市民政局的推动下).
const GUIDING_VERBS: &[&str] = &[
    "指导", "推动", "领导", "带领", "引领", "支持", "帮助", "关心", "关怀", "协调", "统筹", "牵头",
    "部署", "号召", "倡导", "推进", "组织",
];
/// How far after the place the frame's 下 may stand (委社会工作部的大力指导下).
const MAX_GUIDE_GAP: usize = 20;

/// Whether the place chain at `chain` names a body that guides the clause's subject, in a
/// 在……(的)指导下 frame (在区委社会工作部指导下,丰产路社区……): official and news texts name the
/// party committee or department above the actor this way, and the actor's figures stay the
/// actor's, whichever place the guiding body governs.
pub fn is_guiding_body(chars: &[char], chain: Range<usize>) -> bool {
    if chain.start == 0 || chars[chain.start - 1] != '在' {
        return false;
    }
    let limit = (chain.end + MAX_GUIDE_GAP).min(chars.len());
    (chain.end..limit)
        .take_while(|&i| !is_clause_break(chars[i]) || chars[i] == '、')
        .any(|i| {
            chars[i] == '下'
                && GUIDING_VERBS.iter().any(|v| {
                    let n = v.chars().count();
                    i >= chain.end + n && word_at(chars, i - n, v)
                })
        })
}

/// The venue ranges of a sentence, given its place mentions (in order of position): each chain of
/// adjacent mentions written as a venue, or as a guiding body (see [`is_guiding_body`]).
pub fn venue_mask(chars: &[char], mentions: &[Range<usize>]) -> Vec<bool> {
    let mut venue = vec![false; mentions.len()];
    let mut k = 0;
    while k < mentions.len() {
        let mut end = k + 1;
        // 在山东省济南市、陕西省西安市召开: coordinated places are one venue list
        while end < mentions.len()
            && (mentions[end].start == mentions[end - 1].end
                || (mentions[end].start > mentions[end - 1].end
                    && joins(&chars[mentions[end - 1].end..mentions[end].start])))
        {
            end += 1;
        }
        let chain = mentions[k].start..mentions[end - 1].end;
        if is_venue(chars, chain.clone()) || is_guiding_body(chars, chain) {
            venue[k..end].iter_mut().for_each(|v| *v = true);
        }
        k = end;
    }
    venue
}

/// Words after a place that make it part of a news outlet's name (重庆日报, 坪山新闻网, 北方网讯).
pub(crate) const OUTLET_WORDS: &[&str] = &[
    "日报",
    "晚报",
    "早报",
    "都市报",
    "商报",
    "报社",
    "广播",
    "电视台",
    "融媒",
    "新闻",
    "网讯",
    "发布",
];

/// Whether the place at `place` is written as part of a news outlet's name (来源:重庆日报): the
/// outlet's home, not the actor of the story.
pub fn names_outlet(chars: &[char], place: &Range<usize>) -> bool {
    OUTLET_WORDS.iter().any(|w| word_at(chars, place.end, w))
}

/// Endings of organisation names, one a line (data/org-suffixes.txt).
const ORG_SUFFIXES: &str = include_str!("../../../data/org-suffixes.txt");
/// The longest organisation name written after its place (茶叶流通协会, 秋城志愿服务中心).
const MAX_ORG_CHARS: usize = 16;
/// Characters right after an organisation's name that make the name the counted noun (全市社工
/// 服务中心达30个, 云南省保险行业协会、……), not the actor of the figure, or that make it part of
/// a longer word (志愿服务队伍, 服务队员).
pub(crate) const NOT_AN_ACTOR_AFTER: &str = "达有共总数为增超近约和及与等、伍员";

/// Whether the place mention ending at `place_end` is followed by an organisation's name that
/// leads the clause of a figure starting at `number_start` (昭通市秋城志愿服务中心累计实施公益项目
/// 58个; 泗县商会党委班子5人): the figure is then that organisation's own.
pub fn org_after(chars: &[char], place_end: usize, number_start: usize) -> bool {
    let run_end = (place_end..number_start.min(chars.len()))
        .take(MAX_ORG_CHARS)
        .take_while(|&i| ('\u{4e00}'..='\u{9fff}').contains(&chars[i]))
        .last()
        .map_or(place_end, |i| i + 1);
    let run = &chars[place_end..run_end];
    // 天河区建成社区志愿服务站点57个: a predicate, not a name
    if crate::locals::opens_with_verb(run) {
        return false;
    }
    (1..=run.len()).rev().any(|k| {
        let name = &run[..k];
        let ends_org = org_suffixes().iter().any(|suffix| ends_with(name, suffix))
            && !ends_with_place_hub(name);
        let after = place_end + k;
        ends_org && after < number_start && !NOT_AN_ACTOR_AFTER.contains(chars[after])
    })
}

/// Characters right after an organisation's name written after a level word (省慈善总会共接收……)
/// that make it one of a list or part of a longer word (市慈善总会、……; 服务队伍, 服务队员).
const NOT_A_LEVEL_ORG_AFTER: &str = "和及与等、伍员";

/// The longest organisation name read after a level word (省 + 慈善先锋志愿者服务队).
const MAX_LEVEL_ORG_CHARS: usize = 12;

/// Whether an organisation's name (ending in one of data/org-suffixes.txt, not a place's hub)
/// begins at `at`, as after a level word: 慈善总会 in 省慈善总会, 总会 in 省总会 (the suffix alone
/// is the name, as the level word says whose). A run that opens with a verb is a predicate (区
/// 建成志愿服务站……).
pub fn names_org_at(chars: &[char], at: usize) -> bool {
    let run_end = (at..chars.len())
        .take(MAX_LEVEL_ORG_CHARS)
        .take_while(|&i| ('\u{4e00}'..='\u{9fff}').contains(&chars[i]))
        .last()
        .map_or(at, |i| i + 1);
    let run = &chars[at..run_end];
    if run.is_empty() || crate::locals::opens_with_verb(run) {
        return false;
    }
    (2..=run.len())
        .find(|&k| {
            let name = &run[..k];
            org_suffixes().iter().any(|suffix| ends_with(name, suffix))
        })
        .is_some_and(|k| {
            !ends_with_place_hub(&run[..k])
                && chars
                    .get(at + k)
                    .is_none_or(|c| !NOT_A_LEVEL_ORG_AFTER.contains(*c))
        })
}

/// Endings of road and street names (鞍山路, 解放大道, 长安街, 南锣鼓巷), longest first.
const ROAD_ENDS: &[&str] = &["大道", "大街", "胡同", "路", "街", "巷", "弄"];
/// Words that begin like a road's ending but are other words (街道 and 街区 are places, 路径 a
/// way of doing things, 街头 a setting).
const NOT_ROAD_ENDS: &[&str] = &[
    "街道", "街区", "街镇", "街乡", "街村", "街头", "街巷", "街面", "街坊", "路径", "路线", "路子",
    "路演", "路上", "路灯",
];
/// The longest road name written between a place and its ending (建国门内 in 建国门内大街).
const MAX_ROAD_NAME_CHARS: usize = 4;
/// Characters that no road name between a place and its ending holds: numerals of counting,
/// quantifiers and verbs of the sentence (浙江一路走来, 各路, 闯出新路).
/// 道路, 公路, 马路 and 思路, 门路, 销路 … are words of their own.
const NOT_IN_ROAD_NAMES: &str =
    "一各条出走之了的在是有为和与及等全新每道公马铁网思门销退套生活来后前";

/// Whether the place at `place` begins an address (上海鞍山路, 沈阳市和平区南京北街): the
/// text names a road in the place, not the place as a whole, so no figure is the place's for it.
/// A street or community named after a road (石油路街道, 中亚南路社区) is a place, not an address.
pub fn names_address(chars: &[char], place: &Range<usize>) -> bool {
    let han = |c: char| ('\u{4e00}'..='\u{9fff}').contains(&c);
    // 全县, 我市, 本区: words for a whole, never the start of an address (全县道路)
    if matches!(chars[place.start], '全' | '我' | '本') {
        return false;
    }
    (place.end..(place.end + MAX_ROAD_NAME_CHARS + 1).min(chars.len()))
        .take_while(|&i| han(chars[i]))
        .find_map(|i| {
            let end = ROAD_ENDS.iter().find(|e| word_at(chars, i, e))?;
            let not_a_road = NOT_ROAD_ENDS.iter().any(|w| word_at(chars, i, w));
            let name = &chars[place.end..i];
            let plausible = !name.iter().any(|&c| NOT_IN_ROAD_NAMES.contains(c));
            // 石油路街道: the road names a street, which is a place
            let after = i + end.chars().count();
            let names_a_place = ["街道", "社区", "居委", "村"]
                .iter()
                .any(|w| word_at(chars, after, w));
            Some(!not_a_road && plausible && !names_a_place)
        })
        .unwrap_or(false)
}

/// The longest organisation name an article's lead may be set in (普陀区 + 市场监督管理局网络交易
/// 市场专业监管所).
const MAX_SETTING_ORG_CHARS: usize = 20;

/// The organisation suffixes, parsed once (each was collected anew for every suffix tried).
fn org_suffixes() -> &'static [Vec<char>] {
    static SUFFIXES: std::sync::OnceLock<Vec<Vec<char>>> = std::sync::OnceLock::new();
    SUFFIXES.get_or_init(|| crate::word_lists::char_words(ORG_SUFFIXES))
}

/// Endings of a place's own hub, one a line (data/place-hubs.txt): a county's civilisation
/// practice centre heads its place's network, whose counts are the place's.
const PLACE_HUBS: &str = include_str!("../../../data/place-hubs.txt");

fn place_hubs() -> &'static [Vec<char>] {
    static HUBS: std::sync::OnceLock<Vec<Vec<char>>> = std::sync::OnceLock::new();
    HUBS.get_or_init(|| crate::word_lists::char_words(PLACE_HUBS))
}

/// Whether `name` ends in a place's own hub (data/place-hubs.txt: 准格尔旗新时代文明实践服务中心),
/// which speaks for its place, not as one organisation.
pub fn ends_with_place_hub(name: &[char]) -> bool {
    place_hubs().iter().any(|hub| ends_with(name, hub))
}

/// Whether `name` ends in an organisation's suffix (data/org-suffixes.txt) and is longer than it.
pub fn ends_with_org_suffix(name: &[char]) -> bool {
    // most names tried end in a character that ends no suffix: one bit test passes them over
    static LAST_CHARS: std::sync::OnceLock<crate::first_chars::FirstChars> =
        std::sync::OnceLock::new();
    let last_chars = LAST_CHARS.get_or_init(|| {
        crate::first_chars::FirstChars::of(
            org_suffixes()
                .iter()
                .filter_map(|s| s.last())
                .map(std::slice::from_ref),
        )
    });
    name.last().is_some_and(|&c| last_chars.may_start(c))
        && org_suffixes()
            .iter()
            .any(|suffix| name.len() > suffix.len() && ends_with(name, suffix))
        && !ends_with_place_hub(name)
}

/// Whether `text` ends with `word`, compared from the last character: the suffixes are tried at
/// every end of every candidate name, and most differ at their last character, where a slice
/// comparison would call memcmp.
fn ends_with(text: &[char], word: &[char]) -> bool {
    text.len() >= word.len()
        && text
            .iter()
            .rev()
            .zip(word.iter().rev())
            .all(|(t, w)| t == w)
}

/// The most clauses of a paragraph's first sentence read for its subject (去年,救援队参与……).
const SUBJECT_CLAUSES: usize = 2;

/// Whether `sentence` (opening a paragraph) has the bare kind of an organisation as its subject
/// (救援队现有队员86名, 该协会共有……, 去年,服务队开展……): it points back to the organisation the
/// paragraph before was about, whose own figures it goes on to tell.
pub fn opens_with_org_kind(sentence: &[char]) -> bool {
    subject_pointed_back(sentence).is_some()
}

/// Where the clause whose subject is one organisation begins, and where that subject ends, among
/// the first clauses of `sentence`: the organisation's bare kind pointing back to the one named
/// before (该协会现有……, 站点共有……, 公司党支部有……, 去年,协会组织……). A figure after it in that
/// clause, and in the clauses after it that name no other place, is that organisation's own.
/// (A name without its place is not read: without segmentation a verb phrase ending in a kind,
/// 加强对商会……, reads the same.)
pub fn org_subject(sentence: &[char]) -> Option<Range<usize>> {
    subject_pointed_back(sentence).or_else(|| introduced_org_subject(sentence))
}

/// The subject of [`org_subject`] when it points back to an organisation named before (该协会,
/// 站点, 我会), in the first clauses of `sentence`.
fn subject_pointed_back(sentence: &[char]) -> Option<Range<usize>> {
    let mut start = 0;
    for clause in sentence
        .split(|&c| is_clause_break(c) && c != '、')
        .take(SUBJECT_CLAUSES)
    {
        let subject_end = org_kinds()
            .iter()
            .find_map(|kind| {
                crate::locals::after_pointing_back(clause, kind)
                    .filter(|after| crate::locals::opens_predicate(after))
                    .map(|after| clause.len() - after.len())
            })
            .or_else(|| speaks_as_org(clause));
        if let Some(end) = subject_end {
            return Some(start..start + end);
        }
        start += clause.len() + 1;
    }
    None
}

/// The subject of [`org_subject`] when an organisation is introduced in any clause of
/// `sentence` by its founding (成立于2012年的某某联盟, 某某服务队自2010年成立以来) or named by its
/// place's tier (区慈善总会日前认领……): see placing/own_figures.rs. Such a subject names its
/// organisation anew, so it points back to none a paragraph before told of.
fn introduced_org_subject(sentence: &[char]) -> Option<Range<usize>> {
    let mut start = 0;
    for clause in sentence.split(|&c| is_clause_break(c) && c != '、') {
        let subject_end = crate::placing::own_figures::founded_org_subject(clause)
            .or_else(|| crate::placing::own_figures::level_word_org_subject(clause));
        if let Some(end) = subject_end {
            return Some(start..start + end);
        }
        start += clause.len() + 1;
    }
    None
}

/// Whether the words between an organisation's name and a figure (`between`) are only verbs of
/// having, building or reaching (社工服务中心建成12个, 协会达30家): the figure then counts
/// organisations of that kind, not one organisation's own members or deeds.
pub fn counts_the_kind(between: &[char]) -> bool {
    let mut rest = between;
    while let Some(n) = crate::locals::predicate_len(rest) {
        rest = &rest[n..];
    }
    rest.iter().all(|c| "已达到为共约近超逾有了".contains(*c))
}

/// Kinds a text refers back to one organisation by that end no organisation's name in
/// data/org-suffixes.txt: after a place, 服务站点 and 乡镇社工站 name a class of sites
/// (全区服务站点, 广西乡镇社工站已开展……), and 中心, 机构 end many longer words, while
/// 站点共有骑手300名, 该社工站现有社工5名 and 中心每年开展…… open a sentence about the one
/// named before.
const BARE_ORG_KINDS: &[&str] = &["站点", "配送站", "社工站", "中心", "机构"];

/// How an organisation's own texts name it as the speaker (我会, 本会: "our association"): its
/// year review and its news speak of themselves so, and every figure after such a subject is
/// the organisation's own (我会党委下设党支部9个, 本会全年组织宣讲12场).
const FIRST_PERSON_ORG: &[&str] = &["我会", "本会"];

/// Where the subject ends when `clause` opens (past a time word: 目前, 全年 …) with the
/// organisation naming itself (我会, 本会) before a predicate: see [`FIRST_PERSON_ORG`].
fn speaks_as_org(clause: &[char]) -> Option<usize> {
    const TIME_WORDS: &[&str] = &["目前", "如今", "全年", "今年", "去年", "近年来"];
    // (every first-person word ends in 会, within the first characters: most clauses have none)
    const MAX_SUBJECT_END: usize = 5;
    if !clause.iter().take(MAX_SUBJECT_END).any(|&c| c == '会') {
        return None;
    }
    let skip = TIME_WORDS
        .iter()
        .find(|w| word_at(clause, 0, w))
        .map_or(0, |w| w.chars().count());
    let rest = &clause[skip..];
    let n = FIRST_PERSON_ORG
        .iter()
        .find(|w| word_at(rest, 0, w))?
        .chars()
        .count();
    let after = &rest[n..];
    let predicate =
        crate::locals::opens_predicate(after) || TIME_WORDS.iter().any(|t| word_at(after, 0, t));
    predicate.then_some(skip + n)
}

/// The organisation suffixes and [`BARE_ORG_KINDS`], parsed once.
fn org_kinds() -> &'static [Vec<char>] {
    static KINDS: std::sync::OnceLock<Vec<Vec<char>>> = std::sync::OnceLock::new();
    KINDS.get_or_init(|| {
        let bare = BARE_ORG_KINDS.iter().map(|k| k.chars().collect());
        org_suffixes().iter().cloned().chain(bare).collect()
    })
}

/// Whether the place chain at `chain` is written as the setting of a lead in one organisation:
/// 在 + place + an organisation's name + a clause break (在普陀区市场监督管理局……监管所,活跃着
/// 这样一支队伍). Such an article tells that organisation's own figures (level org).
pub fn sets_lead_in_org(chars: &[char], chain: &Range<usize>) -> bool {
    let after_zai = chain.start >= 1
        && chars[chain.start - 1] == '在'
        && (chain.start == 1 || is_clause_break(chars[chain.start - 2]));
    if !after_zai {
        return false;
    }
    let run_end = (chain.end..chars.len())
        .take(MAX_SETTING_ORG_CHARS)
        .take_while(|&i| ('\u{4e00}'..='\u{9fff}').contains(&chars[i]))
        .last()
        .map_or(chain.end, |i| i + 1);
    let run = &chars[chain.end..run_end];
    run_end < chars.len()
        && is_clause_break(chars[run_end])
        && org_suffixes()
            .iter()
            .any(|suffix| run.len() > suffix.len() && run.ends_with(suffix))
}

/// Central bodies and national organisations, one a line (data/central-bodies.txt).
const CENTRAL_BODIES: &str = include_str!("../../../data/central-bodies.txt");

/// The central bodies' names, parsed once.
fn central_bodies() -> &'static [Vec<char>] {
    static BODIES: std::sync::OnceLock<Vec<Vec<char>>> = std::sync::OnceLock::new();
    BODIES.get_or_init(|| crate::word_lists::char_words(CENTRAL_BODIES))
}

/// Whether a central body's name is written at `at` (民政部, not 民政部门: local departments;
/// not a heritage site named after it: see `names_heritage_site`).
pub(crate) fn central_body_at(chars: &[char], at: usize) -> bool {
    // the first character first: at most positions it rules out every name without comparing
    // the rest
    let first = chars.get(at);
    central_bodies().iter().any(|body| {
        (body.is_empty() || body.first() == first)
            && chars[at..].starts_with(body)
            && chars.get(at + body.len()) != Some(&'门')
    }) && !names_heritage_site(chars, at)
}

/// Words ending a historic or memorial site's name, one a line (data/heritage-site-words.txt).
const HERITAGE_SITE_WORDS: &str = include_str!("../../../data/heritage-site-words.txt");

/// How far after a central body's name a heritage site's word may end its clause
/// (中共中央秘书处设立与运作机关的旧址).
const MAX_SITE_NAME_CHARS: usize = 24;

/// Whether the central body at `at` is part of a heritage site's name, its clause ending in a
/// site word (中共中央秘书处机关旧址, 中共一大会址, ……纪念馆): the site is where the story
/// stands, and the body is not its subject.
fn names_heritage_site(chars: &[char], at: usize) -> bool {
    static WORDS: std::sync::OnceLock<Vec<Vec<char>>> = std::sync::OnceLock::new();
    let words = WORDS.get_or_init(|| crate::word_lists::char_words(HERITAGE_SITE_WORDS));
    let limit = chars.len().min(at + MAX_SITE_NAME_CHARS);
    let clause_end = (at..limit)
        .find(|&i| is_clause_break(chars[i]) && chars[i] != '、')
        .unwrap_or(limit);
    words.iter().any(|w| {
        chars[at..clause_end]
            .windows(w.len())
            .any(|win| win == w.as_slice())
    })
}

/// How far before a figure its clause is searched for a central body.
const MAX_CENTRAL_LOOKBACK: usize = 40;

/// Where a central body is named in the clause of a figure starting at `number_start`, before
/// it (超过了民政部要求的60%的目标): the figure is then the country's, unless a place is named
/// between them.
pub fn central_body_before(chars: &[char], number_start: usize) -> Option<usize> {
    let floor = number_start.saturating_sub(MAX_CENTRAL_LOOKBACK);
    let clause_start = (floor..number_start)
        .rev()
        .find(|&i| is_clause_break(chars[i]) && !matches!(chars[i], '、' | '(' | ')'))
        .map_or(floor, |i| i + 1);
    (clause_start..number_start).find(|&i| central_body_at(chars, i))
}

/// Whether `sentence` opens, past its date, with a central body as its subject (8月26日,中央社会
/// 工作部相继在……召开3场座谈会): what it reports is the country's.
pub fn opens_with_central_body(sentence: &[char]) -> bool {
    let start = sentence
        .iter()
        .position(|&c| !(c.is_ascii_digit() || "年月日至到前后底初旬以来,、 ".contains(c)))
        .unwrap_or(sentence.len());
    central_body_at(sentence, start)
}

/// Whether the place at `place` opens its sentence or clause followed by an organisation's name
/// as the subject (据介绍,睢宁聚蜂同行社工服务站采用……): the sentences after it in its paragraph
/// that name no place go on about that organisation.
pub fn opens_with_org(chars: &[char], place: &Range<usize>) -> bool {
    let opens_at = |at: usize| at == 0 || (is_clause_break(chars[at - 1]) && chars[at - 1] != '、');
    // 宜昌市伍家岗区蓝天救援队……: the chain's first link (a governing city or province) may be
    // no mention of its own
    let after_governing =
        (place.start.saturating_sub(MAX_GOVERNING_CHARS)..place.start).any(|at| {
            opens_at(at)
                && place.start - at >= 2
                && matches!(chars[place.start - 1], '省' | '市' | '州' | '盟')
                && chars[at..place.start]
                    .iter()
                    .all(|&c| ('\u{4e00}'..='\u{9fff}').contains(&c))
        });
    (opens_at(place.start) || after_governing) && org_after(chars, place.end, chars.len())
}

/// The longest name of a governing city or province written before a place (黑龙江省, 大兴安岭地区
/// is written as its own mention).
const MAX_GOVERNING_CHARS: usize = 8;

/// Nouns for the members of an organisation (志愿服务队现有队员86名, 商会吸纳会员单位56家),
/// longest first.
const MEMBER_NOUNS: &[&str] = &["会员单位", "成员单位", "队员", "会员", "成员"];
/// How far before a figure its member noun may stand (队员86名, 队员总数达86名).
const MAX_MEMBER_GAP: usize = 4;

/// Whether the figure at `number_start..end` counts an organisation's own members: a member
/// noun right after it (86名队员) or just before it (现有队员86名), in a clause that speaks of no
/// whole place (全市注册志愿者协会会员 is the city's). Members belong to a team, an association
/// or a chamber, so such a figure is the organisation's (level org) wherever it is placed.
pub fn counts_own_members(chars: &[char], number_start: usize, end: usize) -> bool {
    // (compared in place: a copy of the word per position tried was most of this check)
    let starts = |at: usize, w: &str| {
        chars
            .get(at..at + w.chars().count())
            .is_some_and(|here| here.iter().copied().eq(w.chars()))
    };
    let clause_start = (0..number_start)
        .rev()
        .find(|&i| is_clause_break(chars[i]) && chars[i] != '、')
        .map_or(0, |i| i + 1);
    let after = MEMBER_NOUNS.iter().any(|w| starts(end, w));
    let before = (number_start
        .saturating_sub(MAX_MEMBER_GAP + 4)
        .max(clause_start)..number_start)
        .any(|at| {
            MEMBER_NOUNS
                .iter()
                .any(|w| starts(at, w) && number_start - (at + w.chars().count()) <= MAX_MEMBER_GAP)
        });
    let clause = &chars[clause_start..number_start];
    let whole = clause
        .windows(2)
        .any(|w| (w[0] == '全' && "省市区县州盟旗国".contains(w[1])) || w == ['辖', '区'])
        || clause.contains(&'各');
    (after || before) && !whole
}

/// Words before a place that make it the scope of an award or a title (获评龙华区绿色社区建设
/// 典型案例, 被评为全省先进): who gave the honour, not whose figures follow.
const AWARD_WORDS: &[&str] = &["获评", "评为", "荣获", "获得", "入选", "授予"];

/// Whether the place at `place` is written as the scope of an award or title.
pub fn names_award(chars: &[char], place: &Range<usize>) -> bool {
    AWARD_WORDS
        .iter()
        .any(|w| place.start >= 2 && word_at(chars, place.start - 2, w))
}

/// Words that join coordinated places: 兴庆区、金凤区; 兴庆区和金凤区.
const JOINERS: &[&str] = &["、", "和", "及", "与", "以及"];

/// Whether the text between two place mentions only joins them as coordinated items.
pub fn joins(between: &[char]) -> bool {
    let s: String = between.iter().collect();
    JOINERS.contains(&s.as_str())
}

/// The smallest place governing both `a` and `b`, below the province level: coordinated
/// districts of one city share that city; places of two provinces share nothing reportable.
pub fn common_parent(g: &Gazetteer, a: PlaceId, b: PlaceId) -> Option<PlaceId> {
    let mut at = g.parent(a);
    while let Some(p) = at {
        if g.contains(p, b) {
            return Some(p);
        }
        at = g.parent(p);
    }
    None
}

/// Whether coordinated places at `level` merge into their parent: districts and cities (a list of
/// provinces is the country's business, not one place's).
pub fn merges_at(level: Level) -> bool {
    matches!(level, Level::City | Level::District)
}

/// Whether the mention at `place` opens its clause (right after a clause break or at the start of
/// the sentence) and a figure starting at one of `numbers` follows in that same clause: the place
/// is then the subject of that figure (浙江共计有4.5万余人次).
pub fn opens_figure_clause(chars: &[char], place: &Range<usize>, numbers: &[usize]) -> bool {
    let opens = place.start == 0
        || (is_clause_break(chars[place.start - 1]) && chars[place.start - 1] != '、');
    opens && figure_in_clause(chars, place, numbers)
}

/// Whether a figure starting at one of `numbers` follows the place at `place` in its clause.
/// (The nearest figure after it decides: a later one is past the same clause break.)
fn figure_in_clause(chars: &[char], place: &Range<usize>, numbers: &[usize]) -> bool {
    numbers
        .iter()
        .filter(|&&n| n >= place.end)
        .min()
        .is_some_and(|&n| {
            !chars[place.end..n]
                .iter()
                .any(|&c| is_clause_break(c) && !matches!(c, '、' | '(' | ')'))
        })
}

/// Whether a designation (省级, 市级) at `word` says whose figure follows: only with a figure
/// in its clause (市级9个示范站点). Elsewhere it describes a thing (承办省级职业技能大赛,……累计
/// 服务3000家), whose figures are not the province's for it.
pub fn designation_holds(chars: &[char], word: &Range<usize>, numbers: &[usize]) -> bool {
    chars.get(word.end - 1) != Some(&'级') || figure_in_clause(chars, word, numbers)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn venues_are_places_after_zai_with_an_event_verb() {
        let s = chars("年会在越秀区东山宾馆举行");
        assert!(is_venue(&s, 3..6));
        let s = chars("在越秀区新建驿站20个");
        assert!(!is_venue(&s, 1..4));
        let s = chars("在越秀区,举行");
        assert!(!is_venue(&s, 1..4));
        let s = chars("在全省社会工作会议上作经验交流");
        assert!(is_venue(&s, 1..3));
    }

    #[test]
    fn a_guiding_body_is_no_place_of_the_clause() {
        let s = chars("在区委社会工作部指导下,丰产路社区现有居民3200户");
        assert!(is_guiding_body(&s, 1..3));
        let s = chars("在金水区委社会工作部的大力推动下");
        assert!(is_guiding_body(&s, 1..4));
        let s = chars("在金水区建成驿站20个,其下");
        assert!(!is_guiding_body(&s, 1..4));
        let s = chars("在全区范围内推广");
        assert!(!is_guiding_body(&s, 1..3));
    }

    #[test]
    fn a_place_that_begins_an_address_is_not_the_place() {
        let s = chars("上海鞍山路周边涵盖了4个小区");
        assert!(names_address(&s, &(0..2)));
        let s = chars("鞍山路的居民");
        assert!(names_address(&s, &(0..2)));
        let s = chars("渝中区石油路街道");
        assert!(!names_address(&s, &(0..3)));
        let s = chars("上城街道志愿者");
        assert!(!names_address(&s, &(0..2)));
        let s = chars("浙江一路走来");
        assert!(!names_address(&s, &(0..2)));
        let s = chars("杭州路径为全省提供经验");
        assert!(!names_address(&s, &(0..2)));
        let s = chars("全县道路交通志愿者");
        assert!(!names_address(&s, &(0..2)));
        let s = chars("温州思路");
        assert!(!names_address(&s, &(0..2)));
    }

    #[test]
    fn a_paragraph_about_the_organisation_before() {
        assert!(opens_with_org_kind(&chars("救援队现有队员86名")));
        assert!(opens_with_org_kind(&chars("去年,该协会开展活动120场")));
        assert!(!opens_with_org_kind(&chars("全区现有注册志愿者5.6万名")));
        assert!(!opens_with_org_kind(&chars("志愿服务队伍不断壮大")));
        assert!(opens_with_org_kind(&chars("站点共有骑手300名")));
        assert!(opens_with_org_kind(&chars("公司党支部有党员15名")));
        assert!(opens_with_org_kind(&chars("协会党委下设党支部12个")));
        assert!(!opens_with_org_kind(&chars("站点数量不断增加")));
        assert_eq!(org_subject(&chars("协会现有会员320家")), Some(0..2));
        assert_eq!(org_subject(&chars("去年,该协会开展活动120场")), Some(3..6));
        assert_eq!(org_subject(&chars("乡镇社工站已开展服务300场")), None);
        assert_eq!(org_subject(&chars("加强对商会组织建设指导")), None);
        assert!(counts_the_kind(&chars("建成")));
        assert!(counts_the_kind(&chars("已累计建成")));
        assert!(!counts_the_kind(&chars("现有会员")));
    }

    #[test]
    fn an_organisations_own_members() {
        let own = |text: &str, number: &str| {
            let s = chars(text);
            let at = text
                .find(number)
                .map(|b| text[..b].chars().count())
                .unwrap();
            counts_own_members(&s, at, at + number.chars().count())
        };
        assert!(own("志愿服务队现有队员86名", "86名"));
        assert!(own("商会吸纳会员单位56家,", "56家"));
        assert!(own("协会共有120名会员", "120名"));
        assert!(!own("全市志愿者协会会员达5万名", "5万名"));
        assert!(!own("各服务队共有队员300名", "300名"));
        assert!(!own("街道现有注册志愿者3100名", "3100名"));
    }

    #[test]
    fn a_lead_set_in_an_organisation_and_a_central_subject() {
        let s = chars("在徐汇区民政局社会组织服务中心,有这样一群年轻人");
        assert!(sets_lead_in_org(&s, &(1..4)));
        let s = chars("在徐汇区,有这样一群年轻人");
        assert!(!sets_lead_in_org(&s, &(1..4)));
        assert!(opens_with_central_body(&chars("3月5日,民政部召开视频会议")));
        assert!(!opens_with_central_body(&chars("3月5日,全市召开视频会议")));
        assert!(!opens_with_central_body(&chars("民政部门召开视频会议")));
        let s = chars("覆盖率达90%,超过了民政部要求的60%的目标");
        assert_eq!(central_body_before(&s, 17), Some(11));
        assert_eq!(central_body_before(&s, 4), None);
        let s = chars("先后在济南市、西安市召开座谈会");
        let g = Gazetteer::embedded();
        let found: Vec<Range<usize>> = g.find(&s, None).into_iter().map(|m| m.range).collect();
        assert_eq!(venue_mask(&s, &found), vec![true, true]);
    }

    #[test]
    fn an_organisation_after_its_place_owns_the_figure() {
        let s = chars("昭通市秋城志愿服务中心累计实施公益项目58个");
        assert!(org_after(&s, 3, 21));
        let s = chars("全市社工服务中心达30个");
        assert!(!org_after(&s, 2, 10));
        let s = chars("泗县商会党委班子5人");
        assert!(org_after(&s, 2, 8));
        let s = chars("云南省共有5家社会组织");
        assert!(!org_after(&s, 3, 5));
        let s = chars("天河区建成社区志愿服务站点57个");
        assert!(!org_after(&s, 3, 13));
    }

    #[test]
    fn a_place_opening_the_clause_of_a_figure_is_its_subject() {
        let s = chars("近8年来,浙江共计有4.5万余人次");
        assert!(opens_figure_clause(&s, &(5..7), &[10]));
        let s = chars("在浙江率先实现,新增4个");
        assert!(!opens_figure_clause(&s, &(1..3), &[10]));
    }

    #[test]
    fn coordinated_districts_share_their_city() {
        let g = Gazetteer::embedded();
        let s = chars("银川市兴庆区、金凤区");
        let found = g.find(&s, g.find_province("宁夏"));
        let (a, b) = (found[1].place, found[2].place);
        assert!(joins(&s[found[1].range.end..found[2].range.start]));
        assert_eq!(g.name(common_parent(g, a, b).unwrap()), "银川市");
    }
}
