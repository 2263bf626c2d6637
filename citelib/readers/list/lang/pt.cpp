// Portuguese Wikipedia (CS1 port) and Portuguese free text, including the wording browser
// translation gives English pages ("Recuperado em").
#include "readers/list/lang/reader_language.hpp"

namespace citelib::list {

namespace {
constexpr std::string_view kOtherSections[] = {"Ligações externas", "Ver também"};
constexpr std::string_view kHeadings[] = {
    "Referências", "Notas", "Bibliografia", "Fontes", "Notas e referências", "Citações",
};
constexpr std::string_view kJumpUp[] = {"Ir para:"};
constexpr std::string_view kCiteErrors[] = {"Erro de citação:"};
constexpr Phrase kPhrases[] = {
    {"– via {text}", PhraseField::via},
    {"Traduzido por {text}", PhraseField::translator},
    {"Tradução de {text}", PhraseField::translator},
    {"Entrevistado por {text}", PhraseField::interviewer},  // cite interview |interviewer=
    {"Prefácio de {text}", PhraseField::contributor},
    {"Posfácio de {text}", PhraseField::contributor},
};
constexpr std::string_view kLanguageTagWords[] = {"em"};
constexpr LanguageName kLanguages[] = {
    {"inglês", "en"}, {"espanhol", "es"}, {"castelhano", "es"}, {"português", "pt"},
    {"francês", "fr"}, {"alemão", "de"}, {"italiano", "it"}, {"russo", "ru"},
    {"coreano", "ko"}, {"japonês", "ja"}, {"chinês", "zh"}, {"neerlandês", "nl"},
    {"holandês", "nl"}, {"latim", "la"}, {"catalão", "ca"}, {"árabe", "ar"},
};
constexpr TypeLabel kTypeLabels[] = {
    {"Relatório", ItemType::report, true},
    {"Tese", ItemType::thesis, true},
    {"Tese de doutorado", ItemType::thesis, true},
    {"Dissertação", ItemType::thesis, true},
    {"Dissertação de mestrado", ItemType::thesis, true},
    // European Portuguese: "Tese de doutoramento", "Dissertação de mestrado" as above.
    {"Tese de doutoramento", ItemType::thesis, true},
    {"Tese de livre-docência", ItemType::thesis, true},
    {"Monografia", ItemType::thesis, true},
    {"Trabalho de Conclusão de Curso", ItemType::thesis, true},
    {"Comunicado de imprensa", ItemType::document, true},
    {"Nota de imprensa", ItemType::document, true},  // pt Módulo:Citação/CS1 (press release)
    {"Lista de grupo de correio", ItemType::document, false},
    {"Lista de discussão", ItemType::document, false},
    {"Entrevista", ItemType::document, false},
    {"Filme", ItemType::document, false},
    {"Documentário", ItemType::document, false},
    {"Série de televisão", ItemType::document, false},
    {"Álbum", ItemType::document, false},
    {"Encarte", ItemType::document, false},
    // printed music (cite book |type=): "Sinfonía n.º 9 (Partitura)."
    {"Partitura", ItemType::document, false},
};
constexpr std::string_view kEditorIn[] = {"Em:", "Em", "In:"};
// "editor"/"editores": NLM's "In: Brown A, editor. Livro."
constexpr std::string_view kEditorMarks[] = {"(eds.)", "(ed.)", "(Ed.)", "(Eds.)", "(org.)", "(orgs.)", "(coord.)", "ed.", "org.", "editores", "editor"};
constexpr std::string_view kPageLabels[] = {"pp.", "p.", "pág.", "págs.", "página", "páginas", "pp", "p"};
constexpr std::string_view kVolumeLabels[] = {"Vol.", "vol.", "Volume", "volume", "v.", "Temporada"};
constexpr std::string_view kIssueLabels[] = {"n.º", "nº", "n.", "No.", "no.", "Número", "número", "Episódio"};
constexpr std::string_view kSectionLabels[] = {"§", "Seção", "seção", "Secção"};
constexpr std::string_view kPageCount[] = {"páginas"};
// "2 vols.", the count of a work's volumes (CSL number-of-volumes).
constexpr std::string_view kVolumeCount[] = {"vols.", "vols", "volumes"};
constexpr std::string_view kEditionSuffixes[] = {"edição", "ed."};
constexpr MessageSpan kCs1Spans[] = {
    {"|", "(ajuda)"}, {"Texto \"", "(ajuda)"}, {"Texto \u00AB", "(ajuda)"}, {"Erro de citação:", ""}, {"CS1:", ""},
};
// Words before a message's "|parâmetro=" or "CS1:" ("Parâmetro desconhecido |coautores= ignorado
// (ajuda)", "Manutenção CS1: …"), read only where a message is found.
constexpr std::string_view kCs1LeadIns[] = {"Parâmetro desconhecido", "Verifique data em:", "Manutenção"};
constexpr std::string_view kCs1Markers[] = {"[ligação inativa]", "[ligação inativa]", "[ligação permanente inativa]",
                                            "[carece de fontes?]", "[fonte confiável?]", "[página necessária]",
                                            "[falha na verificação]"};
constexpr std::string_view kUntitled[] = {"sem título"};
constexpr std::string_view kAccessNotes[] = {"(requer registo)", "(requer registro)", "(requer assinatura)", "(acesso restrito)"};
// ABNT "Disponível em: <URL>" labels the address that follows.
constexpr std::string_view kLinkLabels[] = {"Resumo divulgativo", "Disponível em:"};
constexpr std::string_view kKeepPeriod[] = {"Cia", "Ltda"};
// Publishers' abbreviations: "Cia. das Letras", "Cia. Editora Nacional" (Companhia), 19th-century
// "Typ. do Jornal do Commercio" (Typographia), "Imp. Régia", "Livr. Garnier".
constexpr std::string_view kAbbreviations[] = {"Sr", "Sra", "Dr", "Dra", "Prof", "Profa", "pág", "págs", "núm", "Av",
                                               "Cia", "Typ", "Tip", "Imp", "Livr"};
constexpr std::string_view kPublisherWords[] = {"Editora", "Edições", "Livros", "Universidade", "Imprensa"};
constexpr std::string_view kNameJoiners[] = {"e"};
constexpr std::string_view kParticles[] = {"da", "das", "do", "dos", "de"};
constexpr std::string_view kEtAl[] = {"e outros", "et al."};
constexpr std::string_view kSee[] = {"Ver também", "Ver", "Veja também", "Veja"};
constexpr std::string_view kEventWords[] = {
    "Congresso", "Conferência", "Simpósio", "Encontro", "Seminário", "Colóquio",
};
constexpr NameRole kNameRoles[] = {
    {"(Diretor)", Variable::director}, {"(Produtor)", Variable::producer},
    {"(Apresentador)", Variable::host}, {"(Entrevistador)", Variable::interviewer},
    {"(Entrevistado)", Variable::author},
};
constexpr std::string_view kDittoWords[] = {"Ibidem", "Ibid", "Idem", "Op. cit"};
// "VV. AA." (vários autores): one collective author (written without
// its final period, which may end the element).
constexpr std::string_view kCollectiveAuthors[] = {"VV. AA", "VV.AA", "AA. VV", "Vários autores"};
constexpr std::string_view kCitedWords[] = {"citado", "acesso em"};
constexpr std::string_view kPatentWords[] = {"patente"};
constexpr std::string_view kOrganisationWords[] = {"Agência", "Ministério", "Instituto", "Secretaria", "Departamento", "Conselho", "Comissão", "Associação", "Sociedade", "Fundação", "Governo", "Banco", "Serviço", "Organização", "Centro", "Academia"};
constexpr std::string_view kVersionLabels[] = {"Versão"};
// A book series's first word ("Colección Austral", "Biblioteca de autores cristianos").
constexpr std::string_view kSeriesMarkers[] = {"coleção", "colecção", "biblioteca", "série"};
constexpr std::string_view kBookLabels[] = {"livro", "livros"};
}  // namespace

extern const ReaderLanguage kPortuguese = {
    .code = "pt",
    .headings = kHeadings,
    .other_sections = kOtherSections,
    .jump_up = kJumpUp,
    .cite_error_lines = kCiteErrors,
    .phrases = kPhrases,
    .language_tag_words = kLanguageTagWords,
    .language_names = kLanguages,
    .type_labels = kTypeLabels,
    .list_labels = {},
    .editor_in = kEditorIn,
    .editor_marks = kEditorMarks,
    .page_labels = kPageLabels,
    .volume_labels = kVolumeLabels,
    .issue_labels = kIssueLabels,
    .section_labels = kSectionLabels,
    .page_count_labels = kPageCount,
    .volume_count_labels = kVolumeCount,
    .edition_suffixes = kEditionSuffixes,
    .edition_words = {},
    .site_markers = {},
    .cs1_spans = kCs1Spans,
    .cs1_markers = kCs1Markers,
    .untitled_words = kUntitled,
    .access_notes = kAccessNotes,
    .link_labels = kLinkLabels,
    .abbreviations = kAbbreviations,
    .keep_period = kKeepPeriod,
    .publisher_words = kPublisherWords,
    .name_joiners = kNameJoiners,
    .name_particles = kParticles,
    .et_al = kEtAl,
    .see_prefixes = kSee,
    .event_words = kEventWords,
    .name_roles = kNameRoles,
    .ditto_words = kDittoWords,
    .organisation_words = kOrganisationWords,
    .series_markers = kSeriesMarkers,
    .collective_authors = kCollectiveAuthors,
    .cs1_lead_ins = kCs1LeadIns,
    .patent_words = kPatentWords,
    .cited_words = kCitedWords,
    .version_labels = kVersionLabels,
    .book_labels = kBookLabels,
};

}  // namespace citelib::list
