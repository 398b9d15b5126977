//! What a plain-text article says about itself when no `sources.toml` entry describes it: its
//! headline and its date line. A briefing lists its sources by title and date (资料来源); an
//! analyst who saves an article as `.txt` should read 《我省实名注册志愿者659万人》 there, not the
//! file name, and the date the extraction itself took from the text (发布时间, a dateline), not
//! 日期不详.

use crate::dates::{date_from_lines, DATE_LINES, ISSUE_LINES, MAX_DATELINE_CHARS};
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

/// Whether `name` is a crumb of breadcrumb line `line` (当前位置: 某某网 > 新闻 > …): a site's or
/// section's name printed above the article, which is not its headline.
fn is_crumb(line: &[char], name: &[char]) -> bool {
    line.windows(name.len()).enumerate().any(|(at, w)| {
        w == name
            && line[at + name.len()..]
                .iter()
                .find(|c| !c.is_whitespace())
                .is_some_and(|c| matches!(c, '>' | '»' | '›'))
    })
}

/// Whether `line` is one name printed twice (某某资讯网某某资讯网): a site's logo and its alt
/// text run together at the top of a saved page, never a headline, which states its news once.
fn is_doubled(line: &[char]) -> bool {
    let half = line.len() / 2;
    line.len().is_multiple_of(2) && half > 0 && line[..half] == line[half..]
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
        let head_chars = |k: usize| &normalized.chars[lines[k].range.clone()];
        lines
            .iter()
            .enumerate()
            // (a keyword bar, or a byline of a few spaced names)
            .filter(|(_, l)| !(l.keyword_bar || (l.had_inner_space && l.range.len() <= 12)))
            .find(|(k, l)| {
                let line = &normalized.chars[l.range.clone()];
                line.len() >= MIN_TITLE_CHARS
                    && !is_furniture(line)
                    && !is_doubled(line)
                    // (a page's meta line: 217 2018-11-27 来源: 某市民政)
                    && date_from_lines(std::iter::once(line)).year.is_none()
                    && line.iter().any(|c| ('\u{4e00}'..='\u{9fff}').contains(c))
                    && !(0..lines.len()).any(|other| other != *k && is_crumb(head_chars(other), line))
            })
            .and_then(|(_, l)| {
                let [from, to] = normalized.original_span(l.range.clone());
                let written = crate::ingest::CharIndex::new(head)
                    .slice(head, from, to)
                    .trim()
                    .chars()
                    .collect::<Vec<char>>();
                // a site's name planted in it or a section's name glued before it
                // (行业动态某市持XX娱乐官网证社工…) is spam, not the headline's words
                let clean = crate::labels::after_furniture(&written);
                (clean.len() >= MIN_TITLE_CHARS).then(|| clean.iter().collect::<String>())
            })
    });
    // the extraction's own reading of the date line (rules.rs), on the original lines
    // (only the lines it reads are spelt out as characters: the first ISSUE_LINES, where an
    // e-paper's issue line or its story's date line may stand below its page list, and the last
    // DATE_LINES, and of those not a line of more bytes than a dateline's characters can take,
    // which it skips; an empty line in their place gives no date either)
    let lines: Vec<&str> = text.lines().collect();
    let read = |k: usize| {
        (k < DATE_LINES.max(ISSUE_LINES) || k + DATE_LINES >= lines.len())
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
    fn a_site_name_repeated_in_the_crumbs_and_spam_planted_in_the_headline_are_not_the_title() {
        let d = describe(
            "XY娱乐(中国)官方网站/手机APP下载\n\n当前所在位置: XY娱乐(中国)官方网站/手机APP下载 > 新闻 > 行业动态\n\n行业动态某市持XY娱乐官网证社工约2万人\n\n本报讯 1月8日,某市社会工作协会召开年会。\n",
        );
        assert_eq!(d.title.as_deref(), Some("某市持证社工约2万人"));
    }

    #[test]
    fn a_site_name_printed_twice_is_not_the_title() {
        for (text, title) in [
            ("某某资讯网某某资讯网\n\n某县志愿服务联合会成立\n\n本报讯 近日,某县志愿服务联合会成立。\n", "某县志愿服务联合会成立"),
            ("城市晚报城市晚报\n某区新建驿站12个\n本报讯 某区日前新建驿站12个。\n", "某区新建驿站12个"),
            ("新闻中心 新闻中心\n某市社工站实现全覆盖\n本报讯 某市社工站实现全覆盖。\n", "某市社工站实现全覆盖"),
        ] {
            assert_eq!(describe(text).title.as_deref(), Some(title), "{text}");
        }
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
