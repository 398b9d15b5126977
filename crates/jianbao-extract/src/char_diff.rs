//! Character-level differences of two aligned sentences (merging reads a reprint's changed names
//! and numbers from them).

use std::ops::Range;

/// Differences separated by at most this many equal characters form one difference.
const HUNK_GAP: usize = 3;
/// Longer "sentences" are not compared character by character (quadratic cost).
const MAX_DIFF_CHARS: usize = 2_000;

/// Character-level differences of two sentences (longest common subsequence), as pairs of
/// differing ranges; differences closer than [`HUNK_GAP`] are joined.
pub(crate) fn diff(a: &[char], b: &[char]) -> Vec<(Range<usize>, Range<usize>)> {
    let (n, m) = (a.len(), b.len());
    if n > MAX_DIFF_CHARS || m > MAX_DIFF_CHARS {
        return Vec::new(); // not a sentence (an unpunctuated page): too long to compare char by char
    }
    // The walk below takes equal characters as they come, so a common start is matched whatever
    // follows, and the table of what follows does not depend on it: compare only the rest (a
    // reprinted sentence, all of it common, then costs nothing). Its hunks are moved back by
    // `common` before grouping, which only looks at distances.
    let common = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[common..], &b[common..]);
    let (n, m) = (a.len(), b.len());
    let lcs = Lcs::new(a, b);
    let mut hunks: Vec<(Range<usize>, Range<usize>)> = Vec::new();
    let (mut i, mut j) = (0, 0);
    let mut open: Option<(usize, usize)> = None;
    while i < n || j < m {
        if i < n && j < m && a[i] == b[j] {
            if let Some((si, sj)) = open.take() {
                hunks.push((si..i, sj..j));
            }
            i += 1;
            j += 1;
        } else {
            open.get_or_insert((i, j));
            if j >= m || (i < n && lcs.at(i + 1, j) >= lcs.at(i, j + 1)) {
                i += 1;
            } else {
                j += 1;
            }
        }
    }
    if let Some((si, sj)) = open {
        hunks.push((si..n, sj..m));
    }
    let shift = |r: Range<usize>| r.start + common..r.end + common;
    let hunks = hunks.into_iter().map(|(ra, rb)| (shift(ra), shift(rb)));
    // Differences close together form one group. Only a group with a substitution is a
    // disagreement (an omitted or added word alone is a cut); a group starts at its first
    // substitution but keeps later omissions (社会工作者资格证**书** / 社会工作师资格证).
    let mut groups: Vec<Vec<(Range<usize>, Range<usize>)>> = Vec::new();
    for h in hunks {
        match groups
            .last_mut()
            .and_then(|g| g.last().cloned().map(|last| (g, last)))
        {
            Some((group, last))
                if h.0.start - last.0.end <= HUNK_GAP
                    && h.0.start - last.0.end == h.1.start - last.1.end =>
            {
                group.push(h)
            }
            _ => groups.push(vec![h]),
        }
    }
    let is_substitution = |h: &(Range<usize>, Range<usize>)| !h.0.is_empty() && !h.1.is_empty();
    groups
        .into_iter()
        .filter_map(|group| {
            let first = group.iter().position(is_substitution)?;
            let last = group.last()?;
            Some((
                group[first].0.start..last.0.end,
                group[first].1.start..last.1.end,
            ))
        })
        .collect()
}

/// The length of the longest common subsequence of `a[i..]` and `b[j..]`, for every `i`, `j`,
/// with a table only of the part before the two texts' common end `s` (`a = x s`, `b = y s`):
/// a reprinted sentence differs in a word or a number, and a table of all of it was most of
/// merging the seeds. The rest follows without a table:
/// - `LCS(x[i..] s, y[j..] s) = LCS(x[i..], y[j..]) + |s|` (a common last character is always
///   matched, so each of `s`'s adds one);
/// - where `i` has passed `x` (`a[i..]` a suffix of `s`), `a[i..]` is a subsequence of
///   `b[j..]`, which ends in `s`: the length is `a[i..]`'s, and likewise past `y`;
/// - past both, of two suffixes of `s` the shorter is a subsequence of the longer.
struct Lcs {
    /// lengths for `i ≤ |x|`, `j ≤ |y|`, row by row, without the `|s|` every one adds
    table: Vec<u16>,
    /// `|x| + 1`, `|y| + 1`: the table's rows and columns
    rows: usize,
    columns: usize,
    /// `|s|`, `|a|` and `|b|`
    common_end: usize,
    n: usize,
    m: usize,
}

