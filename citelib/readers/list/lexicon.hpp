#pragma once
// The Lexicon merges every language table (lang/*.cpp) into case-insensitive sets the reader
// queries at a position of the text. It is built once, on first use, and is immutable (safe
// to share between threads).

#include "readers/list/lang/reader_language.hpp"

#include "core/text.hpp"

#include <citelib/model/date.hpp>

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace citelib::list {

struct WordMatch {
  std::size_t length = 0;
  std::uint32_t value = 0;
  explicit operator bool() const noexcept { return length != 0; }
};

/// Words and phrases matched case-insensitively. An entry that ends in a letter or digit
/// only matches where a word ends ("p" does not match the start of "page").
class WordSet {
 public:
  void add(std::string_view word, std::uint32_t value = 0);
  /// Longest entry that starts at `pos`.
  WordMatch match(std::string_view text, std::size_t pos) const noexcept;
  /// The entry that is all of `text`.
  WordMatch whole(std::string_view text) const noexcept;
  /// Longest entry at `pos` not followed by a letter: locator labels may touch their number
  /// ("p.1", "no4").
  WordMatch match_label(std::string_view text, std::size_t pos) const noexcept;

 private:
  struct Entry {
    std::string_view word;
    std::uint32_t value;
  };
  static std::size_t bucket_of(std::string_view s, std::size_t pos) noexcept;
  std::array<std::vector<Entry>, 64> buckets_;
};

/// A message phrase found in a reference ("Retrieved 5 August 2014").
struct PhraseMatch {
  std::size_t length = 0;       ///< bytes from the match position
  PhraseField field = PhraseField::accessed;
  Date date;                    ///< {date}
  std::size_t date_begin = 0, date_end = 0;  ///< offsets of the date (relative to the text)
  std::size_t text_begin = 0, text_end = 0;  ///< offsets of {text}
  std::string_view format;      ///< {fmt}: "PDF"
  bool date_literal = false;    ///< the {date} slot held text that is no date (kept as literal)
  const ReaderLanguage* edition = nullptr;  ///< the language table the phrase belongs to
  explicit operator bool() const noexcept { return length != 0; }
};

class Lexicon {
 public:
  /// The lexicon of every known language.
  static const Lexicon& get();

  WordSet headings, other_sections, jump_up, cite_error_lines, language_names, type_labels, list_labels,
      editor_in, editor_marks, page_labels, volume_labels, issue_labels, section_labels,
      page_count_labels, page_suffixes, volume_count_labels, edition_suffixes, edition_words, site_markers, cs1_markers,
      access_notes, link_labels, abbreviations, keep_period, publisher_words, name_joiners, name_particles, et_al, see_prefixes,
      formats, event_words, name_roles, ditto_words, minutes_suffixes, translator_marks, contributor_marks, organisation_words, series_markers,
      collective_authors, season_labels, note_labels, column_labels, patent_words,
      cited_words, version_labels, print_run_words, report_number_words, book_labels, newsgroup_labels;

  /// False when no marker (message phrase, CS1 text, link label, access note) can start with
  /// the code point at `pos`: a quick filter before the matchers.
  bool may_start_marker(std::string_view text, std::size_t pos) const noexcept {
    // No marker starts with a digit but the messages that print their date first.
    if (text::is_ascii_digit(text[pos])) return may_start_dated_phrase(text, pos);
    const text::CodePoint first = text::decode(text, pos);
    const std::size_t a = text::fold_cp(first.cp) % 64;
    if (!((marker_buckets_ >> a) & 1)) return false;
    // The second code point too: most words share a first letter with some marker.
    const std::size_t next = pos + first.len;
    const std::size_t b = next < text.size() ? text::fold_cp(text::decode(text, next).cp) % 64 : 0;
    return (marker_pairs_[a] >> b) & 1;
  }
  /// True when `pos` may start a message that prints its date first (ja "2021年5月8日閲覧"):
  /// a four-digit year that opens a number, then a date's next character.
  bool may_start_dated_phrase(std::string_view text, std::size_t pos) const noexcept;
  /// The message phrase that starts at `pos` (longest), if any.
  PhraseMatch match_phrase(std::string_view text, std::size_t pos) const;
  /// Start of the lead-in words a CS1 message printed before `pos` ("Parámetro desconocido "
  /// before "|coautores="), or `pos` when none.
  std::size_t cs1_lead_in_before(std::string_view text, std::size_t pos) const noexcept;
  /// Length of the CS1 error/maintenance message that starts at `pos`, or 0.
  std::size_t match_cs1_message(std::string_view text, std::size_t pos) const noexcept;
  /// BCP-47 tag of a language tag's content ("in Spanish", "en inglés", "англ."); the table
  /// the tag's wording comes from goes to `edition` when given.
  std::optional<std::string_view> language_tag(std::string_view content,
                                               const ReaderLanguage** edition = nullptr) const noexcept;
  /// When `content` reads "in X" with X a capitalised word (the shape of a language tag,
  /// "(in Klingon)", whether or not X is a known language): the offset of X in `content`;
  /// otherwise 0.
  std::size_t language_tag_prefix(std::string_view content) const noexcept;
  /// The type label that is all of `content` ("PhD thesis").
  const TypeLabel* type_label(std::string_view content) const noexcept;
  /// The role a mark after a name gives ("(Director)"), or null.
  const NameRole* name_role(std::string_view mark) const noexcept;
  /// True when `content` names a file format ("PDF", "html").
  bool is_format(std::string_view content) const noexcept;
  /// A format tag with the file's size, as de prints it ("PDF; 1,2 MB"): the format, and
  /// the size in `size`; nullopt when `content` is no such tag.
  std::optional<std::string_view> format_with_size(std::string_view content, std::string_view& size) const noexcept;
  /// The edition in `content` ("2nd ed." -> "2nd", "Seventh Edition" kept whole).
  std::optional<std::string_view> edition(std::string_view content) const noexcept;
  /// The edition whose style markers `text` contains ("In: " and "abgerufen am" are German).
  const ReaderLanguage* style_of(std::string_view text) const noexcept;
  /// True when a CS1 message says the title is missing ("|url= sin título (ayuda)").
  bool says_untitled(std::string_view message) const noexcept;
  /// True when `url` points into a web archive.
  bool is_archive_url(std::string_view url) const noexcept;
  /// True when `word` (without its period) is an abbreviation after which ". " does not
  /// end an element: an initial, a listed abbreviation, or dotted capitals ("U.S", "Ph.D").
  bool is_abbreviation(std::string_view word) const noexcept;

 private:
  Lexicon();
  struct PhraseToken {
    enum Kind : std::uint8_t { word, date, fmt, text } kind;
    std::string_view literal;
  };
  struct CompiledPhrase {
    const ReaderLanguage* edition;
    PhraseField field;
    char32_t second;  // folded second code point of the first word, a quick filter
    std::vector<PhraseToken> tokens;
  };
  void compile_phrase(const ReaderLanguage* edition, PhraseField field, std::string_view pattern);
  bool try_phrase(const CompiledPhrase& p, std::string_view text, std::size_t pos, PhraseMatch& out) const;

  std::vector<std::string_view> language_tags_;
  std::vector<const ReaderLanguage*> language_tables_;
  std::vector<TypeLabel> labels_;
  std::vector<NameRole> roles_;
  std::array<std::vector<CompiledPhrase>, 64> phrases_;
  std::vector<CompiledPhrase> date_first_;  // phrases that open with their date ("{date}閲覧")
  std::vector<MessageSpan> cs1_spans_;
  std::vector<std::string_view> cs1_lead_ins_;
  std::vector<char32_t> cs1_first_;  // folded first code point of each span's opening
  std::uint64_t marker_buckets_ = 0;  // buckets (folded first code point % 64) markers start in
  std::array<std::uint64_t, 64> marker_pairs_{};  // per first bucket: the second code points' buckets
  std::span<const std::string_view> archive_hosts_;
  std::vector<std::string_view> tag_words_;
  std::vector<const ReaderLanguage*> tag_word_editions_;  ///< the edition of each tag word
  std::vector<std::string_view> untitled_;
};

/// de Literatur's imprint, "Verlag, Ort 1967", ending an element of `text`.
bool glued_place_year(std::string_view text) noexcept;

}  // namespace citelib::list
