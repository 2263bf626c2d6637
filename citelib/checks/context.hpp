#pragma once
// What every rule needs: where a reference's text is (so a finding can point at the
// offending characters inside it) and a way to report through the catalogue.

#include "locate.hpp"

#include <citelib/checks/checks.hpp>
#include <citelib/diagnostic.hpp>
#include <citelib/model/reference.hpp>
#include <citelib/source.hpp>

#include <array>
#include <cstdint>
#include <initializer_list>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace citelib::checks {

/// A stretch of a reference's text with its absolute offset in the source (or none when the
/// text is not verbatim in the source, e.g. a field value read from JSON with escapes).
struct TextPiece {
  std::string_view text;
  std::size_t base = 0;
  bool located = false;
  /// Not looked for in the source yet: span() looks (most pieces never need a span, and
  /// looking for each field's value in the reference's text cost more than checking it).
  bool unlocated = false;
  /// A field's value rather than printed text: it may hold CSL rich-text markup (`<i>`,
  /// `<span class="nocase">`, ...), which structured input (CSL-JSON, .bib) uses on purpose.
  bool field = false;
};

/// The text of one reference as it appears in its source.
class ReferenceText {
 public:
  ReferenceText(const Reference& ref, const SourceText* source);

  /// Bytes of the reference in the source (or its raw text when there is no source).
  std::string_view text() const noexcept { return text_; }
  /// Span of the whole reference.
  SourceSpan whole() const noexcept { return whole_; }
  /// Span of the printed text (after number and back-links), or whole().
  SourceSpan printed() const noexcept {
    return raw_verbatim_ ? SourceSpan{base_ + raw_begin_, base_ + raw_begin_ + ref_.raw.size()} : whole_;
  }
  /// Span of the back-link caret and letters ("^ a b c") before the printed text, or
  /// printed() when the copy has none.
  SourceSpan backlinks() const noexcept;
  /// Span of bytes [begin, end) of text().
  SourceSpan span(TextRange r) const noexcept { return {base_ + r.begin, base_ + r.end}; }
  /// Where `value` is in text() (matched as find_loose(), or find_token() when `token`),
  /// looking first after the number and back-links.
  std::optional<TextRange> find_range(std::string_view value, bool token = false) const;
  /// Span of `value` in the reference (matched as find_loose() does), or whole().
  SourceSpan find(std::string_view value) const;
  /// As find(), but `value` must not continue a word or number ("89" not in "1989").
  SourceSpan find_token(std::string_view value) const;
  /// Offset in text() where the printed text (`raw`, after number and back-links) starts,
  /// or 0 when it is not there verbatim.
  std::size_t raw_begin() const noexcept { return raw_begin_; }
  /// Calls `fn` on each piece of text to scan character by character: the printed text (in
  /// the source verbatim when possible), or, when the reference has none, each text field.
  template <class Fn>
  void for_each_piece(Fn&& fn) const;
  /// Span of bytes [begin, end) of a piece (whole() when the piece is not located).
  SourceSpan span(const TextPiece& piece, TextRange r) const noexcept {
    if (piece.unlocated) {
      const std::size_t at = text_.find(piece.text);
      return at != std::string_view::npos ? SourceSpan{base_ + at + r.begin, base_ + at + r.end} : whole_;
    }
    return piece.located ? SourceSpan{piece.base + r.begin, piece.base + r.end} : whole_;
  }

 private:
  const Reference& ref_;
  std::string_view text_;
  std::size_t base_ = 0;
  SourceSpan whole_;
  std::size_t raw_begin_ = 0;
  bool raw_verbatim_ = false;
};

template <class Fn>
void ReferenceText::for_each_piece(Fn&& fn) const {
  if (raw_verbatim_) {
    fn(TextPiece{text_.substr(raw_begin_, ref_.raw.size()), base_ + raw_begin_, true});
    return;
  }
  auto piece = [&](std::string_view value, bool field = true) {
    if (!value.empty()) fn(TextPiece{value, 0, false, true, field});
  };
  // Printed text that is not verbatim in the source (a CSL-JSON "raw" with escapes) is still
  // the best text to scan: it holds every field once.
  if (!ref_.raw.empty()) {
    piece(ref_.raw, false);
    return;
  }
  for (const auto& field : ref_.text_fields()) piece(field.second);
  for (const auto& field : ref_.name_fields())
    for (const Name& n : field.second) {
      piece(n.literal);
      piece(n.family);
      piece(n.given);
    }
  piece(ref_.title_translated);
  piece(ref_.comment);
}

/// Shared state of one checking run.
class CheckContext {
 public:
  CheckContext(const SourceText* source, const CheckOptions& options, Diagnostics& out);

  const SourceText* source() const noexcept { return source_; }
  const DatePoint& reference_date() const noexcept { return reference_date_; }

  /// Reports `code` at `span` for `ref` (and `others`, the further references involved).
  Diagnostic& report(DiagCode code, const Reference& ref, SourceSpan span,
                     std::initializer_list<std::string_view> args,
                     std::initializer_list<std::string_view> others = {});
  /// Sets the file, span and line/column of `d` to `span` of `ref`'s text (what report() does).
  void place(Diagnostic& d, const Reference& ref, SourceSpan span) const;
  /// Adds a diagnostic built and placed elsewhere.
  void add(Diagnostic&& d) { out_.add(std::move(d)); }
  /// Reports `code` at `span` of another text (the article body), naming `refs`.
  Diagnostic& report_in(DiagCode code, const SourceText& text, SourceSpan span,
                        std::initializer_list<std::string_view> args,
                        std::initializer_list<std::string_view> refs = {});

