// Russian date words ("29 июня 2017", "1 июля 2017 года"): months in the nominative and the
// genitive (the form after a day number) and their abbreviations.
#include "model/date_words.hpp"

namespace citelib::date_words {

namespace {
constexpr MonthWord kMonths[] = {
    {"январь", 1}, {"января", 1}, {"янв", 1}, {"февраль", 2}, {"февраля", 2}, {"фев", 2},
    {"февр", 2}, {"март", 3}, {"марта", 3}, {"мар", 3}, {"апрель", 4}, {"апреля", 4},
    {"апр", 4}, {"май", 5}, {"мая", 5}, {"июнь", 6}, {"июня", 6}, {"июн", 6}, {"июль", 7},
    {"июля", 7}, {"июл", 7}, {"август", 8}, {"августа", 8}, {"авг", 8}, {"сентябрь", 9},
    {"сентября", 9}, {"сен", 9}, {"сент", 9}, {"октябрь", 10}, {"октября", 10}, {"окт", 10},
    {"ноябрь", 11}, {"ноября", 11}, {"ноя", 11}, {"нояб", 11}, {"декабрь", 12},
    {"декабря", 12}, {"дек", 12},
};
constexpr SeasonWord kSeasons[] = {
    {"весна", Season::spring}, {"лето", Season::summer}, {"осень", Season::autumn},
    {"зима", Season::winter},
};
constexpr std::string_view kYearTails[] = {"года", "год", "г"};
constexpr std::string_view kCirca[] = {"ок.", "около", "ca."};
constexpr std::string_view kUndated[] = {"б. г.", "б.г.", "без даты"};
constexpr DateMessage kMessages[] = {
    {"Дата обращения: {date}", DateRole::accessed},
    {"Проверено {date}", DateRole::accessed},
    {"Архивировано из оригинала {date}", DateRole::archived},
    {"Архивировано из первоисточника {date}", DateRole::archived},
    {"Архивировано {date}", DateRole::archived},
    {"Архивная копия от {date} на Wayback Machine", DateRole::archived},  // {{Webarchive}} after a bare link
    {"Архивная копия от {date}", DateRole::archived},
};
}  // namespace

// Eras after a year ("430 BC"; "AD 77" also before it): years before Christ are negative.
constexpr std::string_view kErasBeforeChrist[] = {"до н. э.", "до н.э.", "до р. х.", "до р.х."};
constexpr std::string_view kErasAfterChrist[] = {"н. э.", "н.э."};

extern const DateLanguage kRussianDates = {
    "ru", kMonths, kSeasons, {}, {}, kYearTails, kCirca, kUndated, {}, {}, kMessages, {},
    kErasBeforeChrist, kErasAfterChrist,
};

}  // namespace citelib::date_words
