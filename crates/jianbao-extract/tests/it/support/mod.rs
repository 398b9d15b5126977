//! Helpers shared by the test modules.

pub mod article;
pub mod long_input;
