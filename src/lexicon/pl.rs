//! Polish chrome phrases.

use super::Phrases;

#[rustfmt::skip]
pub(crate) const PHRASES: Phrases = Phrases {
    share_verbs: &["udostępnij", "udostępnienia", "podziel", "tweetnij"],
    share_words: &["się", "na", "ten", "artykuł", "drukuj", "wyślij", "kopiuj", "link"],
    related_prefixes: &[
        "poprzedni artykuł", "następny artykuł", "więcej od autora",
        "czytaj też", "czytaj także", "czytaj więcej", "zobacz też", "zobacz także", "przeczytaj też",
        "przeczytaj także", "polecamy", "podobne artykuły", "najczęściej czytane", "więcej informacji",
        "powiązane artykuły", "najnowsze", "najpopularniejsze", "zobacz również", "czytaj również", "przeczytaj również", "podobne wpisy", "najnowsze artykuły", "więcej artykułów", "może cię zainteresować", "polecane",
    ],
    comments_headers: &["komentarze", "komentarz", "dyskusja", "brak komentarzy", "jeden komentarz", "komentarze zostały zamknięte"],
    comment_lines: &["odpowiedz", "zgłoś", "zgłoś naruszenie"],
    comment_form: &["dodaj komentarz", "napisz komentarz", "skomentuj", "opublikuj komentarz", "imię *", "e-mail *", "anuluj pisanie odpowiedzi", "twój komentarz", "twoje imię", "twój e-mail", "opublikuj", "imię", "nazwisko", "adres e-mail", "kod pocztowy", "kraj", "miasto", "telefon", "wiadomość", "temat", "wyślij"],
    comment_form_phrases: &[
        "proszę wpisać swój komentarz", "wpisz swój komentarz", "proszę podać swoje imię", "podałeś niewłaściwy adres e-mail", "proszę podać swój adres e-mail",
        "twój adres e-mail nie zostanie opublikowany",
        "wymagane pola są oznaczone",
    ],
    appeal_lines: &["wesprzyj nas", "wesprzyj", "przekaż darowiznę", "subskrybuj", "zapisz się", "newsletter", "zostań patronem", "zapisz się do newslettera", "obserwuj nas", "zostań subskrybentem"],
    appeal_phrases: &[
        "wesprzyj nasze dziennikarstwo",
        "zapisz się do newslettera",
        "zapisz się na newsletter",
        "treść dostępna dla subskrybentów",
        "zapisz się do", "obserwuj nas na", "wesprzyj nas",
        "lista mailingowa", "wypisać się", "przekaż darowiznę",
    ],
    caption_labels: &["fot", "foto", "zdjęcie", "ilustracja", "grafika"],
    caption_prefixes: &["fot", "zdjęcie", "zdjęcie ilustracyjne"],
    tag_labels: &["tagi", "tematy", "słowa kluczowe", "kategorie", "kategoria", "tagi:", "opublikowano w"],
    bio_roles: &["dziennikarz", "dziennikarka", "korespondent", "korespondentka", "redaktor", "redaktorka", "reporter", "reporterka", "publicysta", "publicystka"],
    byline_prefixes: &["autor", "autorka"],
    ad_lines: &["reklama", "materiał sponsorowany", "artykuł sponsorowany", "dalsza część artykułu pod materiałem wideo"],
    notice_phrases: &[
        "używamy plików cookie", "ta strona używa plików cookie", "korzysta z plików cookie",
        "polityka prywatności", "włącz javascript", "wszelkie prawa zastrzeżone", "pliki cookie", "plików cookies", "polityka cookies", "akceptuję",
    ],
    notice_labels: &["regulamin"],
    nav_lines: &[
        "strona główna", "szukaj", "przejdź do treści", "następny", "poprzedni", "następny artykuł",
        "poprzedni artykuł", "do góry", "zaloguj się", "zarejestruj się", "kontakt", "zamknij",
        "wróć", "powrót", "drukuj", "mapa strony", "moje konto", "koszyk", "zobacz wszystkie", "czytaj więcej", "pomoc",
    ],
    dateline_prefixes: &["aktualizacja", "opublikowano", "data publikacji", "zaktualizowano"],
    reading_time_words: &["min czytania", "minut czytania", "czas czytania"],
    months: &["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia", "styczeń", "luty", "marzec", "kwiecień", "maj", "czerwiec", "lipiec", "sierpień", "wrzesień", "październik", "listopad", "grudzień"],
    copulas: &["jest", "był", "była", "pisze"],
    stopwords: &["a", "aby", "ale", "bardzo", "bez", "bo", "być", "był", "była", "było", "były", "będzie", "co", "czy", "dla", "do", "gdy", "gdzie", "go", "i", "ich", "im", "iż", "jak", "jako", "jednak", "jego", "jej", "jest", "jeszcze", "jeśli", "już", "każdy", "kiedy", "kto", "która", "które", "którego", "który", "lub", "ma", "mają", "może", "można", "na", "nad", "nie", "nim", "nich", "niż", "o", "od", "oraz", "po", "pod", "ponieważ", "przed", "przez", "przy", "również", "się", "sobie", "są", "ta", "tak", "takie", "także", "tam", "te", "tego", "tej", "ten", "też", "to", "tu", "tylko", "tym", "u", "w", "we", "więc", "wszystko", "z", "za", "że", "żeby"],
    bio_headers: &["o autorze", "o autorce", "autor"],
    about_prefixes: &["o"],
    bio_phrases: &["obserwuj go na", "obserwuj ją na"],
    legal_phrases: &["wyłącznie w celach informacyjnych", "nie zastępuje porady lekarskiej", "kopiowanie i rozpowszechnianie"],
};
