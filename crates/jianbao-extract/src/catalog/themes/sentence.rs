//! The theme words of one sentence, found once for all of its figures (split from themes.rs,
//! which reads a single figure's theme from them).

use super::*;

/// The theme words of one sentence, found once for all its figures: a sentence with thousands
/// of figures (a page without full stops) is scanned once, not once per figure.
pub struct SentenceThemes {
    /// Every theme word.
    pub(super) all: NearestWords,
    /// The words that name a remit itself, not a setting every remit shares (社区).
    pub(super) remit: NearestWords,
    pub(super) first: Option<Theme>,
    pub(super) first_remit: Option<Theme>,
    pub(super) mentions_party: bool,
    pub(super) mentions_emerging_context: bool,
    /// Whether the sentence names the training or study of people (培训, 研修班).
    pub(super) trains: bool,
    /// What each theme word frames (new-employment workers or another remit) by where it
    /// ends, words that frame nothing left out: the nearest before a figure counted by a role.
    pub(super) frames: Vec<(usize, frames::Frame)>,
    /// Whether the sentence hands residents' requests (诉求) to a street, a community or its
    /// grid (街道推行接诉即办,受理群众诉求……).
    pub(super) requests_at_grassroots: bool,
    /// Whether the sentence names a whole place or the party itself (全省, 中国共产党 …).
    pub(super) whole_party: bool,
    /// Whether the sentence names a new-sector organisation or a new-employment worker (企业,
    /// 商会, 骑手, 快递员 …): its party figures may be theirs.
    pub(super) names_new_sector: bool,
    /// Where the sentence first names a grassroots unit (村, 社区, 街道 …), when it names no
    /// new-sector word: the owner of the party figures after it (54.4万名村党组织书记中,
    /// 大专及以上学历占17.4%).
    pub(super) grassroots_unit_at: Option<usize>,
    /// Where the sentence first names firms settling in a place (入驻, 进驻): a building's or a
    /// park's profile follows (入驻企业264家,从业人员9336人).
    pub(super) settled_at: Option<usize>,
    /// Whether the sentence states an express or delivery trade's business (快递业务量, 业务收入):
    /// the trade's firms and outlets it counts are the industry's stock.
    pub(super) trade_business: bool,
}

/// Theme words of a sentence by where they end, for the nearest one before a figure.
pub(super) struct NearestWords {
    /// Ends of the words, in increasing order.
    pub(super) ends: Vec<usize>,
    /// For each word in `ends` order, the family of the word ending nearest before or at its
    /// end (of words ending at the same place, the first family).
    pub(super) nearest: Vec<usize>,
}

impl NearestWords {
    /// From (end, family) pairs.
    pub(super) fn new(mut hits: Vec<(usize, usize)>) -> NearestWords {
        hits.sort_unstable();
        let mut nearest = Vec::with_capacity(hits.len());
        let mut best: Option<(usize, std::cmp::Reverse<usize>)> = None;
        for &(end, f) in &hits {
            let key = (end, std::cmp::Reverse(f));
            if best.is_none_or(|b| key > b) {
                best = Some(key);
            }
            nearest.push(best.map_or(f, |(_, std::cmp::Reverse(f))| f));
        }
        NearestWords {
            ends: hits.iter().map(|&(end, _)| end).collect(),
            nearest,
        }
    }

    /// Whether some word ends after `from` and at or before `to`.
    pub(super) fn ends_within(&self, from: usize, to: usize) -> bool {
        let k = self.ends.partition_point(|&end| end <= from);
        self.ends.get(k).is_some_and(|&end| end <= to)
    }

    /// The family of the word that ends nearest before `at`.
    pub(super) fn before(&self, at: usize) -> Option<Theme> {
        let count = self.ends.partition_point(|&end| end <= at);
        let f = *self.nearest.get(count.checked_sub(1)?)?;
        Some(theme_words().families[f].0)
    }
}

