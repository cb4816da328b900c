//! Strip the chrome from the text dump of a scraped web page and keep its
//! main content.
//!
//! A scraper's text dump of a page holds the story and everything around
//! it: share buttons, comment threads, newsletter and donation appeals,
//! "read more" links, photo captions, pull quotes, author bios, hashtags,
//! menus, cookie notices, ad labels, datelines. chaff gives back the body
//! text, the title, standfirst and byline as metadata, and a report of
//! every block it removed, with its [`Kind`] and the rule that removed it.
//!
//! ```
//! let dump = "Council delays budget vote\n\nBy Jane Doe\n\n\
//!     The council met on Tuesday evening to discuss the new budget, which has been delayed for months.\n\n\
//!     Read more: Bridge closed for repairs\n\nShare:\nFacebook";
//! let cleaned = chaff::clean(dump)?;
//! assert_eq!(cleaned.title.as_deref(), Some("Council delays budget vote"));
//! assert_eq!(cleaned.byline.as_deref(), Some("Jane Doe"));
//! assert!(cleaned.body.starts_with("The council met"));
//! for removal in &cleaned.removals {
//!     println!("{} ({}): {}", removal.kind, removal.rule, removal.text);
//! }
//! # Ok::<(), chaff::Error>(())
//! ```
//!
//! - [`clean`] cleans with the defaults; a [`Cleaner`] built from a
//!   [`Config`] keeps kinds of chrome in the body ([`Config::keep`]),
//!   switches rules off by name ([`Config::disable_rule`], names from
//!   [`rules()`]), names the dump's format or language instead of guessing
//!   them, keeps markdown, normalizes to NFKC, limits the input's size or
//!   makes cleaning idempotent. A `Cleaner` is cheap to build and can be
//!   shared between threads.
//! - Every non-blank block of the input is accounted for exactly once:
//!   [`Cleaned::blocks`] gives each block's lines and [`Fate`], and each
//!   removed block has its [`Removal`].
//! - Dumps are plain text, layout-preserving text (inscriptis, lynx) or
//!   markdown (html2text); [`DumpFormat`] says which, guessed from the
//!   markup. Phrase tables cover English, German, French, Spanish, Italian,
//!   Portuguese, Dutch and Polish ([`Language`]).
//! - A whole page is read as an article (only its run of prose is kept)
//!   or as a page of another kind (a product page, a listing, a thread:
//!   every block but the chrome known by its words is kept), told from the
//!   page's shape; [`Cleaned::page_kind`] says which, and
//!   [`Config::page_kind`] fixes it ([`PageKind`]).
//! - Errors ([`Error`]) are values, never panics: an input over the size
//!   limit, and for [`Cleaner::clean_bytes`] invalid UTF-8 with its byte
//!   offset ([`Cleaner::clean_bytes_lossy`] replaces it instead).
//!
//! The kinds of chrome, with examples, are in the [`Kind`] docs. The
//! `serde` feature derives `Serialize` for the result. The command-line
//! tool is the `chaff-cli` crate.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

/// The README's examples, run as doctests so that it cannot drift from
/// the library.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;

mod case;
mod cleaned;
mod config;
mod content_key;
mod dates;
mod document;
mod error;
mod features;
#[cfg(feature = "fitting")]
#[doc(hidden)]
pub mod fitting;
mod idempotent;
mod input;
mod kind;
mod language;
mod lexicon;
mod markdown;
mod named;
mod normalize;
mod page_kind;
mod rules;
mod shapes;
mod swar;
mod words;

use std::borrow::Cow;

pub use cleaned::{Cleaned, Fate, Lines, Placement, Removal};
pub use config::{Config, DEFAULT_MAX_INPUT_BYTES};
pub use document::DumpFormat;
pub use error::Error;
pub use kind::Kind;
pub use language::Language;
pub use page_kind::PageKind;
pub use rules::{RuleDocs, RuleInfo};

/// Every rule of the pipeline, in the order they run: its name, what it
/// removes, the kinds it may remove blocks as and the rules it reads.
///
/// The names are stable: the removal report carries them and
/// [`Config::disable_rule`] takes them.
pub fn rules() -> impl Iterator<Item = RuleInfo> {
    rules::catalogue()
}

/// Cleans a dump with the default configuration.
///
/// Fails only for an input over [`DEFAULT_MAX_INPUT_BYTES`]; use a
/// [`Cleaner`] for other options.
///
/// ```
/// let dump = "A headline\n\nThe story, told in a sentence that is long enough to read as a paragraph of the body.\n\nShare:\nFacebook\nTwitter";
/// let cleaned = chaff::clean(dump).unwrap();
/// assert_eq!(cleaned.title.as_deref(), Some("A headline"));
/// assert!(cleaned.body.starts_with("The story"));
/// assert_eq!(cleaned.removals.len(), 3);
/// ```
pub fn clean(text: &str) -> Result<Cleaned, Error> {
    Cleaner::default().clean(text)
}

