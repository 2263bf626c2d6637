// Korean Wikipedia (틀:웹 인용 / 서적 인용 / 저널 인용, a port of CS1): CS1's punctuation, works
// in double angle brackets ("《한겨레》", read as the work's name without them), the access and
// archive messages after their dates ("2021년 5월 8일에 확인함.", model/date_words/ko.cpp), and
// the language in Korean: "(영어)".
#include "readers/list/lang/reader_language.hpp"

namespace citelib::list {

namespace {
constexpr std::string_view kOtherSections[] = {"같이 보기", "외부 링크"};
constexpr std::string_view kHeadings[] = {"각주", "참고 문헌", "참고문헌", "출처"};
constexpr LanguageName kLanguages[] = {
    {"영어", "en"},     {"한국어", "ko"},   {"일본어", "ja"},   {"중국어", "zh"},
    {"독일어", "de"},   {"프랑스어", "fr"}, {"스페인어", "es"}, {"포르투갈어", "pt"},
    {"이탈리아어", "it"}, {"러시아어", "ru"}, {"네덜란드어", "nl"},
};
constexpr std::string_view kPageLabels[] = {"p.", "pp."};
constexpr std::string_view kPageSuffixes[] = {"쪽"};
}  // namespace

extern const ReaderLanguage kKorean = {
    .code = "ko",
    .headings = kHeadings,
    .other_sections = kOtherSections,
    .language_names = kLanguages,
    .page_labels = kPageLabels,
    .page_suffixes = kPageSuffixes,
};

}  // namespace citelib::list
