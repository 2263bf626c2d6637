// German date words ("12. März 2015", "1.–3. März 2015").
#include "model/date_words.hpp"

namespace citelib::date_words {

namespace {
constexpr MonthWord kMonths[] = {
    {"januar", 1}, {"jänner", 1}, {"jan", 1}, {"februar", 2}, {"feb", 2}, {"märz", 3},
    {"mär", 3}, {"mrz", 3}, {"april", 4}, {"apr", 4}, {"mai", 5}, {"juni", 6}, {"jun", 6},
    {"juli", 7}, {"jul", 7}, {"august", 8}, {"aug", 8}, {"september", 9}, {"sep", 9},
    {"sept", 9}, {"oktober", 10}, {"okt", 10}, {"november", 11}, {"nov", 11},
    {"dezember", 12}, {"dez", 12},
};
constexpr SeasonWord kSeasons[] = {
    {"frühling", Season::spring}, {"frühjahr", Season::spring}, {"sommer", Season::summer},
    {"herbst", Season::autumn}, {"winter", Season::winter},
};
constexpr std::string_view kRange[] = {"bis"};
constexpr std::string_view kCirca[] = {"ca.", "um"};
constexpr std::string_view kUndated[] = {"o. j.", "o.j.", "ohne jahr"};
constexpr DateMessage kMessages[] = {
    {"abgerufen am {date}", DateRole::accessed},
    {"Archiviert vom Original am {date}", DateRole::archived},
    {"archiviert vom Original am {date}", DateRole::archived},
};
}  // namespace

// Eras after a year ("430 BC"; "AD 77" also before it): years before Christ are negative.
constexpr std::string_view kErasBeforeChrist[] = {"v. chr.", "v.chr.", "v. u. z.", "v.u.z."};
constexpr std::string_view kErasAfterChrist[] = {"n. chr.", "n.chr.", "u. z.", "u.z."};

extern const DateLanguage kGermanDates = {
    "de", kMonths, kSeasons, {}, kRange, {}, kCirca, kUndated, {}, {}, kMessages, {},
    kErasBeforeChrist, kErasAfterChrist,
};

}  // namespace citelib::date_words
