// French Wikipedia (Modèle:Lien web, Ouvrage): "consulté le", "sur", "(en)" prefixes.
#include "readers/list/lang/reader_language.hpp"

namespace citelib::list {

namespace {
constexpr std::string_view kOtherSections[] = {"Liens externes", "Voir aussi"};
constexpr std::string_view kHeadings[] = {
    "Notes et références", "Références", "Notes", "Bibliographie", "Sources",
};
constexpr std::string_view kJumpUp[] = {"Aller à :"};
constexpr Phrase kPhrases[] = {
    {"Traduit par {text}", PhraseField::translator},
};
constexpr LanguageName kLanguages[] = {
    {"anglais", "en"}, {"espagnol", "es"}, {"portugais", "pt"}, {"français", "fr"},
    {"allemand", "de"}, {"italien", "it"}, {"russe", "ru"},
};
constexpr TypeLabel kTypeLabels[] = {
    {"Rapport", ItemType::report, true},
    {"Thèse", ItemType::thesis, true},
    {"Thèse de doctorat", ItemType::thesis, true},
    {"Mémoire", ItemType::thesis, true},
    {"Communiqué de presse", ItemType::document, true},
    // printed music (ouvrage |type=): "Carmen (Partition), Paris, Choudens".
    {"Partition", ItemType::document, false},
};
constexpr std::string_view kEditorIn[] = {"Dans", "In"};
constexpr std::string_view kEditorMarks[] = {"(dir.)", "(éd.)", "dir.", "éd."};
constexpr std::string_view kPageLabels[] = {"p.", "pp."};
constexpr std::string_view kVolumeLabels[] = {"vol.", "Vol.", "tome", "t."};
constexpr std::string_view kIssueLabels[] = {"no", "n°", "nº", "numéro"};
constexpr std::string_view kSectionLabels[] = {"§", "section"};
constexpr std::string_view kPageCount[] = {"p."};
// "2 vols.", the count of a work's volumes (CSL number-of-volumes).
constexpr std::string_view kVolumeCount[] = {"vol.", "volumes", "tomes"};
constexpr std::string_view kEditionSuffixes[] = {"éd."};
constexpr std::string_view kEditionWords[] = {"édition"};
constexpr std::string_view kSite[] = {"sur"};
constexpr std::string_view kCs1Markers[] = {"[archive]", "(lire en ligne)"};
constexpr std::string_view kAccessNotes[] = {"(inscription nécessaire)", "(abonnement nécessaire)"};
constexpr std::string_view kLinkLabels[] = {"lire en ligne", "présentation en ligne"};
constexpr std::string_view kKeepPeriod[] = {"Cie"};
constexpr std::string_view kAbbreviations[] = {"M", "Mme", "Mlle", "Dr", "Pr", "éd", "vol", "coll", "t", "p", "chap"};
constexpr std::string_view kPublisherWords[] = {"Éditions", "Editions", "Presses", "Librairie", "Université"};
constexpr std::string_view kNameJoiners[] = {"et"};
constexpr std::string_view kParticles[] = {"de", "du", "des", "la", "le", "d'"};
constexpr std::string_view kEtAl[] = {"et al.", "et coll."};
constexpr std::string_view kSee[] = {"Voir aussi", "Voir"};
constexpr std::string_view kEventWords[] = {
    "Conférence", "Colloque", "Congrès", "Symposium", "Journées", "Séminaire",
};
constexpr NameRole kNameRoles[] = {
    {"(réalisateur)", Variable::director}, {"(réalisatrice)", Variable::director},
    {"(producteur)", Variable::producer}, {"(présentateur)", Variable::host},
};
constexpr std::string_view kDittoWords[] = {"Ibid", "Ibidem", "Id", "Op. cit"};
// Bodies credited as authors ("Institut national de la statistique et des études
// économiques", "Organisation mondiale de la santé"): fr writes their names in sentence case.
constexpr std::string_view kOrganisationWords[] = {"Institut", "Ministère", "Agence", "Organisation", "Société", "Académie",
                                                  "Centre", "Conseil", "Commission", "Fondation", "Association", "Office",
                                                  "Direction", "Observatoire"};
constexpr std::string_view kSeriesMarkers[] = {"coll."};
constexpr std::string_view kBookLabels[] = {"livre", "livres"};
}  // namespace

extern const ReaderLanguage kFrench = {
    .code = "fr",
    .headings = kHeadings,
    .other_sections = kOtherSections,
    .jump_up = kJumpUp,
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
    .book_labels = kBookLabels,
};

}  // namespace citelib::list