impl Lcs {
    fn new(a: &[char], b: &[char]) -> Lcs {
        let (n, m) = (a.len(), b.len());
        let common_end = a
            .iter()
            .rev()
            .zip(b.iter().rev())
            .take_while(|(x, y)| x == y)
            .count();
        let (x, y) = (&a[..n - common_end], &b[..m - common_end]);
        let (rows, columns) = (x.len() + 1, y.len() + 1);
        let mut table = vec![0u16; rows * columns];
        let at = |i: usize, j: usize| i * columns + j;
        for i in (0..x.len()).rev() {
            for j in (0..y.len()).rev() {
                table[at(i, j)] = if x[i] == y[j] {
                    table[at(i + 1, j + 1)] + 1
                } else {
                    table[at(i + 1, j)].max(table[at(i, j + 1)])
                };
            }
        }
        Lcs {
            table,
            rows,
            columns,
            common_end,
            n,
            m,
        }
    }

    /// `LCS(a[i..], b[j..])`, for `i ≤ |a|`, `j ≤ |b|`.
    fn at(&self, i: usize, j: usize) -> usize {
        match (i < self.rows, j < self.columns) {
            (true, true) => usize::from(self.table[i * self.columns + j]) + self.common_end,
            (false, true) => self.n - i,
            (true, false) => self.m - j,
            (false, false) => (self.n - i).min(self.m - j),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn differences_after_a_common_start_keep_their_positions() {
        let a = chars("全省共有持证社会工作者3万人");
        let b = chars("全省共有持证社会工作者4万人");
        assert_eq!(diff(&a, &b), vec![(11..12, 11..12)]);
        assert_eq!(diff(&a, &a), Vec::new());
        let c = chars("全市共有持证社会工作者3万人");
        assert_eq!(diff(&a, &c), vec![(1..2, 1..2)]);
        // an omission alone is a cut, not a disagreement, after a common start as at the start
        let d = chars("全省共有社会工作者3万人");
        assert_eq!(diff(&a, &d), Vec::new());
    }

    /// The whole table, as [`Lcs`] was before it left out the common end.
    fn full_table(a: &[char], b: &[char]) -> Vec<Vec<usize>> {
        let (n, m) = (a.len(), b.len());
        let mut lcs = vec![vec![0; m + 1]; n + 1];
        for i in (0..n).rev() {
            for j in (0..m).rev() {
                lcs[i][j] = if a[i] == b[j] {
                    lcs[i + 1][j + 1] + 1
                } else {
                    lcs[i + 1][j].max(lcs[i][j + 1])
                };
            }
        }
        lcs
    }

    #[test]
    fn a_common_end_gives_the_lengths_of_the_whole_table() {
        for (a, b) in [
            ("共有3万人", "共有4万人"),
            ("x", "yxx"),
            ("社工站120个", "社工站12个"),
            ("", "ab"),
            ("ab", "ab"),
            ("ba", "ab"),
        ] {
            let (a, b) = (chars(a), chars(b));
            let (lcs, full) = (Lcs::new(&a, &b), full_table(&a, &b));
            for (i, row) in full.iter().enumerate() {
                for (j, &length) in row.iter().enumerate() {
                    assert_eq!(lcs.at(i, j), length, "{a:?} {b:?} at {i}, {j}");
                }
            }
        }
    }

    proptest! {
        /// Texts of few letters share starts, ends and letters in the middle, as reprints do.
        #[test]
        fn lengths_are_those_of_the_whole_table(a in "[abc1]{0,12}", b in "[abc1]{0,12}") {
            let (a, b) = (chars(&a), chars(&b));
            let (lcs, full) = (Lcs::new(&a, &b), full_table(&a, &b));
            for (i, row) in full.iter().enumerate() {
                for (j, &length) in row.iter().enumerate() {
                    prop_assert_eq!(lcs.at(i, j), length);
                }
            }
        }
    }
}
