//! What kind of page a dump is, which decides what its main content is.
//!
//! On a news article the story is the content and everything around it
//! (teasers, menus, the comment thread) is chrome. On a forum thread the
//! posts are the content; on a product page, the description and the
//! specifications; on a listing, the items; on documentation, the text and
//! its code. chaff tells an article from the other kinds by the shape of
//! the page (see `rules/article/page_shape.rs`) and keeps the whole page,
//! less the chrome the rules recognise by its own words, when it is not an
//! article; which other kind it is (`rules/article/kind_of_page.rs`) is
//! reported, and keeps the same blocks.

use std::fmt;
use std::str::FromStr;

use crate::Error;

/// The kind of page a dump was read as.
#[non_exhaustive]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
pub enum PageKind {
    /// A story or post with one main run of prose: a news article, a blog
    /// post, an essay. Only that run and its head are kept.
    Article,
    /// A forum or Q&A thread: a question or first post and the replies.
    Thread,
    /// A list of items (products, stories, events, search results), each
    /// a name and a line or two.
    Listing,
    /// One product's page: its description, specifications, price.
    Product,
    /// Documentation: reference or guide text with headings and code.
    Documentation,
    /// Another kind of page that is not one run of prose (a service or
    /// company page, a landing page), or one whose kind is not clear.
    Other,
}

impl PageKind {
    /// Every kind, in the order of their names in errors and help.
    pub const ALL: [PageKind; 6] = [
        PageKind::Article,
        PageKind::Thread,
        PageKind::Listing,
        PageKind::Product,
        PageKind::Documentation,
        PageKind::Other,
    ];

    /// The kind's name, as `--page-kind` and the JSON output spell it.
    pub fn name(self) -> &'static str {
        match self {
            PageKind::Article => "article",
            PageKind::Thread => "thread",
            PageKind::Listing => "listing",
            PageKind::Product => "product",
            PageKind::Documentation => "documentation",
            PageKind::Other => "other",
        }
    }
}

impl fmt::Display for PageKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for PageKind {
    type Err = Error;

    /// Parses a kind's name, in any case.
    fn from_str(s: &str) -> Result<PageKind, Error> {
        let name = s.trim().to_ascii_lowercase();
        crate::named::by_name(&PageKind::ALL, PageKind::name, &name)
            .ok_or_else(|| Error::UnknownPageKind(s.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for k in PageKind::ALL {
            assert_eq!(k.name().parse::<PageKind>().unwrap(), k);
        }
        assert!("blog".parse::<PageKind>().is_err());
    }
}
