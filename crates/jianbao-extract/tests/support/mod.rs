pub mod long_input;
