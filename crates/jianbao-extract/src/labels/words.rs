//! The word lists that shape labels (data/labels.toml), read once, and the matching of a word
//! at either end of a run of characters.

use std::sync::OnceLock;

use rustc_hash::FxHashMap;

#[cfg(test)]
pub(super) const LABEL_DATA: &str = include_str!("../../../../data/labels.toml");

// `LABEL_LISTS`: data/labels.toml as a `LabelLists`, written when the crate was built (build.rs,
// build/flat_lists.rs), so that no start parses its TOML; the tests check it equals the parse.
include!(concat!(env!("OUT_DIR"), "/label_lists.rs"));

/// The lists of data/labels.toml as build.rs writes them (the fields of [`LabelWords`]).
#[derive(Debug, PartialEq)]
pub(super) struct LabelLists {
    pub(super) predicate_starts: &'static [&'static str],
    pub(super) standing_predicates: &'static [&'static str],
    pub(super) leading_words: &'static [&'static str],
    pub(super) trailing_words: &'static [&'static str],
    pub(super) building_verbs: &'static [&'static str],
    pub(super) bad_start: &'static str,
    pub(super) bad_end: &'static str,
    pub(super) good_starts: &'static [&'static str],
    pub(super) subject_breakers: &'static [&'static str],
    pub(super) not_labels: &'static [&'static str],
    pub(super) compound_words: &'static [&'static str],
    pub(super) speech_openers: &'static [&'static str],
    pub(super) compound_heads: &'static [&'static str],
    pub(super) clause_adverbs: &'static [&'static str],
    pub(super) adverb_exceptions: &'static [&'static str],
    pub(super) never_head_predicates: &'static [&'static str],
    pub(super) averages: &'static [&'static str],
    pub(super) completion_verbs: &'static [&'static str],
    pub(super) generic_nouns: &'static [&'static str],
    pub(super) attending_verbs: &'static [&'static str],
    pub(super) furniture_words: &'static [&'static str],
    pub(super) dateline_marks: &'static [&'static str],
    pub(super) site_marks: &'static [&'static str],
    pub(super) level_words: &'static [&'static str],
    pub(super) verb_joiners: &'static [&'static str],
    pub(super) duration_units: &'static [&'static str],
    pub(super) comparison_verbs: &'static [&'static str],
    pub(super) joint_action_words: &'static [&'static str],
    pub(super) action_verbs: &'static [&'static str],
    pub(super) time_frame_ends: &'static [&'static str],
    pub(super) since_events: &'static [&'static str],
    pub(super) honour_verbs: &'static [&'static str],
    pub(super) clause_conjunctions: &'static [&'static str],
    pub(super) restrictive_adverbs: &'static [&'static str],
    pub(super) coverbs: &'static [&'static str],
    pub(super) topic_time_ends: &'static [&'static str],
    pub(super) reach_verbs: &'static [&'static str],
    pub(super) people_counts: &'static [(&'static str, &'static str)],
    pub(super) running_marks: &'static [&'static str],
    pub(super) locative_closers: &'static str,
    pub(super) serving_verbs: &'static [&'static str],
    pub(super) framing_closers: &'static [&'static str],
    pub(super) relative_openers: &'static [&'static str],
    pub(super) opener_words: &'static [&'static str],
    pub(super) people_acts: &'static [&'static str],
    pub(super) qualification_verbs: &'static [&'static str],
    pub(super) qualification_words: &'static [&'static str],
    pub(super) share_opener: &'static str,
    pub(super) share_word: &'static str,
    pub(super) share_closers: &'static [&'static str],
    pub(super) share_units: &'static [&'static str],
    pub(super) share_links: &'static [&'static str],
    pub(super) share_copulas: &'static [&'static str],
    pub(super) rate_heads: &'static [&'static str],
}

