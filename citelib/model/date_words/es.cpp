// Spanish date words ("12 de marzo de 2015", "diciembre de 1996", "del 1 al 3 de marzo").
#include "model/date_words.hpp"

namespace citelib::date_words {

namespace {
constexpr MonthWord kMonths[] = {
    {"enero", 1}, {"ene", 1}, {"febrero", 2}, {"feb", 2}, {"marzo", 3}, {"mar", 3},
    {"abril", 4}, {"abr", 4}, {"mayo", 5}, {"junio", 6}, {"jun", 6}, {"julio", 7},
    {"jul", 7}, {"agosto", 8}, {"ago", 8}, {"septiembre", 9}, {"setiembre", 9}, {"sep", 9},
    {"sept", 9}, {"set", 9}, {"octubre", 10}, {"oct", 10}, {"noviembre", 11}, {"nov", 11},
    {"diciembre", 12}, {"dic", 12},
};
constexpr SeasonWord kSeasons[] = {
    {"primavera", Season::spring}, {"verano", Season::summer}, {"otoño", Season::autumn},
    {"invierno", Season::winter},
};
constexpr std::string_view kLinks[] = {"de", "del"};
constexpr std::string_view kRange[] = {"al", "a"};
constexpr std::string_view kCirca[] = {"hacia", "ca.", "c."};
constexpr std::string_view kUndated[] = {"s.f.", "s. f.", "sin fecha"};
constexpr std::string_view kOrdinals[] = {"º", "°", "o"};
constexpr DateMessage kMessages[] = {
    {"Consultado el {date}", DateRole::accessed},
    {"Recuperado el {date}", DateRole::accessed},
    {"Archivado desde el original el {date}", DateRole::archived},
    {"Archivado {fmt} desde el original el {date}", DateRole::archived},
    {"Archivado desde el original {fmt} el {date}", DateRole::archived},  // "… el original (PDF) el"
    {"Archivado el {date} en Wayback Machine", DateRole::archived},  // {{Webarchive}} after a bare link
    {"Archivado el {date} en la Wayback Machine", DateRole::archived},
    {"Archivado el {date}", DateRole::archived},
};
}  // namespace

// Eras after a year ("430 BC"; "AD 77" also before it): years before Christ are negative.
constexpr std::string_view kErasBeforeChrist[] = {"a. c.", "a.c.", "a. de c.", "a. de j. c.", "a. j. c."};
constexpr std::string_view kErasAfterChrist[] = {"d. c.", "d.c.", "d. de c.", "d. de j. c."};

extern const DateLanguage kSpanishDates = {
    "es", kMonths, kSeasons, kLinks, kRange, {}, kCirca, kUndated, kOrdinals, {}, kMessages, {},
    kErasBeforeChrist, kErasAfterChrist,
};

}  // namespace citelib::date_words
