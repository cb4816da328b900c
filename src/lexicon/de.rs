//! German chrome phrases.

use super::Phrases;

#[rustfmt::skip]
pub(crate) const PHRASES: Phrases = Phrases {
    share_verbs: &["teilen", "geteilt", "twittern"],
    share_words: &["artikel", "seite", "per", "auf", "drucken", "link", "kopieren", "merken", "senden", "beitrag"],
    related_prefixes: &[
        "lesen sie auch", "lesen sie mehr", "mehr zum thema", "auch interessant", "das könnte sie auch interessieren",
        "weitere artikel", "mehr lesen", "weiterlesen", "siehe auch", "empfehlungen", "verwandte artikel",
        "ähnliche artikel", "meistgelesen", "mehr aus", "zum thema", "passend zum thema",
        "ähnliche beiträge", "das könnte dich auch interessieren", "neueste artikel", "neueste beiträge", "beliebte beiträge", "meistgelesene artikel", "themen in diesem artikel", "weitere themen", "top themen", "mehr artikel", "verwandte themen", "weitere beiträge", "letzte beiträge", "aktuelle beiträge", "empfohlene artikel", "passend dazu", "dazu passend", "mehr dazu", "neueste nachrichten", "aktuelle nachrichten", "mehr nachrichten", "weitere nachrichten", "das könnte sie interessieren", "das könnte dich interessieren", "lesen sie mehr zum thema", "lesen sie hier", "hier weiterlesen", "ebenfalls interessant", "beliebte artikel", "meist gelesen", "top-artikel", "weitere artikel zum thema", "artikel zum thema", "mehr zu diesem thema", "neu auf", "video zum thema", "bildergalerie",
    ],
    comments_headers: &["kommentare", "kommentar", "leserkommentare", "diskutieren sie mit", "diskussion", "bisherige kommentare", "kommentare anzeigen", "kommentare lesen", "noch keine kommentare", "derzeit noch keine kommentare", "keine kommentare", "ein kommentar", "meinungen", "ihre meinung"],
    comment_lines: &["antworten", "melden", "gefällt mir", "weitere kommentare laden", "kommentar melden"],
    comment_form: &["kommentar schreiben", "schreibe einen kommentar", "kommentar abschicken", "name *", "e-mail *", "kommentar verfassen", "kommentar hinzufügen", "antwort verfassen", "antworten abbrechen", "antwort abbrechen", "kommentar absenden", "name (erforderlich)", "e-mail (erforderlich)", "e-mail (wird nicht veröffentlicht)", "website", "webseite", "ihr kommentar", "dein kommentar", "einloggen um zu kommentieren", "zum kommentieren anmelden", "vorname", "nachname", "e-mail-adresse", "ihre e-mail-adresse", "telefonnummer", "postleitzahl", "plz", "land", "ort", "firma", "nachricht", "ihre nachricht", "betreff", "absenden", "senden"],
    comment_form_phrases: &[
        "deine e-mail-adresse wird nicht veröffentlicht",
        "ihre e-mail-adresse wird nicht veröffentlicht",
        "erforderliche felder sind mit",
        "pflichtfelder sind mit",
        "wird nicht veröffentlicht", "ich akzeptiere die datenschutz", "meinen namen, meine e-mail-adresse",
    ],
    appeal_lines: &[
        "unterstützen sie uns", "jetzt unterstützen", "jetzt spenden", "spenden", "newsletter",
        "newsletter abonnieren", "jetzt abonnieren", "abonnieren", "mitglied werden", "zum newsletter anmelden",
        "newsletter-anmeldung", "newsletter bestellen", "jetzt newsletter abonnieren", "abonnieren sie unseren newsletter", "unterstützen", "jetzt abo abschließen", "zum abo", "abo abschließen", "folgen sie uns", "folge uns", "folgen sie uns auf facebook", "jetzt registrieren", "kostenlos registrieren",
        "unterstütze uns", "unterstütze uns jetzt",
    ],
    appeal_phrases: &[
        "unterstützen sie unseren journalismus",
        "melden sie sich für unseren newsletter",
        "abonnieren sie unseren newsletter",
        "jetzt weiterlesen mit",
        "um weiterzulesen",
        "ihr beitrag hilft", "unterstützen sie unsere arbeit", "mit ihrer spende", "jetzt spenden", "für unseren newsletter", "zum newsletter", "newsletter abonnieren", "abonnieren sie", "folgen sie uns auf", "dieser artikel ist nur für abonnenten", "exklusiv für abonnenten", "jetzt weiterlesen",
        "jederzeit abbestellen", "in ihr postfach", "ihr postfach",
        "spenden sie", "mitglied werden", "newsletter-abo",
    ],
    caption_labels: &["foto", "fotos", "bild", "bilder", "grafik", "abbildung", "bildquelle", "fotograf", "beitragsbild"],
    caption_prefixes: &["foto", "bild", "archivbild", "symbolbild", "archivfoto"],
    tag_labels: &["schlagwörter", "schlagworte", "stichwörter", "themen", "tags", "markiert mit", "kategorien", "kategorie", "rubrik", "rubriken", "stichworte", "tags zum artikel", "veröffentlicht in", "abgelegt unter"],
    bio_roles: &["korrespondent", "korrespondentin", "redakteur", "redakteurin", "autor", "autorin", "journalist", "journalistin", "reporter", "reporterin", "kolumnist", "kolumnistin"],
    byline_prefixes: &["von", "autor", "autorin", "text"],
    ad_lines: &["anzeige", "werbung", "gesponsert", "sponsored", "artikel wird nach der anzeige fortgesetzt"],
    notice_phrases: &[
        "wir verwenden cookies", "diese website verwendet cookies", "verwendet cookies",
        "cookie-einstellungen", "bitte aktivieren sie javascript", "alle rechte vorbehalten",
        "datenschutzerklärung", "impressum", "nutzungsbedingungen", "agb",
        "verwendung von cookies", "einsatz von cookies", "datenschutzhinweise", "cookie-hinweis", "javascript deaktiviert", "javascript aktivieren", "ihr browser ist veraltet", "nachdruck nur mit genehmigung", "affiliate-links", "provisions-links", "erhalten wir eine provision",
    ],
    nav_lines: &[
        "startseite", "menü", "suche", "zum inhalt springen", "zum hauptinhalt", "nächster artikel",
        "vorheriger artikel", "weiter", "zurück", "nach oben", "anmelden", "registrieren", "kontakt",
        "über uns", "mehr", "schließen",
        "zurück zur übersicht", "zur übersicht", "übersicht", "drucken", "seite drucken", "artikel drucken", "zum seitenanfang", "seitenanfang", "alle artikel", "alle meldungen", "mehr anzeigen", "weitere anzeigen", "alle anzeigen", "navigation", "hauptnavigation", "zur navigation springen", "zum inhalt", "sie sind hier", "mein konto", "warenkorb", "ihr warenkorb ist leer", "hilfe", "barrierefreiheit", "mediadaten", "abo", "jobs", "karriere", "newsletter", "rss", "sitemap", "teilen", "merken",
        "datenschutz", "datenschutzerklärung",
    ],
    dateline_prefixes: &["aktualisiert", "veröffentlicht", "stand", "erstellt", "zuletzt aktualisiert"],
    reading_time_words: &["min. lesezeit", "minuten lesezeit", "lesezeit"],
    months: &["januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember", "jänner"],
    copulas: &["ist", "war", "schreibt", "berichtet"],
    stopwords: &["aber", "alle", "allem", "allen", "aller", "alles", "als", "also", "am", "an", "ander", "andere", "anderen", "auch", "auf", "aus", "bei", "bin", "bis", "bist", "da", "damit", "dann", "das", "dass", "dein", "deine", "dem", "den", "denn", "der", "des", "dich", "die", "dies", "diese", "diesem", "diesen", "dieser", "dieses", "dir", "doch", "dort", "du", "durch", "ein", "eine", "einem", "einen", "einer", "eines", "er", "es", "etwas", "euch", "euer", "für", "gegen", "gewesen", "hab", "habe", "haben", "hat", "hatte", "hatten", "hier", "hin", "hinter", "ich", "ihm", "ihn", "ihnen", "ihr", "ihre", "ihrem", "ihren", "ihrer", "im", "in", "indem", "ins", "ist", "jede", "jedem", "jeden", "jeder", "jedes", "jetzt", "kann", "kein", "keine", "können", "man", "manche", "mein", "meine", "mich", "mir", "mit", "muss", "musste", "nach", "nicht", "nichts", "noch", "nun", "nur", "ob", "oder", "ohne", "sehr", "sein", "seine", "seinem", "seinen", "seiner", "sich", "sie", "sind", "so", "solche", "soll", "sollte", "sondern", "sonst", "über", "um", "und", "uns", "unser", "unter", "viel", "vom", "von", "vor", "war", "waren", "was", "weil", "welche", "wenn", "wer", "werden", "wie", "wieder", "will", "wir", "wird", "wo", "wurde", "wurden", "zu", "zum", "zur", "zwar", "zwischen"],
    bio_headers: &["über den autor", "über die autorin", "über die autoren", "zum autor", "zur autorin", "autor", "autorin", "mehr vom autor", "mehr von der autorin"],
    about_prefixes: &["über"],
    bio_phrases: &["folgen sie ihm auf", "folgen sie ihr auf", "ist erreichbar unter"],
    legal_phrases: &["dient ausschließlich der information", "ersetzt keine ärztliche beratung", "ohne gewähr", "nachdruck, auch auszugsweise", "die meinung des autors", "nicht unbedingt die meinung"],
};
