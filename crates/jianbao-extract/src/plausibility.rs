//! A count of people larger than the population of the place it is attributed to cannot be that
//! place's figure: it is a wider place's (a national total under a city a photo caption named)
//! or a misread number. Such a figure is dropped: a missing number is better than a wrong one
//! in a briefing. Ceilings in `data/population-ceilings.tsv`, with their sources. An
//! organisation's own figure is held to its province only (a platform's members may come from
//! every level of it).

use jianbao_facts::{Fact, Level};
use std::collections::HashMap;
use std::ops::Range;
use std::sync::OnceLock;

const CEILINGS: &str = include_str!("../../../data/population-ceilings.tsv");

/// No ceiling of the table is lower (a street's): counts at or below it are never looked up,
/// so the table is parsed only in a run that meets a count of millions.
const SMALLEST_CEILING: f64 = 2_000_000.0;

/// Units that count people, after unit normalisation (人次 counts visits and is never checked).
const PEOPLE_UNITS: &[&str] = &["人", "名", "位"];

/// The ceilings, parsed once and only when a count is large enough to need them.
struct Ceilings {
    by_level: HashMap<Level, f64>,
    by_province: HashMap<&'static str, f64>,
}

fn ceilings() -> &'static Ceilings {
    static CEILINGS_PARSED: OnceLock<Ceilings> = OnceLock::new();
    CEILINGS_PARSED.get_or_init(|| {
        let mut by_level = HashMap::new();
        let mut by_province = HashMap::new();
        for line in CEILINGS.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let mut fields = line.split('\t');
            let (Some(kind), Some(name), Some(people)) =
                (fields.next(), fields.next(), fields.next())
            else {
                continue;
            };
            let Ok(people) = people.trim().parse::<f64>() else {
                continue;
            };
            match kind {
                "level" => {
                    let level = match name {
                        "city" => Level::City,
                        "district" => Level::District,
                        "street" => Level::Street,
                        _ => continue,
                    };
                    by_level.insert(level, people);
                }
                "province" => {
                    by_province.insert(name, people);
                }
                _ => {}
            }
        }
        Ceilings {
            by_level,
            by_province,
        }
    })
}

/// Whether `fact` counts more people than its place can hold.
fn exceeds_its_place(fact: &Fact) -> bool {
    let people = fact.value_max.unwrap_or(fact.value).max(fact.value);
    exceeds(&fact.province, fact.level, people, &fact.unit)
}

/// Whether `people` counted in `unit` at a place of `level` in `province` exceed what it holds.
fn exceeds(province: &str, level: Level, people: f64, unit: &str) -> bool {
    if !PEOPLE_UNITS.contains(&unit) || province == "全国" {
        return false;
    }
    if people <= SMALLEST_CEILING {
        return false;
    }
    let table = ceilings();
    let level_ceiling = table.by_level.get(&level).copied();
    let province_ceiling = table.by_province.get(province).copied();
    let ceiling = match (level_ceiling, province_ceiling) {
        (Some(l), Some(p)) => l.min(p),
        (Some(c), None) | (None, Some(c)) => c,
        (None, None) => return false,
    };
    people > ceiling
}

/// Drops the facts (with their sentences' ranges) that count more people than their place can
/// hold.
pub(crate) fn drop_implausible(facts: &mut Vec<(Fact, Range<usize>)>) {
    facts.retain(|(fact, _)| !exceeds_its_place(fact));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_reads_every_province_and_level() {
        let table = ceilings();
        assert_eq!(table.by_province.len(), 31);
        assert_eq!(table.by_level.len(), 3);
        let lowest = table
            .by_level
            .values()
            .chain(table.by_province.values())
            .copied()
            .fold(f64::INFINITY, f64::min);
        assert!(lowest >= SMALLEST_CEILING, "{lowest}");
    }

    #[test]
    fn counts_of_people_beyond_their_place_are_implausible() {
        // a national total under a city
        assert!(exceeds("福建", Level::City, 67_200_000.0, "人"));
        // more than the province's residents
        assert!(exceeds("福建", Level::Province, 67_200_000.0, "名"));
        // a street of three million
        assert!(exceeds("广东", Level::Street, 3_000_000.0, "人"));
    }

    #[test]
    fn plausible_counts_visits_and_national_figures_stay() {
        assert!(!exceeds("广东", Level::Province, 18_000_000.0, "人"));
        assert!(!exceeds("福建", Level::City, 67_200_000.0, "人次"));
        assert!(!exceeds("全国", Level::Province, 67_200_000.0, "人"));
        assert!(!exceeds("浙江", Level::Org, 30_000_000.0, "人"));
        assert!(exceeds("浙江", Level::Org, 230_000_000.0, "人"));
        assert!(!exceeds("上海", Level::District, 2_500_000.0, "人"));
    }
}
