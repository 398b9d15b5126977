//! Many cue lists matched with one automaton and one scan of a text.
//!
//! The points pass asks a dozen lists (measures, results, plans …) about each unit of text, each
//! list with the leftmost-longest semantics of its own automaton: the cue that starts first wins,
//! the longest of those, and the next cue starts after it. Building a dozen automata at every
//! start and scanning each unit a dozen times was a fifth of extracting the seeds. Here every
//! distinct word of every list is one pattern of a single automaton; one overlapping scan finds
//! every occurrence of every word, and each list's leftmost-longest hits are then read off those
//! occurrences (the same hits, as the tests check against one automaton per list).

use daachorse::CharwiseDoubleArrayAhoCorasick;
use rustc_hash::{FxHashMap, FxHashSet};

// `CUE_WORDS` (sorted) and `CUE_AUTOMATON`: every cue word of data/points.toml and the
// automaton over them (value = index in `CUE_WORDS`), compiled when the crate was built
// (build.rs, build/cue_words.rs), so that the points vocabulary's lists need not be compiled at
// every start. Used only when a builder's words are exactly these.
include!(concat!(env!("OUT_DIR"), "/cue_words.rs"));

/// What a word is to one list.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Role {
    /// Not in the list.
    Absent,
    /// A cue of the list: its length in characters and whether a figure must follow it.
    Cue { chars: usize, needs_figure: bool },
    /// A noun that must not count as a cue: matched so that the longest match wins, then dropped.
    Blocker,
}

/// The handle of one list within a [`CueLists`].
#[derive(Debug, Clone, Copy)]
pub(crate) struct CueList(usize);

/// A cue found in a text: where (characters) and how long.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Hit {
    pub start: usize,
    pub end: usize,
}

/// Several cue lists compiled into one automaton.
pub(crate) struct CueLists {
    /// Over every word; a match's value is the word's index in `pattern_of_value`.
    automaton: CharwiseDoubleArrayAhoCorasick<u32>,
    /// Per automaton value, the pattern (index into `roles` and `pattern_chars`) it is.
    pattern_of_value: Vec<usize>,
    /// Whether the automaton is the one build.rs compiled (the tests check the points
    /// vocabulary gets it).
    #[cfg_attr(not(test), allow(dead_code))]
    built_in: bool,
    /// Per pattern, per list (`pattern * lists + list`): what the pattern is to that list.
    roles: Vec<Role>,
    lists: usize,
    /// Per pattern, its length in characters.
    pattern_chars: Vec<usize>,
}

/// Collects lists before compiling them together.
#[derive(Default)]
pub(crate) struct CueListsBuilder {
    patterns: Vec<String>,
    index: FxHashMap<String, usize>,
    /// Per list: (pattern, role), the first role of a word in its list counting.
    lists: Vec<Vec<(usize, Role)>>,
}

impl CueListsBuilder {
    /// Adds a list: `#` at the end of a cue means "a figure follows"; `blockers` are words that
    /// must not count as its cues (matched too, so that the longest match wins, then dropped).
    pub fn add<W: AsRef<str>>(&mut self, words: &[W], blockers: &[W]) -> CueList {
        let mut entries: Vec<(usize, Role)> = Vec::new();
        // the patterns already in this list: a set, where a search of `entries` per word made
        // adding a list of hundreds of cues quadratic
        let mut in_list: FxHashSet<usize> = FxHashSet::default();
        let cues = words.iter().map(|w| {
            let w = w.as_ref();
            let stripped = w.trim_end_matches('#');
            let role = Role::Cue {
                chars: stripped.chars().count(),
                needs_figure: w.ends_with('#'),
            };
            (stripped, role)
        });
        let blocks = blockers.iter().map(|b| (b.as_ref(), Role::Blocker));
        for (word, role) in cues.chain(blocks) {
            let next = self.patterns.len();
            let pattern = *self.index.entry(word.to_owned()).or_insert(next);
            if pattern == next {
                self.patterns.push(word.to_owned());
            }
            // an automaton given the same word twice reports the first: so does this
            if in_list.insert(pattern) {
                entries.push((pattern, role));
            }
        }
        self.lists.push(entries);
        CueList(self.lists.len() - 1)
    }

