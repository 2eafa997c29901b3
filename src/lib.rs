//! handlingsplan: plain-text plan files in, official PDF and Markdown documents out.
//!
//! The pipeline: [`model`] (the plan vocabulary) → [`load`] (parse, validate,
//! diagnostics) → [`document`] (numbers, labels and table cells derived once)
//! → [`render`] (one module per output format) → [`build`] (the pipeline
//! as a library) → [`cli`] (arguments and printing). [`format`] describes
//! the plan files' keys once, for the loader, the README, the guide and editors.
//! [`extract`] gets a plan's files back out of a PDF that carries them.
//! [`diff`] compares two versions of a plan; [`ids`] gives activities ids.
//! [`period`] starts the next period's plan from this one; [`round`] writes
//! the next follow-up round's file; [`watch`]
//! rebuilds whenever a file the build read changes; [`init`] starts a new
//! region's repository. Every file any command
//! writes goes through [`write`].

pub mod build;
pub mod cli;
pub mod diff;
pub mod document;
pub mod extract;
pub mod fmt;
pub mod format;
pub mod i18n;
pub mod ids;
pub mod init;
pub mod load;
pub mod model;
pub mod period;
pub mod render;
pub mod report;
pub mod round;
pub mod watch;
pub mod write;
