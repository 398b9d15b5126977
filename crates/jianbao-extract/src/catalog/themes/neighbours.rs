//! Remits that border each other in official and news texts, where the words around a figure
//! name one remit and the figure belongs to its neighbour: the political education of private
//! entrepreneurs and chambers (party work in the new sectors, not the chambers' own remit),
//! charity beside volunteering, and
//! volunteers mobilised by a social-work station or a social organisation. Word lists in
//! data/neighbouring-themes.toml.

use super::{first_remit_family_of_last, theme_words};
use crate::first_chars::FirstChars;
use jianbao_facts::Theme;

/// data/neighbouring-themes.toml: its lists are `L` (`Vec<String>` as the tests parse them,
/// static slices as build.rs writes them).
#[derive(serde::Deserialize, Debug)]
#[serde(deny_unknown_fields)]
struct NeighbourData<L> {
    new_sector_people: L,
    political_education: L,
    training_words: L,
    charity_words: L,
    charity_money: L,
    linking_verbs: L,
    volunteering_words: L,
    mobilising_verbs: L,
    acting_remits: L,
    joining_verbs: L,
    incubation_words: L,
    organisation_acts: L,
}

// `NEIGHBOUR_DATA`: data/neighbouring-themes.toml as `NeighbourData` of static lists, written
// when the crate was built (build.rs, build/flat_lists.rs), so that no start parses its TOML;
// the tests check it equals the parse.
include!(concat!(env!("OUT_DIR"), "/neighbour_data.rs"));

/// The word lists of data/neighbouring-themes.toml, each word as characters.
struct NeighbourWords {
    new_sector_people: WordList,
    political_education: WordList,
    training: WordList,
    charity: WordList,
    charity_money: Vec<Vec<char>>,
    linking: WordList,
    volunteering: WordList,
    mobilising_verbs: Vec<Vec<char>>,
    acting_remits: Vec<Theme>,
    joining_verbs: Vec<Vec<char>>,
    incubation: Vec<Vec<char>>,
    organisation_acts: Vec<Vec<char>>,
}

/// Words with the characters that start them: these lists are looked up in the clause of
/// every figure and point, and most characters start none of their words, so a text is passed
/// over at one bit test per character.
#[derive(Default)]
struct WordList {
    words: Vec<Vec<char>>,
    first_chars: FirstChars,
}

impl WordList {
    fn new(words: Vec<Vec<char>>) -> WordList {
        let first_chars = FirstChars::of(words.iter().map(Vec::as_slice));
        WordList { words, first_chars }
    }

    /// Whether `text` holds one of the words.
    fn in_text(&self, text: &[char]) -> bool {
        text.iter().enumerate().any(|(i, &c)| {
            self.first_chars.may_start(c) && self.words.iter().any(|w| text[i..].starts_with(w))
        })
    }
}

#[cfg(test)]
const NEIGHBOURS: &str = include_str!("../../../../../data/neighbouring-themes.toml");

/// The lists of `data` as characters, the remits named.
fn neighbours_of(data: &NeighbourData<&'static [&'static str]>) -> Result<NeighbourWords, String> {
    let chars = |list: &[&str]| -> Vec<Vec<char>> {
        list.iter()
            .filter(|w| !w.is_empty())
            .map(|w| w.chars().collect())
            .collect()
    };
    let acting_remits = data
        .acting_remits
        .iter()
        .map(|t| Theme::parse(t).ok_or_else(|| format!("unknown theme {t:?} in acting_remits")))
        .collect::<Result<Vec<Theme>, String>>()?;
    let list = |words: &[&str]| WordList::new(chars(words));
    Ok(NeighbourWords {
        new_sector_people: list(data.new_sector_people),
        political_education: list(data.political_education),
        training: list(data.training_words),
        charity: list(data.charity_words),
        charity_money: chars(data.charity_money),
        linking: list(data.linking_verbs),
        volunteering: list(data.volunteering_words),
        mobilising_verbs: chars(data.mobilising_verbs),
        acting_remits,
        joining_verbs: chars(data.joining_verbs),
        incubation: chars(data.incubation_words),
        organisation_acts: chars(data.organisation_acts),
    })
}

