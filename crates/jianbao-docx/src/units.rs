//! Unit conversions and XML text escaping shared by the part writers.

use jianbao_doc::PT_PER_MM;

/// Points to twentieths of a point (twips), WordprocessingML's length unit.
pub(crate) fn twips(pt: f32) -> i32 {
    (pt * 20.0).round() as i32
}

/// Millimetres to twips.
pub(crate) fn mm_twips(mm: f32) -> i32 {
    twips(mm * PT_PER_MM)
}

/// Points to half-points (`w:sz`).
pub(crate) fn half_points(pt: f32) -> usize {
    (pt * 2.0).round().max(1.0) as usize
}

/// Escapes text for XML content and attribute values, leaving out control characters that
/// XML 1.0 cannot carry.
pub(crate) fn xml_escape(text: &str) -> String {
    let legal: String = text
        .chars()
        .filter(|&c| !c.is_control() || matches!(c, '\t' | '\n' | '\r'))
        .collect();
    quick_xml::escape::escape(&legal).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conversions() {
        assert_eq!(twips(12.0), 240);
        assert_eq!(half_points(10.5), 21);
        assert_eq!(mm_twips(210.0), 11906);
        assert_eq!(xml_escape("a<b & \"c\""), "a&lt;b &amp; &quot;c&quot;");
        assert_eq!(xml_escape("x\u{1}y\tz"), "xy\tz");
    }
}