impl SentenceThemes {
    /// The theme words of `sentence`.
    pub fn new(sentence: &[char]) -> SentenceThemes {
        let words = theme_words();
        let mut found: Vec<(usize, usize, usize, bool)> =
            theme_hits_with_setting(words, sentence).collect();
        // (what counted::names_new_sector reads of the theme words, taken from this scan
        // instead of a second one)
        let names_new_employment = found.iter().any(|&(_, _, f, setting)| {
            !setting && words.families[f].0 == Theme::NewEmploymentGroups
        });
        // 社工站链接志愿者: the volunteers are the station's means, its figures the station's
        neighbours::means_to_actor(sentence, &mut found);
        let hits: Vec<(usize, usize, bool)> = found
            .iter()
            .map(|&(_, end, f, setting)| (end, f, setting))
            .collect();
        let first = hits.iter().map(|&(_, f, _)| f).min();
        let first_remit = hits.iter().filter(|h| !h.2).map(|&(_, f, _)| f).min();
        let mentions = |list: &[Vec<char>]| list.iter().any(|w| contains(sentence, w));
        let names_new_sector =
            names_new_employment || counted::names_new_sector_organisation(sentence);
        let mut word_frames: Vec<(usize, frames::Frame)> = found
            .iter()
            .map(|&(start, end, f, setting)| {
                (end, frames::frame_of_word(sentence, start, end, f, setting))
            })
            .filter(|&(_, frame)| frame != frames::Frame::Open)
            .collect();
        word_frames.sort_by_key(|&(end, _)| end);
        SentenceThemes {
            all: NearestWords::new(hits.iter().map(|&(end, f, _)| (end, f)).collect()),
            remit: NearestWords::new(
                hits.iter()
                    .filter(|h| !h.2)
                    .map(|&(end, f, _)| (end, f))
                    .collect(),
            ),
            first: first.map(|f| words.families[f].0),
            first_remit: first_remit.map(|f| words.families[f].0),
            mentions_party: mentions(&words.party_words),
            mentions_emerging_context: mentions(&words.emerging_context),
            trains: neighbours::names_training(sentence),
            frames: word_frames,
            whole_party: counted::names_whole_party(sentence),
            names_new_sector,
            grassroots_unit_at: counted::grassroots_unit_at(sentence, names_new_sector),
            settled_at: counted::settled_at(sentence),
            trade_business: counted::states_trade_business(sentence),
            requests_at_grassroots: found.iter().any(|&(start, end, f, _)| {
                words.families[f].0 == Theme::GrassrootsGovernance
                    && frames::request_to_grassroots(sentence, start, end)
            }),
        }
    }

    /// These theme words, with the whole place or the party named anywhere in `full`, the
    /// sentence read to its full stop (全省党员队伍中,……;少数民族党员40.7万名).
    pub fn whole_party_in(mut self, full: &[char]) -> SentenceThemes {
        self.whole_party = self.whole_party || counted::names_whole_party(full);
        self
    }

    /// Whether a party figure (`label` in `clause`, its figure starting at `figure_start`)
    /// counts party organisations or members no new sector owns (全省共发展党员9.3万名,
    /// 545189个行政村已建立党组织): no new-sector metric fits it.
    pub fn counts_party_of_no_new_sector(
        &self,
        label: &str,
        clause: &[char],
        figure_start: usize,
    ) -> bool {
        let label: Vec<char> = label.chars().collect();
        let before = &clause[..figure_start.min(clause.len())];
        counted::party_owner(
            before,
            &label,
            clause,
            self.mentions_emerging_context || self.names_new_sector,
            self.whole_party,
            false,
        )
        .is_some()
    }

    /// Whether the sentence, naming no new sector, names a grassroots unit before `at`: its
    /// party figures there are that unit's (村党组织书记中……占17.4%).
    pub fn grassroots_party_before(&self, at: usize) -> bool {
        self.grassroots_unit_at.is_some_and(|u| u < at)
    }

    /// What the theme word nearest before `at` frames ([`frames::Frame::Open`] when none).
    pub(super) fn frame_before(&self, at: usize) -> frames::Frame {
        let count = self.frames.partition_point(|&(end, _)| end <= at);
        count
            .checked_sub(1)
            .map_or(frames::Frame::Open, |k| self.frames[k].1)
    }
}
