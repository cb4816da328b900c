//! French chrome phrases.

use super::Phrases;

#[rustfmt::skip]
pub(crate) const PHRASES: Phrases = Phrases {
    share_verbs: &["partager", "partagez", "partages", "tweeter"],
    share_words: &["cet", "article", "sur", "par", "imprimer", "envoyer", "lien", "copier", "courriel", "le"],
    related_prefixes: &[
        "article précédent", "article suivant", "plus de l'auteur",
        "à lire aussi", "a lire aussi", "lire aussi", "voir aussi", "lire la suite", "sur le même sujet",
        "articles similaires", "à voir aussi", "nos articles", "les plus lus", "à découvrir",
        "en savoir plus", "pour aller plus loin",
        "articles récents", "sur le même thème", "à lire également", "a lire également", "dans la même rubrique", "derniers articles", "vous aimerez aussi", "vous aimerez aussi", "lire également", "voir également", "les plus populaires", "nos derniers articles", "articles liés", "articles connexes", "dernières actualités", "toute l'actualité", "ces articles peuvent vous intéresser", "à voir également", "plus d'articles",
    ],
    comments_headers: &["commentaires", "commentaire", "réagissez", "réactions", "vos réactions", "réagir", "réagissez à cet article", "aucun commentaire", "un commentaire", "commentaires fermés", "les commentaires sont fermés"],
    comment_lines: &["répondre", "signaler", "signaler un abus"],
    comment_form: &["laisser un commentaire", "ajouter un commentaire", "publier le commentaire", "nom *", "e-mail *", "laisser une réponse", "qui êtes-vous", "votre commentaire", "votre nom", "votre email", "envoyer le commentaire", "annuler la réponse", "se connecter pour commenter", "prénom", "nom", "votre adresse électronique", "adresse électronique", "adresse e-mail", "code postal", "pays", "ville", "téléphone", "numéro de téléphone", "numéro de téléphone portable", "message", "votre message", "sujet", "envoyer", "valider"],
    comment_form_phrases: &[
        "veuillez saisir votre commentaire", "veuillez entrer votre commentaire", "veuillez saisir votre nom", "veuillez entrer votre nom", "vous avez entré une adresse e-mail incorrecte", "veuillez saisir votre adresse e-mail", "veuillez entrer votre adresse e-mail",
        "votre adresse e-mail ne sera pas publiée",
        "votre adresse de messagerie ne sera pas publiée",
        "les champs obligatoires sont indiqués",
        "pour commenter", "connectez-vous pour",
    ],
    appeal_lines: &[
        "soutenez-nous", "faire un don", "faites un don", "abonnez-vous", "s'abonner", "newsletter",
        "inscrivez-vous à notre newsletter", "devenir membre",
        "je fais un don", "abonnez-vous à la newsletter", "recevez notre newsletter", "suivez-nous", "soutenir", "je m'abonne", "s'inscrire à la newsletter",
    ],
    appeal_phrases: &[
        "soutenez notre journalisme",
        "inscrivez-vous à notre newsletter",
        "abonnez-vous à notre newsletter",
        "réservé aux abonnés",
        "il vous reste",
        "recevez chaque", "inscrivez-vous à", "abonnez-vous pour", "cet article est réservé", "réservé à nos abonnés", "suivez-nous sur", "soutenez-nous",
        "dans votre boîte mail", "désinscrire à tout moment",
        "liste de diffusion", "vous désinscrire", "je fais un don", "faire un don", "j'adhère", "j’adhère", "adhérer",
    ],
    caption_labels: &["photo", "crédit photo", "crédits", "illustration", "image"],
    caption_prefixes: &["photo", "illustration", "photo d'archives"],
    tag_labels: &["mots-clés", "mots clés", "étiquettes", "thèmes", "tags", "catégories", "catégorie", "rubriques", "rubrique", "sujets", "classé dans"],
    bio_roles: &["journaliste", "correspondant", "correspondante", "rédacteur", "rédactrice", "chroniqueur", "chroniqueuse", "reporter", "éditorialiste"],
    byline_prefixes: &["par"],
    ad_lines: &["publicité", "sponsorisé", "contenu sponsorisé", "la suite après la publicité", "annonce"],
    notice_phrases: &[
        "nous utilisons des cookies", "ce site utilise des cookies", "utilise des cookies",
        "paramètres des cookies", "veuillez activer javascript", "tous droits réservés",
        "utilisation des cookies", "en poursuivant votre navigation", "gérer les cookies", "accepter les cookies", "reproduction interdite",
    ],
    notice_labels: &["mentions légales", "politique de confidentialité", "conditions générales"],
    nav_lines: &[
        "accueil", "rechercher", "recherche", "aller au contenu", "article suivant", "article précédent",
        "suivant", "précédent", "haut de page", "se connecter", "connexion", "contact", "fermer",
        "retour", "retour à la liste", "imprimer", "plan du site", "mon compte", "panier", "aide", "voir tout", "voir plus", "tout voir", "lire plus",
    ],
    dateline_prefixes: &["mis à jour", "publié", "publié le", "modifié le"],
    reading_time_words: &["min de lecture", "minutes de lecture", "temps de lecture"],
    months: &["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    copulas: &["est", "était", "écrit"],
    stopwords: &["a", "afin", "ai", "aie", "aient", "ainsi", "alors", "au", "aucun", "aussi", "autre", "aux", "avait", "avaient", "avant", "avec", "avoir", "bien", "c", "ce", "ceci", "cela", "celle", "celles", "celui", "ces", "cet", "cette", "chaque", "comme", "comment", "d", "dans", "de", "des", "deux", "doit", "donc", "dont", "du", "elle", "elles", "en", "encore", "entre", "est", "et", "été", "être", "eu", "eux", "fait", "faire", "il", "ils", "j", "je", "l", "la", "le", "les", "leur", "leurs", "lui", "m", "ma", "mais", "me", "même", "mes", "moi", "mon", "n", "ne", "ni", "non", "nos", "notre", "nous", "on", "ont", "ou", "où", "par", "parce", "pas", "peu", "peut", "plus", "pour", "pourquoi", "qu", "quand", "que", "quel", "quelle", "quels", "qui", "s", "sa", "sans", "se", "ses", "si", "son", "sont", "sous", "sur", "ta", "te", "tes", "toi", "ton", "tous", "tout", "toute", "toutes", "très", "tu", "un", "une", "vers", "vos", "votre", "vous", "y", "à", "ça"],
    bio_headers: &["à propos de l'auteur", "a propos de l'auteur", "l'auteur", "auteur", "sur l'auteur"],
    about_prefixes: &["à propos de"],
    bio_phrases: &["suivez-le sur", "suivez-la sur"],
    legal_phrases: &["à titre informatif", "ne remplace pas un avis médical", "reproduction, même partielle", "sans autorisation préalable"],
};
