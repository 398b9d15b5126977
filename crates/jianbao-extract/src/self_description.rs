//! What a plain-text article says about itself when no `sources.toml` entry describes it: its
//! headline and its date line. A briefing lists its sources by title and date (资料来源); an
//! analyst who saves an article as `.txt` should read 《我省实名注册志愿者659万人》 there, not the
//! file name, and the date the extraction itself took from the text (发布时间, a dateline), not
//! 日期不详.

use crate::dates::{date_from_lines, DATE_LINES, MAX_DATELINE_CHARS};
use crate::ingest::{is_furniture, Normalized};

/// How much of the text's start is read for a headline: a page's crumbs, share bar and title
/// come first; the body is not needed.
const HEAD_BYTES: usize = 4096;
/// A headline shorter than this is a byline or a lone name (张某).
const MIN_TITLE_CHARS: usize = 5;

/// A text's own title and date, each `None` when the text does not state one.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SelfDescription {
    /// The first headline line of the first article, as the original writes it.
    pub title: Option<String>,
    /// `YYYY-MM` or `YYYY`: the date the text's date line gives, read as the extraction reads
    /// it (so the source list and the figures' dates agree).
    pub date: Option<String>,
}

/// Reads `text`'s headline and date line.
pub fn describe(text: &str) -> SelfDescription {
    let mut end = text.len().min(HEAD_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let head = &text[..end];
    let normalized = Normalized::new(head);
    let title = normalized.articles().first().and_then(|article| {
        let lines =
            &normalized.lines[article.lines.start..article.lines.start + article.head_lines];
        lines
            .iter()
            // (a keyword bar, or a byline of a few spaced names)
            .filter(|l| !(l.keyword_bar || (l.had_inner_space && l.range.len() <= 12)))
            .map(|l| l.range.clone())
            .find(|r| {
                let line = &normalized.chars[r.clone()];
                line.len() >= MIN_TITLE_CHARS
                    && !is_furniture(line)
                    // (a page's meta line: 217 2018-11-27 来源: 某市民政)
                    && date_from_lines(std::iter::once(line)).year.is_none()
                    && line.iter().any(|c| ('\u{4e00}'..='\u{9fff}').contains(c))
            })
            .map(|r| {
                let [from, to] = normalized.original_span(r);
                crate::ingest::CharIndex::new(head)
                    .slice(head, from, to)
                    .trim()
                    .to_owned()
            })
    });
    // the extraction's own reading of the date line (rules.rs), on the original lines
    // (only the lines it reads are spelt out as characters: the first and last DATE_LINES, and
    // of those not a line of more bytes than a dateline's characters can take, which it skips;
    // an empty line in their place gives no date either)
    let lines: Vec<&str> = text.lines().collect();
    let read = |k: usize| {
        (k < DATE_LINES || k + DATE_LINES >= lines.len())
            && lines[k].len() <= 4 * MAX_DATELINE_CHARS
    };
    let lines: Vec<Vec<char>> = lines
        .iter()
        .enumerate()
        .map(|(k, l)| {
            if read(k) {
                l.chars().collect()
            } else {
                Vec::new()
            }
        })
        .collect();
    let date = date_from_lines(lines.iter().map(Vec::as_slice)).as_of();
    SelfDescription { title, date }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_headline_under_crumbs_and_its_date_line() {
        let d = describe(
            "当前位置: 首页 > 要闻 > 本地\n某市社工站建设提速 年内实现全覆盖\n发布时间:2024-05-08 来源:某市日报\n本报讯 全市已建成社工站46个。\n",
        );
        assert_eq!(
            d.title.as_deref(),
            Some("某市社工站建设提速 年内实现全覆盖")
        );
        assert_eq!(d.date.as_deref(), Some("2024-05"));
    }

    #[test]
    fn a_text_that_opens_with_its_body_has_no_title() {
        let d = describe("12月5日是国际志愿者日,当天上午,某县在文学路举办关爱活动,为1800余名快递员、外卖员提供免费体检服务。\n");
        assert_eq!(d.title, None);
        assert_eq!(d.date, None);
    }

    #[test]
    fn a_meta_line_of_views_date_and_source_is_no_title() {
        let d = describe("217 2018-11-27 来源: 某市民政\n据全国志愿服务信息系统显示,截至2018年底,我市实名注册志愿者达到232214名。\n");
        assert_eq!(d.title, None);
        assert_eq!(d.date.as_deref(), Some("2018-11"));
    }

    #[test]
    fn a_traditional_headline_is_kept_as_written() {
        let d = describe("我省實名註冊志願者659萬人\n\n摘要:我省實名註冊志願者659萬人\n\n記者從省民政廳獲悉,截至目前,全省實名註冊志願者659萬人。\n");
        assert_eq!(d.title.as_deref(), Some("我省實名註冊志願者659萬人"));
    }
}
