//! Table column widths as word processors measure text: where a line may break, the space they
//! add between ideographs and Latin letters or digits, and how the text width is shared among
//! columns.

/// Runs of characters that cannot be broken between: Latin words and numbers. Chinese text
/// breaks between any two characters.
pub(super) fn unbreakable_words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| c.is_whitespace() || is_cjk(c))
        .filter(|w| !w.is_empty())
}

/// The space word processors add at a boundary between an ideograph and a Latin letter or
/// digit, in em (a quarter em, as LibreOffice draws it).
pub(super) const AUTO_SPACE_EM: f32 = 0.25;

/// Whether the word processor adds space between `a` and `b` (one ideograph, one ASCII letter
/// or digit).
pub(super) fn auto_spaced(a: char, b: char) -> bool {
    let ideograph =
        |c: char| matches!(u32::from(c), 0x3400..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x3FFFF);
    (ideograph(a) && b.is_ascii_alphanumeric()) || (a.is_ascii_alphanumeric() && ideograph(b))
}

fn is_cjk(c: char) -> bool {
    matches!(u32::from(c), 0x2E80..=0x9FFF | 0xF900..=0xFAFF | 0xFF00..=0xFFEF | 0x20000..=0x3FFFF)
}

/// Shares `available` among columns: a column whose natural width fits in an equal share of
/// what is left keeps it (so short columns stay on one line); the others share the rest in
/// proportion to their natural widths, never below their minimum. When everything fits, all
/// columns grow in proportion so the table spans the text width.
pub(super) fn distribute(natural: &[f32], minimum: &[f32], available: f32) -> Vec<f32> {
    let mut fixed: Vec<Option<f32>> = vec![None; natural.len()];
    loop {
        let open: Vec<usize> = (0..natural.len()).filter(|&i| fixed[i].is_none()).collect();
        if open.is_empty() {
            break;
        }
        let left = available - fixed.iter().flatten().sum::<f32>();
        let share = left / open.len() as f32;
        let fits: Vec<usize> = open
            .iter()
            .copied()
            .filter(|&i| natural[i] <= share)
            .collect();
        if fits.is_empty() {
            let wanted: f32 = open.iter().map(|&i| natural[i]).sum();
            for &i in &open {
                fixed[i] = Some((left * natural[i] / wanted).max(minimum[i]));
            }
            break;
        }
        for i in fits {
            fixed[i] = Some(natural[i]);
        }
    }
    let widths: Vec<f32> = fixed.into_iter().map(|w| w.unwrap_or(0.0)).collect();
    let total: f32 = widths.iter().sum();
    if total <= 0.0 {
        return vec![available / natural.len().max(1) as f32; natural.len()];
    }
    // Grow to the text width when all fit; shrink when minimums overflow it.
    widths.iter().map(|w| w * available / total).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distribute_fills_the_width_and_respects_minimums() {
        let w = distribute(&[50.0, 100.0], &[20.0, 20.0], 300.0);
        assert!((w.iter().sum::<f32>() - 300.0).abs() < 0.01);
        assert!((w[1] / w[0] - 2.0).abs() < 0.01);
        let w = distribute(&[50.0, 1000.0], &[40.0, 30.0], 300.0);
        assert!((w.iter().sum::<f32>() - 300.0).abs() < 0.01);
        assert_eq!(w[0], 50.0, "a short column keeps its natural width");
        // Two long columns and two short ones: the short ones stay whole.
        let w = distribute(&[400.0, 45.0, 200.0, 45.0], &[30.0; 4], 450.0);
        assert!((w.iter().sum::<f32>() - 450.0).abs() < 0.01);
        assert_eq!((w[1], w[3]), (45.0, 45.0));
        assert!(w[0] > w[2]);
    }

    #[test]
    fn word_processors_space_digits_from_ideographs() {
        let spaced = "2021年6月".chars().collect::<Vec<_>>();
        let boundaries = spaced
            .windows(2)
            .filter(|w| auto_spaced(w[0], w[1]))
            .count();
        assert_eq!(boundaries, 3);
        assert!(!auto_spaced('年', '，') && !auto_spaced('1', '.'));
    }

    #[test]
    fn words_split_at_chinese_characters() {
        let words: Vec<&str> = unbreakable_words("持证27.5万人 abc").collect();
        assert_eq!(words, ["27.5", "abc"]);
    }
}
