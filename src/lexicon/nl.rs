//! Dutch chrome phrases.

use super::Phrases;

#[rustfmt::skip]
pub(crate) const PHRASES: Phrases = Phrases {
    share_verbs: &["delen", "gedeeld"],
    share_words: &["dit", "artikel", "op", "via", "printen", "afdrukken", "mailen", "kopieer", "link"],
    related_prefixes: &[
        "vorig artikel", "volgend artikel", "meer van de auteur",
        "lees ook", "lees meer", "lees verder", "zie ook", "meer over", "gerelateerde artikelen",
        "gerelateerd", "aanbevolen", "meest gelezen", "ook interessant", "meer nieuws",
        "gerelateerde berichten", "recente berichten", "populaire artikelen", "meer artikelen", "laatste nieuws", "misschien ook interessant", "bekijk ook", "lees ook deze",
    ],
    comments_headers: &["reacties", "reactie", "reageer", "praat mee", "geen reacties", "één reactie", "reacties gesloten", "reageren is niet meer mogelijk"],
    comment_lines: &["beantwoorden", "antwoorden", "rapporteren", "melden"],
    comment_form: &["laat een reactie achter", "plaats een reactie", "reactie plaatsen", "naam *", "e-mail *", "reactie annuleren", "jouw reactie", "je naam", "je e-mail", "reactie versturen", "voornaam", "achternaam", "e-mailadres", "postcode", "land", "plaats", "telefoonnummer", "bericht", "onderwerp", "verzenden"],
    comment_form_phrases: &[
        "vul alstublieft uw reactie in", "vul alstublieft uw naam in", "voer uw reactie in", "u heeft een onjuist e-mailadres ingevoerd", "vul alstublieft uw e-mailadres in",
        "je e-mailadres wordt niet gepubliceerd",
        "uw e-mailadres wordt niet gepubliceerd",
        "vereiste velden zijn gemarkeerd",
    ],
    appeal_lines: &["steun ons", "doneer", "doneer nu", "word lid", "abonneer", "abonneren", "nieuwsbrief", "schrijf je in", "schrijf je in voor de nieuwsbrief", "ontvang onze nieuwsbrief", "volg ons", "word abonnee", "steun"],
    appeal_phrases: &[
        "steun onze journalistiek",
        "meld je aan voor onze nieuwsbrief",
        "schrijf je in voor onze nieuwsbrief",
        "alleen voor abonnees",
        "meld je aan voor", "volg ons op", "schrijf je in voor",
        "mailinglijst", "afmelden", "word lid",
    ],
    caption_labels: &["foto", "beeld", "afbeelding", "illustratie"],
    caption_prefixes: &["foto", "beeld", "archieffoto"],
    tag_labels: &["tags", "trefwoorden", "onderwerpen", "thema's", "categorieën", "categorie", "geplaatst in"],
    bio_roles: &["correspondent", "verslaggever", "verslaggeefster", "redacteur", "journalist", "columnist", "schrijver", "auteur"],
    byline_prefixes: &["door"],
    ad_lines: &["advertentie", "gesponsord", "reclame", "gesponsorde inhoud"],
    notice_phrases: &[
        "wij gebruiken cookies", "we gebruiken cookies", "deze website gebruikt cookies", "gebruikt cookies",
        "cookie-instellingen", "schakel javascript in", "alle rechten voorbehouden",
        "algemene voorwaarden",
        "gebruik van cookies", "cookies accepteren", "door verder te gaan",
    ],
    notice_labels: &["privacybeleid", "gebruiksvoorwaarden", "cookiebeleid"],
    nav_lines: &[
        "zoeken", "ga naar inhoud", "volgende", "vorige", "volgend artikel", "vorig artikel",
        "terug naar boven", "inloggen", "registreren", "contact", "sluiten",
        "terug", "terug naar overzicht", "afdrukken", "sitemap", "mijn account", "winkelwagen", "bekijk alles", "lees meer", "meer nieuws", "help",
    ],
    dateline_prefixes: &["bijgewerkt", "gepubliceerd", "laatst bijgewerkt"],
    reading_time_words: &["min leestijd", "minuten leestijd", "leestijd"],
    months: &["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    copulas: &["is", "was", "schrijft"],
    stopwords: &["aan", "al", "alles", "als", "altijd", "andere", "ben", "bij", "daar", "dan", "dat", "de", "der", "deze", "die", "dit", "doch", "doen", "door", "dus", "een", "eens", "en", "er", "ge", "geen", "geweest", "haar", "had", "heb", "hebben", "heeft", "hem", "het", "hier", "hij", "hoe", "hun", "iemand", "iets", "ik", "in", "is", "ja", "je", "kan", "kon", "kunnen", "maar", "me", "meer", "men", "met", "mij", "mijn", "moet", "na", "naar", "niet", "niets", "nog", "nu", "of", "om", "omdat", "ons", "ook", "op", "over", "reeds", "te", "tegen", "toch", "toen", "tot", "u", "uit", "uw", "van", "veel", "voor", "want", "waren", "was", "wat", "we", "wel", "werd", "wezen", "wie", "wij", "wil", "worden", "wordt", "zal", "ze", "zei", "zelf", "zich", "zij", "zijn", "zo", "zonder", "zou"],
    bio_headers: &["over de auteur", "over de schrijver", "auteur"],
    about_prefixes: &["over"],
    bio_phrases: &["volg hem op", "volg haar op"],
    legal_phrases: &["uitsluitend ter informatie", "vervangt geen medisch advies", "niets uit deze uitgave mag worden verveelvoudigd"],
};
