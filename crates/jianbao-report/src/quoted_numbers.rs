//! The numbers a quote writes in digits, with the 万 or 亿 after them: the briefing finds a
//! figure's own words in its quote (its 超/余/多, the clause around it) by its value.

/// One run of digits in a quote.
pub(crate) struct QuotedNumber {
    /// Where the digits start.
    pub start: usize,
    /// Just after the digits.
    pub digits_end: usize,
    /// Just after the digits and their 万 or 亿, if any.
    pub end: usize,
    /// The value with its 万 or 亿; `None` when the run does not parse (1.2.3).
    pub value: Option<f64>,
}

impl QuotedNumber {
    /// Whether this number is `value` (to a millionth of it).
    pub fn is(&self, value: f64) -> bool {
        self.value
            .is_some_and(|v| (v - value).abs() < 1e-6 * value.abs().max(1.0))
    }
}

/// Every run of ASCII digits and dots in `chars`, in order.
pub(crate) fn numbers_in(chars: &[char]) -> Vec<QuotedNumber> {
    let mut numbers = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && (chars[i].is_ascii_digit() || chars[i] == '.') {
            i += 1;
        }
        let scale = match chars.get(i) {
            Some('万' | '萬') => 1e4,
            Some('亿' | '億') => 1e8,
            _ => 1.0,
        };
        let end = if scale > 1.0 { i + 1 } else { i };
        let value = chars[start..i]
            .iter()
            .collect::<String>()
            .parse::<f64>()
            .ok()
            .map(|n| n * scale);
        numbers.push(QuotedNumber {
            start,
            digits_end: i,
            end,
            value,
        });
    }
    numbers
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_with_their_scale_and_unparsable_runs() {
        let chars: Vec<char> = "开展活动30余场，服务2.5万人次，编号1.2.3".chars().collect();
        let numbers = numbers_in(&chars);
        assert_eq!(numbers.len(), 3);
        assert!(numbers[0].is(30.0));
        assert_eq!(chars[numbers[0].end], '余');
        assert!(numbers[1].is(25000.0));
        assert_eq!(chars[numbers[1].digits_end], '万');
        assert_eq!(chars[numbers[1].end], '人');
        assert!(numbers[2].value.is_none());
    }
}
