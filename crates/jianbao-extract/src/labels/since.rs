//! Spans to now before a figure (中心启用以来累计服务党员群众140万人次, 驿站自运营以来共服务骑手
//! 3200人次, 平台上线以来收到建议1.2万条): they say since when the figure was reached, never what
//! it counts. Reports write them as the thing that had the event, the event (data/labels.toml's
//! since_events) and 以来, often with 自 or 从 before the event; the label keeps the thing and
//! what follows the span (驿站服务骑手), and after any other 以来 only what follows it.

use super::words::{longest_at, starts_with, vocabulary};

/// `text` (the words of a clause before its figure) without a span to now: the event and 以来
/// go and the words before and after them stay; after a 以来 whose event is not known, only the
/// words after it stay. Unchanged when no 以来 leaves at least two characters after it.
pub(super) fn without_span_to_now(text: &[char]) -> Vec<char> {
    const SINCE: [char; 2] = ['以', '来'];
    let Some(at) = (0..text.len())
        .rev()
        .find(|&i| starts_with(&text[i..], &SINCE) && text.len() - i - SINCE.len() >= 2)
    else {
        return text.to_vec();
    };
    let after = &text[at + SINCE.len()..];
    let v = vocabulary();
    // the event, read back from 以来 (the longest event that ends there)
    let event_start = (at.saturating_sub(4)..at)
        .find(|&start| longest_at(&v.since_events, &text[start..at]) == at - start);
    let Some(mut start) = event_start else {
        return after.to_vec();
    };
    // 自运营以来, 从成立以来: the preposition opens the span
    if start > 0 && matches!(text[start - 1], '自' | '从') {
        start -= 1;
    }
    // the thing that had the event must be named (at least two characters), else what
    // follows is the whole label
    if start < 2 {
        return after.to_vec();
    }
    text[..start].iter().chain(after).copied().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cut(text: &str) -> String {
        without_span_to_now(&text.chars().collect::<Vec<_>>())
            .into_iter()
            .collect()
    }

    #[test]
    fn the_event_and_its_span_go_and_the_thing_stays() {
        assert_eq!(
            cut("街道党群服务中心启用以来服务党员群众"),
            "街道党群服务中心服务党员群众"
        );
        assert_eq!(cut("驿站自运营以来服务骑手"), "驿站服务骑手");
        assert_eq!(
            cut("人民建议征集平台上线以来收到建议"),
            "人民建议征集平台收到建议"
        );
        // a span without a known event, or with no thing before it: what follows
        assert_eq!(cut("活动开展以来服务群众"), "服务群众");
        assert_eq!(cut("自成立以来孵化社会组织"), "孵化社会组织");
        // nothing left after 以来: unchanged
        assert_eq!(cut("成立以来"), "成立以来");
    }
}
