//! Italian chrome phrases.

use super::Phrases;

#[rustfmt::skip]
pub(crate) const PHRASES: Phrases = Phrases {
    share_verbs: &["condividi", "condividere", "condivisioni"],
    share_words: &["su", "questo", "articolo", "stampa", "invia", "copia", "link", "email"],
    related_prefixes: &[
        "leggi anche", "leggi di più", "potrebbe interessarti", "articoli correlati", "vedi anche",
        "ti potrebbe interessare", "i più letti", "altre notizie", "correlati", "continua a leggere",
    ],
    comments_headers: &["commenti", "commento", "lascia un commento"],
    comment_lines: &["rispondi", "segnala"],
    comment_form: &["lascia un commento", "invia commento", "pubblica il commento", "nome *", "email *"],
    comment_form_phrases: &[
        "il tuo indirizzo email non sarà pubblicato",
        "i campi obbligatori sono contrassegnati",
    ],
    appeal_lines: &["sostienici", "dona ora", "abbonati", "iscriviti", "iscriviti alla newsletter", "newsletter", "diventa socio"],
    appeal_phrases: &[
        "sostieni il nostro giornalismo",
        "iscriviti alla nostra newsletter",
        "riservato agli abbonati",
    ],
    caption_labels: &["foto", "immagine", "credito", "illustrazione"],
    caption_prefixes: &["foto", "immagine", "foto d'archivio"],
    tag_labels: &["tag", "argomenti", "parole chiave", "temi"],
    bio_roles: &["giornalista", "corrispondente", "redattore", "redattrice", "editorialista", "inviato", "inviata", "cronista"],
    byline_prefixes: &["di"],
    ad_lines: &["pubblicità", "annuncio", "sponsorizzato", "contenuto sponsorizzato"],
    notice_phrases: &[
        "utilizziamo i cookie", "questo sito utilizza cookie", "utilizza cookie", "questo sito usa i cookie",
        "abilita javascript", "tutti i diritti riservati", "informativa sulla privacy",
        "note legali", "termini e condizioni", "partita iva",
    ],
    nav_lines: &[
        "home page", "cerca", "vai al contenuto", "successivo", "precedente", "articolo successivo",
        "articolo precedente", "torna su", "accedi", "registrati", "contatti", "chiudi",
    ],
    dateline_prefixes: &["aggiornato", "pubblicato", "aggiornato il", "pubblicato il"],
    reading_time_words: &["min di lettura", "minuti di lettura", "tempo di lettura"],
    months: &["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
    copulas: &["è", "era", "scrive"],
    stopwords: &["a", "ad", "agli", "ai", "al", "alla", "alle", "allo", "anche", "avere", "aveva", "c", "che", "chi", "ci", "come", "con", "contro", "cui", "da", "dagli", "dai", "dal", "dalla", "dalle", "degli", "dei", "del", "della", "delle", "dello", "di", "dove", "e", "ed", "era", "erano", "essere", "gli", "ha", "hanno", "i", "il", "in", "io", "la", "le", "lei", "li", "lo", "loro", "lui", "ma", "mi", "mia", "mio", "molto", "ne", "negli", "nei", "nel", "nella", "nelle", "nello", "noi", "non", "nostro", "o", "per", "perché", "più", "poi", "quale", "quando", "quella", "quelle", "quello", "questa", "queste", "questo", "se", "sei", "si", "sia", "siamo", "sono", "sotto", "stato", "su", "sua", "sue", "suo", "suoi", "sul", "sulla", "tra", "tu", "tutti", "tutto", "un", "una", "uno", "è"],
};