/// data/labels.toml as the tests parse it at run time, to check [`LABEL_LISTS`] against.
#[cfg(test)]
#[derive(serde::Deserialize, Debug, PartialEq)]
pub(super) struct LabelWords {
    pub(super) predicate_starts: Vec<String>,
    pub(super) standing_predicates: Vec<String>,
    pub(super) leading_words: Vec<String>,
    pub(super) trailing_words: Vec<String>,
    pub(super) building_verbs: Vec<String>,
    pub(super) bad_start: String,
    pub(super) bad_end: String,
    pub(super) good_starts: Vec<String>,
    pub(super) subject_breakers: Vec<String>,
    pub(super) not_labels: Vec<String>,
    pub(super) compound_words: Vec<String>,
    pub(super) speech_openers: Vec<String>,
    pub(super) compound_heads: Vec<String>,
    pub(super) clause_adverbs: Vec<String>,
    pub(super) adverb_exceptions: Vec<String>,
    pub(super) never_head_predicates: Vec<String>,
    pub(super) averages: Vec<String>,
    pub(super) completion_verbs: Vec<String>,
    pub(super) generic_nouns: Vec<String>,
    pub(super) attending_verbs: Vec<String>,
    pub(super) furniture_words: Vec<String>,
    pub(super) dateline_marks: Vec<String>,
    pub(super) site_marks: Vec<String>,
    pub(super) level_words: Vec<String>,
    pub(super) verb_joiners: Vec<String>,
    pub(super) duration_units: Vec<String>,
    pub(super) comparison_verbs: Vec<String>,
    pub(super) joint_action_words: Vec<String>,
    pub(super) action_verbs: Vec<String>,
    pub(super) time_frame_ends: Vec<String>,
    pub(super) since_events: Vec<String>,
    pub(super) honour_verbs: Vec<String>,
    pub(super) clause_conjunctions: Vec<String>,
    pub(super) restrictive_adverbs: Vec<String>,
    pub(super) coverbs: Vec<String>,
    pub(super) topic_time_ends: Vec<String>,
    pub(super) reach_verbs: Vec<String>,
    pub(super) people_counts: Vec<(String, String)>,
    pub(super) running_marks: Vec<String>,
    pub(super) locative_closers: String,
    pub(super) serving_verbs: Vec<String>,
    pub(super) framing_closers: Vec<String>,
    pub(super) relative_openers: Vec<String>,
    pub(super) opener_words: Vec<String>,
    pub(super) people_acts: Vec<String>,
    pub(super) qualification_verbs: Vec<String>,
    pub(super) qualification_words: Vec<String>,
    pub(super) share_opener: String,
    pub(super) share_word: String,
    pub(super) share_closers: Vec<String>,
    pub(super) share_units: Vec<String>,
    pub(super) share_links: Vec<String>,
    pub(super) share_copulas: Vec<String>,
    pub(super) rate_heads: Vec<String>,
}

