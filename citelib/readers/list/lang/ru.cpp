// Russian Wikipedia (Шаблон:Cite web / Книга): "Дата обращения:", "Архивировано", "(англ.)"
// after the title, "— 240 с." for the page count.
#include "readers/list/lang/reader_language.hpp"

namespace citelib::list {

namespace {
constexpr std::string_view kOtherSections[] = {"См. также"};
constexpr std::string_view kHeadings[] = {"Примечания", "Литература", "Источники", "Ссылки", "Сноски"};
constexpr std::string_view kJumpUp[] = {"Перейти к:"};
constexpr LanguageName kLanguages[] = {
    {"англ.", "en"}, {"нем.", "de"}, {"фр.", "fr"}, {"исп.", "es"}, {"итал.", "it"},
    {"порт.", "pt"}, {"рус.", "ru"}, {"кит.", "zh"}, {"яп.", "ja"}, {"кор.", "ko"},
    {"укр.", "uk"}, {"пол.", "pl"}, {"нидерл.", "nl"}, {"лат.", "la"},
};
constexpr TypeLabel kTypeLabels[] = {
    {"Доклад", ItemType::report, true},
    {"Диссертация", ItemType::thesis, true},
    // GOST's other title information of a thesis, "Название : дис. … канд. геогр. наук".
    {"дис.", ItemType::thesis, true},
    {"автореф. дис.", ItemType::thesis, true},
    {"Пресс-релиз", ItemType::document, true},
    // printed music: "Симфония № 7 (Партитура). — М.: Музыка".
    {"Партитура", ItemType::document, false},
};
constexpr std::string_view kEditorIn[] = {"В кн.:", "В:"};
// {{MathWorld}}: "Title (англ.) на сайте Wolfram MathWorld.", the site after its marker.
constexpr std::string_view kSite[] = {"на сайте"};
constexpr std::string_view kEditorMarks[] = {"(ред.)", "ред.", "под ред.", "гл. ред.", "отв. ред.", "под общ. ред.", "под общей ред.",
                                             "под редакцией", "под общей редакцией", "науч. ред.",
                                             // with the editor's academic title ("Под общ. ред. акад. В. Е. Соколова")
                                             "под ред. акад.", "под общ. ред. акад.", "под ред. проф.", "под общ. ред. проф."};
constexpr std::string_view kPageLabels[] = {"С.", "с.", "стр."};
constexpr std::string_view kVolumeLabels[] = {"Т.", "т.", "Вып.", "Том"};
constexpr std::string_view kIssueLabels[] = {"№"};
constexpr std::string_view kSectionLabels[] = {"§"};
constexpr std::string_view kPageCount[] = {"с."};
constexpr std::string_view kEditionSuffixes[] = {"изд."};
constexpr std::string_view kCs1Markers[] = {"(недоступная ссылка — история)", "(недоступная ссылка)",
                                            "[нет в источнике]", "[неавторитетный источник]",
                                            "[неавторитетный источник?]", "[источник не указан]",
                                            "[уточнить]", "[нет АИ]"};
// GOST "— URL: http://…" labels the address that follows.
constexpr std::string_view kPatentWords[] = {"патент"};
constexpr std::string_view kLinkLabels[] = {"читать онлайн", "URL:"};
constexpr std::string_view kMediumDesignations[] = {"Электронный ресурс", "Текст : электронный", "Видеозапись"};
constexpr std::string_view kAbbreviations[] = {"т", "с", "г", "им", "ул", "д", "др", "Т", "С", "стр", "изд", "ред", "Вып",
                                               "испр", "доп", "перераб", "пер", "англ", "экз",
                                               // GOST theses: "дис. … канд. геогр. наук"
                                               "дис", "автореф", "канд", "д-ра", "геогр", "техн", "физ.-мат", "хим",
                                               "биол", "ист", "филол", "экон", "юрид", "мед", "пед", "психол", "социол",
                                               "филос", "полит", "геол.-минерал", "с.-х", "искусствоведения"};
constexpr std::string_view kPublisherWords[] = {"Издательство", "Издательский", "Пресс"};
constexpr std::string_view kNameJoiners[] = {"и"};
// GOST keeps a foreign name's particle in lower case before the family: "де Фриз Ж.", "фон
// Нейман Дж.", "ван дер Ваальс Я. Д." (none of these is a Russian word).
constexpr std::string_view kParticles[] = {"де", "ван", "дер", "фон", "ди", "дю"};
constexpr std::string_view kEtAl[] = {"и др.", "et al."};
constexpr std::string_view kSee[] = {"См. также", "См."};
constexpr std::string_view kEventWords[] = {
    "Конференция", "конференции", "Симпозиум", "симпозиума", "Конгресс", "конгресса", "Семинар",
    "семинара",
};
constexpr NameRole kNameRoles[] = {
    {"(режиссёр)", Variable::director}, {"(режиссер)", Variable::director},
    {"(продюсер)", Variable::producer}, {"(ведущий)", Variable::host},
};
constexpr std::string_view kDittoWords[] = {"Там же"};
constexpr std::string_view kTranslatorMarks[] = {"пер. с англ.", "пер. с нем.", "пер. с фр.", "пер. с итал.", "пер. с исп.", "пер."};
constexpr std::string_view kContributorMarks[] = {"предисл.", "вступ. ст.", "послесл.", "коммент."};
constexpr std::string_view kPrintRunWords[] = {"экз."};
}  // namespace

extern const ReaderLanguage kRussian = {
    .code = "ru",
    .headings = kHeadings,
    .other_sections = kOtherSections,
    .jump_up = kJumpUp,
    .cite_error_lines = {},
    .phrases = {},  // access and archive messages: model/date_words/ru.cpp
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
    .volume_count_labels = {},
    .edition_suffixes = kEditionSuffixes,
    .edition_words = {},
    .site_markers = kSite,
    .cs1_spans = {},
    .cs1_markers = kCs1Markers,
    .untitled_words = {},
    .access_notes = {},
    .link_labels = kLinkLabels,
    .abbreviations = kAbbreviations,
    .keep_period = {},
    .publisher_words = kPublisherWords,
    .name_joiners = kNameJoiners,
    .name_particles = kParticles,
    .et_al = kEtAl,
    .see_prefixes = kSee,
    .site_after_plain_title = true,
    .event_words = kEventWords,
    .name_roles = kNameRoles,
    .ditto_words = kDittoWords,
    .translator_marks = kTranslatorMarks,
    .contributor_marks = kContributorMarks,
    .medium_designations = kMediumDesignations,
    .patent_words = kPatentWords,
    .print_run_words = kPrintRunWords,
};

}  // namespace citelib::list
