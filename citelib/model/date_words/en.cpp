// English date words (CS1 and free text).
#include "model/date_words.hpp"

namespace citelib::date_words {

namespace {
constexpr MonthWord kMonths[] = {
    {"january", 1}, {"jan", 1}, {"february", 2}, {"feb", 2}, {"march", 3}, {"mar", 3},
    {"april", 4}, {"apr", 4}, {"may", 5}, {"june", 6}, {"jun", 6}, {"july", 7}, {"jul", 7},
    {"august", 8}, {"aug", 8}, {"september", 9}, {"sep", 9}, {"sept", 9}, {"october", 10},
    {"oct", 10}, {"november", 11}, {"nov", 11}, {"december", 12}, {"dec", 12},
};
constexpr SeasonWord kSeasons[] = {
    {"spring", Season::spring}, {"summer", Season::summer}, {"autumn", Season::autumn},
    {"fall", Season::autumn}, {"winter", Season::winter},
};
constexpr std::string_view kLinks[] = {"of"};
constexpr std::string_view kRange[] = {"to"};
constexpr std::string_view kCirca[] = {"circa", "ca.", "c.", "approx."};
constexpr std::string_view kUndated[] = {"n.d.", "n. d.", "nd", "no date", "undated"};
constexpr std::string_view kOrdinals[] = {"st", "nd", "rd", "th"};
constexpr std::string_view kQuarters[] = {"first quarter", "second quarter", "third quarter", "fourth quarter"};
constexpr std::string_view kWeekdays[] = {
    "monday", "mon", "tuesday", "tue", "tues", "wednesday", "wed", "thursday", "thu", "thur",
    "thurs", "friday", "fri", "saturday", "sat", "sunday", "sun",
};
constexpr DateMessage kMessages[] = {
    {"Retrieved on {date}", DateRole::accessed},
    {"Retrieved from {date}", DateRole::accessed},  // APA "Retrieved from http://…" (no date: the URL)
    {"Retrieved {date}", DateRole::accessed},
    {"Accessed on {date}", DateRole::accessed},
    {"Accessed: {date}", DateRole::accessed},  // Harvard "(Accessed: 4 May 2015)"
    {"Accessed {date}", DateRole::accessed},
    {"Archived {fmt} from the original {fmt} on {date}", DateRole::archived},
    {"Archived from the original {fmt} on {date}", DateRole::archived},
    {"Archived {date} at the Wayback Machine", DateRole::archived},
    {"Archived {date} at Archive.today", DateRole::archived},
    {"Archived {date} at WebCite", DateRole::archived},
    {"Archived {date}", DateRole::archived},
};
}  // namespace

// Eras after a year ("430 BC"; "AD 77" also before it): years before Christ are negative.
constexpr std::string_view kErasBeforeChrist[] = {"bce", "b.c.e.", "bc", "b.c."};
constexpr std::string_view kErasAfterChrist[] = {"ce", "c.e.", "ad", "a.d."};

extern const DateLanguage kEnglishDates = {
    "en", kMonths, kSeasons, kLinks, kRange, {}, kCirca, kUndated, kOrdinals, kQuarters, kMessages, kWeekdays,
    kErasBeforeChrist, kErasAfterChrist,
};

}  // namespace citelib::date_words
