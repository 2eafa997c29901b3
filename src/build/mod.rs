//! The build pipeline as a library: load → document → renderers → files in memory → written files.

pub mod output;
