//! Quantifier-scoped places: 一些县(市、区), 部分地区, 有的地方, 不少地方, 各地 … say that a figure
//! after them holds for some (or each) of the places inside a province or city, not for the whole.
//!
//! A briefing sets province-level figures side by side, so a figure that the text states for
//! 浙江的一些县 must never read as a figure of 浙江省.

use jianbao_facts::Level;
use std::ops::Range;

/// Words saying "some of" (or "several") the places that follow.
const SOME: &[&str] = &[
    "大部分",
    "一部分",
    "部分",
    "一些",
    "有些",
    "有的",
    "某些",
    "不少",
    "个别",
    "少数",
    "许多",
    "很多",
    "多数",
];

/// Whether `c` is the first character of a word in [`SOME`]: tested at every character of
/// every sentence before comparing each word there (a test keeps the two lists in step).
fn may_start_some(c: char) -> bool {
    matches!(
        c,
        '大' | '一' | '部' | '有' | '某' | '不' | '个' | '少' | '许' | '很' | '多'
    )
}

/// What kind of places a quantifier ranges over.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PartKind {
    /// 县, 县(市、区), 区县 …: county-level places.
    Counties,
    /// 市: cities (county-level cities when the whole is a city).
    Cities,
    /// 地方, 地区, 地: places of unstated level, one level below the whole.
    Places,
    /// 乡镇, 街道, 社区, 村 …: places at street level or below.
    Streets,
}

/// A written place noun, how a fact names it, and its kind. Longest forms first.
const NOUNS: &[(&str, &str, PartKind)] = &[
    ("县(市、区)", "县（市、区）", PartKind::Counties),
    ("县(市,区)", "县（市、区）", PartKind::Counties),
    ("县(市区)", "县（市、区）", PartKind::Counties),
    ("县(市)", "县（市）", PartKind::Counties),
    ("县(区)", "县（区）", PartKind::Counties),
    ("县市区", "县（市、区）", PartKind::Counties),
    ("市县区", "市县区", PartKind::Counties),
    ("区县", "区县", PartKind::Counties),
    ("县区", "县区", PartKind::Counties),
    ("县市", "县市", PartKind::Counties),
    ("市县", "市县", PartKind::Counties),
    ("县", "县", PartKind::Counties),
    ("区域", "地区", PartKind::Places),
    ("区", "区", PartKind::Counties),
    ("地市", "地市", PartKind::Cities),
    ("城市", "城市", PartKind::Cities),
    ("市", "市", PartKind::Cities),
    ("地方", "地区", PartKind::Places),
    ("地区", "地区", PartKind::Places),
    ("乡镇(街道)", "乡镇（街道）", PartKind::Streets),
    ("村(社区)", "村（社区）", PartKind::Streets),
    ("乡镇", "乡镇", PartKind::Streets),
    ("镇街", "镇街", PartKind::Streets),
    ("街道", "街道", PartKind::Streets),
    ("社区", "社区", PartKind::Streets),
    ("村", "村", PartKind::Streets),
];

/// Continuations after a noun that make it part of another word: 一些市民 (citizens), 部分社区工作者
/// (community workers), 部分村干部 (village cadres) are people, not places.
const NOT_A_PLACE_AFTER: &[&str] = &[
    "民",
    "场",
    "值",
    "面",
    "工作者",
    "工作人员",
    "干部",
    "居民",
    "书记",
    "助理",
    "医生",
    "组织",
    "党组织",
    "两委",
    // 部分社区党员, 一些村民小组: the people or parts of communities, not some communities
    "党员",
    "志愿者",
    "群众",
    "老人",
    "儿童",
    "青少年",
    "妇女",
    "家庭",
    "住户",
    "网格员",
    "楼栋长",
    "小组",
];

/// A quantifier-scoped place found in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartScope {
    /// From the quantifier to the end of the noun.
    pub range: Range<usize>,
    pub places: Quantified,
}

/// Which places inside a whole a scope speaks of: some (or each) of its counties, places ….
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quantified {
    /// 各 (each of them) rather than some of them.
    pub each: bool,
    /// The noun as a fact names it: 县（市、区）, 地区 …
    pub noun: &'static str,
    pub kind: PartKind,
}

fn starts_at(chars: &[char], at: usize, word: &str) -> bool {
    let mut i = at;
    word.chars().all(|w| {
        let ok = chars.get(i) == Some(&w);
        i += 1;
        ok
    })
}

/// The place noun at `at`, if one is there and is not the start of a longer word.
fn noun_at(chars: &[char], at: usize) -> Option<(usize, &'static str, PartKind)> {
    let (written, shown, kind) = NOUNS.iter().find(|(w, _, _)| starts_at(chars, at, w))?;
    let end = at + written.chars().count();
    if NOT_A_PLACE_AFTER.iter().any(|w| starts_at(chars, end, w)) {
        return None;
    }
    Some((end, shown, *kind))
}

