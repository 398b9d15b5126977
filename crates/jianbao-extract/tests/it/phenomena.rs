//! One short article per phenomenon of real Chinese official and news texts (tests/fixtures/,
//! written for these tests), each extracted as a new user would: one file, no manifest.

use jianbao_extract::{default_catalog, extract, Sources};
use jianbao_facts::{Fact, Level, Qualifier, Theme};

use crate::support::article;

use article::{facts_of, find};

fn fixture(name: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Every fact's quote is the exact original text at its span.
fn quotes_are_exact(text: &str, facts: &[Fact]) {
    for f in facts {
        let at: String = text
            .chars()
            .skip(f.span[0])
            .take(f.span[1] - f.span[0])
            .collect();
        assert_eq!(at, f.quote, "{f:#?}");
    }
}

#[test]
fn traditional_characters_are_read_and_quoted_in_their_own_script() {
    let text = fixture("traditional.txt");
    let facts = facts_of("traditional.txt", &text);
    quotes_are_exact(&text, &facts);
    let teams = find(&facts, 1260.0, "支");
    assert_eq!(teams.metric.as_deref(), Some("volunteers.service_teams"));
    assert_eq!(teams.province, "台湾");
    let volunteers = find(&facts, 86_000.0, "人");
    assert_eq!(volunteers.metric.as_deref(), Some("volunteers.registered"));
    assert_eq!(volunteers.qualifier, Qualifier::Over);
    assert!(
        volunteers.quote.contains("註冊誌願者"),
        "{}",
        volunteers.quote
    );
    let hours = find(&facts, 1_200_000.0, "小时");
    assert_eq!(hours.metric.as_deref(), Some("volunteers.service_hours"));
    // 截至去年底 in a page dated 2024-05
    assert_eq!(volunteers.as_of.as_deref(), Some("2023"));
}

#[test]
fn big5_files_are_detected_not_read_as_gb18030() {
    let text = fixture("big5.txt");
    let (bytes, _, unmappable) = encoding_rs::BIG5.encode(&text);
    assert!(!unmappable);
    let dir = std::env::temp_dir().join(format!("jianbao-big5-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    std::fs::write(dir.join("big5.txt"), &bytes).expect("write fixture");
    let sources = Sources::from_dir(&dir);
    std::fs::remove_dir_all(&dir).ok();
    let sources = sources.expect("a Big5 file reads");
    let doc = &sources.documents()[0];
    assert_eq!(doc.encoding.as_str(), "Big5");
    assert_eq!(doc.text, text);
    let facts = extract(&sources, &default_catalog()).facts;
    let workers = find(&facts, 26_000.0, "人");
    assert_eq!(workers.province, "香港");
    assert_eq!(workers.theme, Theme::SocialWorkers);
    find(&facts, 170.0, "家");
}

#[test]
fn units_and_measure_words_of_the_domain() {
    let text = fixture("units.txt");
    let facts = facts_of("units.txt", &text);
    quotes_are_exact(&text, &facts);
    let hours = find(&facts, 80_000.0, "小时");
    assert_eq!(hours.metric.as_deref(), Some("volunteers.service_hours"));
    find(&facts, 12_000.0, "场次");
    let reached = find(&facts, 10_000.0, "名");
    assert_eq!(reached.qualifier, Qualifier::Over);
    let cases = find(&facts, 3260.0, "件次");
    assert_eq!(cases.theme, Theme::PetitionsAndProposals);
    let backlog = find(&facts, 56.0, "起");
    assert_eq!(
        backlog.metric.as_deref(),
        Some("petitions.backlog_resolved")
    );
    let requests = find(&facts, 10_000.0, "件");
    assert_eq!(requests.qualifier, Qualifier::Over);
    // a number before a quoted term counts the term
    let stations = find(&facts, 300.0, "个");
    assert_eq!(stations.label, "红色驿站");
    assert_eq!(
        stations.metric.as_deref(),
        Some("new_employment.service_stations")
    );
    find(&facts, 42.0, "处");
    find(&facts, 120.0, "座");
    // 2025-01 page, 去年
    assert_eq!(hours.as_of.as_deref(), Some("2024"));
}

#[test]
fn labels_are_the_counted_noun_phrase() {
    let text = fixture("labels.txt");
    let facts = facts_of("labels.txt", &text);
    for f in &facts {
        assert!(
            jianbao_extract::labels::is_usable(&f.label),
            "label {:?} of {f:#?}",
            f.label
        );
    }
    // the text's own wording stays; the catalog only says which comparable metric it is
    let stations = find(&facts, 186.0, "个");
    assert_eq!(stations.label, "户外劳动者服务站");
    assert_eq!(
        stations.metric.as_deref(),
        Some("new_employment.service_stations")
    );
    assert_eq!(find(&facts, 35.0, "支").label, "新就业群体志愿服务队伍");
    // 开展 takes the activity counted as its object: the label is the activity, not the verb
    assert_eq!(find(&facts, 260.0, "场").label, "关爱活动");
}

#[test]
fn places_are_the_longest_and_best_supported_names() {
    let text = fixture("places.txt");
    let facts = facts_of("places.txt", &text);
    // 马鞍山 (安徽) is not 鞍山, and 和平发展 names no 和平区
    let certified = find(&facts, 3100.0, "人");
    assert_eq!(
        (certified.province.as_str(), certified.place.as_str()),
        ("辽宁", "鞍山市")
    );
    assert_eq!(
        certified.metric.as_deref(),
        Some("social_workers.certified")
    );
    let stations = find(&facts, 24.0, "个");
    assert_eq!(
        (stations.place.as_str(), stations.level),
        ("鞍山市铁东区", Level::District)
    );
    assert_eq!(stations.metric.as_deref(), Some("social_workers.stations"));
}

#[test]
fn districts_of_one_city_imply_the_city_and_province() {
    let text = fixture("districts.txt");
    let facts = facts_of("districts.txt", &text);
    for (value, place) in [
        (46.0, "广州市越秀区"),
        (38.0, "广州市海珠区"),
        (57.0, "广州市天河区"),
    ] {
        let f = facts
            .iter()
            .find(|f| f.value == value)
            .unwrap_or_else(|| panic!("{value}: {facts:#?}"));
        assert_eq!((f.province.as_str(), f.place.as_str()), ("广东", place));
        assert_eq!(f.level, Level::District);
    }
}

#[test]
fn captions_never_set_the_place_of_province_figures() {
    let text = fixture("caption.txt");
    let facts = facts_of("caption.txt", &text);
    for f in &facts {
        assert!(!f.quote.contains("图为"), "{f:#?}");
    }
    let coverage = find(&facts, 86.0, "%");
    assert_eq!(coverage.level, Level::Province);
    let new_orgs = find(&facts, 420.0, "个");
    assert_eq!(new_orgs.level, Level::Province);
    assert_eq!(new_orgs.metric.as_deref(), Some("party.orgs_established"));
    assert_eq!(new_orgs.as_of.as_deref(), Some("2024"));
}

#[test]
fn community_figures_stay_at_their_level() {
    let text = fixture("community.txt");
    let facts = facts_of("community.txt", &text);
    let teams = find(&facts, 12.0, "支");
    assert_eq!(
        (teams.place.as_str(), teams.level),
        ("太原市迎泽区柳巷街道察院后社区", Level::Street)
    );
    assert_eq!(teams.province, "山西");
}

#[test]
fn a_review_reports_its_year_and_biographies_date_nothing() {
    let text = fixture("review.txt");
    let facts = facts_of("review.txt", &text);
    // 2024年工作综述 published in 2025: its figures are 2024's
    let organisations = find(&facts, 31_000.0, "家");
    assert_eq!(organisations.as_of.as_deref(), Some("2024"));
    assert_eq!(
        organisations.metric.as_deref(),
        Some("social_organizations.total")
    );
    let volunteers = find(&facts, 9_800_000.0, "人");
    assert_eq!(volunteers.as_of.as_deref(), Some("2024"));
    let proposals = find(&facts, 23_000.0, "条");
    assert_eq!(proposals.as_of.as_deref(), Some("2024"));
    assert_eq!(
        proposals.metric.as_deref(),
        Some("petitions.proposals_collected")
    );
}
