// Japanese Wikipedia (Template:Cite web / Cite book / Cite journal, a port of CS1): CS1's
// punctuation, with the access and archive messages after their dates ("2021年5月8日閲覧。",
// model/date_words/ja.cpp), "。" ending them, and the language in Japanese: "(英語)"; and the
// Japanese description of Japanese sources (readers/list/bracketed_description.cpp).
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
// {{Cite book|和書}} and its kin: "鈴木花子 編『データベース論』（第2版）岩波書店、2005年。",
// "山田太郎「論文」『情報処理』第60巻第3号、情報処理学会、2019年、10-20頁。"
constexpr std::string_view kVolumeUnits[] = {"巻"};
constexpr std::string_view kIssueUnits[] = {"号"};
constexpr std::string_view kPageUnits[] = {"頁", "ページ"};
constexpr std::string_view kEditionUnits[] = {"版"};
// Longest first: "編著" before "編".
constexpr NameRole kRoleMarks[] = {
    {"編著", Variable::author}, {"監修", Variable::editor}, {"編", Variable::editor},
    {"訳", Variable::translator}, {"著", Variable::author},
};
constexpr BracketedDescription kBracketed = {
    "第", kVolumeUnits, kIssueUnits, kPageUnits, kEditionUnits, kRoleMarks,
};
}  // namespace

extern const ReaderLanguage kJapanese = {
    .code = "ja",
    .headings = kHeadings,
    .other_sections = kOtherSections,
    .language_names = kLanguages,
    .page_labels = kPageLabels,
    .page_suffixes = kPageUnits,
    .bracketed = &kBracketed,
};

}  // namespace citelib::list
