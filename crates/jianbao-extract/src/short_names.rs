//! Short forms of official place names (浙江 for 浙江省, 宁波 for 宁波市, 上城 for 上城区): one
//! definition for the gazetteer built at compile time (build.rs) and the one searched at run
//! time, which both include this file.

/// The suffixes a province's name drops in its short form, longest first.
pub(crate) const PROVINCE_SUFFIXES: &[&str] = &[
    "维吾尔自治区",
    "壮族自治区",
    "回族自治区",
    "特别行政区",
    "自治区",
    "省",
    "市",
];
/// The suffixes a prefecture-level city's name drops.
pub(crate) const CITY_SUFFIXES: &[&str] = &["市", "地区", "盟"];
/// The suffixes a county-level place's name drops.
pub(crate) const DISTRICT_SUFFIXES: &[&str] = &["市", "县", "区"];

/// `name` without the first of `suffixes` it ends with, when at least two characters are left.
pub(crate) fn without_suffix<'a>(name: &'a str, suffixes: &[&str]) -> Option<&'a str> {
    let short = suffixes.iter().find_map(|s| name.strip_suffix(s))?;
    (short.chars().count() >= 2).then_some(short)
}
