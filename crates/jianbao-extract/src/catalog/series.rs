//! A series told across two clauses: the first names the thing and says it grew, the second
//! gives its values (持证社工人数不断增长，从2015年的200人发展到2024年的2600人; 注册志愿者队伍持续
//! 壮大，由原来的3000人增加到1.2万人). The second clause opens with the series' frame and names no
//! thing of its own, so the wording that names what its figures count is the first clause's.

/// Openers of a clause that gives a series' values (从2015年的……, 由原来的……).
const SERIES_OPENERS: [&str; 6] = ["已经从", "已经由", "已从", "已由", "从", "由"];

/// Words of growth that end the clause naming the thing (不断增长, 持续壮大, 逐年提升).
const GROWTH_WORDS: [&str; 8] = [
    "增长", "增加", "提升", "提高", "扩大", "壮大", "攀升", "上升",
];

/// How long the frame before a series' first value may be (已经从2009年的, 由原来的): the year,
/// 年底 or 原来 and 的, no words of a thing.
const FRAME_CHARS: usize = 12;

fn starts_with(chars: &[char], word: &str) -> bool {
    let mut at = chars.iter();
    word.chars().all(|w| at.next() == Some(&w))
}

fn ends_with(chars: &[char], word: &str) -> bool {
    let word: Vec<char> = word.chars().collect();
    chars.ends_with(&word)
}

/// Where the wording of the figure at `number_start` may be looked for: `clause_start`, or the
/// start of the clause before it when the figure's clause opens a series (从2015年的200人……)
/// and the clause before names no figure and ends by saying the thing grew (持证社工人数不断增长,).
pub(super) fn wording_clause_start(
    chars: &[char],
    clause_start: usize,
    number_start: usize,
    is_break: impl Fn(char) -> bool,
) -> usize {
    let frame = &chars[clause_start..number_start];
    let opens_series = SERIES_OPENERS.iter().any(|w| starts_with(frame, w));
    if !opens_series || frame.len() > FRAME_CHARS || clause_start == 0 {
        return clause_start;
    }
    let before = &chars[..clause_start - 1];
    let previous_start = before
        .iter()
        .rposition(|&c| is_break(c))
        .map_or(0, |p| p + 1);
    let previous = &before[previous_start..];
    let grew = GROWTH_WORDS.iter().any(|w| ends_with(previous, w));
    if grew && !previous.iter().any(char::is_ascii_digit) {
        previous_start
    } else {
        clause_start
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (the figure's clause start, where its wording is looked for) for the last figure of
    /// `text`, whose clauses are set apart by commas.
    fn starts(text: &str) -> (usize, usize) {
        let chars: Vec<char> = text.chars().collect();
        let figure = chars.len()
            - chars
                .iter()
                .rev()
                .take_while(|c| c.is_ascii_digit())
                .count();
        let clause_start = chars[..figure]
            .iter()
            .rposition(|&c| c == ',')
            .map_or(0, |p| p + 1);
        let start = wording_clause_start(&chars, clause_start, figure, |c| c == ',');
        (clause_start, start)
    }

    #[test]
    fn a_series_clause_goes_on_from_the_clause_that_names_the_thing() {
        assert_eq!(starts("持证社工人数不断增长,从2015年的200").1, 0);
        assert_eq!(starts("全市志愿者队伍持续壮大,由原来的3000").1, 0);
        assert_eq!(
            starts("开展活动,注册志愿者人数稳步提升,已经从2009年的2").1,
            5
        );
        // a clause before that does not say the thing grew, or has a figure, is another's; a
        // clause that names its own thing before the figure is no series frame
        for text in [
            "全市建成社工站56个,从2015年的12",
            "持证社工人数达2600人,比2015年的200",
            "持证社工人数不断增长,其中社区工作者中持证的有120",
        ] {
            let (clause, start) = starts(text);
            assert_eq!(start, clause, "{text}");
        }
    }
}