 private:
  const SourceText* source_;
  DatePoint reference_date_;
  Diagnostics& out_;
};

// ---- the rules: one family per file ----------------------------------------------------------
void check_dates(const Reference& r, const ReferenceText& text, CheckContext& cx);        // date_rules.cpp
void check_numbers(const Reference& r, const ReferenceText& text, CheckContext& cx);      // number_rules.cpp
void check_identifiers(const Reference& r, const ReferenceText& text, CheckContext& cx);  // identifiers.cpp
void check_language(const Reference& r, const ReferenceText& text, CheckContext& cx);     // language_rules.cpp
void check_balance(const Reference& r, const ReferenceText& text, CheckContext& cx);      // balance_rules.cpp
void check_encoding(const Reference& r, const ReferenceText& text, CheckContext& cx);     // encoding_rules.cpp
void check_required(const Reference& r, const ReferenceText& text, CheckContext& cx);     // required_rules.cpp
void check_placement(const Reference& r, const ReferenceText& text, CheckContext& cx);    // placement_rules.cpp

/// Notes on the list as a whole (list_rules.cpp), reported once after its last reference: a
/// habit of the list, such as online references without access dates, is one finding that
/// names the references, not one finding per reference.
class ListTally {
 public:
  /// Counts `refs`, which come in list order.
  void add(std::span<const Reference> refs, CheckContext& cx);
  /// Keeps the list's first kMojibakeShown `text-mojibake` findings in `diagnostics` and
  /// takes the later ones out, counting them for one note: a list garbled as a whole has a
  /// finding in almost every reference, which would bury every other finding. Findings kept
  /// earlier may be met again (the same list of diagnostics passed twice): they stay.
  void fold_mojibake(Diagnostics& diagnostics);
  /// Reports what was counted.
  void report(CheckContext& cx) const;

 private:
  /// References named in a note; the count says how many more there are.
  static constexpr std::size_t kNamed = 10;
  /// text-mojibake findings shown one by one before the rest are counted.
  static constexpr std::size_t kMojibakeShown = 10;
  /// References a note names: how many, the first kNamed ids, and where the first one is.
  struct Named {
    std::size_t count = 0;
    std::vector<std::string> ids;
    Diagnostic first;
    void add(const Reference& r, CheckContext& cx);
    void add(std::string_view id, const Diagnostic& where);
    std::string listed() const;
  };
  /// A title read before any wording of the list named its edition, and where it is.
  struct Pending {
    std::string id, title;
    Diagnostic where;
  };
  /// Titles are guessed once the list's wording has named an edition: the titles before it
  /// wait (at most kWaitFor of them); a list that names none by then (structured input) is
  /// not guessed at all.
  static constexpr std::size_t kWaitFor = 256;
  enum class Guessing : std::uint8_t { waiting, on, off };
  void add_guess(std::string_view title, std::string_view id, const Diagnostic& where);

  std::size_t online_ = 0;
  Named unaccessed_;
  /// Where the shown text-mojibake findings are (to know them again), and the rest.
  std::vector<std::pair<std::string, SourceSpan>> mojibake_shown_;
  Named mojibake_more_;
  std::size_t mojibake_pieces_ = 0;
  std::string mojibake_last_ref_;
  /// Printed references per edition of their wording ("en": 7), and the untagged titles per
  /// language they look written in ("es"): a few entries each.
  std::vector<std::pair<std::string, std::size_t>> editions_;
  std::vector<std::pair<std::string, Named>> untagged_;
  Guessing guessing_ = Guessing::waiting;
  std::vector<Pending> pending_;
};

/// What the duplicate rules compare of a reference: hashes of its folded identifiers, title,
/// container and place in the work (0 when absent).
struct DuplicateKeys {
  std::uint64_t title = 0, container = 0, url = 0, doi = 0, isbn = 0;
  std::uint64_t page = 0, volume = 0, issue = 0, section = 0;
  std::uint64_t family = 0;  ///< the first author's family (or literal) name
  std::uint64_t id = 0;      ///< the id's hash in the table of ids (0: no id)
  /// The first author's name words (the first kMaxAuthorWords of them), in any order.
  static constexpr std::size_t kMaxAuthorWords = 8;
  std::array<std::uint64_t, kMaxAuthorWords> author_words{};
  std::uint8_t author_word_count = 0;
  bool has_author = false;  ///< the reference has an author (named or not)
  DatePoint issued;         ///< start of the issue date (has_year false when none)
};
/// The keys of one reference (duplicate_keys.cpp; no state: any thread).
DuplicateKeys duplicate_keys(const Reference& r);

/// Duplicates (duplicate_rules.cpp): each reference against every one added before it.
class DuplicateIndex {
 public:
  DuplicateIndex();
  ~DuplicateIndex();
  /// Room for `references` more at once (its tables then need not grow as they come).
  void reserve(std::size_t references);
  /// Reports the references of `refs` that repeat an earlier one, then remembers them.
  /// `keys` (null, or one per reference) are their duplicate_keys(), if already computed.
  void add(std::span<const Reference> refs, const DuplicateKeys* keys, CheckContext& cx);

 private:
  struct Groups;
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace citelib::checks
