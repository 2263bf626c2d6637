// Italian Wikipedia (Template:Cita web / Cita libro): "su <sito>", "URL consultato il",
// "(EN)" before the title.
#include "readers/list/lang/reader_language.hpp"

namespace citelib::list {

namespace {
constexpr std::string_view kOtherSections[] = {"Collegamenti esterni", "Voci correlate"};
constexpr std::string_view kHeadings[] = {"Note", "Bibliografia", "Fonti", "Riferimenti", "Note e riferimenti"};
constexpr Phrase kPhrases[] = {
    {"tradotto da {text}", PhraseField::translator},
    {"traduzione di {text}", PhraseField::translator},
    {"trad. di {text}", PhraseField::translator},
    {"prefazione di {text}", PhraseField::contributor},
    {"postfazione di {text}", PhraseField::contributor},
};
constexpr LanguageName kLanguages[] = {
    {"inglese", "en"}, {"spagnolo", "es"}, {"portoghese", "pt"}, {"francese", "fr"},
    {"tedesco", "de"}, {"italiano", "it"}, {"russo", "ru"},
};
constexpr TypeLabel kTypeLabels[] = {
    {"Rapporto", ItemType::report, true},
    {"Tesi", ItemType::thesis, true},
    {"Tesi di dottorato", ItemType::thesis, true},
    // Cita tesi's |tipo= and hand-written lists (matched in any case): "…, Tesi di laurea,
    // Politecnico di Milano, 2012.", "…, tesi di dottorato, Università di Pisa, 2016."
    {"Tesi di laurea", ItemType::thesis, true},
    {"Tesi di laurea magistrale", ItemType::thesis, true},
    {"Tesi di laurea triennale", ItemType::thesis, true},
    {"Tesi di specializzazione", ItemType::thesis, true},
    {"Comunicato stampa", ItemType::document, true},
    // printed music (cite book |type=): "Sinfonía n.º 9 (Partitura)."
    {"Partitura", ItemType::document, false},
};
constexpr std::string_view kEditorIn[] = {"in", "In"};
constexpr std::string_view kEditorMarks[] = {"(a cura di)", "a cura di", "(cur.)"};
constexpr std::string_view kPageLabels[] = {"pp.", "p.", "pag.", "pagg."};
constexpr std::string_view kVolumeLabels[] = {"vol.", "Vol."};
constexpr std::string_view kIssueLabels[] = {"n.", "nº", "num."};
constexpr std::string_view kSectionLabels[] = {"§"};
constexpr std::string_view kPageCount[] = {"pp."};
// "2 vols.", the count of a work's volumes (CSL number-of-volumes).
constexpr std::string_view kVolumeCount[] = {"voll.", "voll", "volumi"};
constexpr std::string_view kEditionSuffixes[] = {"ed."};
constexpr std::string_view kEditionWords[] = {"edizione"};
constexpr std::string_view kSite[] = {"su"};
constexpr std::string_view kCs1Markers[] = {"(collegamento interrotto)", "[collegamento interrotto]", "[senza fonte]",
                                            "[non chiaro]", "[fonte non affidabile]"};
constexpr std::string_view kAccessNotes[] = {"(registrazione richiesta)"};
constexpr std::string_view kLinkLabels[] = {"leggi online"};
constexpr std::string_view kKeepPeriod[] = {"Spa"};
// "Firenze, Tip. Barbèra, 1880": a printer (Tipografia) before its name.
constexpr std::string_view kAbbreviations[] = {"Sig", "Dott", "Prof", "pag", "pagg", "vol", "n", "cap", "Tip"};
constexpr std::string_view kPublisherWords[] = {"Editore", "Editori", "Edizioni", "Università", "Mondadori", "Einaudi", "Feltrinelli"};
constexpr std::string_view kNameJoiners[] = {"e"};
constexpr std::string_view kParticles[] = {"di", "da", "de", "del", "della", "degli"};
constexpr std::string_view kEtAl[] = {"et al.", "e altri"};
constexpr std::string_view kSee[] = {"Vedi anche", "Vedi", "Cfr."};
constexpr std::string_view kEventWords[] = {
    "Convegno", "Conferenza", "Congresso", "Simposio", "Seminario",
};
constexpr NameRole kNameRoles[] = {
    {"(regista)", Variable::director}, {"(produttore)", Variable::producer},
    {"(conduttore)", Variable::host}, {"(intervistatore)", Variable::interviewer},
};
constexpr std::string_view kDittoWords[] = {"Ivi", "Ibidem", "Ibid", "Op. cit"};
// "AA. VV." (autori vari): one collective author (written without
// its final period, which may end the element).
constexpr std::string_view kCollectiveAuthors[] = {"AA. VV", "AA.VV", "Autori vari"};
constexpr std::string_view kPatentWords[] = {"brevetto"};
constexpr std::string_view kOrganisationWords[] = {"Agenzia", "Ministero", "Istituto", "Dipartimento", "Consiglio", "Commissione", "Associazione", "Società", "Fondazione", "Governo", "Banca", "Servizio", "Organizzazione", "Centro", "Accademia", "Comune", "Regione", "Provincia", "Autorità", "Ufficio", "Consorzio", "Soprintendenza", "Università"};
constexpr std::string_view kSeriesMarkers[] = {"collana", "biblioteca"};
constexpr std::string_view kVersionLabels[] = {"Versione"};
constexpr std::string_view kBookLabels[] = {"libro", "libri"};
}  // namespace

extern const ReaderLanguage kItalian = {
    .code = "it",
    .headings = kHeadings,
    .other_sections = kOtherSections,
    .jump_up = {},
    .cite_error_lines = {},
    .phrases = kPhrases,
    .language_tag_words = {},
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
    .edition_words = kEditionWords,
    .site_markers = kSite,
    .cs1_spans = {},
    .cs1_markers = kCs1Markers,
    .untitled_words = {},
    .access_notes = kAccessNotes,
    .link_labels = kLinkLabels,
    .abbreviations = kAbbreviations,
    .keep_period = kKeepPeriod,
    .publisher_words = kPublisherWords,
    .name_joiners = kNameJoiners,
    .name_particles = kParticles,
    .et_al = kEtAl,
    .see_prefixes = kSee,
    .natural_order_names = true,
    .event_words = kEventWords,
    .name_roles = kNameRoles,
    .ditto_words = kDittoWords,
    .organisation_words = kOrganisationWords,
    .series_markers = kSeriesMarkers,
    .collective_authors = kCollectiveAuthors,
    .patent_words = kPatentWords,
    .version_labels = kVersionLabels,
    .book_labels = kBookLabels,
};

}  // namespace citelib::list
