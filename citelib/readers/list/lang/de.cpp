// German Wikipedia (Vorlage:Internetquelle, Literatur): "abgerufen am", "S.", "Hrsg.".
#include "readers/list/lang/reader_language.hpp"

namespace citelib::list {

namespace {
constexpr std::string_view kOtherSections[] = {"Weblinks", "Siehe auch"};
constexpr std::string_view kHeadings[] = {
    "Einzelnachweise", "Anmerkungen", "Literatur", "Quellen", "Belege", "Fußnoten",
};
constexpr std::string_view kJumpUp[] = {"Springe nach:"};
constexpr std::string_view kCiteErrors[] = {"Fehler beim Einbinden"};
constexpr Phrase kPhrases[] = {
    {"Übersetzt von {text}", PhraseField::translator},
};
constexpr LanguageName kLanguages[] = {
    {"englisch", "en"}, {"spanisch", "es"}, {"portugiesisch", "pt"}, {"französisch", "fr"},
    {"deutsch", "de"}, {"italienisch", "it"}, {"russisch", "ru"}, {"koreanisch", "ko"},
    {"japanisch", "ja"}, {"chinesisch", "zh"}, {"niederländisch", "nl"}, {"polnisch", "pl"},
};
constexpr TypeLabel kTypeLabels[] = {
    {"Bericht", ItemType::report, true},
    {"Dissertation", ItemType::thesis, true},
    {"Diplomarbeit", ItemType::thesis, true},
    {"Masterarbeit", ItemType::thesis, true},
    {"Pressemitteilung", ItemType::document, true},
};
constexpr std::string_view kEditorIn[] = {"In:"};
constexpr std::string_view kEditorMarks[] = {"(Hrsg.)", "Hrsg.", "(Hg.)", "Hg."};
constexpr std::string_view kPageLabels[] = {"S.", "Seite", "Seiten"};
constexpr std::string_view kVolumeLabels[] = {"Band", "Bd.", "Jahrgang", "Jg."};
constexpr std::string_view kIssueLabels[] = {"Nr.", "Heft", "Ausgabe"};
constexpr std::string_view kSectionLabels[] = {"§", "Abschnitt", "Kapitel"};
constexpr std::string_view kPageCount[] = {"Seiten"};
// "2 vols.", the count of a work's volumes (CSL number-of-volumes).
constexpr std::string_view kVolumeCount[] = {"Bände"};
constexpr std::string_view kEditionSuffixes[] = {"Auflage", "Aufl."};
constexpr std::string_view kCs1Markers[] = {"(nicht mehr online verfügbar)", "[toter Link]"};
constexpr std::string_view kAccessNotes[] = {"(Anmeldung erforderlich)", "(kostenpflichtig)"};
constexpr std::string_view kLinkLabels[] = {"Volltext online"};
constexpr std::string_view kKeepPeriod[] = {"Co", "Cie"};
constexpr std::string_view kAbbreviations[] = {
    "S", "Nr", "Bd", "Hrsg", "Hg", "Aufl", "Jg", "vgl", "Vgl", "bzw", "usw", "Dr", "Prof",
    "St", "Sp", "ff", "f", "Abb", "Kap", "Abs",
};
constexpr std::string_view kPublisherWords[] = {"Verlag", "Verlagsgruppe", "Universität", "Buchhandlung"};
constexpr std::string_view kNameJoiners[] = {"und"};
constexpr std::string_view kParticles[] = {"von", "zu", "vom", "zur", "van"};
constexpr std::string_view kEtAl[] = {"u. a.", "u.a.", "et al."};
constexpr std::string_view kStyle[] = {"In: ", "abgerufen am", "Hrsg.", "Auflage", ", S. "};
constexpr std::string_view kSee[] = {"Vgl.", "vgl.", "Siehe", "siehe"};
constexpr std::string_view kEventWords[] = {
    "Konferenz", "Tagung", "Kongress", "Symposium", "Kolloquium", "Workshop",
};
constexpr NameRole kNameRoles[] = {
    {"(Regie)", Variable::director}, {"(Regisseur)", Variable::director},
    {"(Produzent)", Variable::producer}, {"(Moderator)", Variable::host},
    {"(Interviewer)", Variable::interviewer},
};
constexpr std::string_view kDittoWords[] = {"Ebd", "Ebenda"};
constexpr std::string_view kBookLabels[] = {"Buch", "Bücher"};
}  // namespace

extern const ReaderLanguage kGerman = {
    .code = "de",
    .headings = kHeadings,
    .other_sections = kOtherSections,
    .jump_up = kJumpUp,
    .cite_error_lines = kCiteErrors,
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
    .edition_words = {},
    .site_markers = {},
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
    .site_after_plain_title = false,
    .author_colon_title = true,
    .natural_order_names = true,
    .style_markers = kStyle,
    .event_words = kEventWords,
    .name_roles = kNameRoles,
    .ditto_words = kDittoWords,
    .book_labels = kBookLabels,
};

}  // namespace citelib::list
