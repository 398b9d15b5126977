//! jianbao: Chinese source articles → facts with provenance → comparative briefings → PDF and DOCX.
//!
//! The pipeline runs one way: sources → extract → facts → compare → template → document model →
//! renderers. Each stage lives in its own crate under `crates/`; this crate wires them together for
//! the command-line tool.

pub use jianbao_facts as facts;
