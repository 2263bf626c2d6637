// French date words ("12 mars 2015", "1er mars 2015", "du 1er au 3 mars").
#include "model/date_words.hpp"

namespace citelib::date_words {

namespace {
constexpr MonthWord kMonths[] = {
    {"janvier", 1}, {"janv", 1}, {"février", 2}, {"fevrier", 2}, {"févr", 2}, {"fevr", 2},
    {"mars", 3}, {"avril", 4}, {"avr", 4}, {"mai", 5}, {"juin", 6}, {"juillet", 7},
    {"juil", 7}, {"août", 8}, {"aout", 8}, {"septembre", 9}, {"sept", 9}, {"octobre", 10},
    {"oct", 10}, {"novembre", 11}, {"nov", 11}, {"décembre", 12}, {"decembre", 12},
    {"déc", 12}, {"dec", 12},
};
constexpr SeasonWord kSeasons[] = {
    {"printemps", Season::spring}, {"été", Season::summer}, {"automne", Season::autumn},
    {"hiver", Season::winter},
};
constexpr std::string_view kRange[] = {"au"};
constexpr std::string_view kCirca[] = {"vers", "v.", "ca."};
constexpr std::string_view kUndated[] = {"s.d.", "s. d.", "sans date"};
constexpr std::string_view kOrdinals[] = {"er", "re", "e"};
constexpr DateMessage kMessages[] = {
    {"consulté le {date}", DateRole::accessed},
    {"archive du {date}", DateRole::archived},
};
}  // namespace

// Eras after a year ("430 BC"; "AD 77" also before it): years before Christ are negative.
constexpr std::string_view kErasBeforeChrist[] = {"av. j.-c.", "av. j-c", "av. j.c.", "avant j.-c."};
constexpr std::string_view kErasAfterChrist[] = {"apr. j.-c.", "apr. j-c", "apr. j.c.", "après j.-c."};

extern const DateLanguage kFrenchDates = {
    "fr", kMonths, kSeasons, {}, kRange, {}, kCirca, kUndated, kOrdinals, {}, kMessages, {},
    kErasBeforeChrist, kErasAfterChrist,
};

}  // namespace citelib::date_words
