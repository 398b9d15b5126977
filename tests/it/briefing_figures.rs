//! A figure in a briefing reads with the word its source uses: 不足 (less than) is not 近
//! (nearly), 10餘場 of a traditional page is 10余场, and 750余万元 keeps its 余 where the source
//! wrote it (not 750万余元, nor 超750万元). Run through the `jianbao` binary on an article of our
//! own and read back from the PDF with `pdftotext`.

use crate::support;
use support::tool;

/// An article of our own: a city short of certified social workers (在……不足6人的情况下 is a
/// condition, no figure, since precision14), a county's investment and a
/// traditional-script sentence with 餘.
const ARTICLE: &str = "台州市委社会工作部成立半年 志愿服务站点建设提速
2025-01-20 来源：台州日报

浙江省台州市委社会工作部成立半年来，全市持证社工仍不足600人，推动全市新建社区志愿服务站点120个。

今年以来，全市投入750余万元建设社区志愿服务阵地，全市注册志愿者达到3.2万人。

社工們分頭走訪社區，開了10餘場懇談會，收集群眾意見200條。
";

#[test]
fn figures_read_with_their_sources_words() {
    let (dir, md) = support::briefing_of("figures", &[("article.txt", ARTICLE)]);
    let figures: Vec<&str> = md
        .lines()
        .filter(|l| l.starts_with('|'))
        .filter_map(|l| l.split('|').nth(3))
        .collect();
    for wrong in ["近600", "超750", "超10场"] {
        assert!(
            !figures.iter().any(|f| f.contains(wrong)),
            "{wrong} in the 附表: {figures:?}"
        );
    }
    for right in ["不足600人", "750余万元", "10余场"] {
        assert!(
            figures.iter().any(|f| f.contains(right)),
            "{right} not in the 附表: {figures:?}"
        );
    }
    if tool("pdftotext") {
        let text = support::pdf_text_unspaced(&dir.join("out/briefing-20261130.pdf"));
        assert!(text.contains("不足600"), "the PDF prints 不足");
        assert!(!text.contains("近600人"), "the PDF prints 近600人");
    }
}
