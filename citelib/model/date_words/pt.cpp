// Portuguese date words ("23 de maio de 2012", "1 a 3 de março de 2013").
#include "model/date_words.hpp"

namespace citelib::date_words {

namespace {
constexpr MonthWord kMonths[] = {
    {"janeiro", 1}, {"jan", 1}, {"fevereiro", 2}, {"fev", 2}, {"março", 3}, {"marco", 3},
    {"mar", 3}, {"abril", 4}, {"abr", 4}, {"maio", 5}, {"mai", 5}, {"junho", 6}, {"jun", 6},
    {"julho", 7}, {"jul", 7}, {"agosto", 8}, {"ago", 8}, {"setembro", 9}, {"set", 9},
    {"outubro", 10}, {"out", 10}, {"novembro", 11}, {"nov", 11}, {"dezembro", 12}, {"dez", 12},
};
constexpr SeasonWord kSeasons[] = {
    {"primavera", Season::spring}, {"verão", Season::summer}, {"outono", Season::autumn},
    {"inverno", Season::winter},
};
constexpr std::string_view kLinks[] = {"de"};
constexpr std::string_view kRange[] = {"a", "até"};
constexpr std::string_view kCirca[] = {"c.", "ca."};
constexpr std::string_view kUndated[] = {"s.d.", "s. d.", "sem data"};
constexpr std::string_view kOrdinals[] = {"º", "°", "o"};
constexpr DateMessage kMessages[] = {
    {"Consultado em: {date}", DateRole::accessed},
    {"Consultado em {date}", DateRole::accessed},
    {"Acessado em: {date}", DateRole::accessed},
    {"Acessado em {date}", DateRole::accessed},
    {"Acesso em: {date}", DateRole::accessed},
    {"Acesso em {date}", DateRole::accessed},
    {"Recuperado em {date}", DateRole::accessed},
    {"Página visitada em {date}", DateRole::accessed},
    {"Arquivado do original em {date}", DateRole::archived},
    {"Cópia arquivada em {date}", DateRole::archived},  // a live URL's archive (CS1 pt)
    {"Cópia arquivada {fmt} em {date}", DateRole::archived},
    {"Arquivado {fmt} do original em {date}", DateRole::archived},
    {"Arquivado do original {fmt} em {date}", DateRole::archived},  // "Arquivado do original (PDF) em"
    {"Arquivado em {date} , no Wayback Machine", DateRole::archived},  // {{Webarchive}} after a bare link
    {"Arquivado em {date}", DateRole::archived},
};
}  // namespace

// Eras after a year ("430 BC"; "AD 77" also before it): years before Christ are negative.
constexpr std::string_view kErasBeforeChrist[] = {"a.c.", "a. c.", "a.e.c.", "a. e. c."};
constexpr std::string_view kErasAfterChrist[] = {"d.c.", "d. c.", "e.c.", "e. c."};

extern const DateLanguage kPortugueseDates = {
    "pt", kMonths, kSeasons, kLinks, kRange, {}, kCirca, kUndated, kOrdinals, {}, kMessages, {},
    kErasBeforeChrist, kErasAfterChrist,
};

}  // namespace citelib::date_words
