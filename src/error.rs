//! The one error type of the library.

use crate::named::listed;

/// What can go wrong when cleaning or configuring.
///
/// Cleaning a `&str` never fails except for [`Error::TooLarge`]; the byte
/// entry point adds [`Error::InvalidUtf8`]. Each message names the place
/// (a byte offset, a limit, a name) so that a caller can add the input's
/// name and show it to a person as it is.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Error {
    /// The input is not UTF-8; `offset` is the byte where the first invalid
    /// sequence starts.
    #[error("invalid UTF-8 at byte offset {offset}")]
    InvalidUtf8 {
        /// Byte offset of the first invalid sequence.
        offset: usize,
    },
    /// The input is larger than [`crate::Config::max_input_bytes`].
    #[error("input is {size} bytes, over the limit of {limit} bytes")]
    TooLarge {
        /// The input's size in bytes.
        size: usize,
        /// The configured limit in bytes.
        limit: usize,
    },
    /// A kind name that [`crate::Kind`] does not know.
    #[error("unknown kind of chrome `{0}` (known: {known})", known = listed(&crate::Kind::ALL, crate::Kind::name))]
    UnknownKind(String),
    /// A language code that [`crate::Language`] does not know.
    #[error("unknown language `{0}` (known: {known})", known = listed(&crate::Language::ALL, crate::Language::code))]
    UnknownLanguage(String),
    /// A page kind name that [`crate::PageKind`] does not know.
    #[error("unknown page kind `{0}` (known: {known})", known = listed(&crate::PageKind::ALL, crate::PageKind::name))]
    UnknownPageKind(String),
    /// A rule name that the pipeline does not have.
    #[error("unknown rule `{0}` (see `chaff --list-rules`)")]
    UnknownRule(String),
    /// A rule that other rules read, switched off while they are on: its
    /// readers would run on results that are not there. Switch them off
    /// first (or keep a kind with [`crate::Config::keep`] instead).
    #[error("rule `{rule}` cannot be switched off alone: {} read its results (switch them off first)", .read_by.join(", "))]
    RuleIsRead {
        /// The rule asked to be switched off.
        rule: String,
        /// The enabled rules that read it.
        read_by: Vec<&'static str>,
    },
    /// A dump format name that [`crate::DumpFormat`] does not know.
    #[error("unknown dump format `{0}` (known: {known})", known = listed(&crate::DumpFormat::ALL, crate::DumpFormat::name))]
    UnknownFormat(String),
}
