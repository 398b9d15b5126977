//! The one error type of this crate.

use std::path::PathBuf;
use std::sync::Arc;

/// Everything that can go wrong loading, measuring or subsetting a font.
///
/// Each message names the font (file path, or "bundled font FILE") and says what to do.
/// `Clone` because a face that failed to parse keeps its error for every later access.
#[derive(Debug, Clone, thiserror::Error)]
pub enum FontError {
    /// A font file expected in a font directory is not there.
    #[error(
        "font file {path} not found: a font directory must contain all of {expected}; \
         add the missing file or leave out the font directory to use the bundled fonts"
    )]
    MissingFile {
        /// The path that was looked for.
        path: PathBuf,
        /// The four file names a font directory must hold.
        expected: String,
    },

    /// A font file exists but could not be read.
    #[error("cannot read font file {path}: {source}; check that it is a readable file")]
    Read {
        /// The file that could not be read.
        path: PathBuf,
        /// The underlying I/O error.
        #[source]
        source: Arc<std::io::Error>,
    },

    /// The font bytes are not a usable TrueType font.
    #[error("{font} is not a usable TrueType font: {problem}; replace it with a static TrueType (glyf) .ttf file")]
    Parse {
        /// Which font: a file path or "bundled font NAME".
        font: String,
        /// What is wrong with it.
        problem: String,
    },

    /// Characters were asked of a face that has no glyph for them.
    #[error(
        "font {font} has no glyph for {chars}: pick the face per character with FontSet::resolve \
         and report characters that no face has (FontSet::missing)",
        chars = format_chars(.chars)
    )]
    NotCovered {
        /// PostScript name of the face.
        font: String,
        /// The characters without a glyph, sorted.
        chars: Vec<char>,
    },

    /// Subsetting failed inside the subsetter, or its output could not be patched.
    #[error("subsetting font {font} failed: {problem}; this is a bug or an unsupported font, please report it with the font file")]
    Subset {
        /// PostScript name of the face.
        font: String,
        /// What failed.
        problem: String,
    },
}

/// Formats characters as `'中' (U+4E2D), …` so invisible or rare ones can be identified.
pub(crate) fn format_chars(chars: &[char]) -> String {
    chars
        .iter()
        .map(|ch| format!("{ch:?} (U+{:04X})", u32::from(*ch)))
        .collect::<Vec<_>>()
        .join(", ")
}
