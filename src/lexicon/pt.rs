//! Portuguese chrome phrases.

use super::Phrases;

#[rustfmt::skip]
pub(crate) const PHRASES: Phrases = Phrases {
    share_verbs: &["compartilhar", "compartilhe", "partilhar", "partilhe", "compartilhamentos"],
    share_words: &["no", "na", "este", "artigo", "por", "imprimir", "enviar", "copiar", "link"],
    related_prefixes: &[
        "artigo anterior", "próximo artigo", "mais do autor",
        "leia também", "leia mais", "veja também", "saiba mais", "notícias relacionadas",
        "você pode gostar", "mais lidas", "relacionadas", "recomendado", "mais notícias",
        "posts relacionados", "matérias relacionadas", "últimas notícias", "veja mais", "artigos relacionados", "leia mais sobre", "conteúdo relacionado", "você também pode gostar", "mais populares", "destaques",
    ],
    comments_headers: &["comentários", "comentário", "nenhum comentário", "sem comentários", "um comentário", "comentários encerrados"],
    comment_lines: &["responder", "denunciar"],
    comment_form: &["deixe um comentário", "deixe uma resposta", "publicar comentário", "nome *", "e-mail *", "cancelar resposta", "seu comentário", "seu nome", "seu e-mail", "deixe seu comentário", "nome", "sobrenome", "endereço de e-mail", "código postal", "país", "cidade", "telefone", "mensagem", "assunto", "enviar"],
    comment_form_phrases: &[
        "por favor digite seu comentário", "por favor, digite seu comentário", "por favor digite seu nome", "por favor, digite seu nome", "você forneceu um endereço de e-mail incorreto", "por favor digite seu endereço de e-mail",
        "o seu endereço de e-mail não será publicado",
        "seu endereço de e-mail não será publicado",
        "campos obrigatórios são marcados",
    ],
    appeal_lines: &["apoie", "apoie-nos", "doe", "assine", "assine já", "newsletter", "seja membro", "inscreva-se", "assine nossa newsletter", "receba nossa newsletter", "siga-nos", "inscreva-se na newsletter", "seja assinante"],
    appeal_phrases: &[
        "apoie o nosso jornalismo",
        "apoie nosso jornalismo",
        "assine a nossa newsletter",
        "assine nossa newsletter",
        "conteúdo exclusivo para assinantes",
        "assine a", "receba as", "siga-nos no", "cadastre-se para",
        "lista de e-mails", "cancelar a inscrição", "faça uma doação",
    ],
    caption_labels: &["foto", "fotografia", "imagem", "crédito", "ilustração"],
    caption_prefixes: &["foto", "imagem", "foto de arquivo"],
    tag_labels: &["tags", "temas", "etiquetas", "palavras-chave", "assuntos", "categorias", "categoria", "arquivado em", "publicado em", "marcadores"],
    bio_roles: &["jornalista", "correspondente", "repórter", "redator", "redatora", "colunista", "editor", "editora"],
    byline_prefixes: &["por"],
    ad_lines: &["publicidade", "anúncio", "patrocinado", "conteúdo patrocinado", "continua após a publicidade"],
    notice_phrases: &[
        "utilizamos cookies", "este site utiliza cookies", "usamos cookies", "utiliza cookies",
        "ative o javascript", "todos os direitos reservados",
        "uso de cookies", "aceitar cookies", "ao continuar navegando", "proibida a reprodução",
    ],
    notice_labels: &["política de privacidade", "termos de uso", "política de cookies"],
    nav_lines: &[
        "início", "página inicial", "buscar", "pesquisar", "ir para o conteúdo", "próximo", "anterior",
        "próximo artigo", "artigo anterior", "voltar ao topo", "entrar", "contato", "contacto", "fechar",
        "voltar", "imprimir", "mapa do site", "minha conta", "ver mais", "ver todos", "leia mais", "ajuda",
    ],
    dateline_prefixes: &["atualizado", "publicado", "atualizado em", "publicado em"],
    reading_time_words: &["min de leitura", "minutos de leitura", "tempo de leitura"],
    months: &["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
    copulas: &["é", "foi", "escreve"],
    stopwords: &["a", "ao", "aos", "aquela", "aquele", "as", "até", "com", "como", "da", "das", "de", "dela", "dele", "deles", "depois", "do", "dos", "e", "ela", "elas", "ele", "eles", "em", "entre", "era", "essa", "esse", "esta", "este", "eu", "foi", "for", "foram", "há", "isso", "isto", "já", "lhe", "mais", "mas", "me", "mesmo", "meu", "minha", "muito", "na", "nas", "nem", "no", "nos", "nossa", "nosso", "não", "num", "numa", "o", "os", "ou", "para", "pela", "pelas", "pelo", "pelos", "por", "qual", "quando", "que", "quem", "se", "sem", "ser", "seu", "seus", "sua", "suas", "são", "só", "também", "te", "tem", "têm", "um", "uma", "você", "à", "às", "é"],
    bio_headers: &["sobre o autor", "sobre a autora", "autor", "autora"],
    about_prefixes: &["sobre"],
    bio_phrases: &["siga-o no", "siga-a no"],
    legal_phrases: &["para fins informativos", "não substitui a orientação médica", "proibida a reprodução", "sem autorização prévia"],
};
