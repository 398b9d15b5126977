//! Further relevance terms, from `data/relevance-channels.txt`: the channels of 信访 and
//! 人民建议 (网上群众工作, 领导留言板, 群众诉求 …) that a report on that remit may name instead of
//! the remit's own words, and from `data/relevance-grassroots.txt`: the own vocabulary of
//! 基层治理 (居委会, 社区治理, 居民自治) and of answering citizens' requests (接诉即办, 12345,
//! 市民诉求), and from `data/relevance-charity.txt`: the words of charity (慈善, 募捐, 善款), which
//! the remit's family shares, so that such a report is not dropped as off topic. A chamber's own page names 商会
//! or 行业协会 instead (`data/relevance-chambers.txt`): those words count only on a page that also
//! names the Party's or the state's guidance of chambers (`data/relevance-chamber-guides.txt`),
//! since trade bodies outside the remit carry the same names. A petition bulletin's counts
//! (来访86批132人次, 来信:32件) count too (`data/relevance-petition-counts.toml`): a bulletin writes
//! its kinds in short forms that are everyday words elsewhere. A page about one team or station
//! names its unit (服务队, 救援队, 驿站) instead (`data/relevance-units.toml`): those count only
//! where the page frames them as volunteering or the work for the new employment groups. A
//! community's own page (its news, profile or case story) names the community's bodies, people and
//! work instead (党小组, 共建单位, 居民小组, 搬迁群众 …, `data/relevance-community.toml`): those
//! count only on a page about communities. A city's review of its community work names the remit
//! by 社区建设, 基层组织和政权建设 and 社区实体化 (`data/relevance-grassroots.txt`); housing work
//! holds the first of them (居住社区建设, 完整社区建设) and cancels it (`data/relevance-not-terms.txt`).

use crate::first_chars::FirstChars;
use std::sync::OnceLock;

const CHANNEL_TERMS: &str = include_str!("../../../data/relevance-channels.txt");
const GRASSROOTS_TERMS: &str = include_str!("../../../data/relevance-grassroots.txt");
const CHARITY_TERMS: &str = include_str!("../../../data/relevance-charity.txt");
const CHAMBER_TERMS: &str = include_str!("../../../data/relevance-chambers.txt");
const CHAMBER_GUIDES: &str = include_str!("../../../data/relevance-chamber-guides.txt");
const PETITION_COUNTS: &str = include_str!("../../../data/relevance-petition-counts.toml");
const UNITS: &str = include_str!("../../../data/relevance-units.toml");
const COMMUNITY: &str = include_str!("../../../data/relevance-community.toml");
const NOT_TERMS: &str = include_str!("../../../data/relevance-not-terms.txt");

/// data/relevance-units.toml.
#[derive(serde::Deserialize)]
struct RemitUnits {
    units: Vec<String>,
    frames: Vec<String>,
    min_frames: usize,
}

fn remit_units() -> &'static RemitUnits {
    static UNITS_OF: OnceLock<RemitUnits> = OnceLock::new();
    UNITS_OF.get_or_init(|| toml::from_str(UNITS).expect("data/relevance-units.toml parses"))
}

/// Every word list of the relevance check, counted in one pass over an article (five passes,
/// each with its lists' words turned into characters again at every article, and a copy of the
/// article as a `String` for the unit nouns, had been most of the check's cost).
struct RelevanceLists {
    terms: TermLists,
    /// The unit nouns' frames needed for them to count (data/relevance-units.toml).
    min_frames: usize,
    /// The community frames needed for a community's own words to count
    /// (data/relevance-community.toml).
    min_community_frames: usize,
}

/// The lists of [`RelevanceLists::terms`], in this order.
const SOCIAL_WORK: usize = 0;
const FURTHER: usize = 1;
const CHAMBERS: usize = 2;
const UNIT_NOUNS: usize = 3;
const UNIT_FRAMES: usize = 4;
const COMMUNITY_WORDS: usize = 5;
const COMMUNITY_FRAMES: usize = 6;
const OTHER_REMITS: usize = 7;
const LISTS: usize = 8;

fn relevance_lists() -> &'static RelevanceLists {
    static LISTS_OF: OnceLock<RelevanceLists> = OnceLock::new();
    LISTS_OF.get_or_init(|| {
        let units = remit_units();
        let as_strs = |l: &'static [String]| l.iter().map(String::as_str).collect::<Vec<&str>>();
        let mut lists: [Vec<&str>; LISTS] = Default::default();
        lists[SOCIAL_WORK] = crate::rules::SOCIAL_WORK_TERMS.to_vec();
        lists[FURTHER] = further_terms().to_vec();
        lists[CHAMBERS] = chamber_terms().to_vec();
        lists[UNIT_NOUNS] = as_strs(&units.units);
        lists[UNIT_FRAMES] = as_strs(&units.frames);
        let community = community_words();
        lists[COMMUNITY_WORDS] = as_strs(&community.words);
        lists[COMMUNITY_FRAMES] = as_strs(&community.frames);
        lists[OTHER_REMITS] = terms_of(&[NOT_TERMS]);
        RelevanceLists {
            terms: TermLists::new(&lists),
            min_frames: units.min_frames,
            min_community_frames: community.min_frames,
        }
    })
}