/// A configured cleaner. Building one is cheap; it can be shared between
/// threads and reused for any number of documents.
#[derive(Debug, Clone, Default)]
pub struct Cleaner {
    config: Config,
}

impl Cleaner {
    /// A cleaner with the given options.
    pub fn new(config: Config) -> Cleaner {
        Cleaner { config }
    }

    /// The options this cleaner runs with.
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// Cleans a dump.
    pub fn clean(&self, text: &str) -> Result<Cleaned, Error> {
        input::check_size(text.len(), self.config.input_limit())?;
        self.clean_checked(text)
    }

    /// Cleans text whose input has passed the size limit.
    fn clean_checked(&self, text: &str) -> Result<Cleaned, Error> {
        self.clean_as(
            text,
            self.config.format_override(),
            self.config.is_idempotent(),
        )
    }

    /// One pass of the rules over `text` read as `format` (guessed when
    /// `None`), then, when `settle` is set, more passes over the body until
    /// one changes nothing. Fails only for a text that normalizes to more
    /// than [`document::MAX_TEXT_BYTES`] (NFKC can grow a text elevenfold).
    fn clean_as(
        &self,
        text: &str,
        format: Option<DumpFormat>,
        settle: bool,
    ) -> Result<Cleaned, Error> {
        let (doc, outcome) = self.run_rules(text, format)?;
        let Outcome {
            mut labels,
            mut byline,
            language,
            page_kind,
            ..
        } = outcome;
        let keep_markdown = self.config.keeps_markdown();
        if settle {
            let body_format = Some(doc.format.of_body(keep_markdown));
            idempotent::settle(&doc, &mut labels, &mut byline, keep_markdown, |body| {
                self.clean_as(body, body_format, false)
            })?;
        }
        Ok(cleaned::assemble(
            &doc,
            labels,
            byline,
            language,
            page_kind,
            keep_markdown,
        ))
    }

    /// Normalizes `text`, reads it as `format` (guessed when `None`) and
    /// runs the rules over it: the document and what the rules made of it.
    /// Fails only for a text that normalizes to more than
    /// [`document::MAX_TEXT_BYTES`].
    fn run_rules(
        &self,
        text: &str,
        format: Option<DumpFormat>,
    ) -> Result<(document::Document, Outcome), Error> {
        let normalized = normalize::normalize(text, self.config.form());
        input::check_size(normalized.len(), document::MAX_TEXT_BYTES)?;
        let doc = document::Document::parse(normalized, format);
        // The features go before the result is built, so that the two,
        // each several times the text for a dump of many short lines, are
        // never in memory together.
        let outcome = {
            let analysis = features::compute(&doc, self.config.language_override());
            let mut pass = rules::Pass::new(&doc, &analysis, self.config.switches());
            pass.run_all();
            Outcome {
                labels: pass.labels,
                byline: pass.byline,
                language: analysis.language,
                page_kind: pass.page_kind,
                #[cfg(feature = "fitting")]
                page_shape: pass.page_shape,
            }
        };
        Ok((doc, outcome))
    }

    /// Cleans bytes that must be UTF-8; invalid UTF-8 is an
    /// [`Error::InvalidUtf8`] naming the byte offset.
    pub fn clean_bytes(&self, bytes: &[u8]) -> Result<Cleaned, Error> {
        input::check_size(bytes.len(), self.config.input_limit())?;
        self.clean_checked(input::decode(bytes)?)
    }

    /// Cleans bytes, replacing invalid UTF-8 with U+FFFD. The size limit
    /// applies to the bytes given, not to the text after replacement
    /// (each replaced byte can become three).
    pub fn clean_bytes_lossy(&self, bytes: &[u8]) -> Result<Cleaned, Error> {
        input::check_size(bytes.len(), self.config.input_limit())?;
        let text: Cow<'_, str> = input::decode_lossy(bytes);
        self.clean_checked(&text)
    }
}

/// What one pass of the rules made of a document.
struct Outcome {
    labels: Vec<Option<rules::Label>>,
    byline: Option<String>,
    language: Option<Language>,
    page_kind: Option<PageKind>,
    /// The page's shape and marks of kind, for the fitting scripts.
    #[cfg(feature = "fitting")]
    page_shape: Option<(rules::PageShape, rules::KindMarks)>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lossy_size_limit_counts_input_bytes() {
        // Issue 10, item 11: 1,000 bytes of 0xFF became 3,000 bytes of
        // U+FFFD and were refused as over a limit of 1,000.
        let cleaner = Cleaner::new(Config::new().max_input_bytes(1000));
        assert!(cleaner.clean_bytes_lossy(&[0xFF; 1000]).is_ok());
        assert_eq!(
            cleaner.clean_bytes_lossy(&[0xFF; 1001]),
            Err(Error::TooLarge {
                size: 1001,
                limit: 1000
            })
        );
    }

    /// A whole page: a menu, a headline, the story's paragraphs, a share
    /// bar.
    fn story_page(menu: &str, headline: &str, paragraphs: &[&str], share: &str) -> String {
        format!(
            "{menu}\n\n{headline}\n\n{}\n\n{share}\n",
            paragraphs.join("\n\n")
        )
    }

