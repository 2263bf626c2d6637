// Japanese date words: ja.wikipedia writes dates with units ("2021年5月8日", read by the date
// grammar) and its citation templates print the access and archive dates before their words:
// "2021年5月8日閲覧。", "2016年3月4日時点のオリジナルよりアーカイブ。" (a dead original), and
// "オリジナルの2016年3月4日時点におけるアーカイブ。" (a live one).
#include "model/date_words.hpp"

namespace citelib::date_words {

namespace {
constexpr DateMessage kMessages[] = {
    {"{date}閲覧", DateRole::accessed},
    {"{date}時点のオリジナルよりアーカイブ", DateRole::archived},
    {"オリジナルの{date}時点におけるアーカイブ", DateRole::archived},
};
}  // namespace

extern const DateLanguage kJapaneseDates = {
    "ja", {}, {}, {}, {}, {}, {}, {}, {}, {}, kMessages, {}, {}, {},
};

}  // namespace citelib::date_words