/// How many social-work terms an article's text holds: the remit's own words, the further terms,
/// chamber names where a guide is named, a petition bulletin's counts and the remit's unit nouns
/// where the page frames them so. A further term inside another department's word (社区建设 in
/// 住建's 居住社区建设, data/relevance-not-terms.txt) does not count.
pub(crate) fn term_hits(text: &[char]) -> usize {
    let lists = relevance_lists();
    let counts = lists.terms.counts::<LISTS>(text);
    counts[SOCIAL_WORK]
        + counts[FURTHER].saturating_sub(counts[OTHER_REMITS])
        + chamber_hits(text, counts[CHAMBERS])
        + petition_count_hits(text)
        + framed(&counts, UNIT_NOUNS, UNIT_FRAMES, lists.min_frames)
        + framed(
            &counts,
            COMMUNITY_WORDS,
            COMMUNITY_FRAMES,
            lists.min_community_frames,
        )
}

/// The count of list `words` where list `frames` was counted at least `min_frames` times, else
/// none: words that count towards the remit only on pages framed so (the unit nouns, a
/// community's own words).
fn framed(counts: &[usize; LISTS], words: usize, frames: usize, min_frames: usize) -> usize {
    if counts[frames] < min_frames {
        0
    } else {
        counts[words]
    }
}

/// Word lists counted in one pass over a text. Each word's occurrences do not overlap each
/// other (as `str::matches` counts them); words of different lists, and a word two lists share,
/// are counted apart, so each list's count is what a pass of its own would give.
pub(crate) struct TermLists {
    words: Vec<Vec<char>>,
    /// The list of each word.
    list: Vec<usize>,
    /// Most characters start no word and are passed over at one bit test.
    first_chars: FirstChars,
    /// (first character, word) in order of the character: a character that passes the bit test
    /// is compared with the words it starts, not with every word.
    by_first: Vec<(char, usize)>,
}

impl TermLists {
    /// The words of `lists` (an empty word is never counted).
    pub(crate) fn new(lists: &[Vec<&str>]) -> TermLists {
        let (words, list): (Vec<Vec<char>>, Vec<usize>) = lists
            .iter()
            .enumerate()
            .flat_map(|(l, words)| words.iter().map(move |w| (w.chars().collect(), l)))
            .filter(|(w, _): &(Vec<char>, usize)| !w.is_empty())
            .unzip();
        let first_chars = FirstChars::of(words.iter().map(Vec::as_slice));
        let mut by_first: Vec<(char, usize)> =
            words.iter().enumerate().map(|(k, w)| (w[0], k)).collect();
        by_first.sort_unstable();
        TermLists {
            words,
            list,
            first_chars,
            by_first,
        }
    }

    /// The occurrences of each list's words in `text` (`N`: how many lists there are).
    pub(crate) fn counts<const N: usize>(&self, text: &[char]) -> [usize; N] {
        let mut counts = [0; N];
        let mut free_from = vec![0usize; self.words.len()];
        for (i, &c) in text.iter().enumerate() {
            if !self.first_chars.may_start(c) {
                continue;
            }
            let from = self.by_first.partition_point(|&(first, _)| first < c);
            let rest = &text[i + 1..];
            for &(_, k) in self.by_first[from..]
                .iter()
                .take_while(|&&(first, _)| first == c)
            {
                let word = &self.words[k];
                // compared in place: most words differ at their second character, where a
                // slice comparison would call memcmp
                if i >= free_from[k]
                    && rest.len() >= word.len() - 1
                    && rest.iter().zip(&word[1..]).all(|(a, b)| a == b)
                {
                    counts[self.list[k]] += 1;
                    free_from[k] = i + word.len();
                }
            }
        }
        counts
    }
}

/// How many of the remit's unit nouns (服务队, 救援队, 驿站) count towards the relevance of
/// `text`: all of them where the page frames them as volunteering, charity or the work for
/// the new employment groups (志愿者, 公益, 快递员 …, at least `min_frames` times), else none, since
/// a tourist 驿站 or a fire brigade's 救援队 carry the same names.
#[cfg(test)]
fn unit_hits(text: &[char]) -> usize {
    let lists = relevance_lists();
    let counts = lists.terms.counts::<LISTS>(text);
    framed(&counts, UNIT_NOUNS, UNIT_FRAMES, lists.min_frames)
}

