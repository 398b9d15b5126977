//! One criterion benchmark per pipeline stage, on the default four-province briefing of the
//! bundled seeds: ingest and extraction, comparison and templating, Markdown → model, font
//! loading, layout, subsetting, PDF, DOCX, HTML and Typst writing.
//!
//! Short warm-up and measurement times keep a full run near a minute on two cores:
//! `cargo bench -p jianbao-bench` (a filter narrows it: `cargo bench -p jianbao-bench -- pdf`).

use chrono::NaiveDate;
use criterion::{criterion_group, criterion_main, Criterion};
use jianbao::{BriefingSpec, FactsInput, Format, Pipeline};
use jianbao_bench::BENCH_REGIONS;
use jianbao_fonts::{FaceId, FontSet};
use jianbao_report::TemplateChoice;
use std::hint::black_box;
use std::time::Duration;

fn spec() -> BriefingSpec {
    BriefingSpec {
        template: TemplateChoice::parse("briefing"),
        regions: BENCH_REGIONS.map(str::to_owned).to_vec(),
        date: NaiveDate::from_ymd_opt(2026, 11, 22).expect("a valid date"),
        allow_missing_glyphs: false,
        masthead: jianbao_report::Masthead::default(),
        missing_text: None,
    }
}

fn stages(c: &mut Criterion) {
    let pipeline = Pipeline::new(None, None).expect("the built-in pipeline loads");
    let evidence = jianbao::gather_evidence(&FactsInput::Sources(None), &pipeline.catalog)
        .expect("the seeds extract");
    let spec = spec();
    let briefing = pipeline
        .briefing(&evidence, &spec)
        .expect("the default briefing builds");
    let pdf_options = Pipeline::pdf_options(&spec);
    let docx_options = Pipeline::docx_options(&spec);

    c.bench_function("extract/ingest_seeds", |b| {
        b.iter(jianbao_extract::Sources::embedded)
    });
    c.bench_function("extract/extract_facts", |b| {
        b.iter(|| jianbao_extract::extract(black_box(&evidence.sources), &pipeline.catalog))
    });
    c.bench_function("report/compare_context", |b| {
        b.iter(|| {
            pipeline
                .context(black_box(&evidence), &spec)
                .expect("context")
        })
    });
    let context = pipeline.context(&evidence, &spec).expect("context");
    c.bench_function("report/template_render", |b| {
        b.iter(|| {
            pipeline
                .templates
                .render(&spec.template, black_box(&context))
                .expect("render")
        })
    });
    c.bench_function("doc/parse_markdown", |b| {
        b.iter(|| {
            jianbao_doc::parse_markdown(black_box(&briefing.markdown), "briefing").expect("parse")
        })
    });
    c.bench_function("fonts/load_and_parse_4_faces", |b| {
        b.iter(|| {
            let fonts = FontSet::embedded();
            for id in FaceId::ALL {
                black_box(fonts.face(id).expect("bundled face parses"));
            }
            fonts
        })
    });
    let layout = jianbao_pdf::layout::layout_document(
        &briefing.document,
        &pipeline.style,
        &pipeline.fonts,
        &pdf_options,
    )
    .expect("layout");
    c.bench_function("pdf/layout", |b| {
        b.iter(|| {
            jianbao_pdf::layout::layout_document(
                black_box(&briefing.document),
                &pipeline.style,
                &pipeline.fonts,
                &pdf_options,
            )
            .expect("layout")
        })
    });
    c.bench_function("fonts/subset_used_chars", |b| {
        b.iter(|| {
            pipeline
                .fonts
                .subset_all(black_box(&layout.usage))
                .expect("subset")
        })
    });
    c.bench_function("pdf/render_total", |b| {
        b.iter(|| {
            jianbao_pdf::render_pdf(
                black_box(&briefing.document),
                &pipeline.style,
                &pipeline.fonts,
                &pdf_options,
            )
            .expect("pdf")
        })
    });
    c.bench_function("docx/render_total", |b| {
        b.iter(|| {
            jianbao_docx::render_docx(
                black_box(&briefing.document),
                &pipeline.style,
                &pipeline.fonts,
                &docx_options,
            )
            .expect("docx")
        })
    });
    c.bench_function("html/render", |b| {
        b.iter(|| jianbao_html::render_html(black_box(&briefing.document), &pipeline.style))
    });
    c.bench_function("typst/render_source", |b| {
        b.iter(|| jianbao_typst::render_typst(black_box(&briefing.document), &pipeline.style))
    });
    c.bench_function("pipeline/briefing_to_pdf_and_docx", |b| {
        b.iter(|| {
            let briefing = pipeline.briefing(&evidence, &spec).expect("briefing");
            let pdf = pipeline.render(&briefing, Format::Pdf, &spec).expect("pdf");
            let docx = pipeline
                .render(&briefing, Format::Docx, &spec)
                .expect("docx");
            (pdf, docx)
        })
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
        .sample_size(20);
    targets = stages
}
criterion_main!(benches);
