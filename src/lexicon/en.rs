//! English chrome phrases.

use super::Phrases;

#[rustfmt::skip]
pub(crate) const PHRASES: Phrases = Phrases {
    share_verbs: &["share", "shares", "shared", "tweet", "tweets", "retweet"],
    share_words: &[
        "this", "article", "story", "post", "page", "on", "via", "with", "friends", "icon",
        "button", "email", "e-mail", "mail", "print", "copy", "link", "url", "save", "comment",
        "comments", "pin", "it", "send", "to", "a", "friend",
    ],
    related_prefixes: &[
        "read more", "read also", "also read", "see also", "related", "related articles",
        "related stories", "related posts", "related content", "more from", "more on this",
        "more on this story", "recommended", "recommended for you", "you may also like",
        "you might also like", "also on", "don't miss", "further reading", "more stories",
        "most read", "most popular", "trending", "read next", "up next", "watch",
        "read the full story", "continue reading", "click here to read more",
    ],
    comments_headers: &[
        "comments", "comment", "join the conversation", "join the discussion",
        "reader comments", "show comments", "view comments",
        "add a comment", "comments are closed", "no comments yet", "be the first to comment",
    ],
    comment_lines: &[
        "reply", "report", "report abuse", "flag", "like", "likes", "load more comments",
        "show more replies", "view replies", "log in to reply", "sort by", "newest", "oldest",
        "most liked",
    ],
    comment_form: &[
        "leave a reply", "leave a comment", "post comment", "post a comment", "submit comment",
        "name *", "email *", "website", "comment *", "cancel reply", "your comment",
        "add your comment", "write a comment",
    ],
    comment_form_phrases: &[
        "your email address will not be published",
        "required fields are marked",
        "uses akismet to reduce spam",
        "learn how your comment data is processed",
        "save my name, email, and website",
        "notify me of follow-up comments",
        "notify me of new posts",
        "you must be logged in to post a comment",
        "comments are moderated",
    ],
    appeal_lines: &[
        "we need your support", "support our work", "support our journalism", "support us",
        "donate", "donate now", "make a donation", "become a member", "become a supporter",
        "subscribe", "subscribe now", "subscribe today", "sign up", "sign up now",
        "newsletter", "get our newsletter", "sign up for our newsletter",
        "subscribe to our newsletter", "join our mailing list", "support independent journalism",
    ],
    appeal_phrases: &[
        "support our work today",
        "support our journalism",
        "sign up for our newsletter",
        "subscribe to our newsletter",
        "become a member",
        "make a contribution",
        "please consider supporting",
        "donate to",
        "keep our journalism",
        "you've read all your free articles",
        "to continue reading",
        "subscribers only",
    ],
    caption_labels: &[
        "photo", "photos", "photo credit", "photograph", "image", "images", "picture",
        "credit", "credits", "file photo", "illustration", "courtesy",
    ],
    caption_prefixes: &[
        "illustrative", "file photo", "file", "pictured", "above", "top", "photo", "image",
        "in this photo",
    ],
    tag_labels: &["tags", "tagged", "topics", "tagged with", "filed under", "keywords"],
    bio_roles: &[
        "correspondent", "reporter", "analyst", "editor", "writer", "journalist", "columnist",
        "contributor", "author", "commentator", "producer", "blogger", "novelist", "critic",
        "photographer", "anchor", "host", "fellow", "professor", "researcher", "freelance",
    ],
    byline_prefixes: &["by", "written by", "words by", "author", "posted by"],
    ad_lines: &[
        "advertisement", "advertisements", "advert", "ad", "ads", "sponsored", "sponsored content",
        "paid content", "paid post", "promoted", "partner content", "story continues below",
        "story continues below advertisement", "article continues below", "continue reading below",
        "scroll to continue with content",
    ],
    notice_phrases: &[
        "we use cookies", "this website uses cookies", "this site uses cookies",
        "uses cookies to", "accept cookies", "cookie policy", "cookie settings",
        "please enable javascript", "javascript is disabled", "enable javascript",
        "your browser does not support", "update your browser", "all rights reserved",
        "privacy policy", "terms of use", "terms of service", "terms and conditions",
        "by continuing to use", "manage preferences", "accept all",
    ],
    nav_lines: &[
        "home", "menu", "search", "skip to content", "skip to main content", "skip to navigation",
        "next article", "previous article", "next", "previous", "next post", "previous post",
        "back to top", "main menu", "navigation", "close", "open menu", "log in", "login",
        "sign in", "register", "contact", "contact us", "about", "about us", "sections",
        "more", "toggle navigation", "go to", "load more",
    ],
    dateline_prefixes: &[
        "updated", "published", "posted", "last updated", "first published", "posted on",
        "published on", "updated on", "date",
    ],
    reading_time_words: &["min read", "minute read", "minutes read", "min. read", "reading time"],
    months: &["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"],
    copulas: &["is", "was", "has been", "writes", "covers", "reports"],
    stopwords: &["a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did", "do", "does", "doing", "down", "during", "each", "few", "for", "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "me", "more", "most", "my", "myself", "no", "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other", "our", "ours", "ourselves", "out", "over", "own", "same", "she", "should", "so", "some", "such", "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this", "those", "through", "to", "too", "under", "until", "up", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your", "yours", "yourself", "yourselves", "said", "says", "one", "two", "new", "may"],
};
