//! Turns the gazetteer (data/divisions.tsv, data/places-extra.tsv, data/place-words.txt,
//! data/ethnic-groups.txt),
//! OpenCC's character tables (data/opencc), the metric catalog (data/metrics.toml), the words that
//! mark a figure as a part of a metric's stock (data/metric-subsets.toml) and the
//! points pass's cue automaton and word lists (data/points.toml) and the word lists of
//! data/labels.toml, data/road-names.toml, data/not-counts.toml, data/page-furniture.toml,
//! data/counted-themes.toml, data/local-places.toml, data/neighbouring-themes.toml,
//! data/framed-themes.toml, data/image-markup.toml, data/not-facts-counts.toml,
//! data/not-facts-norms.toml,
//! data/targets.toml, data/units.toml, data/not-facts.toml and data/themes.toml into Rust
//! statics in OUT_DIR, so that no process parses them at start (a third of the start-up work of
//! `jianbao extract`). The data files stay the source of truth; a malformed line fails the build
//! naming its file and line.

#[path = "build/catalog.rs"]
mod catalog;
#[path = "src/catalog_parts.rs"]
mod catalog_parts;
#[path = "build/cue_words.rs"]
mod cue_words;
#[path = "build/flat_lists.rs"]
mod flat_lists;
#[path = "build/gazetteer.rs"]
mod gazetteer;
#[path = "build/opencc.rs"]
mod opencc;
#[path = "src/short_names.rs"]
mod short_names;
#[path = "build/subset_words.rs"]
mod subset_words;

use std::path::{Path, PathBuf};

/// A data file of the workspace, read or the build stops naming it.
fn read(data: &Path, name: &str) -> String {
    let path = data.join(name);
    println!("cargo::rerun-if-changed={}", path.display());
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("data/{name}: cannot read {}: {e}", path.display()))
}

fn write(name: &str, code: &str) {
    write_bytes(name, code.as_bytes());
}

/// Writes `OUT_DIR/name` by renaming a fresh file over it, never by truncating it in place: a
/// target directory copied with hard links (one per worktree) shares its files' inodes, and an
/// in-place write would change the generated tables of every copy; a reader also never sees a
/// half-written table.
fn write_bytes(name: &str, bytes: &[u8]) {
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let path = out.join(name);
    let fresh = out.join(format!("{name}.{}.new", std::process::id()));
    let written = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&fresh)
        .and_then(|mut f| std::io::Write::write_all(&mut f, bytes))
        .and_then(|()| std::fs::rename(&fresh, &path));
    written.unwrap_or_else(|e| panic!("{}: {e}", path.display()));
}

/// The serialised automaton `bytes`, once daachorse's checked reader has accepted them and they
/// serialise back to themselves. The crate reads its embedded automata with
/// `deserialize_unchecked`, skipping a validation of every state at each start (1.2 M of the
/// seeds' 99 M instructions), which is sound only for bytes `serialize` produced from a valid
/// automaton: that is checked here, at build time, with the same daachorse the crate links (one
/// version in Cargo.lock).
pub(crate) fn verified_automaton(bytes: Vec<u8>, file: &str) -> Result<Vec<u8>, String> {
    match daachorse::CharwiseDoubleArrayAhoCorasick::<u32>::deserialize(&bytes) {
        Ok((automaton, rest)) if rest.is_empty() && automaton.serialize() == bytes => Ok(bytes),
        Ok(_) => Err(format!(
            "{file}: the serialised automaton does not read back as itself"
        )),
        Err(e) => Err(format!(
            "{file}: the serialised automaton does not read back: {e}"
        )),
    }
}

