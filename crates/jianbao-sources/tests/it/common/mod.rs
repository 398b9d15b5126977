//! One article written for these tests, and the same article as a saved web page (with the page
//! furniture around it), a DOCX and a PDF made by jianbao's own renderers.

#![allow(dead_code)]

use chrono::NaiveDate;

pub const TITLE: &str = "杭州持续壮大社会工作人才队伍";
pub const DATE: &str = "2024-07-05";

/// The article's paragraphs (written for these tests; figures are invented).
pub const PARAGRAPHS: &[&str] = &[
    "截至今年6月底，杭州市持证社会工作者达到3.2万人，较去年同期增长18%。全市已建成乡镇（街道）社会工作站196个，实现乡镇（街道）全覆盖。",
    "在新就业群体服务方面，杭州累计建成“小哥驿站”1200余个，吸纳快递员、外卖送餐员等新就业群体加入志愿服务队伍8600余人。市委社会工作部联合行业主管部门，推动新就业群体集中的快递企业、外卖平台建立党组织，目前已有87家企业建立党组织。",
    "全市登记注册社会组织1.6万家，其中社区社会组织9800余家。今年以来，各区、县（市）共开展志愿服务活动4.5万场次，参与志愿者超过62万人次，累计服务时长达到310万小时。",
    "萧山区在全区推行“红色物业”，已有312个住宅小区成立党组织，住宅小区党组织覆盖率达到87.5%。余杭区组建社区工作者队伍5200人，其中持证社会工作者占比超过六成。",
    "下一步，杭州将继续深化社会工作体系建设，力争到2025年底全市每万人拥有持证社会工作者达到25人，进一步夯实基层治理基础。",
];

/// The article as plain text: title, then one paragraph a line.
pub fn text() -> String {
    let mut text = format!("{TITLE}\n");
    for p in PARAGRAPHS {
        text.push_str(p);
        text.push('\n');
    }
    text
}

/// The article as Markdown, for jianbao's renderers.
pub fn markdown() -> String {
    let mut md = format!("# {TITLE}\n\n");
    for p in PARAGRAPHS {
        md.push_str(p);
        md.push_str("\n\n");
    }
    md
}

/// Figures that only the page furniture states: none may appear in a fact.
pub const FURNITURE_FIGURES: &[&str] = &[
    "99999", "3000名", "10万人", "500元", "0571", "400-", "12345678",
];

/// The article as a saved news page: navigation, an ad, a related-links list, a byline, a share
/// bar, a phone number and a copyright line around it, and a script.
pub fn html_page(body_paragraphs: &[&str]) -> String {
    let paragraphs: String = body_paragraphs
        .iter()
        .map(|p| format!("<p style=\"text-indent:2em\">\u{3000}\u{3000}{p}</p>\n"))
        .collect();
    format!(
        r##"<!DOCTYPE html>
<html lang="zh-CN"><head>
<meta charset="utf-8">
<title>{TITLE}_杭州日报</title>
<meta name="publishdate" content="{DATE}">
<meta name="source" content="杭州日报">
<meta name="keywords" content="社会工作,志愿服务">
<script>var _hmt = _hmt || []; document.write("社会组织共有99999家");</script>
<style>.nav {{ color: red }}</style>
</head><body>
<div class="top-bar"><a href="/">首页</a> | <a href="/login">登录</a> | <a href="/reg">注册</a></div>
<div id="nav" class="nav"><ul>
<li><a href="/news">新闻</a></li><li><a href="/gov">政务</a></li><li><a href="/live">民生</a></li>
<li><a href="/vol">志愿服务</a></li><li><a href="/sw">社会工作</a></li></ul></div>
<div class="ad banner">招生广告：社工证考前培训班报名立减500元，已有3000名学员通过考试！咨询热线400-800-1234</div>
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/news">新闻</a> &gt; 正文</div>
<div class="main-wrap">
<div class="article">
<h1>{TITLE}</h1>
<div class="info">来源：杭州日报 发布时间：{DATE} 09:30 作者：王明 【字号 大 中 小】</div>
<div class="article-content" id="zoom">
{paragraphs}</div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>
<div class="editor">责任编辑：李华</div>
</div>
<div class="sidebar related">
<h3>相关新闻</h3>
<ul>
<li><a href="/a1">全省新增注册志愿者10万人</a></li>
<li><a href="/a2">社区工作者职业体系建设推进会召开</a></li>
<li><a href="/a3">我市又有20个社区获评省级示范</a></li>
</ul></div>
</div>
<div class="footer">
<p>版权所有 © 2024 杭州日报社 未经授权禁止转载</p>
<p>联系电话：0571-85100000 地址：杭州市体育场路218号</p>
<p>浙ICP备12345678号 浙公网安备33010302000001号</p>
</div>
<script src="/js/stat.js"></script>
</body></html>
"##
    )
}

fn date() -> chrono::NaiveDateTime {
    NaiveDate::parse_from_str(DATE, "%Y-%m-%d")
        .unwrap()
        .and_hms_opt(8, 0, 0)
        .unwrap()
}

/// The article rendered by jianbao's PDF renderer (Identity-H CID fonts with ToUnicode maps).
pub fn pdf(markdown: &str) -> Vec<u8> {
    let doc = jianbao_doc::parse_markdown(markdown, "fixture").unwrap();
    let opts = jianbao_pdf::PdfOptions {
        creation_date: date(),
        allow_missing_glyphs: false,
        header_text: None,
    };
    jianbao_pdf::render_pdf(
        &doc,
        &jianbao_doc::StyleSheet::default_sheet(),
        &jianbao_fonts::FontSet::embedded(),
        &opts,
    )
    .unwrap()
    .bytes
}

/// The article rendered by jianbao's DOCX renderer.
pub fn docx(markdown: &str) -> Vec<u8> {
    let doc = jianbao_doc::parse_markdown(markdown, "fixture").unwrap();
    let opts = jianbao_docx::DocxOptions {
        created: date(),
        allow_missing_glyphs: false,
        header_text: None,
    };
    jianbao_docx::render_docx(
        &doc,
        &jianbao_doc::StyleSheet::default_sheet(),
        &jianbao_fonts::FontSet::embedded(),
        &opts,
    )
    .unwrap()
    .bytes
}

/// A fresh, empty directory under the target directory.
pub fn scratch_dir(name: &str) -> std::path::PathBuf {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}
