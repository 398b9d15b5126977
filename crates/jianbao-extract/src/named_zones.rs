//! National-level new areas and development zones named with a name of their own after their
//! city (南京江北新区, 西安高新区 is handled by `locals`' suffixes; 兰州新区 too): a zone so
//! written is a district-level place of that city, whose figures stay at district level.

/// The longest own name a zone writes between its city and its suffix (江北 in 南京江北新区,
/// 两江 in 重庆两江新区).
const MAX_ZONE_NAME_CHARS: usize = 3;

/// Characters no zone's own name holds: function words and verbs of the sentence around it
/// (南京的新区, 南京和新区, 南京在新区).
const NOT_IN_ZONE_NAMES: &str = "的和与及、在是为了对从向到将由等其各全本该每个些于以已有新";

/// The length of a zone's own name and suffix written at `at`, right after its city's name
/// (江北新区 after 南京): `None` when no such name and suffix follow.
pub(crate) fn own_named_zone_after(chars: &[char], at: usize) -> Option<usize> {
    let han = |c: &char| ('\u{4e00}'..='\u{9fff}').contains(c);
    (2..=MAX_ZONE_NAME_CHARS).find_map(|n| {
        let name = chars.get(at..at + n)?;
        if !name
            .iter()
            .all(|c| han(c) && !NOT_IN_ZONE_NAMES.contains(*c))
        {
            return None;
        }
        crate::locals::zone_suffix_at(chars, at + n).map(|len| n + len)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn zone(text: &str, at: usize) -> Option<String> {
        let chars: Vec<char> = text.chars().collect();
        own_named_zone_after(&chars, at).map(|n| chars[at..at + n].iter().collect())
    }

    #[test]
    fn zones_with_a_name_of_their_own() {
        assert_eq!(
            zone("南京江北新区社会事业局", 2).as_deref(),
            Some("江北新区")
        );
        assert_eq!(zone("重庆两江新区", 2).as_deref(), Some("两江新区"));
        assert_eq!(zone("南京的新区", 2), None);
        assert_eq!(zone("南京市民", 3), None);
    }
}