    /// Chinese puts no space between words: read a token a word, its
    /// headline was one word, too short to be a headline, and went with
    /// the menu above it (`words::count_words` counts its characters).
    #[test]
    fn a_chinese_story_keeps_its_headline_and_loses_its_menus() {
        let paragraphs = [
            "市议会周二晚上召开会议，讨论了拖延数月的新预算方案，议员们在道路维修问题上仍然存在分歧。",
            "市长表示，如果预算在月底前不能通过，部分公共服务可能会暂停，居民将受到影响。",
            "多名议员认为，道路维修的费用应当由州政府承担一部分，而不是全部由市财政支付。",
            "会议持续了将近四个小时，最终决定下周再次召开会议，继续讨论预算中的争议条款。",
        ];
        let page = story_page(
            "首页\n新闻\n体育\n财经",
            "市议会预算再次推迟，道路维修成焦点",
            &paragraphs,
            "分享到\n微信\n微博",
        );
        let cleaned = clean(&page).unwrap();
        assert_eq!(
            cleaned.title.as_deref(),
            Some("市议会预算再次推迟，道路维修成焦点")
        );
        assert_eq!(cleaned.body, paragraphs.join("\n\n"));
    }

    /// Thai marks a sentence's end with a space, not a stop: read by the
    /// full stop, its paragraphs were never prose, the page read as a
    /// kind other than an article, and its menus stayed.
    #[test]
    fn a_thai_story_is_read_as_an_article() {
        let paragraphs = [
            "สภาเมืองประชุมเมื่อคืนวันอังคารเพื่อหารือเกี่ยวกับงบประมาณใหม่ ซึ่งล่าช้ามาหลายเดือนเนื่องจากความเห็นไม่ตรงกันเรื่องการซ่อมถนน",
            "นายกเทศมนตรีกล่าวว่า หากงบประมาณไม่ผ่านภายในสิ้นเดือน บริการสาธารณะบางส่วนอาจต้องหยุดชั่วคราว และประชาชนจะได้รับผลกระทบ",
            "สมาชิกสภาหลายคนเห็นว่า ค่าซ่อมถนนควรให้รัฐบาลกลางรับผิดชอบบางส่วน ไม่ใช่ให้เทศบาลจ่ายทั้งหมด",
            "การประชุมใช้เวลาเกือบสี่ชั่วโมง และตัดสินใจว่าจะประชุมอีกครั้งในสัปดาห์หน้าเพื่อหารือประเด็นที่ยังตกลงกันไม่ได้",
        ];
        let page = story_page(
            "หน้าแรก\nข่าว\nกีฬา",
            "สภาเมืองเลื่อนงบประมาณอีกครั้ง",
            &paragraphs,
            "แชร์\nเฟซบุ๊ก\nไลน์",
        );
        let cleaned = clean(&page).unwrap();
        assert_eq!(cleaned.page_kind, Some(PageKind::Article));
        assert_eq!(cleaned.title.as_deref(), Some("สภาเมืองเลื่อนงบประมาณอีกครั้ง"));
        assert_eq!(cleaned.body, paragraphs.join("\n\n"));
    }

    #[test]
    fn the_language_is_returned() {
        let english = "The council met on Tuesday evening to discuss the new budget, which has been delayed for several months by disagreements over road repairs.";
        let german = "Der Rat hat am Dienstagabend über den neuen Haushalt beraten, der sich wegen des Streits über die Straßen seit Monaten verzögert hat.";
        let chinese = "市议会周二晚上开会讨论新的预算，由于在道路维修问题上存在分歧，预算已经推迟了好几个月。";
        assert_eq!(clean(english).unwrap().language, Some(Language::En));
        assert_eq!(clean(german).unwrap().language, Some(Language::De));
        assert_eq!(clean(chinese).unwrap().language, None);
        // A language without tables is not taken for the neighbour whose
        // short stopwords it shares (`a`, `e`, `az`): Hungarian covers a
        // fifth of its words with Portuguese stopwords.
        let hungarian = "A kormány kedden bejelentette, hogy a jövő évi költségvetést a hónap végén nyújtja be a parlamentnek, miután a koalíciós pártokkal folytatott egyeztetések lezárultak. A pénzügyminiszter szerint a hiány nem haladja meg a bruttó hazai termék három százalékát, és az alacsony jövedelmű családokra nem vetnek ki új adókat.";
        let portuguese = "O governo anunciou na terça-feira que o orçamento para o próximo ano será apresentado ao parlamento no final do mês, depois de concluídas as consultas com os partidos da coligação. O ministro das finanças disse que o défice não ultrapassará três por cento do produto interno bruto.";
        assert_eq!(clean(hungarian).unwrap().language, None);
        assert_eq!(clean(portuguese).unwrap().language, Some(Language::Pt));
        let named = Cleaner::new(Config::new().language(Language::Fr));
        assert_eq!(named.clean(english).unwrap().language, Some(Language::Fr));
    }
}
