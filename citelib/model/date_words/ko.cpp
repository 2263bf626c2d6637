// Korean date words: ko.wikipedia writes dates with units ("2021년 5월 8일", read by the date
// grammar) and its citation templates print the access and archive dates before their words:
// "2021년 5월 8일에 확인함.", "2016년 3월 4일에 원본 문서에서 보존된 문서." (also with the
// date after "원본 문서에서").
#include "model/date_words.hpp"

namespace citelib::date_words {

namespace {
constexpr DateMessage kMessages[] = {
    {"{date}에 확인함", DateRole::accessed},
    {"{date}에 원본 문서에서 보존된 문서", DateRole::archived},
    {"원본 문서에서 {date}에 보존된 문서", DateRole::archived},
    {"{date}에 보존된 문서", DateRole::archived},
};
}  // namespace

extern const DateLanguage kKoreanDates = {
    "ko", {}, {}, {}, {}, {}, {}, {}, {}, {}, kMessages, {}, {}, {},
};

}  // namespace citelib::date_words
