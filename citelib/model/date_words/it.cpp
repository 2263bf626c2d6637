// Italian date words ("28 febbraio 2020").
#include "model/date_words.hpp"

namespace citelib::date_words {

namespace {
constexpr MonthWord kMonths[] = {
    {"gennaio", 1}, {"gen", 1}, {"febbraio", 2}, {"feb", 2}, {"marzo", 3}, {"mar", 3},
    {"aprile", 4}, {"apr", 4}, {"maggio", 5}, {"mag", 5}, {"giugno", 6}, {"giu", 6},
    {"luglio", 7}, {"lug", 7}, {"agosto", 8}, {"ago", 8}, {"settembre", 9}, {"set", 9},
    {"ottobre", 10}, {"ott", 10}, {"novembre", 11}, {"nov", 11}, {"dicembre", 12}, {"dic", 12},
};
constexpr SeasonWord kSeasons[] = {
    {"primavera", Season::spring}, {"estate", Season::summer}, {"autunno", Season::autumn},
    {"inverno", Season::winter},
};
constexpr std::string_view kRange[] = {"al"};
constexpr std::string_view kCirca[] = {"ca.", "c."};
constexpr std::string_view kUndated[] = {"s.d.", "s. d.", "senza data"};
constexpr std::string_view kOrdinals[] = {"º", "°"};
constexpr DateMessage kMessages[] = {
    {"URL consultato il {date}", DateRole::accessed},
    {"URL consultato l'{date}", DateRole::accessed},  // "l'8", "l'11"
    {"URL consultato in data {date}", DateRole::accessed},
    {"consultato in data {date}", DateRole::accessed},
    {"consultato il {date}", DateRole::accessed},
    {"archiviato dall'url originale il {date}", DateRole::archived},
    {"archiviato dall'URL originale il {date}", DateRole::archived},
    {"archiviato dall'url originale l'{date}", DateRole::archived},
    {"consultato l'{date}", DateRole::accessed},
    {"Archiviato l'{date}", DateRole::archived},
    {"Archiviato il {date} in Internet Archive", DateRole::archived},  // {{Webarchive}} after a bare link
    {"Archiviato il {date}", DateRole::archived},
};
}  // namespace

// Eras after a year ("430 BC"; "AD 77" also before it): years before Christ are negative.
constexpr std::string_view kErasBeforeChrist[] = {"a.c.", "a. c.", "a.e.v.", "a. e. v."};
constexpr std::string_view kErasAfterChrist[] = {"d.c.", "d. c.", "e.v.", "e. v."};

extern const DateLanguage kItalianDates = {
    "it", kMonths, kSeasons, {}, kRange, {}, kCirca, kUndated, kOrdinals, {}, kMessages, {},
    kErasBeforeChrist, kErasAfterChrist,
};

}  // namespace citelib::date_words
