// Chinese date words: zh.wikipedia writes dates in ISO form or with units ("2021年5月8日",
// read by the date grammar); its citation templates print an archive date in full-width
// parentheses, "（原始内容存档于2016-03-04）" (simplified) or "（原始內容存檔於2016-03-04）"
// (traditional), and the access date in brackets after the date of publication,
// "2018-06-12 [2021-05-08]".
#include "model/date_words.hpp"

namespace citelib::date_words {

namespace {
constexpr DateMessage kMessages[] = {
    {"（原始内容存档于{date}）", DateRole::archived},
    {"（原始內容存檔於{date}）", DateRole::archived},
    {"原始内容存档于{date}", DateRole::archived},
    {"原始內容存檔於{date}", DateRole::archived},
    // The access date in brackets after the date of publication: "2018-06-12 [2021-05-08]".
    {"[{date}]", DateRole::accessed},
};
}  // namespace

extern const DateLanguage kChineseDates = {
    "zh", {}, {}, {}, {}, {}, {}, {}, {}, {}, kMessages, {}, {}, {},
};

}  // namespace citelib::date_words