fn neighbour_words() -> &'static NeighbourWords {
    static WORDS: std::sync::OnceLock<NeighbourWords> = std::sync::OnceLock::new();
    // the static's remits are checked by this module's tests, so they parse in a release
    WORDS.get_or_init(|| {
        neighbours_of(&NEIGHBOUR_DATA).unwrap_or(NeighbourWords {
            new_sector_people: WordList::default(),
            political_education: WordList::default(),
            training: WordList::default(),
            charity: WordList::default(),
            charity_money: Vec::new(),
            linking: WordList::default(),
            volunteering: WordList::default(),
            mobilising_verbs: Vec::new(),
            acting_remits: Vec::new(),
            joining_verbs: Vec::new(),
            incubation: Vec::new(),
            organisation_acts: Vec::new(),
        })
    })
}

/// Whether `sentence` names the training or study of people (培训, 研修班, 参训): read once per
/// sentence for `new_sector_education`.
pub(super) fn names_training(sentence: &[char]) -> bool {
    neighbour_words().training.in_text(sentence)
}

/// Emerging-sector party building when a figure counts the political education of private
/// entrepreneurs or of new-sector organisations (`label`: what it counts, in `clause`):
/// political education named with such people or organisations in the clause (商会开展主题教育
/// 23家, 组织企业家开展红色教育120名), or such people named in a clause of a sentence about
/// training (`sentence_trains`: 培训非公有制经济人士520人次, 参训企业家210人). A label whose
/// head is another remit's own word (企业家志愿者) keeps that remit.
pub(super) fn new_sector_education(
    label: &[char],
    clause: &[char],
    sentence_trains: bool,
) -> Option<Theme> {
    let words = neighbour_words();
    let named = |list: &WordList| list.in_text(clause) || list.in_text(label);
    // the rarer words first: most figures' clauses name neither education nor training
    let political = named(&words.political_education);
    if !political && !sentence_trains {
        return None;
    }
    let people = named(&words.new_sector_people);
    let organisations = || {
        super::counted::names_new_sector_organisation(clause)
            || super::counted::names_new_sector_organisation(label)
    };
    if !(people || (political && organisations())) {
        return None;
    }
    match first_remit_family_of_last(label) {
        Some(Theme::SocialOrganizations | Theme::EmergingSectorPartyBuilding) | None => {
            Some(Theme::EmergingSectorPartyBuilding)
        }
        Some(_) => None,
    }
}

/// Whether a figure (its number at `number_at` in `sentence`, counting `label`) counts the social
/// organisations a street, a centre or a social-work station incubates (社工站孵化社会组织5家:
/// `label`'s head is a social organisation and its clause names incubation before the figure) or
/// tells their work (社工指导孵化的社会组织开展活动86场,服务群众4300余人次): before the figure the sentence names an incubation word (孵化, 培育) with a social
/// organisation word at most two characters from it (孵化的社会组织, 社会组织孵化基地), that
/// organisation word before a verb of its own work (开展, 参与, 服务; at most four characters
/// between: 孵化的社会组织全年开展), and neither the words
/// from there to the figure nor `label` name social work (社工开展个案服务 is the social workers').
/// The guiding social workers named before (社工指导) run the incubation; the work counted is the
/// organisations'.
pub(super) fn incubated_organisations_act(
    sentence: &[char],
    number_at: usize,
    label: &[char],
) -> bool {
    let words = neighbour_words();
    let before = &sentence[..number_at.min(sentence.len())];
    let theme_words = theme_words();
    // 社工站孵化社会组织5家, 培育孵化社区社会组织15支: the organisations incubated, counted
    let clause = before
        .iter()
        .rposition(|c| matches!(c, ',' | '，' | ';' | '；' | '。' | ':' | '：'))
        .map_or(before, |p| &before[p + 1..]);
    if first_remit_family_of_last(label) == Some(Theme::SocialOrganizations)
        && words
            .incubation
            .iter()
            .any(|w| crate::catalog::find_from(clause, w, 0).is_some())
    {
        return true;
    }
    let hits: Vec<(usize, usize, usize, bool)> =
        super::theme_hits_with_setting(theme_words, before).collect();
    let family = |f: usize| theme_words.families[f].0;
    let near_incubation = |start: usize, end: usize| {
        words.incubation.iter().any(|w| {
            let n = w.len();
            // 孵化的社会组织, 孵化社会组织, 培育孵化社区社会组织 (社区 between), 社会组织孵化基地
            (start.saturating_sub(n + 4)..start)
                .any(|i| before[i..].starts_with(w) && i + n + 4 >= start)
                || (end..(end + 3).min(before.len())).any(|i| before[i..].starts_with(w))
        })
    };
    let acting = hits.iter().rposition(|&(start, end, f, _)| {
        family(f) == Theme::SocialOrganizations
            && near_incubation(start, end)
            && (end..(end + 4).min(before.len())).any(|i| {
                words
                    .organisation_acts
                    .iter()
                    .any(|v| before[i..].starts_with(v))
            })
    });
    let Some(k) = acting else {
        return false;
    };
    let social_work = |text: &[char]| {
        super::theme_hits_with_setting(theme_words, text)
            .any(|(_, _, f, setting)| !setting && family(f) == Theme::SocialWorkers)
    };
    !hits[k + 1..]
        .iter()
        .any(|&(_, _, f, setting)| !setting && family(f) == Theme::SocialWorkers)
        && !social_work(label)
}