fn main() {
    println!("cargo::rerun-if-changed=build");
    let manifest_dir = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let data = manifest_dir.join("../../data");
    let divisions = read(&data, "divisions.tsv");
    let extra = read(&data, "places-extra.tsv");
    let words = read(&data, "place-words.txt");
    let ethnic_groups = read(&data, "ethnic-groups.txt");
    match gazetteer::build(&divisions, &extra, &words, &ethnic_groups) {
        Ok(tables) => write("gazetteer.rs", &tables.to_rust()),
        Err(error) => panic!("{error}"),
    }
    let simplifier = opencc::Simplifier::new(
        &read(&data, "opencc/TWVariantsRev.txt"),
        &read(&data, "opencc/HKVariantsRev.txt"),
        &read(&data, "opencc/TSCharacters.txt"),
    );
    write("opencc.rs", &simplifier.to_rust());
    let metrics = read(&data, "metrics.toml");
    match jianbao_facts::Catalog::parse(&metrics, Path::new(catalog::METRICS_FILE)) {
        Ok(parsed) => {
            let parts = catalog::distinct_parts(&parsed);
            match catalog::automaton_bytes(&parts) {
                Ok(bytes) => write_bytes("catalog-parts.daac", &bytes),
                Err(error) => panic!("{error}"),
            }
            write("catalog.rs", &catalog::to_rust(&parsed));
            write(
                "catalog_compiled.rs",
                &catalog::compiled_to_rust(&parsed, &parts),
            );
        }
        Err(error) => panic!("{error}"),
    }
    match subset_words::parse(&read(&data, "metric-subsets.toml")) {
        Ok(words) => write("metric_subsets.rs", &subset_words::to_rust(&words)),
        Err(error) => panic!("{error}"),
    }
    let lists = [
        (
            "labels.toml",
            "label_lists.rs",
            "pub(super)",
            "LABEL_LISTS",
            "LabelLists",
        ),
        (
            "road-names.toml",
            "road_words.rs",
            "",
            "ROAD_WORDS",
            "RoadWords",
        ),
    ];
    for (file, out, visibility, name, type_name) in lists {
        let shape = flat_lists::Shape {
            file: &format!("data/{file}"),
            visibility,
            name,
            static_type: type_name,
            constructor: type_name,
            tables: &[],
            enums: &[],
            floats: &[],
            maps: &[],
            nested: &[],
        };
        match flat_lists::to_rust(&read(&data, file), &shape) {
            Ok(code) => write(out, &code),
            Err(error) => panic!("{error}"),
        }
    }
    // word lists read once at start, each as a struct generic over its lists and words: (file,
    // generated file, static, type, its generic arguments, tables, floats)
    const LISTS_AND_WORDS: &str = "<&'static [&'static str], &'static str>";
    type WordLists<'a> = (
        &'a str,
        &'a str,
        &'a str,
        &'a str,
        &'a str,
        &'a [(&'a str, &'a str)],
        &'a [&'a str],
    );
    let word_lists: [WordLists; 9] = [
        (
            "not-counts.toml",
            "not_count_cues.rs",
            "NOT_COUNT_CUES",
            "Cues",
            LISTS_AND_WORDS,
            &[
                ("staffing_norm", "StaffingNorm"),
                ("time_limit", "TimeLimit"),
                ("small_chinese_durations", "SmallChineseDurations"),
                ("span_of_an_action", "SpanOfAnAction"),
                ("ratio_within_a_group", "RatioWithinAGroup"),
                ("period_to_now", "PeriodToNow"),
                ("structure_levels", "StructureLevels"),
                ("one_each", "OneEach"),
                ("address", "Address"),
                ("code_digits", "CodeDigits"),
            ],
            &["below", "most"],
        ),
        (
            "page-furniture.toml",
            "furniture_words.rs",
            "FURNITURE_WORDS",
            "FurnitureWords",
            "<&'static [&'static str]>",
            &[],
            &[],
        ),
        (
            "counted-themes.toml",
            "counted_data.rs",
            "COUNTED_DATA",
            "CountedData",
            "<&'static [&'static str]>",
            &[],
            &[],
        ),
        (
            "neighbouring-themes.toml",
            "neighbour_data.rs",
            "NEIGHBOUR_DATA",
            "NeighbourData",
            "<&'static [&'static str]>",
            &[],
            &[],
        ),
        (
            "framed-themes.toml",
            "frame_data.rs",
            "FRAME_DATA",
            "FrameData",
            "<&'static [&'static str]>",
            &[],
            &[],
        ),
        (
            "local-places.toml",
            "local_words.rs",
            "LOCAL_WORDS",
            "LocalWords",
            LISTS_AND_WORDS,
            &[],
            &[],
        ),
        (
            "image-markup.toml",
            "markup_words.rs",
            "MARKUP_WORDS",
            "MarkupWords",
            "<&'static [&'static str]>",
            &[],
            &[],
        ),
        (
            "not-facts-counts.toml",
            "count_cues.rs",
            "COUNT_CUES",
            "CountCues",
            "<&'static [&'static str]>",
            &[
                ("restated", "Restated"),
                ("communities", "Communities"),
                ("media", "Media"),
                ("per_unit_money", "PerUnitMoney"),
                ("size_thresholds", "SizeThresholds"),
                ("named_places", "NamedPlaces"),
                ("vague_tens", "VagueTens"),
            ],
            &["max_value"],
        ),
        (
            "not-facts-norms.toml",
            "norm_cues.rs",
            "NORM_CUES",
            "NormCues",
            "<&'static [&'static str]>",
            &[
                ("norms", "Norms"),
                ("pay_standards", "PayStandards"),
                ("outside_remit", "OutsideRemit"),
                ("per_unit_rules", "PerUnitRules"),
            ],
            &[],
        ),
    ];
    for (file, out, name, type_name, generics, tables, floats) in word_lists {
        let shape = flat_lists::Shape {
            file: &format!("data/{file}"),
            visibility: "",
            name,
            static_type: &format!("{type_name}{generics}"),
            constructor: type_name,
            tables,
            enums: &[],
            floats,
            maps: &[],
            nested: &[],
        };
        match flat_lists::to_rust(&read(&data, file), &shape) {
            Ok(code) => write(out, &code),
            Err(error) => panic!("{error}"),
        }
    }
    let shape = flat_lists::Shape {
        file: "data/targets.toml",
        visibility: "",
        name: "TARGET_WORDS",
        static_type: "TargetWords<&'static [&'static str], &'static [(&'static str, i32)]>",
        constructor: "TargetWords",
        tables: &[("survey", "SurveyWords")],
        enums: &[],
        floats: &[],
        maps: &["periods"],
        nested: &[],
    };
    match flat_lists::to_rust(&read(&data, "targets.toml"), &shape) {
        Ok(code) => write("target_words.rs", &code),
        Err(error) => panic!("{error}"),
    }
    let shape = flat_lists::Shape {
        file: "data/units.toml",
        visibility: "pub(super)",
        name: "UNIT_LISTS",
        static_type: "StaticUnitFile",
        constructor: "UnitFile",
        tables: &[
            ("chinese_counts", "ChineseCounts"),
            ("tenths", "Tenths"),
            ("rota", "Rota"),
        ],
        enums: &[],
        floats: &[],
        maps: &["units", "whole_sets"],
        nested: &["families"],
    };
    match flat_lists::to_rust(&read(&data, "units.toml"), &shape) {
        Ok(code) => write("unit_lists.rs", &code),
        Err(error) => panic!("{error}"),
    }
    let shape = flat_lists::Shape {
        file: "data/not-facts.toml",
        visibility: "",
        name: "NOT_FACT_LISTS",
        static_type: "StaticCues",
        constructor: "Cues",
        tables: &[
            ("make_up", "MakeUp"),
            ("prices", "Prices"),
            ("thresholds", "Thresholds"),
            ("restating", "Restating"),
            ("land_area", "LandArea"),
            ("round_the_clock", "RoundTheClock"),
            ("fixed_terms", "FixedTerms"),
        ],
        enums: &[],
        floats: &["value"],
        maps: &[],
        nested: &[],
    };
    match flat_lists::to_rust(&read(&data, "not-facts.toml"), &shape) {
        Ok(code) => write("not_fact_lists.rs", &code),
        Err(error) => panic!("{error}"),
    }
    let shape = flat_lists::Shape {
        file: "data/themes.toml",
        visibility: "",
        name: "THEME_DATA",
        static_type: "ThemeData<&'static [&'static str], &'static [FamilyData<&'static [&'static str], &'static str>]>",
        constructor: "ThemeData",
        tables: &[("family", "FamilyData")],
        enums: &[],
        floats: &[],
        maps: &[],
        nested: &[],
    };
    match flat_lists::to_rust(&read(&data, "themes.toml"), &shape) {
        Ok(code) => write("theme_data.rs", &code),
        Err(error) => panic!("{error}"),
    }
    let points = read(&data, "points.toml");
    let shape = flat_lists::Shape {
        file: "data/points.toml",
        visibility: "",
        name: "POINT_LISTS",
        static_type: "Vocabulary<&'static [&'static str], &'static [PointKind]>",
        constructor: "Vocabulary",
        tables: &[
            ("measure", "MeasureCues"),
            ("result", "Cues"),
            ("first", "Cues"),
            ("milestone", "Cues"),
            ("brand", "BrandCues"),
            ("problem", "ProblemCues"),
            ("plan", "Cues"),
            ("generic", "Phrases"),
            ("furniture", "Phrases"),
            ("national", "NationalSubjects"),
        ],
        enums: &[("priority", "PointKind")],
        floats: &[],
        maps: &[],
        nested: &[],
    };
    match flat_lists::to_rust(&points, &shape) {
        Ok(code) => write("point_lists.rs", &code),
        Err(error) => panic!("{error}"),
    }
    let cues = cue_words::words(&points)
        .and_then(|words| Ok((cue_words::automaton_bytes(&words)?, words)));
    match cues {
        Ok((bytes, words)) => {
            write_bytes("cue-words.daac", &bytes);
            write("cue_words.rs", &cue_words::to_rust(&words));
        }
        Err(error) => panic!("{error}"),
    }
}
