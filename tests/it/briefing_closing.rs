//! The closing parts of a briefing as an analyst sends them: 下一步工作 says once that no
//! source states next steps (not a list of every province); an at-least figure keeps its
//! source's word (不少于500场次, 20%以上: the bound is included, which 超 would deny); a counted
//! noun keeps its bracketed gloss (12个街道（乡镇）); an outlet's pinyin gloss (文明網(wǎng))
//! is not printed among the sources. Run through the `jianbao` binary on articles of our own
//! and read back from the PDF with `pdftotext`.

use crate::support;
use support::tool;

/// Two provinces' articles of our own, neither stating a next step.
const NANCHANG: &str = "南昌市社会工作服务站试点扩面 志愿服务参与率稳步提升
2025-03-18 来源：江西文明網(wǎng)

江西省南昌市委社会工作部在东湖区百花洲街道等12个街道（乡镇）开展社会工作服务站试点，全市已建成社区志愿服务站点340个。

今年以来，全市累计开展志愿服务培训不少于500场次，全市志愿服务参与率达到20%以上。
";

const JINAN: &str = "济南市新就业群体服务驿站覆盖各区县
2025-04-02 来源：济南日报

山东省济南市委社会工作部推动建成新就业群体服务驿站260个，全市注册志愿者达到85万人，今年以来组织新就业群体开展志愿服务活动1200余场。
";

fn section<'m>(markdown: &'m str, heading: &str) -> &'m str {
    markdown
        .split(heading)
        .nth(1)
        .and_then(|rest| rest.split("\n# ").next())
        .unwrap_or_else(|| panic!("no section {heading}"))
}

#[test]
fn closing_sections_read_as_an_analyst_sends_them() {
    let (dir, md) = support::briefing_of(
        "closing",
        &[("nanchang.txt", NANCHANG), ("jinan.txt", JINAN)],
    );

    let plans = section(&md, "# 五、下一步工作");
    let said: Vec<&str> = plans
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with("<!--"))
        .collect();
    assert_eq!(
        said,
        ["各地所依据的报道都没有提到本地下一步工作安排。"],
        "下一步工作: {plans}"
    );

    let appendix = section(&md, "# 附表");
    for right in ["不少于500场次", "20%以上", "12个街道（乡镇）"] {
        assert!(
            appendix.contains(right),
            "{right} not in the 附表: {appendix}"
        );
    }
    for wrong in ["超500场次", "超20%"] {
        assert!(!appendix.contains(wrong), "{wrong} in the 附表: {appendix}");
    }

    let sources = section(&md, "# 资料来源");
    assert!(sources.contains("江西文明網，"), "{sources}");
    assert!(
        !sources.contains("wǎng"),
        "a pinyin gloss in the sources: {sources}"
    );

    if tool("pdftotext") {
        let text = support::pdf_text_unspaced(&dir.join("out/briefing-20261130.pdf"));
        assert!(
            text.contains("各地所依据的报道都没有提到本地下一步工作安排"),
            "{text}"
        );
        assert!(text.contains("不少于500场次"), "the PDF prints 不少于");
        assert!(!text.contains("wǎng"), "the PDF prints the outlet's gloss");
    }
    let _ = std::fs::remove_dir_all(&dir);
}
