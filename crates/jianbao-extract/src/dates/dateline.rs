//! A page's date line against its lead's dateline: a crawler's or an archive's stamp at the head
//! or foot of a page (2024-05-06 10:23:11 above a story whose dateline is 11月13日) is no date of
//! the article's, and a dateline without a year then dates nothing (devcorpus/README.md, `as_of`
//! rule 2: the article's own date, as the text gives it).

use super::page::story_day;
use super::DocDate;

/// How many months after its dateline's month a page may print its date and still be the
/// article's own page: a paper prints a story within days, a weekly or a repost within weeks (a
/// 12月2日 story in a paper of 12月17日). A page dated before its story, or later than this, was
/// stamped by something else (a crawler, an archive, a site's clock).
const DATELINE_TO_PAGE_MONTHS: i32 = 2;

/// Whether the page's date (`page`, read from its date lines) stands apart from the date its
/// lead's dateline gives (本报讯(记者……)12月2日,……; 新华社合肥2月19日电): a dateline with its
/// year names another month, or one without its year names a month that neither the page's
/// year nor the year before puts up to [`DATELINE_TO_PAGE_MONTHS`] before the page's month.
/// Then the page's date is furniture and the article's date is only what its dateline says.
pub fn page_date_stands_apart(page: &DocDate, lead: &[char]) -> bool {
    let (Some(year), Some(month)) = (page.year, page.month) else {
        return false;
    };
    let Some((written, story_month, _)) = story_day(lead) else {
        return false;
    };
    let page_months = year * 12 + month as i32;
    let fits = |story_year: i32| {
        (0..=DATELINE_TO_PAGE_MONTHS)
            .contains(&(page_months - (story_year * 12 + story_month as i32)))
    };
    match written {
        Some(story_year) => !fits(story_year),
        None => !(fits(year) || fits(year - 1)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(year: i32, month: u32) -> DocDate {
        DocDate {
            year: Some(year),
            month: Some(month),
            ..DocDate::default()
        }
    }

    fn lead(text: &str) -> Vec<char> {
        text.chars().collect()
    }

    #[test]
    fn a_page_date_months_from_its_dateline_stands_apart() {
        let weekly = lead("本报讯(记者 张丽)12月2日,西岭县志愿服务主题活动在二里社区举行。");
        assert!(!page_date_stands_apart(&page(2024, 12), &weekly));
        assert!(!page_date_stands_apart(&page(2025, 1), &weekly));
        assert!(page_date_stands_apart(&page(2024, 5), &weekly));
        let wire = lead("新华社合肥2月19日电(记者 李明)清晨,外卖骑手已经出发。");
        assert!(!page_date_stands_apart(&page(2026, 2), &wire));
        assert!(page_date_stands_apart(&page(2026, 9), &wire));
        let dated = lead("2019年11月13日,西岭区骑手驿站揭牌。");
        assert!(page_date_stands_apart(&page(2024, 5), &dated));
        assert!(!page_date_stands_apart(&page(2019, 11), &dated));
        // a lead whose story opens a later clause (为……,3月5日,……) dates it too
        let plain = lead("为深入了解新就业群体的工作生活,3月5日,县委社会工作部开展调查。");
        assert!(page_date_stands_apart(&page(2024, 9), &plain));
        assert!(!page_date_stands_apart(&page(2024, 3), &plain));
        // a day of last year, or one an event is set for, is not the story's
        let last_year = lead("去年12月5日,县志愿者协会成立,如今会员已有110人。");
        assert!(!page_date_stands_apart(&page(2024, 9), &last_year));
    }
}
