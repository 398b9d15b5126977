//! A briefing of a source in traditional characters, as an analyst would send it: every
//! quoted text in the body has its simplified reading (points in their footnotes, the source's
//! words in the 总体情况 and the 附表 beside them), a figure the source states twice is
//! printed once, and a one-region briefing has neither an empty section nor a doubled full
//! stop. Run through the `jianbao` binary and read back from the PDF with `pdftotext`.

use std::path::Path;

use crate::support;
use support::{jianbao, scratch, tool};

/// An article of our own in traditional characters: a rate stated in the lead and again later
/// (目前……), a change in 个百分点, a practice and a plan.
const ARTICLE: &str = "台州志願者註冊率達25% 志願服務融入基層治理
2024-05-06 來源：浙江某某網

記者近日從台州市委社會工作部獲悉，志願服務已成為台州的一張城市名片，台州志願者註冊率達25%。

截至2023年底，台州市實名註冊志願者超過150萬人，比2022年增加12萬余人。全市註冊志願者占常住人口比例達25%，比2022年上升了3個百分點。全市共有志願服務組織4200餘個。

目前，台州志願者註冊率達25%，志願服務隊伍遍佈城鄉。台州市創新推出“志願時間銀行”，志願者可以用服務時長兌換社區服務，帶動更多居民參與基層治理。

下一步，台州市將繼續完善志願服務陣地建設，推動志願服務常態化、專業化發展。
";

/// The facts of [`ARTICLE`] with the rate of its lead stated a second time, at the later
/// 目前 sentence, as the extractor gives a headline's figure and its body's (the 附表 of a
/// dev briefing printed such a rate twice, once with a page's spam line in its quote).
fn facts_with_a_repeat(dir: &Path) -> String {
    let out = jianbao(
        dir,
        &["extract", "--sources", "sources", "--out", "facts.json"],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.join("facts.json")).unwrap()).unwrap();
    let facts = json["facts"].as_array_mut().unwrap();
    let lead = facts
        .iter()
        .find(|f| {
            f["quote"]
                .as_str()
                .unwrap()
                .ends_with("台州志願者註冊率達25%")
        })
        .expect("the lead's rate is extracted")
        .clone();
    let quote = "目前，台州志願者註冊率達25%";
    let byte = ARTICLE.find(quote).unwrap();
    let start = ARTICLE[..byte].chars().count();
    let mut repeat = lead.clone();
    let id = format!("{}-2", lead["id"].as_str().unwrap());
    repeat["id"] = id.clone().into();
    repeat["quote"] = quote.into();
    repeat["span"] = serde_json::json!([start, start + quote.chars().count()]);
    facts.push(repeat);
    std::fs::write(
        dir.join("facts.json"),
        serde_json::to_vec_pretty(&json).unwrap(),
    )
    .unwrap();
    id
}

#[test]
fn a_traditional_source_reads_in_simplified_and_a_repeat_prints_once() {
    let dir = scratch("readings");
    std::fs::write(dir.join("sources/taizhou.txt"), ARTICLE).unwrap();
    let repeat_id = facts_with_a_repeat(&dir);
    let out = jianbao(
        &dir,
        &[
            "build",
            "--facts",
            "facts.json",
            "--sources",
            "sources",
            "--format",
            "md,pdf",
            "--date",
            "2026-11-30",
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let md = std::fs::read_to_string(dir.join("out/briefing-20261130.md")).unwrap();
    let appendix = &md[md.find("# 附表").unwrap()..md.find("# 资料来源").unwrap()];

    // the rate the source states twice: one row, citing the later statement
    let rows: Vec<&str> = appendix
        .lines()
        .filter(|l| l.contains("注册志愿者占常住人口比例 | 25%") && l.contains("2024年5月"))
        .collect();
    assert_eq!(rows.len(), 1, "{appendix}");
    assert!(rows[0].contains(&format!("[^{repeat_id}]")), "{}", rows[0]);

    // the change, in the 附表, with its reading
    assert!(
        appendix.contains("「比2022年上升了3個百分點」（简体：比2022年上升了3个百分点）"),
        "{appendix}"
    );
    // the points' footnotes give their sentences in simplified characters
    for reading in [
        "简体：「台州市创新推出“志愿时间银行”",
        "简体：「下一步，台州市将继续完善志愿服务阵地建设",
    ] {
        assert!(md.contains(reading), "no {reading} in\n{md}");
    }
    // a one-region briefing: one full stop after its scope, no empty 主要做法 section
    assert!(!md.contains("。。"), "{md}");
    let practices = &md[md.find("# 二、").unwrap()..md.find("# 三、").unwrap()];
    assert!(
        practices.lines().skip(1).any(|l| !l.trim().is_empty()),
        "{practices}"
    );

    if tool("pdftotext") {
        let text = support::pdf_text_unspaced(&dir.join("out/briefing-20261130.pdf"));
        for reading in ["简体：比2022年上升了3个百分点", "简体：「台州市创新推出"]
        {
            assert!(text.contains(reading), "the PDF lacks {reading}");
        }
        assert!(!text.contains("。。"));
    }
    std::fs::remove_dir_all(&dir).unwrap();
}
