//! The kinds of chrome: each variant's doc says what it covers, with
//! examples, and the README's table shows what each looks like in a dump.
//!
//! A kind is what a user switches on or off and what the removal report
//! names; the rule that made a removal is finer grained (see
//! [`crate::rules()`]).

use std::fmt;
use std::str::FromStr;

use crate::Error;

/// A kind of chrome: what a removed block was.
#[non_exhaustive]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
pub enum Kind {
    /// Social and share buttons and their labels (`Share:`, `Facebook`, `Tweet`).
    Share,
    /// A line of tags or topic labels (`#Gaza #Ceasefire`, `Tags: ...`).
    Hashtags,
    /// "Read more", "also read" and related-article links.
    Related,
    /// Photo captions, credits and image alt text.
    Caption,
    /// A block repeating another one (alt text and caption, a repeated teaser).
    Duplicate,
    /// A display quote that repeats a sentence of the body.
    PullQuote,
    /// An author box or biography.
    AuthorBio,
    /// A comment section: its header, the comments, reply links.
    Comments,
    /// The form under the comments (`Leave a Reply`, `Email *`).
    CommentForm,
    /// Donation, subscription, membership and newsletter appeals.
    Appeal,
    /// Menus, breadcrumbs, pagination, section lists.
    Navigation,
    /// Cookie and consent banners, JavaScript warnings, legal footers.
    Notice,
    /// Ad slots and sponsored labels.
    Advertisement,
    /// Publish and update stamps and reading-time lines.
    Dateline,
}

impl Kind {
    /// Every kind, in the order the README's table lists them.
    pub const ALL: [Kind; 14] = [
        Kind::Share,
        Kind::Hashtags,
        Kind::Related,
        Kind::Caption,
        Kind::Duplicate,
        Kind::PullQuote,
        Kind::AuthorBio,
        Kind::Comments,
        Kind::CommentForm,
        Kind::Appeal,
        Kind::Navigation,
        Kind::Notice,
        Kind::Advertisement,
        Kind::Dateline,
    ];

    /// The kind's stable name, as the CLI and the JSON report spell it.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Share => "share",
            Kind::Hashtags => "hashtags",
            Kind::Related => "related",
            Kind::Caption => "caption",
            Kind::Duplicate => "duplicate",
            Kind::PullQuote => "pull-quote",
            Kind::AuthorBio => "author-bio",
            Kind::Comments => "comments",
            Kind::CommentForm => "comment-form",
            Kind::Appeal => "appeal",
            Kind::Navigation => "navigation",
            Kind::Notice => "notice",
            Kind::Advertisement => "advertisement",
            Kind::Dateline => "dateline",
        }
    }

    pub(crate) fn bit(self) -> u16 {
        1 << (self as u16)
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Kind {
    type Err = Error;

    /// Parses a kind's name (`pull-quote`, `comment-form`, ...); case and
    /// `_` for `-` are forgiven.
    fn from_str(s: &str) -> Result<Kind, Error> {
        let wanted = s.trim().to_ascii_lowercase().replace('_', "-");
        crate::named::by_name(&Kind::ALL, Kind::name, &wanted)
            .ok_or_else(|| Error::UnknownKind(s.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for kind in Kind::ALL {
            assert_eq!(kind.name().parse::<Kind>().unwrap(), kind);
        }
        assert_eq!("Pull_Quote".parse::<Kind>().unwrap(), Kind::PullQuote);
    }

    #[test]
    fn unknown_name_is_an_error() {
        assert!(matches!(
            "sidebar".parse::<Kind>(),
            Err(Error::UnknownKind(_))
        ));
    }

    #[test]
    fn bits_are_distinct() {
        let all = Kind::ALL.iter().fold(0u16, |acc, k| {
            assert_eq!(acc & k.bit(), 0);
            acc | k.bit()
        });
        assert_eq!(all.count_ones(), 14);
    }
}