/// Every quantifier-scoped place in `chars` (one sentence): 一些县(市、区), 部分地区, 有的地方,
/// 各地, 多地 …
pub fn find_part_scopes(chars: &[char]) -> Vec<PartScope> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        // 所有的县 / 没有的 …: 有的 is "some" only on its own
        let owned =
            |q: &&&str| q.starts_with('有') && i > 0 && "所没拥具享现".contains(chars[i - 1]);
        let found = if let Some(q) = may_start_some(chars[i])
            .then(|| SOME.iter().find(|q| starts_at(chars, i, q) && !owned(q)))
            .flatten()
        {
            let after = i + q.chars().count();
            noun_at(chars, after).map(|(end, noun, kind)| PartScope {
                range: i..end,
                places: Quantified {
                    each: false,
                    noun,
                    kind,
                },
            })
        } else if chars[i] == '各'
            // 多地 (several places), but not the adverb 更多地 / 较多地
            || (starts_at(chars, i, "多地") && !(i > 0 && "更较很越最太过许".contains(chars[i - 1])))
        {
            // 各县, 各地区, 各乡镇 …; 各地 (each place), 多地 (several places)
            let each = chars[i] == '各';
            let noun = noun_at(chars, i + 1).filter(|_| each);
            match noun {
                Some((end, noun, kind)) => Some(PartScope {
                    range: i..end,
                    places: Quantified { each, noun, kind },
                }),
                None if chars.get(i + 1) == Some(&'地') => Some(PartScope {
                    range: i..i + 2,
                    places: Quantified {
                        each,
                        noun: if each { "地" } else { "地区" },
                        kind: PartKind::Places,
                    },
                }),
                None => None,
            }
        } else {
            None
        };
        match found {
            Some(scope) => {
                i = scope.range.end;
                out.push(scope);
            }
            None => i += 1,
        }
    }
    out
}

impl Quantified {
    /// The level of the places the scope ranges over, inside a whole at `whole` level
    /// (`None`: the whole country). Always below the whole.
    pub fn level(&self, whole: Option<Level>) -> Level {
        let below = |l: Option<Level>| match l {
            None | Some(Level::Province) => Level::City,
            Some(Level::City) => Level::District,
            _ => Level::Street,
        };
        let level = match self.kind {
            PartKind::Counties => Level::District,
            PartKind::Cities if matches!(whole, None | Some(Level::Province)) => Level::City,
            PartKind::Cities => Level::District,
            PartKind::Places => below(whole),
            PartKind::Streets => Level::Street,
        };
        match whole {
            Some(w) if level <= w => below(Some(w)),
            _ => level,
        }
    }

    /// How a fact names the scope after its whole: 部分县（市、区）, 部分地区, 各地.
    pub fn name(&self) -> String {
        format!("{}{}", if self.each { "各" } else { "部分" }, self.noun)
    }
}

/// Characters right before a whole-place word (全省, 全市 …) that make it the whole a figure is
/// compared with: 占全市的, 居全省第二, 高于全省平均水平, 比全市多.
const COMPARED_AFTER_CHAR: &[char] = &['占', '居', '于', '比'];
/// Words right before a whole-place word that make it a comparison: 率先在全省实现 (first in
/// the province to do it).
const COMPARED_AFTER: &[&str] = &["率先在"];
/// Words right after a whole-place word that rank or compare something inside the whole: 全区
/// 首批, 全市唯一, 全省第一, 在全省率先出台, 在全市范围内率先, 走在全省前列, 全省领先, 全市排名.
const RANKED_BEFORE: &[&str] = &[
    "平均",
    "首",
    "唯一",
    "第一",
    "率先",
    "范围内率先",
    "前列",
    "领先",
    "排名",
    "名列",
];

/// Whether the whole-place word (全省, 全市 …) at `at..at + len` is the whole something is
/// compared with or ranked in, not the place of a figure: 率先在全省实现全覆盖 and 全省首个 say
/// where the subject of the clause stands among the province's places, and its figures stay
/// with that subject.
pub(crate) fn compares_with_whole(chars: &[char], at: usize, len: usize) -> bool {
    (at > 0 && COMPARED_AFTER_CHAR.contains(&chars[at - 1]))
        || COMPARED_AFTER.iter().any(|w| {
            let n = w.chars().count();
            at >= n && starts_at(chars, at - n, w)
        })
        || RANKED_BEFORE.iter().any(|w| starts_at(chars, at + len, w))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<String> {
        let chars: Vec<char> = text.chars().collect();
        find_part_scopes(&chars)
            .iter()
            .map(|s| s.places.name())
            .collect()
    }

    #[test]
    fn every_quantifier_passes_the_first_character_test() {
        for word in SOME {
            let first = word.chars().next().expect("no empty word");
            assert!(may_start_some(first), "{word}");
        }
    }

    #[test]
    fn finds_quantified_places_but_not_people_or_levels() {
        assert_eq!(names("而在浙江的一些县(市、区),只要"), ["部分县（市、区）"]);
        assert_eq!(names("有的地方开放社区食堂"), ["部分地区"]);
        assert_eq!(names("同时在不少地方,这些问题"), ["部分地区"]);
        assert_eq!(names("浙江各地对专业社会工作者"), ["各地"]);
        assert_eq!(names("部分地区容易出现大雾"), ["部分地区"]);
        assert_eq!(names("多地建成驿站"), ["部分地区"]);
        assert_eq!(names("各乡镇(街道)配备"), ["各乡镇（街道）"]);
        assert!(names("一些市民、部分社区工作者和村干部").is_empty());
        assert!(names("浙江各级对社会工作的重视,各类培训班").is_empty());
        assert!(names("其他9个设区市").is_empty());
        assert!(names("所有的县(市、区)").is_empty());
        assert!(names("引导他们更多地参与基层治理").is_empty());
    }

    #[test]
    fn parts_lie_below_their_whole() {
        let chars: Vec<char> = "一些县".chars().collect();
        let counties = find_part_scopes(&chars)[0].places;
        assert_eq!(counties.level(Some(Level::Province)), Level::District);
        let chars: Vec<char> = "有的地方".chars().collect();
        let places = find_part_scopes(&chars)[0].places;
        assert_eq!(places.level(Some(Level::Province)), Level::City);
        assert_eq!(places.level(Some(Level::City)), Level::District);
        assert_eq!(places.level(None), Level::City);
    }
}
