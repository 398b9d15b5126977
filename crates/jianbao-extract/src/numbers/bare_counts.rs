//! Counts that a plain measure-word reading misses (data/bare-counts.toml): teams formed, counted
//! with a small Chinese numeral before 队伍 (组建三支队伍, 五支志愿者队伍, not the talent formula
//! 两支队伍); honourees listed without measure words (1组织1社区1志愿者 in an honour's clause); and
//! measure words that open another word (12部委, 3组织), no count in them.

use std::sync::OnceLock;

const DATA: &str = include_str!("../../../../data/bare-counts.toml");

#[derive(serde::Deserialize)]
struct Workforce {
    noun: String,
    teams: Vec<String>,
    founding: Vec<String>,
    strengthening: Vec<String>,
    between: Vec<String>,
}

#[derive(serde::Deserialize)]
struct HonourLists {
    nouns: Vec<(String, String)>,
    neighbour_units: Vec<String>,
    cues: Vec<String>,
}

#[derive(serde::Deserialize)]
struct OpenedWord {
    unit: String,
    not_before: Vec<String>,
}

#[derive(serde::Deserialize)]
struct NamedPeople {
    names: Vec<String>,
    unit: String,
    links: Vec<String>,
}

#[derive(serde::Deserialize)]
struct File {
    workforce: Workforce,
    honour_lists: HonourLists,
    opened_words: Vec<OpenedWord>,
    named_people: NamedPeople,
}

struct Cues {
    workforce: Vec<char>,
    teams: Vec<Vec<char>>,
    founding: Vec<Vec<char>>,
    strengthening: Vec<Vec<char>>,
    between: Vec<Vec<char>>,
    honour_nouns: Vec<(Vec<char>, String)>,
    neighbour_units: Vec<Vec<char>>,
    honour_cues: Vec<Vec<char>>,
    /// (unit, the characters after it that make it open another word)
    opened_words: Vec<(String, Vec<Vec<char>>)>,
    people_names: Vec<Vec<char>>,
    people_unit: String,
    people_links: Vec<Vec<char>>,
}

fn cues() -> &'static Cues {
    static CUES: OnceLock<Cues> = OnceLock::new();
    CUES.get_or_init(|| {
        let f: File = toml::from_str(DATA).expect("data/bare-counts.toml parses");
        let chars = |l: &[String]| l.iter().map(|w| w.chars().collect()).collect();
        Cues {
            workforce: f.workforce.noun.chars().collect(),
            teams: chars(&f.workforce.teams),
            founding: chars(&f.workforce.founding),
            strengthening: chars(&f.workforce.strengthening),
            between: chars(&f.workforce.between),
            honour_nouns: f
                .honour_lists
                .nouns
                .into_iter()
                .map(|(noun, unit)| (noun.chars().collect(), unit))
                .collect(),
            neighbour_units: chars(&f.honour_lists.neighbour_units),
            honour_cues: chars(&f.honour_lists.cues),
            opened_words: f
                .opened_words
                .iter()
                .map(|w| (w.unit.clone(), chars(&w.not_before)))
                .collect(),
            people_names: chars(&f.named_people.names),
            people_unit: f.named_people.unit,
            people_links: chars(&f.named_people.links),
        }
    })
}

fn ends_with(chars: &[char], end: usize, word: &[char]) -> bool {
    end >= word.len() && chars[end - word.len()..end] == word[..]
}

/// The longest modifier between a team count's measure word and its noun: 志愿服务 (四支志愿服务
/// 队伍), the commonest kind of team.
const MAX_TEAM_MODIFIER: usize = 4;

/// Whether the small Chinese numeral at `start` counts teams: its measure word (ending at
/// `noun_from`) is followed, after at most a short modifier, by a word of teams (组建六个志愿服务
/// 队), or by 队伍 after a modifier (五支志愿者队伍) or right after it when a verb of founding
/// stands before the numeral (组建三支队伍, 成立了两支队伍). Right after the measure word with no
/// founding told, or after a verb of strengthening (建强两支志愿服务队伍), 队伍 is the talent
/// formula's workforce.
pub(super) fn counts_teams(chars: &[char], start: usize, noun_from: usize) -> bool {
    let c = cues();
    let mut verb_end = start;
    if let Some(w) = c.between.iter().find(|w| ends_with(chars, verb_end, w)) {
        verb_end -= w.len();
    }
    let verb_is = |verbs: &[Vec<char>]| verbs.iter().any(|v| ends_with(chars, verb_end, v));
    if verb_is(&c.strengthening) {
        return false;
    }
    let word_at = |i: usize, w: &[char]| chars.get(i..i + w.len()) == Some(w);
    (noun_from..=noun_from + MAX_TEAM_MODIFIER)
        .take_while(|&i| {
            chars
                .get(i)
                .is_some_and(|&ch| !crate::catalog::is_clause_break(ch))
        })
        .any(|i| {
            if word_at(i, &c.workforce) {
                return i > noun_from || verb_is(&c.founding);
            }
            // (服务队伍 is 队伍's, read at its own start)
            c.teams
                .iter()
                .any(|t| word_at(i, t) && !word_at(i + t.len() - 1, &c.workforce))
        })
}

