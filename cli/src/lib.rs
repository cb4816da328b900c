//! The parts of the `chaff` command, as a library: argument parsing,
//! files and `-o` naming, JSON Lines, rendering and error reports. The
//! binary (`src/main.rs`) wires them together; the fuzz targets drive
//! them directly. No cleaning logic lives here: that is the `chaff`
//! library's.

pub mod args;
pub mod files;
pub mod inputs;
pub mod json_record;
pub mod jsonl;
pub mod output_paths;
pub mod render;
pub mod report;
