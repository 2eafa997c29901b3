//! handlingsplan: plain-text plan files in, official PDF and Markdown documents out.
//!
//! The pipeline: [`model`] (the plan vocabulary) → [`load`] (parse, validate,
//! diagnostics) → [`document`] (numbers, labels and table cells derived once)
//! → [`render`] (one module per output format) → [`build`] (the pipeline
//! as a library) → [`cli`] (arguments and printing). [`format`] describes
//! the plan files' keys once, for the loader, the README and editors.
//! [`period`] starts the next period's plan from this one; [`watch`]
//! rebuilds whenever a file the build read changes.

pub mod build;
pub mod cli;
pub mod document;
pub mod format;
pub mod load;
pub mod model;
pub mod period;
pub mod render;
pub mod report;
pub mod watch;