/// Whether a figure read as volunteering counts charity or relief instead (`label` in
/// `clause`): its clause names charity (慈善基金, 募集善款, 救助物资) and no volunteering of its
/// own. Volunteering reviews report donations and relief beside volunteers' work; what is
/// counted is then context, not volunteering.
pub(super) fn charity_beside_volunteering(label: &[char], clause: &[char]) -> bool {
    let words = neighbour_words();
    (words.charity.in_text(clause) || words.charity.in_text(label))
        && !words.volunteering.in_text(clause)
        && !words.volunteering.in_text(label)
}

/// Whether a figure counts charity money (`label` in `clause`): a word of `charity_money` in
/// the label after its last remit word, so that the money is the head of what is counted
/// (慈善会募集善款, 基金会发放慈善资金; 善款志愿者 would be volunteers), and no verb of linking in
/// the clause (链接善款 is an organisation's own work of linking resources).
pub(super) fn counts_charity_money(label: &[char], clause: &[char]) -> bool {
    let words = neighbour_words();
    let last_money = words
        .charity_money
        .iter()
        .filter_map(|w| {
            (0..=label.len().saturating_sub(w.len()))
                .rev()
                .find(|&i| label[i..].starts_with(w))
        })
        .max();
    let Some(money_at) = last_money else {
        return false;
    };
    let words_of_remits = super::theme_hits_with_setting(theme_words(), label)
        .filter(|&(_, _, _, setting)| !setting)
        .all(|(start, _, _, _)| start < money_at);
    words_of_remits && !words.linking.in_text(clause) && !words.linking.in_text(label)
}

/// The theme words of a sentence with a remit named as the means of another reassigned to the
/// acting one: `hits` are (start, end, family, setting) in text order. A remit word right
/// after a verb of mobilising (社工站链接志愿者, 社会组织发动志愿者) whose clause names, before
/// the verb, an acting remit (or, when its clause names none, whose sentence's nearest remit
/// before the verb is one) (`acting_remits`: a social-work station, a social organisation)
/// counts as that remit: the volunteers are how the station works, and the sentence's figures
/// are the station's.
pub(super) fn means_to_actor(sentence: &[char], hits: &mut [(usize, usize, usize, bool)]) {
    let words = neighbour_words();
    let families = &theme_words().families;
    for k in 0..hits.len() {
        let (start, _, family, setting) = hits[k];
        if setting {
            continue;
        }
        let Some(verb) = verb_right_before(sentence, start, &words.mobilising_verbs) else {
            continue;
        };
        let verb_at = start - verb.len();
        let clause_start = sentence[..verb_at]
            .iter()
            .rposition(|&c| crate::catalog::is_clause_break(c) && c != '、')
            .map_or(0, |p| p + 1);
        let acting = |h: &&(usize, usize, usize, bool)| {
            h.2 != family && words.acting_remits.contains(&families[h.2].0)
        };
        // the actor in the verb's clause, else the sentence's subject: the nearest remit
        // before the verb (社工站开展……系列活动,共开展活动45场,联动志愿者320人次)
        let actor = hits[..k]
            .iter()
            .rev()
            .find(|h| !h.3 && h.0 >= clause_start && h.1 <= verb_at && acting(h))
            .or_else(|| {
                hits[..k]
                    .iter()
                    .rev()
                    .find(|h| !h.3 && h.1 <= verb_at)
                    .filter(acting)
            });
        if let Some(&(_, _, acting, _)) = actor {
            hits[k].2 = acting;
        }
    }
    join_volunteers(sentence, hits);
}

