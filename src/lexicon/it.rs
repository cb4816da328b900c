//! Italian chrome phrases.

use super::Phrases;

#[rustfmt::skip]
pub(crate) const PHRASES: Phrases = Phrases {
    share_verbs: &["condividi", "condividere", "condivisioni"],
    share_words: &["su", "questo", "articolo", "stampa", "invia", "copia", "link", "email"],
    related_prefixes: &[
        "articolo precedente", "articolo successivo", "altri articoli dell'autore",
        "leggi anche", "leggi di più", "potrebbe interessarti", "articoli correlati", "vedi anche",
        "ti potrebbe interessare", "i più letti", "altre notizie", "correlati", "continua a leggere",
        "articoli recenti", "ultime notizie", "potrebbe interessarti anche", "articoli simili", "ti potrebbero interessare", "più letti", "notizie correlate", "leggi altro", "in evidenza", "da non perdere",
    ],
    comments_headers: &["commenti", "commento", "nessun commento", "un commento", "commenti chiusi", "i commenti sono chiusi"],
    comment_lines: &["rispondi", "segnala"],
    comment_form: &["lascia un commento", "invia commento", "pubblica il commento", "nome *", "email *", "lascia una risposta", "annulla risposta", "il tuo commento", "il tuo nome", "la tua email", "nome", "cognome", "indirizzo email", "codice postale", "paese", "città", "telefono", "messaggio", "oggetto", "invia"],
    comment_form_phrases: &[
        "per favore inserisci il tuo commento", "per favore inserisci il tuo nome", "inserisci il tuo commento", "hai inserito un indirizzo email errato", "per favore inserisci il tuo indirizzo email",
        "il tuo indirizzo email non sarà pubblicato",
        "i campi obbligatori sono contrassegnati",
    ],
    appeal_lines: &["sostienici", "dona ora", "abbonati", "iscriviti", "iscriviti alla newsletter", "newsletter", "diventa socio", "iscriviti alla nostra newsletter", "seguici", "abbonati ora", "sostieni"],
    appeal_phrases: &[
        "sostieni il nostro giornalismo",
        "iscriviti alla nostra newsletter",
        "riservato agli abbonati",
        "iscriviti alla", "seguici su", "ricevi le notizie", "abbonati per",
        "mailing list", "cancellarti in qualsiasi momento", "fai una donazione",
    ],
    caption_labels: &["foto", "immagine", "credito", "illustrazione"],
    caption_prefixes: &["foto", "immagine", "foto d'archivio"],
    tag_labels: &["tag", "argomenti", "parole chiave", "temi", "categorie", "categoria", "archiviato in", "pubblicato in"],
    bio_roles: &["giornalista", "corrispondente", "redattore", "redattrice", "editorialista", "inviato", "inviata", "cronista"],
    byline_prefixes: &["di"],
    ad_lines: &["pubblicità", "annuncio", "sponsorizzato", "contenuto sponsorizzato"],
    notice_phrases: &[
        "utilizziamo i cookie", "questo sito utilizza cookie", "utilizza cookie", "questo sito usa i cookie",
        "abilita javascript", "tutti i diritti riservati", "uso dei cookie", "accetta i cookie", "proseguendo la navigazione", "riproduzione riservata",
    ],
    notice_labels: &["informativa sulla privacy", "note legali", "termini e condizioni", "partita iva", "cookie policy"],
    nav_lines: &[
        "home page", "cerca", "vai al contenuto", "successivo", "precedente", "articolo successivo",
        "articolo precedente", "torna su", "accedi", "registrati", "contatti", "chiudi",
        "torna indietro", "indietro", "stampa", "mappa del sito", "il mio account", "carrello", "vedi tutti", "leggi di più", "aiuto",
    ],
    dateline_prefixes: &["aggiornato", "pubblicato", "aggiornato il", "pubblicato il"],
    reading_time_words: &["min di lettura", "minuti di lettura", "tempo di lettura"],
    months: &["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
    copulas: &["è", "era", "scrive"],
    stopwords: &["a", "ad", "agli", "ai", "al", "alla", "alle", "allo", "anche", "avere", "aveva", "c", "che", "chi", "ci", "come", "con", "contro", "cui", "da", "dagli", "dai", "dal", "dalla", "dalle", "degli", "dei", "del", "della", "delle", "dello", "di", "dove", "e", "ed", "era", "erano", "essere", "gli", "ha", "hanno", "i", "il", "in", "io", "la", "le", "lei", "li", "lo", "loro", "lui", "ma", "mi", "mia", "mio", "molto", "ne", "negli", "nei", "nel", "nella", "nelle", "nello", "noi", "non", "nostro", "o", "per", "perché", "più", "poi", "quale", "quando", "quella", "quelle", "quello", "questa", "queste", "questo", "se", "sei", "si", "sia", "siamo", "sono", "sotto", "stato", "su", "sua", "sue", "suo", "suoi", "sul", "sulla", "tra", "tu", "tutti", "tutto", "un", "una", "uno", "è"],
    bio_headers: &["sull'autore", "l'autore", "autore", "chi sono"],
    about_prefixes: &["su"],
    bio_phrases: &["seguilo su", "seguila su"],
    legal_phrases: &["a scopo informativo", "non sostituisce il parere medico", "è vietata la riproduzione", "senza autorizzazione"],
};
