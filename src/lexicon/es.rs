//! Spanish chrome phrases.

use super::Phrases;

#[rustfmt::skip]
pub(crate) const PHRASES: Phrases = Phrases {
    share_verbs: &["compartir", "comparte", "compartido", "tuitear"],
    share_words: &["en", "este", "artículo", "por", "imprimir", "enviar", "enlace", "copiar", "correo"],
    related_prefixes: &[
        "artículo anterior", "artículo siguiente", "más del autor",
        "leer más", "lea también", "lee también", "ver también", "te puede interesar", "también te puede interesar",
        "noticias relacionadas", "artículos relacionados", "más información", "lo más leído", "relacionado",
        "recomendado", "más noticias",
        "notas relacionadas", "te recomendamos", "lo más visto", "últimas noticias", "artículos recientes", "entradas relacionadas", "más leídas", "quizás te interese", "otras noticias", "contenido relacionado", "noticias destacadas", "te puede gustar",
    ],
    comments_headers: &["comentarios", "comentario", "sin comentarios", "un comentario", "comentarios cerrados", "los comentarios están cerrados", "opiniones"],
    comment_lines: &["responder", "denunciar", "reportar"],
    comment_form: &["deja un comentario", "dejar un comentario", "publicar comentario", "nombre *", "correo electrónico *", "deja una respuesta", "cancelar respuesta", "publicar un comentario", "tu comentario", "tu nombre", "tu email", "deja tu comentario", "nombre", "apellidos", "correo electrónico", "código postal", "país", "ciudad", "teléfono", "mensaje", "asunto", "enviar"],
    comment_form_phrases: &[
        "por favor ingrese su comentario", "por favor ingrese su nombre", "por favor introduce tu comentario", "por favor introduce tu nombre", "has introducido una dirección de correo electrónico incorrecta", "por favor ingrese su dirección de correo electrónico",
        "tu dirección de correo electrónico no será publicada",
        "los campos obligatorios están marcados",
        "para comentar", "inicia sesión para",
    ],
    appeal_lines: &["apóyanos", "dona", "donar", "suscríbete", "suscribirse", "boletín", "hazte socio", "hazte miembro", "suscríbete a nuestro boletín", "recibe nuestro boletín", "síguenos", "hazte suscriptor", "dona ahora", "apoya"],
    appeal_phrases: &[
        "apoya nuestro periodismo",
        "suscríbete a nuestro boletín",
        "suscríbete a nuestra newsletter",
        "contenido exclusivo para suscriptores",
        "suscríbete a", "recibe nuestras", "síguenos en", "regístrate gratis",
        "en tu bandeja de entrada", "darte de baja en cualquier momento",
        "lista de correo", "darte de baja", "hazte socio", "dona ahora",
    ],
    caption_labels: &["foto", "fotografía", "imagen", "crédito", "ilustración"],
    caption_prefixes: &["foto", "imagen", "foto de archivo"],
    tag_labels: &["etiquetas", "temas", "palabras clave", "tags", "categorías", "categoría", "archivado en", "publicado en", "etiquetado"],
    bio_roles: &["periodista", "corresponsal", "redactor", "redactora", "columnista", "reportero", "reportera", "editor", "editora"],
    byline_prefixes: &["por"],
    ad_lines: &["publicidad", "anuncio", "patrocinado", "contenido patrocinado"],
    notice_phrases: &[
        "utilizamos cookies", "este sitio web utiliza cookies", "usamos cookies", "utiliza cookies",
        "activa javascript", "todos los derechos reservados",
        "uso de cookies", "aceptar cookies", "si continúas navegando", "prohibida su reproducción",
    ],
    notice_labels: &["aviso legal", "política de privacidad", "términos y condiciones", "política de cookies"],
    nav_lines: &[
        "inicio", "menú", "buscar", "ir al contenido", "siguiente", "anterior", "artículo siguiente",
        "artículo anterior", "volver arriba", "iniciar sesión", "registrarse", "contacto", "cerrar",
        "volver", "imprimir", "mapa del sitio", "mi cuenta", "ver más", "ver todo", "ver todos", "leer más", "ayuda",
    ],
    dateline_prefixes: &["actualizado", "publicado", "actualizado el", "publicado el"],
    reading_time_words: &["min de lectura", "minutos de lectura", "tiempo de lectura"],
    months: &["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
    copulas: &["es", "fue", "escribe"],
    stopwords: &["a", "al", "algo", "algunas", "algunos", "ante", "antes", "como", "con", "contra", "cual", "cuando", "de", "del", "desde", "donde", "durante", "e", "el", "ella", "ellas", "ellos", "en", "entre", "era", "es", "esa", "esas", "ese", "eso", "esos", "esta", "estaba", "estado", "estas", "este", "esto", "estos", "está", "están", "fue", "fueron", "ha", "habia", "había", "han", "hasta", "hay", "la", "las", "le", "les", "lo", "los", "mas", "me", "mi", "muy", "más", "mí", "nada", "ni", "no", "nos", "nosotros", "o", "os", "otra", "otras", "otro", "otros", "para", "pero", "poco", "por", "porque", "que", "quien", "se", "sea", "ser", "si", "sido", "sin", "sobre", "son", "su", "sus", "también", "tanto", "te", "tiene", "tienen", "todo", "todos", "tu", "tus", "un", "una", "uno", "unos", "y", "ya", "yo", "él"],
    bio_headers: &["sobre el autor", "acerca del autor", "autor", "sobre la autora"],
    about_prefixes: &["sobre"],
    bio_phrases: &["síguelo en", "síguela en"],
    legal_phrases: &["con fines informativos", "no sustituye el consejo médico", "queda prohibida la reproducción", "sin autorización previa"],
};
