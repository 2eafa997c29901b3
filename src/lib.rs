//! handlingsplan: plain-text plan files in, official PDF and Markdown documents out.
//!
//! The pipeline: [`model`] (the plan vocabulary) → [`load`] (parse, validate,
//! diagnostics) → [`document`] (numbers, labels and table cells derived once)
//! → [`render`] (one module per output format) → [`build`] (the pipeline
//! as a library) → [`cli`] (arguments and printing). [`format`] describes
//! the plan files' keys once, for the loader, the README and editors.

pub mod build;
pub mod cli;
pub mod document;
pub mod fmt;
pub mod format;
pub mod load;
pub mod model;
pub mod render;
pub mod report;
