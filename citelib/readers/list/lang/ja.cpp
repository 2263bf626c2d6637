// Japanese Wikipedia (Template:Cite web / Cite book / Cite journal, a port of CS1): CS1's
// punctuation, with the access and archive messages after their dates ("2021年5月8日閲覧。",
// model/date_words/ja.cpp), "。" ending them, and the language in Japanese: "(英語)".
#include "readers/list/lang/reader_language.hpp"

namespace citelib::list {

namespace {
constexpr std::string_view kOtherSections[] = {"関連項目", "外部リンク"};
constexpr std::string_view kHeadings[] = {"脚注", "出典", "参考文献", "注釈"};
constexpr LanguageName kLanguages[] = {
    {"英語", "en"},       {"日本語", "ja"},       {"中国語", "zh"},   {"韓国語", "ko"},
    {"朝鮮語", "ko"},     {"ドイツ語", "de"},     {"フランス語", "fr"}, {"スペイン語", "es"},
    {"ポルトガル語", "pt"}, {"イタリア語", "it"}, {"ロシア語", "ru"},  {"オランダ語", "nl"},
};
constexpr std::string_view kPageLabels[] = {"p.", "pp."};
}  // namespace

extern const ReaderLanguage kJapanese = {
    .code = "ja",
    .headings = kHeadings,
    .other_sections = kOtherSections,
    .language_names = kLanguages,
    .page_labels = kPageLabels,
};

}  // namespace citelib::list
