//! handlingsplan: plain-text plan files in, official PDF and Markdown documents out.
//!
//! The pipeline: [`model`] (the plan vocabulary) → [`load`] (parse, validate,
//! diagnostics) → [`document`] (numbers, labels and table cells derived once)
//! → [`render`] (one module per output format) → [`cli`].

pub mod build;
pub mod cli;
pub mod document;
pub mod load;
pub mod model;
pub mod render;
pub mod report;