    /// Compiles the lists; `None` only if the automaton cannot be built (far larger lists).
    pub fn build(self) -> Option<CueLists> {
        // The automaton built with the crate when these are its words (the points vocabulary);
        // otherwise compiled now. Words are distinct; an empty one cannot be compiled.
        let (automaton, pattern_of_value, built_in) = match built_in(&self.patterns) {
            Some((automaton, pattern_of_value)) => (automaton, pattern_of_value, true),
            None => {
                let automaton = CharwiseDoubleArrayAhoCorasick::new(&self.patterns).ok()?;
                (automaton, (0..self.patterns.len()).collect(), false)
            }
        };
        let lists = self.lists.len();
        let mut roles = vec![Role::Absent; self.patterns.len() * lists];
        for (list, entries) in self.lists.iter().enumerate() {
            for &(pattern, role) in entries {
                roles[pattern * lists + list] = role;
            }
        }
        Some(CueLists {
            automaton,
            pattern_of_value,
            built_in,
            roles,
            lists,
            pattern_chars: self.patterns.iter().map(|p| p.chars().count()).collect(),
        })
    }
}

/// The automaton build.rs compiled, if `patterns` are its words (in any order), with the pattern
/// each of its values is.
fn built_in(patterns: &[String]) -> Option<(CharwiseDoubleArrayAhoCorasick<u32>, Vec<usize>)> {
    if patterns.len() != CUE_WORDS.len() {
        return None;
    }
    let mut pattern_of_value = vec![0; patterns.len()];
    for (pattern, word) in patterns.iter().enumerate() {
        // patterns are distinct and as many as the words: found each, they are the words
        pattern_of_value[CUE_WORDS.binary_search(&word.as_str()).ok()?] = pattern;
    }
    // SAFETY: CUE_AUTOMATON is the output of `serialize` that build.rs (`verified_automaton`)
    // read back with daachorse's checked `deserialize` and re-serialised to the same bytes, with
    // the daachorse version this crate links.
    let (automaton, _) =
        unsafe { CharwiseDoubleArrayAhoCorasick::deserialize_unchecked(CUE_AUTOMATON) };
    Some((automaton, pattern_of_value))
}

/// Every occurrence of every word in one text, ready to be read per list.
pub(crate) struct Scan<'a> {
    lists: &'a CueLists,
    chars: &'a [char],
    /// (start, end, pattern) in characters, by start, the longest first.
    occurrences: Vec<(usize, usize, usize)>,
}

impl CueLists {
    /// Whether the automaton is the one build.rs compiled.
    #[cfg(test)]
    pub fn is_built_in(&self) -> bool {
        self.built_in
    }

    /// Scans `text` (whose characters are `chars`) once for all lists.
    pub fn scan<'a>(&'a self, text: &str, chars: &'a [char]) -> Scan<'a> {
        // (start byte, end byte, pattern), by start, the longest first: byte offsets order
        // matches as character positions do (two patterns never share both ends)
        let mut matches: Vec<(usize, usize, usize)> = self
            .automaton
            .find_overlapping_iter(text)
            .map(|m| {
                (
                    m.start(),
                    m.end(),
                    self.pattern_of_value[m.value() as usize],
                )
            })
            .collect();
        matches.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
        // starts ascend, so one walk over the text turns them into character positions
        let (mut byte, mut char_at) = (0, 0);
        let occurrences = matches
            .into_iter()
            .map(|(start, _, pattern)| {
                char_at += text.as_bytes()[byte..start]
                    .iter()
                    .filter(|&&b| !is_continuation_byte(b))
                    .count();
                byte = start;
                (char_at, char_at + self.pattern_chars[pattern], pattern)
            })
            .collect();
        Scan {
            lists: self,
            chars,
            occurrences,
        }
    }
}

/// Whether a UTF-8 byte continues a character rather than starting one.
fn is_continuation_byte(b: u8) -> bool {
    b & 0b1100_0000 == 0b1000_0000
}

