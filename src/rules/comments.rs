//! Comment sections and the forms under them.
//!
//! A comment section announces itself: a header (`Join the Conversation`,
//! `12 Comments`, `Kommentare (3)`, `5 thoughts on “...”`), thread
//! furniture (`Reply`, `Report abuse`) and a form (`Leave a Reply`, `Name
//! *`, `Your email address will not be published.`). These rules catch the
//! announcing lines; the comments themselves, which read like any prose,
//! are taken by the `tail-section` context rule that follows a header to
//! the end of the page.
//!
//! Known misses: comment systems that print no header, and form notices
//! phrased in ways the tables do not hold.

use super::{Pass, Rule, RuleDocs};
use crate::lexicon::{lexicon, line_key, LineSet, PhraseSet};
use crate::Kind;

pub(crate) const COMMENTS_HEADER: Rule = Rule {
    name: "comments-header",
    summary: "the header of a comment section (`Join the Conversation`, `12 Comments`)",
    kinds: &[Kind::Comments],
    reads: &[],
    docs: RuleDocs {
        catches: "The header of a comment section: `Join the Conversation`, `12 Comments`, `Kommentare (3)`, `5 thoughts on “...”`.",
        why: "Comments are readers' words, not the article's; the header also tells `tail-section` where they start.",
        misses: "Comment systems that print no header.",
        example: "Join the Conversation",
    },
    run: run_header,
};

pub(crate) const COMMENT_THREAD_LINE: Rule = Rule {
    name: "comment-thread-line",
    summary: "thread furniture between comments (`Reply`, `Report abuse`)",
    kinds: &[Kind::Comments],
    reads: &[],
    docs: RuleDocs {
        catches:
            "Thread furniture between comments: `Reply`, `Report abuse`, vote and permalink lines.",
        why: "Buttons of the comment system.",
        misses: "Furniture worded in ways the tables do not hold.",
        example: "Reply",
    },
    run: run_thread_line,
};

pub(crate) const COMMENT_FORM: Rule = Rule {
    name: "comment-form",
    summary: "comment form labels and notices (`Leave a Reply`, `Email *`)",
    kinds: &[Kind::CommentForm],
    reads: &[],
    docs: RuleDocs {
        catches: "Labels and notices of the form under the comments (`Leave a Reply`, `Name *`, `Your email address will not be published.`).",
        why: "The form is for writing a comment, not reading the article.",
        misses: "Form notices phrased in ways the tables do not hold.",
        example: "Your email address will not be published. Required fields are marked *",
    },
    run: run_form,
};

fn run_header(pass: &mut Pass) {
    pass.label_each(Kind::Comments, |pass, i| {
        let f = &pass.feats[i];
        f.is(LineSet::CommentsHeader) || {
            let key = line_key(f.lower);
            let lex = lexicon();
            // The pattern is a number, spaces and a header: after the
            // digits and spaces, a header's first letter, or a character
            // beyond ASCII (a digit or space of another script), must come.
            let after_number = || {
                key.trim_start_matches(|c: char| c.is_ascii_digit())
                    .trim_start_matches(' ')
                    .starts_with(|c: char| {
                        !c.is_ascii() || lex.counted_comment_initials.contains(&c)
                    })
            };
            key.starts_with(|c: char| c.is_ascii_digit())
                && after_number()
                && lex.counted_comments.is_match(key)
        }
    });
}

fn run_thread_line(pass: &mut Pass) {
    pass.label_each(Kind::Comments, |pass, i| {
        let f = &pass.feats[i];
        f.is(LineSet::CommentLine) || f.words <= 8 && says_line(f.lower)
    });
}

/// `Jane Doe says:`: a commenter's name line. The pattern costs over a
/// thousand instructions a line, and most lines that end with a colon
/// (`Share:`, `Tags:`) do not end with a verb of it: those are told first.
fn says_line(lower: &str) -> bool {
    let lex = lexicon();
    lower.strip_suffix(':').is_some_and(|head| {
        let head = head.trim_end_matches(' ');
        lex.says_verbs.iter().any(|verb| head.ends_with(verb))
    }) && lex.says_line.is_match(lower)
}

/// Longest notice of a comment form (`Your email address will not be
/// published...`), in words.
const MAX_FORM_NOTICE_WORDS: usize = 40;

fn run_form(pass: &mut Pass) {
    pass.label_each(Kind::CommentForm, |pass, i| {
        let f = &pass.feats[i];
        f.is(LineSet::CommentForm)
            || (f.words <= MAX_FORM_NOTICE_WORDS && f.has(PhraseSet::CommentForm))
    });
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{after_prose, amid_prose, removed_as};
    use crate::Kind;

    #[test]
    fn catches_headers() {
        for line in [
            "Join the Conversation",
            "12 Comments",
            "Kommentare (3)",
            "5 thoughts on “Budget”",
        ] {
            assert_eq!(
                removed_as(&after_prose(line), line),
                Some((Kind::Comments, "comments-header")),
                "{line}"
            );
        }
        assert_eq!(
            removed_as(&after_prose("Reply"), "Reply"),
            Some((Kind::Comments, "comment-thread-line"))
        );
        assert_eq!(
            removed_as(&after_prose("Jane Doe says:"), "Jane Doe"),
            Some((Kind::Comments, "comment-thread-line"))
        );
        let s = "The mayor says: the roads will be repaired by the spring.";
        assert_eq!(removed_as(&amid_prose(s), s), None);
    }

    /// The verb test before the pattern turns away no line the pattern
    /// takes: every verb of every language, spaced and not, and lines the
    /// pattern refuses.
    #[test]
    fn the_says_verb_test_keeps_every_name_line() {
        let lex = crate::lexicon::lexicon();
        for verb in &lex.says_verbs {
            for line in [
                format!("jane doe {verb}:"),
                format!("j {verb}  :"),
                format!("{verb}:"),
                format!("jane{verb}:"),
                format!("jane doe {verb}: yes"),
            ] {
                assert_eq!(
                    super::says_line(&line),
                    lex.says_line.is_match(&line),
                    "{line}"
                );
            }
        }
        assert!(super::says_line("jane doe says:"));
        assert!(!super::says_line("share:"));
    }

    #[test]
    fn catches_forms() {
        let form = "Leave a Reply\n\nYour email address will not be published. Required fields are marked *\n\nThis site uses Akismet to reduce spam. Learn how your comment data is processed.";
        let dump = after_prose(form);
        for line in ["Leave a Reply", "Your email", "Akismet"] {
            assert_eq!(
                removed_as(&dump, line),
                Some((Kind::CommentForm, "comment-form")),
                "{line}"
            );
        }
    }

    #[test]
    fn keeps_lookalikes() {
        let s = "Comments from residents were mostly positive, the mayor said after the meeting.";
        assert_eq!(removed_as(&amid_prose(s), s), None);
        let s =
            "Nobody would reply to the letters that the residents sent to the council last year.";
        assert_eq!(removed_as(&amid_prose(s), s), None);
    }
}