/// data/relevance-community.toml.
#[derive(serde::Deserialize)]
struct CommunityWords {
    words: Vec<String>,
    frames: Vec<String>,
    min_frames: usize,
}

fn community_words() -> &'static CommunityWords {
    static WORDS: OnceLock<CommunityWords> = OnceLock::new();
    WORDS.get_or_init(|| toml::from_str(COMMUNITY).expect("data/relevance-community.toml parses"))
}

/// How many of a community's own words (党小组, 共建单位, 居民小组, 搬迁群众 …) count towards the
/// relevance of `text`: all of them where the page is about communities (社区, 居委, 村委 at
/// least `min_frames` times), else none, since a company's 党小组 or a road project's 搬迁群众
/// carry the same names.
#[cfg(test)]
fn community_hits(text: &[char]) -> usize {
    let lists = relevance_lists();
    let counts = lists.terms.counts::<LISTS>(text);
    framed(
        &counts,
        COMMUNITY_WORDS,
        COMMUNITY_FRAMES,
        lists.min_community_frames,
    )
}

/// data/relevance-petition-counts.toml.
#[derive(serde::Deserialize)]
struct PetitionCounts {
    kinds: Vec<String>,
    links: Vec<String>,
    between: usize,
    units: Vec<String>,
}

/// [`PetitionCounts`] as characters, kinds and units longest first.
struct PetitionCues {
    kinds: Vec<Vec<char>>,
    /// The first characters of `kinds`, sorted: most positions of a page start no kind, and
    /// skipping them before comparing every kind keeps the check cheap on long pages.
    kind_starts: Vec<char>,
    /// `kind_starts` as bits, tested first.
    kind_first: FirstChars,
    links: Vec<char>,
    between: usize,
    units: Vec<Vec<char>>,
}

fn petition_cues() -> &'static PetitionCues {
    static CUES: OnceLock<PetitionCues> = OnceLock::new();
    CUES.get_or_init(|| {
        let p: PetitionCounts =
            toml::from_str(PETITION_COUNTS).expect("data/relevance-petition-counts.toml parses");
        let chars = |l: Vec<String>| -> Vec<Vec<char>> {
            let mut l: Vec<Vec<char>> = l
                .iter()
                .map(|w| w.chars().collect::<Vec<char>>())
                .filter(|w| !w.is_empty())
                .collect();
            l.sort_by_key(|w| std::cmp::Reverse(w.len()));
            l
        };
        let kinds = chars(p.kinds);
        let mut kind_starts: Vec<char> = kinds.iter().map(|k| k[0]).collect();
        kind_starts.sort_unstable();
        kind_starts.dedup();
        PetitionCues {
            kind_first: FirstChars::of(kinds.iter().map(Vec::as_slice)),
            kinds,
            kind_starts,
            links: p.links.iter().filter_map(|l| l.chars().next()).collect(),
            between: p.between,
            units: chars(p.units),
        }
    })
}

/// How many of a petition bulletin's counts `text` holds: a kind of petition with a figure in one
/// of the genre's measure words right after it (来访86批, 来信:32件).
pub(crate) fn petition_count_hits(text: &[char]) -> usize {
    let PetitionCues {
        kinds,
        kind_starts,
        kind_first,
        links,
        between,
        units,
    } = petition_cues();
    let mut hits = 0;
    let mut i = 0;
    while i < text.len() {
        if !kind_first.may_start(text[i]) || kind_starts.binary_search(&text[i]).is_err() {
            i += 1;
            continue;
        }
        let Some(kind) = kinds.iter().find(|k| text[i..].starts_with(k)) else {
            i += 1;
            continue;
        };
        let mut at = i + kind.len();
        let mut linked = 0;
        while linked < *between && text.get(at).is_some_and(|c| links.contains(c)) {
            at += 1;
            linked += 1;
        }
        let digits = text[at..].iter().take_while(|c| c.is_ascii_digit()).count();
        if digits > 0 && units.iter().any(|u| text[at + digits..].starts_with(u)) {
            hits += 1;
        }
        i += kind.len();
    }
    hits
}

/// The terms of data files: one per line, comments (`#`) and blank lines left out.
fn terms_of<'a>(files: &[&'a str]) -> Vec<&'a str> {
    files
        .iter()
        .flat_map(|f| crate::word_lists::words(f))
        .collect()
}

/// The further terms, one per non-comment line of the data files.
pub(crate) fn further_terms() -> &'static [&'static str] {
    static TERMS: OnceLock<Vec<&'static str>> = OnceLock::new();
    TERMS.get_or_init(|| terms_of(&[CHANNEL_TERMS, GRASSROOTS_TERMS, CHARITY_TERMS]))
}

