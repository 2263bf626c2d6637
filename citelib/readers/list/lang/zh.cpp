// Chinese Wikipedia (Template:Cite web / Cite book, a port of CS1): CS1's punctuation, and an
// archive date in full-width parentheses, "（原始内容存档于2016-03-04）"
// (model/date_words/zh.cpp); simplified and traditional wording.
#include "readers/list/lang/reader_language.hpp"

namespace citelib::list {

namespace {
constexpr std::string_view kOtherSections[] = {"参见", "參見", "外部链接", "外部連結"};
constexpr std::string_view kHeadings[] = {"参考文献", "參考文獻", "参考资料", "參考資料", "注释", "註釋"};
constexpr LanguageName kLanguages[] = {
    {"英语", "en"},  {"英語", "en"},  {"中文", "zh"},  {"汉语", "zh"},  {"漢語", "zh"},
    {"日语", "ja"},  {"日語", "ja"},  {"韩语", "ko"},  {"韓語", "ko"},  {"德语", "de"},
    {"德語", "de"},  {"法语", "fr"},  {"法語", "fr"},  {"西班牙语", "es"}, {"西班牙語", "es"},
    {"俄语", "ru"},  {"俄語", "ru"},
};
constexpr std::string_view kPageLabels[] = {"p.", "pp."};
constexpr std::string_view kPageSuffixes[] = {"页", "頁"};
}  // namespace

extern const ReaderLanguage kChinese = {
    .code = "zh",
    .headings = kHeadings,
    .other_sections = kOtherSections,
    .language_names = kLanguages,
    .page_labels = kPageLabels,
    .page_suffixes = kPageSuffixes,
};

}  // namespace citelib::list
