//! Charts in the DOCX: native Word charts (DrawingML `c:chartSpace`, a clustered column chart)
//! with their data in an embedded workbook, so that Word's "Edit Data" opens the figures and
//! LibreOffice draws the chart itself.
//!
//! The body writer leaves a placeholder run where each chart goes ([`placeholder`]); the package
//! writer replaces it with the inline drawing and adds the chart part, its relationships and
//! the workbook. The chart uses the same title, bar colours, fonts, labels and axis step as the
//! shared chart layout the PDF and HTML draw. Local figures are a second series ("地方口径…")
//! drawn in the local style on the same category slots, so the legend names them.

use jianbao_doc::{category_lines, local_fill, provincial_fill, Axis, Chart, StyleSheet};
use rust_xlsxwriter::{DocProperties, ExcelDateTime, Workbook};

use crate::styles::FamilyNames;
use crate::units::xml_escape;
use crate::DocxError;

/// Text standing in for chart `n` (1-based) in the body until the package writer replaces its
/// run. U+FDD0 is a Unicode noncharacter, which no source text or template writes.
pub(crate) fn placeholder(n: usize) -> String {
    format!("\u{FDD0}jianbao-chart-{n}\u{FDD0}")
}

/// The chart parts of a package.
pub(crate) struct ChartParts {
    /// Zip entries: chart parts, their relationships, the workbooks.
    pub entries: Vec<(String, Vec<u8>)>,
    /// Content-type overrides (part name, content type).
    pub overrides: Vec<(String, &'static str)>,
}

const CHART_CT: &str = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
/// Content type of the embedded workbooks (the `xlsx` extension).
pub(crate) const XLSX_CT: &str =
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const REL_CHART: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart";
const REL_PACKAGE: &str =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/package";
const EMU_PER_PT: f32 = 12700.0;

fn rel_id(n: usize) -> String {
    format!("rIdJbChart{n}")
}

fn failed(problem: impl ToString) -> DocxError {
    DocxError::Xml {
        part: "word/charts".into(),
        problem: problem.to_string(),
    }
}

/// Puts the charts into the package: replaces each placeholder run of `document` with the inline
/// chart, relates the chart parts in `document_rels`, and returns the parts to add.
pub(crate) fn place(
    document: &mut Vec<u8>,
    document_rels: &mut Vec<u8>,
    charts: &[Chart],
    sheet: &StyleSheet,
    names: &FamilyNames,
    created: chrono::NaiveDateTime,
) -> Result<ChartParts, DocxError> {
    let mut parts = ChartParts {
        entries: Vec::new(),
        overrides: Vec::new(),
    };
    if charts.is_empty() {
        return Ok(parts);
    }
    let mut text = String::from_utf8(std::mem::take(document)).map_err(failed)?;
    let mut rels = String::from_utf8(std::mem::take(document_rels)).map_err(failed)?;
    let width = sheet.page.text_width_mm() * jianbao_doc::PT_PER_MM;
    for (i, chart) in charts.iter().enumerate() {
        let n = i + 1;
        let marker = placeholder(n);
        let at = text
            .find(&marker)
            .ok_or_else(|| failed(format!("the place of chart {n} was lost")))?;
        let start = text[..at]
            .rfind("<w:r>")
            .into_iter()
            .chain(text[..at].rfind("<w:r "))
            .max()
            .ok_or_else(|| failed(format!("chart {n} is not in a run")))?;
        let end = text[at..]
            .find("</w:r>")
            .map(|e| at + e + "</w:r>".len())
            .ok_or_else(|| failed(format!("chart {n} is not in a run")))?;
        let height = jianbao_doc::ChartLayout::new(chart, sheet, width).height;
        text.replace_range(start..end, &drawing_run(n, chart, width, height));

        let entry = format!(
            r#"<Relationship Id="{}" Type="{REL_CHART}" Target="charts/chart{n}.xml"/>"#,
            rel_id(n)
        );
        let close = rels
            .rfind("</Relationships>")
            .ok_or_else(|| failed("document relationships have no end"))?;
        rels.insert_str(close, &entry);

        parts.entries.push((
            format!("word/charts/chart{n}.xml"),
            chart_xml(chart, sheet, names).into_bytes(),
        ));
        parts.entries.push((
            format!("word/charts/_rels/chart{n}.xml.rels"),
            format!(
                concat!(
                    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n",
                    r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#,
                    r#"<Relationship Id="rId1" Type="{}" Target="../embeddings/Microsoft_Excel_Worksheet{}.xlsx"/>"#,
                    "</Relationships>"
                ),
                REL_PACKAGE, n
            )
            .into_bytes(),
        ));
        parts.entries.push((
            format!("word/embeddings/Microsoft_Excel_Worksheet{n}.xlsx"),
            workbook(chart, created)?,
        ));
        parts
            .overrides
            .push((format!("word/charts/chart{n}.xml"), CHART_CT));
    }
    *document = text.into_bytes();
    *document_rels = rels.into_bytes();
    Ok(parts)
}

/// The run holding chart `n` inline, as wide as the text and as tall as the shared layout.
fn drawing_run(n: usize, chart: &Chart, width: f32, height: f32) -> String {
    format!(
        concat!(
            "<w:r><w:drawing>",
            r#"<wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" distT="0" distB="0" distL="0" distR="0">"#,
            r#"<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>"#,
            r#"<wp:docPr id="{id}" name="Chart {n}" descr="{descr}"/><wp:cNvGraphicFramePr/>"#,
            r#"<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">"#,
            r#"<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">"#,
            r#"<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="{rid}"/>"#,
            "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
        ),
        cx = (width * EMU_PER_PT).round() as i64,
        cy = (height * EMU_PER_PT).round() as i64,
        id = 1000 + n,
        n = n,
        descr = xml_escape(&chart.title),
        rid = rel_id(n),
    )
}

/// The category text under a bar: region, place of a local figure, date, on separate lines.
fn category_text(lines: &[String]) -> String {
    lines.join("\n")
}

/// Series of the chart: provincial figures, and local figures when there are any.
struct Series {
    name: &'static str,
    /// Workbook column (B = 1, C = 2).
    column: u16,
    local: bool,
}

fn series(chart: &Chart) -> Vec<Series> {
    let provincial = Series {
        name: jianbao_doc::PROVINCIAL_LEGEND,
        column: 1,
        local: false,
    };
    if chart.bars.iter().any(|b| b.is_local()) {
        let local = Series {
            name: jianbao_doc::LOCAL_LEGEND,
            column: 2,
            local: true,
        };
        if chart.bars.iter().any(|b| !b.is_local()) {
            vec![provincial, local]
        } else {
            vec![local]
        }
    } else {
        vec![provincial]
    }
}

fn column_letter(column: u16) -> char {
    char::from(b'A' + column as u8)
}

/// `<a:rPr>` with the size, weight, colour and the family in both Latin and East Asian slots.
fn run_props(size_pt: f32, bold: bool, color: &str, font: &str) -> String {
    format!(
        r#"<a:defRPr sz="{}" b="{}"><a:solidFill><a:srgbClr val="{color}"/></a:solidFill><a:latin typeface="{f}"/><a:ea typeface="{f}"/><a:cs typeface="{f}"/></a:defRPr>"#,
        (size_pt * 100.0).round() as i32,
        u8::from(bold),
        f = xml_escape(font),
    )
}

/// A `c:txPr` giving all text of an element these properties.
fn text_props(size_pt: f32, bold: bool, color: &str, font: &str) -> String {
    format!(
        "<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr>{}</a:pPr><a:endParaRPr lang=\"zh-CN\"/></a:p></c:txPr>",
        run_props(size_pt, bold, color, font)
    )
}

/// Rich text (titles, data labels) in one run.
fn rich(text: &str, size_pt: f32, bold: bool, color: &str, font: &str) -> String {
    let props = run_props(size_pt, bold, color, font);
    let run = props
        .replace("<a:defRPr ", "<a:rPr lang=\"zh-CN\" ")
        .replace("</a:defRPr>", "</a:rPr>");
    format!(
        "<c:rich><a:bodyPr rot=\"0\" vert=\"horz\"/><a:lstStyle/><a:p><a:pPr>{props}</a:pPr><a:r>{run}<a:t>{}</a:t></a:r></a:p></c:rich>",
        xml_escape(text)
    )
}

fn solid(color: &str) -> String {
    format!(r#"<a:solidFill><a:srgbClr val="{color}"/></a:solidFill>"#)
}

fn line(width_pt: f32, color: &str) -> String {
    format!(
        r#"<a:ln w="{}">{}</a:ln>"#,
        (width_pt * EMU_PER_PT).round() as i64,
        solid(color)
    )
}

/// The chart part.
fn chart_xml(chart: &Chart, sheet: &StyleSheet, names: &FamilyNames) -> String {
    let title_font = names.of(sheet.caption.family);
    let label_font = names.of(sheet.table_note.family);
    let label_size = sheet.table_note.size_pt;
    let text_color = sheet.table_cell.color.hex();
    let note_color = sheet.table_note.color.hex();
    let axis_color = sheet.table.border_color.hex();
    let provincial = provincial_fill(sheet).hex();
    let local = local_fill(sheet).hex();
    let rows = chart.bars.len() + 1;
    let axis = Axis::for_values(chart.bars.iter().map(|b| b.value));
    let percent = chart.unit == "%";

    let mut x = String::with_capacity(8192);
    x.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
    x.push_str(r#"<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">"#);
    x.push_str(r#"<c:date1904 val="0"/><c:lang val="zh-CN"/><c:roundedCorners val="0"/><c:chart>"#);
    x.push_str("<c:title><c:tx>");
    x.push_str(&rich(
        &chart.title,
        sheet.caption.size_pt,
        sheet.caption.bold,
        &sheet.caption.color.hex(),
        title_font,
    ));
    x.push_str(r#"</c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>"#);
    x.push_str(r#"<c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>"#);

    let categories = {
        let mut c = format!(
            "<c:cat><c:strRef><c:f>Sheet1!$A$2:$A${rows}</c:f><c:strCache><c:ptCount val=\"{}\"/>",
            chart.bars.len()
        );
        for (i, bar) in chart.bars.iter().enumerate() {
            c.push_str(&format!(
                "<c:pt idx=\"{i}\"><c:v>{}</c:v></c:pt>",
                xml_escape(&category_text(&category_lines(bar)))
            ));
        }
        c.push_str("</c:strCache></c:strRef></c:cat>");
        c
    };
    let all_series = series(chart);
    for (s_index, s) in all_series.iter().enumerate() {
        let col = column_letter(s.column);
        x.push_str(&format!(
            "<c:ser><c:idx val=\"{s_index}\"/><c:order val=\"{s_index}\"/><c:tx><c:strRef><c:f>Sheet1!${col}$1</c:f><c:strCache><c:ptCount val=\"1\"/><c:pt idx=\"0\"><c:v>{}</c:v></c:pt></c:strCache></c:strRef></c:tx>",
            xml_escape(s.name)
        ));
        if s.local {
            x.push_str(&format!(
                "<c:spPr>{}{}</c:spPr>",
                solid(&local),
                line(0.75, &provincial)
            ));
        } else {
            x.push_str(&format!("<c:spPr>{}</c:spPr>", solid(&provincial)));
        }
        x.push_str(r#"<c:invertIfNegative val="0"/><c:dLbls>"#);
        for (i, bar) in chart.bars.iter().enumerate() {
            if bar.is_local() != s.local {
                continue;
            }
            x.push_str(&format!("<c:dLbl><c:idx val=\"{i}\"/><c:tx>"));
            x.push_str(&rich(
                &bar.label,
                label_size,
                false,
                &text_color,
                label_font,
            ));
            x.push_str(r#"</c:tx><c:dLblPos val="outEnd"/><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbl>"#);
        }
        x.push_str(&text_props(label_size, false, &text_color, label_font));
        x.push_str(r#"<c:dLblPos val="outEnd"/><c:showLegendKey val="0"/><c:showVal val="0"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>"#);
        x.push_str(&categories);
        x.push_str(&format!(
            "<c:val><c:numRef><c:f>Sheet1!${col}$2:${col}${rows}</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val=\"{}\"/>",
            chart.bars.len()
        ));
        for (i, bar) in chart.bars.iter().enumerate() {
            if bar.is_local() == s.local {
                x.push_str(&format!(
                    "<c:pt idx=\"{i}\"><c:v>{}</c:v></c:pt>",
                    number(bar.value)
                ));
            }
        }
        x.push_str("</c:numCache></c:numRef></c:val></c:ser>");
    }
    // Series share the category slots: each bar is in exactly one series.
    x.push_str(r#"<c:gapWidth val="100"/><c:overlap val="100"/><c:axId val="500010"/><c:axId val="500020"/></c:barChart>"#);

    let axis_line = format!("<c:spPr>{}</c:spPr>", line(0.75, &axis_color));
    let small = text_props(label_size, false, &note_color, label_font);
    x.push_str(r#"<c:catAx><c:axId val="500010"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>"#);
    x.push_str(&axis_line);
    x.push_str(&text_props(label_size, false, &text_color, label_font));
    x.push_str(r#"<c:crossAx val="500020"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>"#);
    x.push_str(&format!(
        r#"<c:valAx><c:axId val="500020"/><c:scaling><c:orientation val="minMax"/><c:max val="{}"/><c:min val="0"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines><c:spPr>{}</c:spPr></c:majorGridlines>"#,
        number(axis.top),
        line(0.25, &axis_color)
    ));
    if !chart.unit.is_empty() && !percent {
        x.push_str("<c:title><c:tx>");
        x.push_str(&rich(
            &format!("单位：{}", chart.unit),
            label_size,
            false,
            &note_color,
            label_font,
        ));
        x.push_str(r#"</c:tx><c:overlay val="0"/></c:title>"#);
    }
    x.push_str(&format!(
        r#"<c:numFmt formatCode="{}" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>"#,
        if percent { "0&quot;%&quot;" } else { "#,##0" }
    ));
    x.push_str(&axis_line);
    x.push_str(&small);
    x.push_str(&format!(
        r#"<c:crossAx val="500010"/><c:crosses val="autoZero"/><c:crossBetween val="between"/><c:majorUnit val="{}"/></c:valAx>"#,
        number(axis.step)
    ));
    x.push_str("</c:plotArea>");
    if all_series.iter().any(|s| s.local) {
        x.push_str(r#"<c:legend><c:legendPos val="b"/><c:overlay val="0"/>"#);
        x.push_str(&small);
        x.push_str("</c:legend>");
    }
    x.push_str(r#"<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>"#);
    x.push_str(&format!(
        "<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>{}",
        text_props(label_size, false, &text_color, label_font)
    ));
    x.push_str(
        r#"<c:externalData r:id="rId1"><c:autoUpdate val="0"/></c:externalData></c:chartSpace>"#,
    );
    x
}

/// A number as the chart caches and the workbook hold it: the shortest text that reads back as
/// the same value.
fn number(value: f64) -> String {
    let text = format!("{value}");
    text.strip_suffix(".0").map(str::to_owned).unwrap_or(text)
}

/// Header of the workbook columns after the series: what each figure is and where it is cited.
const LABEL_COLUMN: &str = "数据（原文表述）";
const AS_OF_COLUMN: &str = "数据时间";
const FACT_COLUMN: &str = "事实编号";

/// The embedded workbook: categories in column A, provincial figures in B, local figures in C
/// (the chart's series), then each figure's wording, date and fact id, so the data behind the
/// chart can be checked and edited in Word or LibreOffice.
fn workbook(chart: &Chart, created: chrono::NaiveDateTime) -> Result<Vec<u8>, DocxError> {
    use chrono::{Datelike, Timelike};
    let xlsx = |e: rust_xlsxwriter::XlsxError| DocxError::Package(format!("chart workbook: {e}"));
    let mut book = Workbook::new();
    let when = ExcelDateTime::from_ymd(
        u16::try_from(created.year()).unwrap_or(1970),
        created.month() as u8,
        created.day() as u8,
    )
    .and_then(|d| {
        d.and_hms(
            created.hour() as u16,
            created.minute() as u8,
            created.second(),
        )
    })
    .map_err(xlsx)?;
    book.set_properties(&DocProperties::new().set_creation_datetime(&when));
    let ws = book.add_worksheet();
    ws.set_name("Sheet1").map_err(xlsx)?;
    ws.write_string(0, 1, jianbao_doc::PROVINCIAL_LEGEND)
        .map_err(xlsx)?;
    ws.write_string(0, 2, jianbao_doc::LOCAL_LEGEND)
        .map_err(xlsx)?;
    ws.write_string(0, 3, LABEL_COLUMN).map_err(xlsx)?;
    ws.write_string(0, 4, AS_OF_COLUMN).map_err(xlsx)?;
    ws.write_string(0, 5, FACT_COLUMN).map_err(xlsx)?;
    for (i, bar) in chart.bars.iter().enumerate() {
        let row = u32::try_from(i + 1).map_err(failed)?;
        ws.write_string(row, 0, category_text(&category_lines(bar)))
            .map_err(xlsx)?;
        let column = if bar.is_local() { 2 } else { 1 };
        ws.write_number(row, column, bar.value).map_err(xlsx)?;
        ws.write_string(row, 3, &bar.label).map_err(xlsx)?;
        if let Some(as_of) = &bar.as_of {
            ws.write_string(row, 4, as_of).map_err(xlsx)?;
        }
        ws.write_string(row, 5, &bar.fact).map_err(xlsx)?;
    }
    book.save_to_buffer().map_err(xlsx)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_back_as_the_same_value() {
        for v in [275000.0, 0.1, 79.0, 1.5e8, 3000.5] {
            assert_eq!(number(v).parse::<f64>().unwrap(), v);
        }
        assert_eq!(number(275000.0), "275000");
    }
}