/// The names of chambers and associations, counted by [`chamber_hits`].
pub(crate) fn chamber_terms() -> &'static [&'static str] {
    static TERMS: OnceLock<Vec<&'static str>> = OnceLock::new();
    TERMS.get_or_init(|| terms_of(&[CHAMBER_TERMS]))
}

/// How many chamber names count towards the relevance of `text`, given `count` of them: all when
/// the text names the Party's or the state's guidance of chambers, else none.
pub(crate) fn chamber_hits(text: &[char], count: usize) -> usize {
    static GUIDES: OnceLock<Vec<Vec<char>>> = OnceLock::new();
    if count == 0 {
        return 0;
    }
    let guides = GUIDES.get_or_init(|| {
        terms_of(&[CHAMBER_GUIDES])
            .iter()
            .map(|t| t.chars().collect())
            .collect()
    });
    // (a window is compared only where the guide's first character stands: a slice comparison
    // is a memcmp call)
    let guided = guides.iter().any(|g| {
        text.windows(g.len())
            .any(|w| w[0] == g[0] && w == g.as_slice())
    });
    if guided {
        count
    } else {
        0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_data_file_gives_terms_without_comments_or_blanks() {
        let terms = further_terms();
        assert!(terms.contains(&"领导留言板"));
        assert!(terms.contains(&"接诉即办"));
        assert!(terms.iter().all(|t| !t.is_empty() && !t.starts_with('#')));
        assert!(chamber_terms().contains(&"商会"));
    }

    fn chars(text: &str) -> Vec<char> {
        text.chars().collect()
    }

    #[test]
    fn a_kind_of_petition_counts_only_before_its_figure() {
        assert_eq!(
            petition_count_hits(&chars("来访86批132人次,来信:32件,网信142件")),
            3
        );
        assert_eq!(petition_count_hits(&chars("集体访3批41人次")), 1);
        assert_eq!(
            petition_count_hits(&chars("外宾来访,来信询问,信访局局长")),
            0
        );
        assert_eq!(petition_count_hits(&chars("来访者12人")), 0);
    }

    #[test]
    fn unit_nouns_count_only_within_a_frame() {
        assert_eq!(
            unit_hits(&chars("志愿服务队成立,队员都是志愿者,服务队每周巡逻")),
            2
        );
        assert_eq!(unit_hits(&chars("快递员、网约配送员可在驿站休息")), 1);
        assert_eq!(unit_hits(&chars("景区旅游驿站开放,游客可在驿站休息")), 0);
        assert_eq!(unit_hits(&chars("消防救援队搜救被困驴友,志愿者送水")), 0);
    }

    #[test]
    fn community_words_count_only_on_a_page_about_communities() {
        // a resettlement community's story, a community profile, a village's door-to-door work
        assert_eq!(
            community_hits(&chars(
                "安置社区里,社区与原村结对共建,社区干部入户走访搬迁群众,社区融合治理见效"
            )),
            5
        );
        assert_eq!(
            community_hits(&chars(
                "社区设党小组12个,社区居委会联系共建单位8家,社区居民小组20个"
            )),
            3
        );
        assert_eq!(
            community_hits(&chars(
                "村委会组织村民小组长入户走访,村委、社区与驻区单位共商,社区服务"
            )),
            3
        );
        // the same words where no community is the subject
        assert_eq!(
            community_hits(&chars(
                "公司党小组开展学习,党小组长带领党员走访结对共建单位"
            )),
            0
        );
        assert_eq!(
            community_hits(&chars(
                "道路拓宽工程涉及搬迁群众300户,社区配合做好搬迁群众安置"
            )),
            0
        );
    }

    #[test]
    fn community_building_counts_but_not_inside_housing_work() {
        assert_eq!(
            term_hits(&chars("加强社区建设,推进基层组织和政权建设和社区实体化")),
            3
        );
        assert_eq!(term_hits(&chars("城市社区建设与和谐社区建设")), 2);
        assert_eq!(term_hits(&chars("居住社区建设补短板,完整社区建设试点")), 0);
        assert_eq!(term_hits(&chars("新型农村社区建设,社区建设")), 1);
    }

    #[test]
    fn chamber_names_count_only_where_a_guide_is_named() {
        assert_eq!(chamber_hits(&chars("商会召开会员大会,市工商联出席"), 2), 2);
        assert_eq!(chamber_hits(&chars("商会党支部成立"), 2), 2);
        assert_eq!(
            chamber_hits(&chars("商业总会召开会员代表大会,选出理事长"), 2),
            0
        );
        assert_eq!(chamber_hits(&chars("市工商联"), 0), 0);
    }
}