impl Scan<'_> {
    /// The non-overlapping cues of one list (leftmost longest), in character positions.
    pub fn hits(&self, list: CueList) -> Vec<Hit> {
        let lists = self.lists.lists;
        let mut hits = Vec::new();
        let mut from = 0;
        for &(start, end, pattern) in &self.occurrences {
            if start < from {
                continue;
            }
            match self.lists.roles[pattern * lists + list.0] {
                Role::Absent => continue,
                Role::Blocker => from = end,
                Role::Cue {
                    chars,
                    needs_figure,
                } => {
                    from = end;
                    let end = start + chars;
                    if !needs_figure || self.chars.get(end).is_some_and(|&c| starts_figure(c)) {
                        hits.push(Hit { start, end });
                    }
                }
            }
        }
        hits
    }
}

fn starts_figure(c: char) -> bool {
    c.is_ascii_digit() || "一二两三四五六七八九十百千万半".contains(c)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use aho_corasick::{AhoCorasick, MatchKind};

    /// Character index of each byte offset of `text` (for mapping automaton matches).
    fn byte_map(text: &str) -> Vec<usize> {
        let mut map = vec![0; text.len() + 1];
        let mut k = 0;
        for (b, c) in text.char_indices() {
            for slot in &mut map[b..b + c.len_utf8()] {
                *slot = k;
            }
            k += 1;
        }
        map[text.len()] = k;
        map
    }

    fn strings(words: &[&str]) -> Vec<String> {
        words.iter().map(|w| (*w).to_owned()).collect()
    }

    /// The hits of one list by its own leftmost-longest automaton (what the points pass did
    /// before the lists shared one).
    fn one_automaton_hits(words: &[String], blockers: &[String], text: &str) -> Vec<Hit> {
        let stripped: Vec<&str> = words
            .iter()
            .map(|w| w.trim_end_matches('#'))
            .chain(blockers.iter().map(String::as_str))
            .collect();
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&stripped)
            .unwrap();
        let map = byte_map(text);
        let chars: Vec<char> = text.chars().collect();
        automaton
            .find_iter(text)
            .filter_map(|m| {
                let w = words.get(m.pattern().as_usize())?;
                let start = map[m.start()];
                let end = start + w.trim_end_matches('#').chars().count();
                (!w.ends_with('#') || chars.get(end).is_some_and(|&c| starts_figure(c)))
                    .then_some(Hit { start, end })
            })
            .collect()
    }

    pub(crate) fn assert_same_hits(lists: &[(Vec<String>, Vec<String>)], texts: &[&str]) {
        let mut builder = CueListsBuilder::default();
        let handles: Vec<CueList> = lists.iter().map(|(w, b)| builder.add(w, b)).collect();
        let compiled = builder.build().unwrap();
        for text in texts {
            let chars: Vec<char> = text.chars().collect();
            let scan = compiled.scan(text, &chars);
            for ((words, blockers), &handle) in lists.iter().zip(&handles) {
                assert_eq!(
                    scan.hits(handle),
                    one_automaton_hits(words, blockers, text),
                    "list {words:?} on {text}"
                );
            }
        }
    }

    #[test]
    fn lists_sharing_words_keep_their_own_longest_matches() {
        let lists = vec![
            (strings(&["建设", "建设站点", "服务"]), strings(&["服务站"])),
            (strings(&["设站", "站点#", "服务站"]), vec![]),
            (strings(&["达#", "达到", "达"]), strings(&["达成"])),
            (strings(&["服务", "服务#"]), strings(&["服务"])),
        ];
        assert_same_hits(
            &lists,
            &[
                "建设站点3个,服务站建设站点12处",
                "覆盖率达79%,达成共识,达到5万",
                "服务3万人次,服务站服务",
                "",
                "设站点一处",
            ],
        );
    }

    #[test]
    fn figure_cues_need_a_figure() {
        let mut builder = CueListsBuilder::default();
        let list = builder.add(&strings(&["达#"]), &[]);
        let compiled = builder.build().unwrap();
        let text = "覆盖率达79%,达成共识";
        let chars: Vec<char> = text.chars().collect();
        let hits = compiled.scan(text, &chars).hits(list);
        assert_eq!(hits, vec![Hit { start: 3, end: 4 }]);
    }
}
