//! Error messages and the exit status.
//!
//! Every message goes to stderr through [`say`], which never fails: a
//! stderr that cannot be written (`2>/dev/full`) loses the message, but
//! does not turn a report into a crash.

use std::io::{self, Write};
use std::path::Path;

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
        say(message);
        *self = Status::Failed;
    }
}

/// Writes `chaff: MESSAGE` on stderr, or nothing when stderr is gone.
pub fn say(message: &str) {
    let _ = writeln!(io::stderr().lock(), "chaff: {message}");
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

/// What a message about invalid UTF-8 adds, so the user finds the way out.
pub const LOSSY_HINT: &str = "--lossy replaces bad bytes";

/// An input's name: `<stdin>` for `-`, else its path.
pub fn input_name(path: &Path) -> String {
    if path == Path::new("-") {
        "<stdin>".to_string()
    } else {
        path.display().to_string()
    }
}

/// An input's name in a one-line message: [`input_name`], [`quoted`].
pub fn display_name(path: &Path) -> String {
    quoted(&input_name(path))
}

/// A file name as a one-line message shows it: as it is, or quoted with
/// escapes when it holds a line break or another control character, so
/// that one error stays one line.
pub fn quoted(name: &str) -> String {
    if name.chars().any(char::is_control) {
        format!("{name:?}")
    } else {
        name.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_with_line_breaks_are_quoted() {
        assert_eq!(quoted("a b.txt"), "a b.txt");
        assert_eq!(quoted("a\nb.txt"), "\"a\\nb.txt\"");
    }
}