pub(super) struct Vocabulary {
    pub(super) predicate_starts: WordList,
    pub(super) standing_predicates: WordList,
    /// Longest first, so that 截至目前 is stripped before 截至.
    pub(super) leading_words: WordList,
    pub(super) trailing_words: WordList,
    pub(super) building_verbs: WordList,
    pub(super) bad_start: Vec<char>,
    pub(super) bad_end: Vec<char>,
    pub(super) good_starts: WordList,
    pub(super) subject_breakers: WordList,
    pub(super) not_labels: WordList,
    pub(super) compound_words: WordList,
    pub(super) speech_openers: WordList,
    pub(super) compound_heads: WordList,
    pub(super) clause_adverbs: WordList,
    pub(super) adverb_exceptions: WordList,
    pub(super) never_head_predicates: WordList,
    pub(super) averages: WordList,
    pub(super) completion_verbs: WordList,
    pub(super) generic_nouns: WordList,
    pub(super) attending_verbs: WordList,
    pub(super) furniture_words: WordList,
    pub(super) dateline_marks: WordList,
    pub(super) site_marks: WordList,
    pub(super) level_words: WordList,
    pub(super) verb_joiners: WordList,
    pub(super) duration_units: Vec<String>,
    pub(super) comparison_verbs: WordList,
    pub(super) joint_action_words: WordList,
    pub(super) action_verbs: WordList,
    pub(super) time_frame_ends: WordList,
    /// Events a span to now is counted from (启用, 成立: 中心启用以来).
    pub(super) since_events: WordList,
    /// Verbs of receiving an honour or a place on a list (获评, 入选: 等8个典型获评).
    pub(super) honour_verbs: WordList,
    /// Conjunctions that join clauses (虽然, 不但): never at either end of a label.
    pub(super) clause_conjunctions: WordList,
    /// Adverbs that restrict a predicate (只, 仅): never at the end of a label.
    pub(super) restrictive_adverbs: WordList,
    pub(super) coverbs: WordList,
    pub(super) topic_time_ends: WordList,
    pub(super) reach_verbs: WordList,
    /// Unit of a count of people → the noun naming that count.
    pub(super) people_counts: Vec<(String, String)>,
    /// Words before a count of years that make it a run of years (连续5年).
    pub(super) running_marks: WordList,
    /// Characters that close a locative opened by 在 (在全省考核中).
    pub(super) locative_closers: Vec<char>,
    /// Verbs of serving that, alone before a count of people, name the count (服务人次).
    pub(super) serving_verbs: WordList,
    /// Words that close a modifier of what a group is made of (以……为主的).
    pub(super) framing_closers: WordList,
    /// Words that open a relative clause closed by 的 right after the measure word (在本月过生日的).
    pub(super) relative_openers: WordList,
    /// Words that begin with such an opener but are words of their own (在职, 在校).
    pub(super) opener_words: WordList,
    /// Verbs by which a count of people is counted (通过考试的人数).
    pub(super) people_acts: WordList,
    /// Verbs of having that open a qualification (具有大专及以上学历), and the qualification words.
    pub(super) qualification_verbs: WordList,
    pub(super) qualification_words: WordList,
    /// The opener, the word, the closers of a base, the units and the links of a share
    /// written after the figure it is a share of (占总人口的18%).
    pub(super) share_opener: Vec<char>,
    pub(super) share_word: Vec<char>,
    pub(super) share_closers: WordList,
    pub(super) share_units: Vec<String>,
    pub(super) share_links: WordList,
    /// Copulas naming the part a share counts after the figure (70%为在校大学生).
    pub(super) share_copulas: WordList,
    /// Heads of a noun that names a rate (满意度, 覆盖率).
    pub(super) rate_heads: WordList,
}

/// A word list of data/labels.toml, longest word first, with the positions of its words by first
/// character for [`longest_at`]; it reads as the slice of its words everywhere else.
pub(super) struct WordList {
    words: Vec<Vec<char>>,
    /// First character → positions in `words` of the words opening with it, longest first.
    by_first: FxHashMap<char, Vec<usize>>,
}

impl WordList {
    fn new(words: Vec<Vec<char>>) -> Self {
        let mut by_first: FxHashMap<char, Vec<usize>> = FxHashMap::default();
        for (i, word) in words.iter().enumerate() {
            // an empty word opens every text with length 0, the same as no word
            if let Some(&first) = word.first() {
                by_first.entry(first).or_default().push(i);
            }
        }
        WordList { words, by_first }
    }
}

impl std::ops::Deref for WordList {
    type Target = [Vec<char>];

    fn deref(&self) -> &[Vec<char>] {
        &self.words
    }
}

