//! A set of the characters that start the words of a list, one bit each (the character's code
//! modulo 1024). Word lists are looked up at every character of every clause, and most
//! characters start none of their words: one bit test passes them over, and only a character
//! whose bit is set is compared with the words. (Two characters may share a bit; the words are
//! compared then, so the set only ever lets through too many, never too few.)

const BITS: usize = 1024;

/// The first characters of a word list, as bits.
#[derive(Debug, Clone, Default)]
pub(crate) struct FirstChars([u64; BITS / 64]);

impl FirstChars {
    /// The set of the first characters of `words` (empty words add nothing).
    pub(crate) fn of<'a>(words: impl IntoIterator<Item = &'a [char]>) -> FirstChars {
        let mut set = FirstChars::default();
        for &c in words.into_iter().filter_map(|w| w.first()) {
            let (word, mask) = Self::bit(c);
            set.0[word] |= mask;
        }
        set
    }

    /// Whether `c` may start one of the words: `false` means it starts none.
    pub(crate) fn may_start(&self, c: char) -> bool {
        let (word, mask) = Self::bit(c);
        self.0[word] & mask != 0
    }

    fn bit(c: char) -> (usize, u64) {
        (c as usize % BITS / 64, 1u64 << (c as usize % 64))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_first_character_is_let_through_and_most_others_are_not() {
        let words: Vec<Vec<char>> = ["社区", "街道", ""]
            .iter()
            .map(|w| w.chars().collect())
            .collect();
        let set = FirstChars::of(words.iter().map(Vec::as_slice));
        assert!(set.may_start('社'));
        assert!(set.may_start('街'));
        assert!(!set.may_start('区'));
        assert!(!set.may_start('a'));
    }
}