/// 1组织, 1社区, 1志愿者 in a list of honourees: the noun at `end` right after an Arabic numeral,
/// in a run of two or more such counts (or counts in 人, 名, 个 written with their measure word)
/// in a clause that tells an honour. Returns the measure word the full form writes, read as
/// written 0 characters long (the noun stays the label's).
pub(super) fn honour_count_unit(chars: &[char], start: usize, end: usize) -> Option<&'static str> {
    let c = cues();
    let noun_at = |at: usize| {
        c.honour_nouns
            .iter()
            .find(|(n, _)| chars.get(at..at + n.len()) == Some(&n[..]))
    };
    let (noun, unit) = noun_at(end)?;
    // a neighbouring count: a digit run ending right before a listed noun or a measure word
    let count_at = |at: usize| {
        at < chars.len()
            && chars[at].is_ascii_digit()
            && (at + 1..=chars.len())
                .find(|&k| !chars.get(k).is_some_and(|d| d.is_ascii_digit()))
                .is_some_and(|k| {
                    noun_at(k).is_some()
                        || c.neighbour_units
                            .iter()
                            .any(|u| chars.get(k..k + u.len()) == Some(&u[..]))
                })
    };
    let mut after = end + noun.len();
    if chars.get(after) == Some(&'、') {
        after += 1;
    }
    let mut before = start;
    // back over the previous count's noun or measure word and any 、 between
    if before > 0 && chars[before - 1] == '、' {
        before -= 1;
    }
    let previous = (1..=4)
        .filter_map(|len| before.checked_sub(len))
        .any(|from| {
            (from > 0 && chars[from - 1].is_ascii_digit())
                && (c
                    .honour_nouns
                    .iter()
                    .any(|(n, _)| chars[from..before] == n[..])
                    || c.neighbour_units
                        .iter()
                        .any(|u| chars[from..before] == u[..]))
        });
    if !(count_at(after) || previous) {
        return None;
    }
    let clause = |from: usize, to: usize| {
        let from = from.min(chars.len());
        let to = to.min(chars.len());
        (from..to).any(|i| c.honour_cues.iter().any(|w| chars[i..].starts_with(w)))
    };
    let clause_start = chars[..start]
        .iter()
        .rposition(|&ch| crate::catalog::is_clause_break(ch) && ch != '、')
        .map_or(0, |p| p + 1);
    let clause_end = chars[end..]
        .iter()
        .position(|&ch| crate::catalog::is_clause_break(ch) && ch != '、')
        .map_or(chars.len(), |p| end + p);
    clause(clause_start, clause_end).then_some(unit.as_str())
}

/// Whether the unit of the figure ending at `end` (past the unit) opens another word there
/// (12部委, 部分, 3组织): no count in that unit.
pub(super) fn opens_another_word(chars: &[char], end: usize, unit: &str) -> bool {
    let after = &chars[end.min(chars.len())..];
    cues()
        .opened_words
        .iter()
        .any(|(u, not_before)| u == unit && not_before.iter().any(|w| after.starts_with(w)))
}

/// 注册用户8万, 平台用户达12.5万, 用户数突破5000: users counted with no measure word, the number
/// (at `start`) right after their name, perhaps with a link between (data/bare-counts.toml
/// `[named_people]`). Returns the unit they are counted in. The caller checks that the number ends
/// its clause.
pub(super) fn people_named_before(chars: &[char], start: usize) -> Option<&'static str> {
    let c = cues();
    let mut at = start;
    if let Some(link) = c
        .people_links
        .iter()
        .filter(|l| ends_with(chars, at, l))
        .max_by_key(|l| l.len())
    {
        at -= link.len();
    }
    c.people_names
        .iter()
        .any(|n| ends_with(chars, at, n))
        .then_some(c.people_unit.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn teams_need_a_modifier_or_a_founding() {
        let s = chars("成立五支志愿者队伍");
        assert!(counts_teams(&s, 2, 4));
        let s = chars("组建了三支队伍");
        assert!(counts_teams(&s, 3, 5));
        let s = chars("组建六个志愿服务队");
        assert!(counts_teams(&s, 2, 4));
        let s = chars("建强用好两支队伍");
        assert!(!counts_teams(&s, 4, 6));
        let s = chars("建强两支志愿服务队伍");
        assert!(!counts_teams(&s, 2, 4));
    }

    #[test]
    fn honourees_in_a_list_of_an_honour() {
        let s = chars("我区1组织1社区入选");
        assert_eq!(honour_count_unit(&s, 2, 3), Some("个"));
        assert_eq!(honour_count_unit(&s, 5, 6), Some("个"));
        // one bare count alone, or no honour told: no count
        let s = chars("我区1社区入选");
        assert_eq!(honour_count_unit(&s, 2, 3), None);
        let s = chars("我区1组织1社区开展活动");
        assert_eq!(honour_count_unit(&s, 2, 3), None);
    }

    #[test]
    fn a_unit_opening_a_word_is_no_count() {
        let s = chars("12部委联合");
        assert!(opens_another_word(&s, 3, "部"));
        let s = chars("法规3部,");
        assert!(!opens_another_word(&s, 4, "部"));
        let s = chars("3组织");
        assert!(opens_another_word(&s, 2, "组"));
        let s = chars("分成3组,");
        assert!(!opens_another_word(&s, 4, "组"));
    }
}
