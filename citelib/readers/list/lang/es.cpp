// Spanish Wikipedia (Plantilla:Cita web / Cita libro, CS1 port) and Spanish free text.
#include "readers/list/lang/reader_language.hpp"

namespace citelib::list {

namespace {
constexpr std::string_view kOtherSections[] = {"Enlaces externos", "Véase también"};
constexpr std::string_view kHeadings[] = {
    "Referencias", "Notas", "Bibliografía", "Fuentes", "Notas y referencias", "Citas",
};
constexpr std::string_view kJumpUp[] = {"Saltar a:"};
constexpr std::string_view kCiteErrors[] = {"Error en la cita:"};
constexpr Phrase kPhrases[] = {
    {"– vía {text}", PhraseField::via},
    {"Traducido por {text}", PhraseField::translator},
    {"Traducción de {text}", PhraseField::translator},  // cita libro |traductor=
    {"Entrevistado por {text}", PhraseField::interviewer},  // cite interview |interviewer=
    {"Prólogo de {text}", PhraseField::contributor},
    {"Epílogo de {text}", PhraseField::contributor},
    {"Resumen divulgativo {text}", PhraseField::annotation},
};
constexpr std::string_view kLanguageTagWords[] = {"en"};
constexpr LanguageName kLanguages[] = {
    {"inglés", "en"}, {"español", "es"}, {"castellano", "es"}, {"portugués", "pt"},
    {"francés", "fr"}, {"alemán", "de"}, {"italiano", "it"}, {"ruso", "ru"},
    {"coreano", "ko"}, {"japonés", "ja"}, {"chino", "zh"}, {"neerlandés", "nl"},
    {"catalán", "ca"}, {"gallego", "gl"}, {"euskera", "eu"}, {"latín", "la"},
    {"árabe", "ar"}, {"polaco", "pl"}, {"sueco", "sv"}, {"griego", "el"}, {"turco", "tr"},
};
constexpr TypeLabel kTypeLabels[] = {
    {"Informe", ItemType::report, true},
    {"Informe técnico", ItemType::report, true},
    {"Tesis", ItemType::thesis, true},
    {"Tesis doctoral", ItemType::thesis, true},
    {"Tesis de maestría", ItemType::thesis, true},
    // The other degrees' theses as es articles label them: licenciatura and grado (the
    // first degree), máster and magíster (the Spanish and American master's), the final
    // projects of the Bologna degrees.
    {"Tesis de licenciatura", ItemType::thesis, true},
    {"Tesis de grado", ItemType::thesis, true},
    {"Tesis de máster", ItemType::thesis, true},
    {"Tesis de magíster", ItemType::thesis, true},
    {"Trabajo de fin de grado", ItemType::thesis, true},
    {"Trabajo de fin de máster", ItemType::thesis, true},
    {"Comunicado de prensa", ItemType::document, true},
    {"Nota de prensa", ItemType::document, true},
    {"lista de correo", ItemType::document, false},
    {"Entrevista", ItemType::document, false},
    {"Mapa", ItemType::document, false},
    // cita AV media |medio=: "Roma (película). Netflix."
    {"Película", ItemType::document, false},
    {"Documental", ItemType::document, false},
    {"Serie de televisión", ItemType::document, false},
    {"Videojuego", ItemType::document, false},
    {"Álbum", ItemType::document, false},
    {"Sencillo", ItemType::document, false},
    {"Notas del disco", ItemType::document, false},
    // printed music (cite book |type=): "Sinfonía n.º 9 (Partitura)."
    {"Partitura", ItemType::document, false},
};
constexpr std::string_view kListLabels[] = {"lista de correo"};
constexpr std::string_view kEditorIn[] = {"En:", "En"};
// "editor"/"editores": NLM's "En: Brown A, editor. Libro."
constexpr std::string_view kEditorMarks[] = {"(eds.)", "(ed.)", "eds.", "ed.", "ed", "(coord.)", "(coords.)", "(coord)", "(dir.)", "coord.", "coords.", "coord", "dir.", "editores", "editor"};
constexpr std::string_view kPageLabels[] = {"pp.", "p.", "págs.", "pág.", "Páginas", "Página", "páginas", "página", "pp", "p"};
constexpr std::string_view kVolumeLabels[] = {"Vol.", "vol.", "Volumen", "volumen", "Tomo", "tomo", "Vol", "vol", "Temporada"};
constexpr std::string_view kIssueLabels[] = {"núm.", "Núm.", "n.º", "nº", "No.", "no.", "Número", "número", "no", "Episodio"};
constexpr std::string_view kSectionLabels[] = {"§", "Sección", "sección"};
constexpr std::string_view kPageCount[] = {"págs.", "páginas"};
// "2 vols.", the count of a work's volumes (CSL number-of-volumes).
constexpr std::string_view kVolumeCount[] = {"vols.", "vols", "volúmenes", "tomos"};
constexpr std::string_view kEditionSuffixes[] = {"edición", "ed."};

constexpr MessageSpan kCs1Spans[] = {
    {"|", "(ayuda)"}, {"Texto \"", "(ayuda)"}, {"Texto \u00AB", "(ayuda)"}, {"Error en la cita:", ""}, {"CS1:", ""},
};
// Words before a message's "|parámetro=" or "CS1:" ("Parámetro desconocido |coautores= ignorado
// (ayuda)", "Mantenimiento CS1: …"), read only where a message is found.
constexpr std::string_view kCs1LeadIns[] = {"Parámetro desconocido", "Se sugiere usar", "Mantenimiento"};
constexpr std::string_view kCs1Markers[] = {"[enlace roto]", "[enlace roto disponible en Internet Archive]", "(enlace roto)",
                                            "[cita requerida]", "[sin fuente]", "[verificación fallida]",
                                            "[página requerida]", "[fuente no fiable]", "[fuente cuestionable]"};
constexpr std::string_view kUntitled[] = {"sin título"};
constexpr std::string_view kAccessNotes[] = {"(requiere registro)", "(requiere suscripción)", "(requiere pago)"};
constexpr std::string_view kLinkLabels[] = {"Resumen divulgativo", "Disponible en:"};
constexpr std::string_view kKeepPeriod[] = {"Cía", "Hnos"};
constexpr std::string_view kAbbreviations[] = {
    "Sr", "Sra", "Srta", "Dr", "Dra", "Dpto", "Depto", "pág", "págs", "núm", "Av",
    "Avda", "Ud", "Uds", "Lic", "Ing", "Arq", "Univ", "Fac", "Inst", "Cía", "EE",
    // Printers of old books: "Madrid: Imp. de José Noguera", "Tip. de la Revista de Archivos".
    "Imp", "Tip",
};
constexpr std::string_view kPublisherWords[] = {
    "Editorial", "Ediciones", "Editores", "Editora", "Universidad", "Prensa", "Libros",
};
constexpr std::string_view kNameJoiners[] = {"y"};
constexpr std::string_view kParticles[] = {"de", "del", "la", "las", "los"};
constexpr std::string_view kEtAl[] = {"y otros", "et al."};
constexpr std::string_view kSee[] = {"Véase también", "Véase", "Ver también", "Ver"};
constexpr std::string_view kEventWords[] = {
    "Congreso", "Conferencia", "Simposio", "Jornadas", "Coloquio", "Encuentro", "Seminario",
};
constexpr NameRole kNameRoles[] = {
    {"(directora)", Variable::director}, {"(Productor)", Variable::producer},
    {"(Presentador)", Variable::host}, {"(Entrevistador)", Variable::interviewer},
    {"(Entrevistado)", Variable::author},
};
constexpr std::string_view kDittoWords[] = {"Ibídem", "Ibidem", "Ibíd", "Ibid", "Íd", "Op. cit"};
// "VV. AA." (varios autores): one collective author (written without
// its final period, which may end the element).
constexpr std::string_view kCollectiveAuthors[] = {"VV. AA", "VV.AA", "AA. VV", "AA.VV", "Varios autores"};
constexpr std::string_view kCitedWords[] = {"citado"};
constexpr std::string_view kPatentWords[] = {"patente"};
constexpr std::string_view kOrganisationWords[] = {"Agencia", "Ministerio", "Instituto", "Secretaría", "Departamento", "Oficina", "Consejo", "Comisión", "Asociación", "Sociedad", "Fundación", "Gobierno", "Banco", "Servicio", "Organización", "Centro", "Academia"};
constexpr std::string_view kVersionLabels[] = {"Versión"};
// A book series's first word ("Colección Austral", "Biblioteca de autores cristianos").
constexpr std::string_view kSeriesMarkers[] = {"colección", "biblioteca", "serie"};
constexpr std::string_view kBookLabels[] = {"libro", "libros"};
}  // namespace

extern const ReaderLanguage kSpanish = {
    .code = "es",
    .headings = kHeadings,
    .other_sections = kOtherSections,
    .jump_up = kJumpUp,
    .cite_error_lines = kCiteErrors,
    .phrases = kPhrases,
    .language_tag_words = kLanguageTagWords,
    .language_names = kLanguages,
    .type_labels = kTypeLabels,
    .list_labels = kListLabels,
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