pub(super) fn vocabulary() -> &'static Vocabulary {
    static WORDS: OnceLock<Vocabulary> = OnceLock::new();
    WORDS.get_or_init(|| {
        let words = &LABEL_LISTS;
        let chars = |list: &[&str]| -> WordList {
            let mut out: Vec<Vec<char>> = list.iter().map(|w| w.chars().collect()).collect();
            out.sort_by_key(|w| std::cmp::Reverse(w.len()));
            WordList::new(out)
        };
        Vocabulary {
            predicate_starts: chars(words.predicate_starts),
            standing_predicates: chars(words.standing_predicates),
            leading_words: chars(words.leading_words),
            trailing_words: chars(words.trailing_words),
            building_verbs: chars(words.building_verbs),
            bad_start: words.bad_start.chars().collect(),
            bad_end: words.bad_end.chars().collect(),
            good_starts: chars(words.good_starts),
            subject_breakers: chars(words.subject_breakers),
            not_labels: chars(words.not_labels),
            compound_words: chars(words.compound_words),
            speech_openers: chars(words.speech_openers),
            compound_heads: chars(words.compound_heads),
            clause_adverbs: chars(words.clause_adverbs),
            adverb_exceptions: chars(words.adverb_exceptions),
            never_head_predicates: chars(words.never_head_predicates),
            averages: chars(words.averages),
            completion_verbs: chars(words.completion_verbs),
            generic_nouns: chars(words.generic_nouns),
            attending_verbs: chars(words.attending_verbs),
            furniture_words: chars(words.furniture_words),
            dateline_marks: chars(words.dateline_marks),
            site_marks: chars(words.site_marks),
            level_words: chars(words.level_words),
            verb_joiners: chars(words.verb_joiners),
            duration_units: words.duration_units.iter().map(|&w| w.to_owned()).collect(),
            comparison_verbs: chars(words.comparison_verbs),
            joint_action_words: chars(words.joint_action_words),
            action_verbs: chars(words.action_verbs),
            time_frame_ends: chars(words.time_frame_ends),
            since_events: chars(words.since_events),
            honour_verbs: chars(words.honour_verbs),
            clause_conjunctions: chars(words.clause_conjunctions),
            restrictive_adverbs: chars(words.restrictive_adverbs),
            coverbs: chars(words.coverbs),
            topic_time_ends: chars(words.topic_time_ends),
            reach_verbs: chars(words.reach_verbs),
            people_counts: words
                .people_counts
                .iter()
                .map(|&(unit, noun)| (unit.to_owned(), noun.to_owned()))
                .collect(),
            running_marks: chars(words.running_marks),
            locative_closers: words.locative_closers.chars().collect(),
            serving_verbs: chars(words.serving_verbs),
            framing_closers: chars(words.framing_closers),
            relative_openers: chars(words.relative_openers),
            opener_words: chars(words.opener_words),
            people_acts: chars(words.people_acts),
            qualification_verbs: chars(words.qualification_verbs),
            qualification_words: chars(words.qualification_words),
            share_opener: words.share_opener.chars().collect(),
            share_word: words.share_word.chars().collect(),
            share_closers: chars(words.share_closers),
            share_units: words.share_units.iter().map(|&w| w.to_owned()).collect(),
            share_links: chars(words.share_links),
            share_copulas: chars(words.share_copulas),
            rate_heads: chars(words.rate_heads),
        }
    })
}

/// Whether `text` opens with `word`; the first characters are compared before the rest, as most
/// words of a list differ there (labels are read against every list at every character).
pub(super) fn starts_with(text: &[char], word: &[char]) -> bool {
    match (text.first(), word.first()) {
        (Some(t), Some(w)) => {
            t == w && text.len() >= word.len() && text[1..word.len()] == word[1..]
        }
        (_, None) => true,
        (None, Some(_)) => false,
    }
}

/// Whether `text` ends with `word`, comparing the last characters first.
pub(super) fn ends_with(text: &[char], word: &[char]) -> bool {
    match (text.last(), word.last()) {
        (Some(t), Some(w)) => {
            t == w && text.len() >= word.len() && text[text.len() - word.len()..] == *word
        }
        (_, None) => true,
        (None, Some(_)) => false,
    }
}

/// Length of the longest word of `words` that starts `text` (0 when none does). Only the words
/// sharing the text's first character are compared: labels are read against every list at every
/// character, and a scan of whole lists was most of the time spent on labels.
pub(super) fn longest_at(words: &WordList, text: &[char]) -> usize {
    let Some(first) = text.first() else {
        return 0;
    };
    words.by_first.get(first).map_or(0, |indices| {
        indices
            .iter()
            .map(|&i| &words.words[i])
            .find(|w| starts_with(text, w))
            .map_or(0, |w| w.len())
    })
}