/// The grassroots words right after a verb of taking part (参与网格巡查, 协助社区治理) in a
/// sentence that names volunteering before them count as volunteering: the volunteers act, the
/// grassroots work is what they join (`hits` as for [`means_to_actor`]).
fn join_volunteers(sentence: &[char], hits: &mut [(usize, usize, usize, bool)]) {
    let words = neighbour_words();
    let families = &theme_words().families;
    let Some(volunteers) = families.iter().position(|f| f.0 == Theme::Volunteers) else {
        return;
    };
    let Some(first_volunteering) = hits.iter().find(|h| !h.3 && h.2 == volunteers).map(|h| h.1)
    else {
        return;
    };
    for hit in hits.iter_mut() {
        let (start, _, family, setting) = *hit;
        if setting
            || start < first_volunteering
            || families[family].0 != Theme::GrassrootsGovernance
        {
            continue;
        }
        if verb_right_before(sentence, start, &words.joining_verbs).is_some() {
            hit.2 = volunteers;
        }
    }
}

/// Whether `theme` is a remit whose organisations act through others (`acting_remits`).
pub(super) fn is_acting_remit(theme: Theme) -> bool {
    neighbour_words().acting_remits.contains(&theme)
}

/// Whether every remit word of `clause` follows a verb of mobilising (联动志愿者320人次,
/// 链接志愿者): the clause tells the means of whoever acts, and names no remit of its own
/// (false when it names none).
pub(super) fn names_only_means(clause: &[char]) -> bool {
    let words = neighbour_words();
    let mut remits = super::theme_hits_with_setting(theme_words(), clause)
        .filter(|&(_, _, _, setting)| !setting)
        .peekable();
    remits.peek().is_some()
        && remits.all(|(start, _, _, _)| {
            verb_right_before(clause, start, &words.mobilising_verbs).is_some()
        })
}

/// The word of `verbs` that ends `text` right before `start` (联动|志愿者), if one does.
fn verb_right_before<'a>(
    text: &[char],
    start: usize,
    verbs: &'a [Vec<char>],
) -> Option<&'a [char]> {
    verbs
        .iter()
        .find(|v| start >= v.len() && text[start - v.len()..start] == v[..])
        .map(Vec::as_slice)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(text: &str) -> Vec<char> {
        text.chars().collect()
    }

    #[test]
    fn embedded_neighbouring_words_parse() {
        let words =
            neighbours_of(&NEIGHBOUR_DATA).expect("data/neighbouring-themes.toml names themes");
        for list in [
            &words.new_sector_people,
            &words.political_education,
            &words.training,
            &words.charity,
            &words.volunteering,
        ] {
            assert!(!list.words.is_empty());
        }
        assert!(!words.mobilising_verbs.is_empty());
        assert!(!words.acting_remits.is_empty());
        assert!(toml::from_str::<NeighbourData<Vec<String>>>("new_sector_people = []").is_err());
    }

    /// The static build.rs wrote is data/neighbouring-themes.toml as it parses now.
    #[test]
    fn neighbour_data_static_equals_the_parse() {
        let parsed: NeighbourData<Vec<String>> =
            toml::from_str(NEIGHBOURS).expect("data/neighbouring-themes.toml must parse");
        assert_eq!(format!("{NEIGHBOUR_DATA:#?}"), format!("{parsed:#?}"));
    }

    #[test]
    fn political_education_of_entrepreneurs_and_chambers_is_party_work() {
        let education = |label: &str, clause: &str, trains: bool| {
            new_sector_education(&chars(label), &chars(clause), trains)
        };
        assert_eq!(
            education("商会", "区工商联指导23家商会开展主题教育活动", false),
            Some(Theme::EmergingSectorPartyBuilding)
        );
        assert_eq!(
            education("非公有制经济人士", "培训非公有制经济人士520人次", true),
            Some(Theme::EmergingSectorPartyBuilding)
        );
        // chambers counted without political education keep their own remit
        assert_eq!(education("商会", "全市共有商会37家", false), None);
        // entrepreneurs outside training or education are not read so
        assert_eq!(education("企业家", "爱心企业家30名", false), None);
        // a label headed by another remit keeps it
        assert_eq!(
            education("企业家志愿者", "组织企业家志愿者开展红色教育宣讲", false),
            None
        );
    }

    #[test]
    fn charity_is_context_unless_its_clause_is_volunteering() {
        assert!(charity_beside_volunteering(
            &chars("善款"),
            &chars("筹集善款260万元")
        ));
        assert!(!charity_beside_volunteering(
            &chars("志愿者"),
            &chars("组织志愿者参与慈善募捐300名")
        ));
    }
}
