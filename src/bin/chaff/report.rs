//! Error messages and the exit status.

use std::io;

/// Whether every input went through.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Ok,
    Failed,
}

impl Status {
    /// Reports a failed input on stderr and remembers the failure; the run
    /// goes on with the next input.
    pub fn fail(&mut self, message: &str) {
        eprintln!("chaff: {message}");
        *self = Status::Failed;
    }
}

/// An I/O error as a person reads it: `No such file or directory`, without
/// the `(os error 2)` suffix.
pub fn io_message(e: &io::Error) -> String {
    let text = e.to_string();
    match text.find(" (os error") {
        Some(cut) => text[..cut].to_string(),
        None => text,
    }
}
