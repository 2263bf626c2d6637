#include <citelib/readers/bibtex.hpp>
#include <citelib/readers/csl_json.hpp>
#include <citelib/readers/input_kind.hpp>

#include "core/legacy_encoding.hpp"
#include "readers/chunked_input.hpp"
#include "readers/csl_json/split.hpp"
#include <citelib/readers/reference_list.hpp>
#include <citelib/result.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>

namespace citelib {

std::string_view to_string(InputKind k) noexcept {
  switch (k) {
    case InputKind::reference_list: return "reference-list";
    case InputKind::csl_json: return "csl-json";
    case InputKind::bibtex: return "bibtex";
  }
  return "reference-list";
}

std::optional<InputKind> parse_input_kind(std::string_view name) noexcept {
  if (name == "reference-list" || name == "list" || name == "wiki" || name == "text" || name == "markdown")
    return InputKind::reference_list;
  if (name == "csl-json" || name == "json" || name == "csljson") return InputKind::csl_json;
  if (name == "bibtex" || name == "biblatex" || name == "bib") return InputKind::bibtex;
  return std::nullopt;
}

InputKind detect_input_kind(std::string_view text) noexcept {
  std::size_t i = 0;
  while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\r' || text[i] == '\n')) ++i;
  if (i < text.size() && (text[i] == '[' || text[i] == '{')) {
    // "[1]" or "[^]" starts many pasted lists; CSL-JSON arrays start with "[" then "{" or "]".
    std::size_t j = i + 1;
    while (j < text.size() && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r' || text[j] == '\n')) ++j;
    if (text[i] == '{' || (j < text.size() && (text[j] == '{' || text[j] == ']'))) return InputKind::csl_json;
    // Another array that is JSON as a whole (`[[1]]`, `["a"]`) is no pasted list: read as
    // JSON, its items are reported as not CSL-JSON items instead of becoming a title. A list
    // fails this at its first word, so the test costs a few bytes.
    if (nlohmann::json::accept(text.substr(i))) return InputKind::csl_json;
  }
  // BibTeX: an "@type{" or "@type(" entry at the start of a line.
  for (std::size_t p = text.find('@'); p != std::string_view::npos; p = text.find('@', p + 1)) {
    std::size_t line_start = p;
    while (line_start > 0 && (text[line_start - 1] == ' ' || text[line_start - 1] == '\t')) --line_start;
    if (line_start != 0 && text[line_start - 1] != '\n') continue;
    std::size_t q = p + 1;
    while (q < text.size() && ((text[q] >= 'a' && text[q] <= 'z') || (text[q] >= 'A' && text[q] <= 'Z'))) ++q;
    while (q < text.size() && (text[q] == ' ' || text[q] == '\t')) ++q;
    if (q > p + 1 && q < text.size() && (text[q] == '{' || text[q] == '(')) return InputKind::bibtex;
  }
  return InputKind::reference_list;
}

InputKind detect_input_kind(std::string_view name, std::string_view text) noexcept {
  if (name.ends_with(".bib")) return InputKind::bibtex;
  if (name.ends_with(".json")) return InputKind::csl_json;
  return detect_input_kind(text);
}

std::vector<Reference> read_references(const SourceText& source, InputKind kind, Diagnostics& diagnostics) {
  switch (kind) {
    case InputKind::reference_list: return read_reference_list(source, {}, diagnostics);
    case InputKind::csl_json: return read_csl_json(source, diagnostics);
    case InputKind::bibtex: return read_bibtex(source, diagnostics);
  }
  diagnostics.report(DiagCode::input_kind_unknown, &source, {0, 0});
  return {};
}

namespace detail {

namespace {

// Below this, the checks of the text and the split of a CSL-JSON array take too little time
// to be worth running side by side.
constexpr std::size_t kSplitBesideBytes = std::size_t{1} << 20;

// The text of `bytes` checked on one thread, for bytes that are not plain UTF-8 without NUL
// bytes: a file in a legacy single-byte encoding (Windows-1252) is read as such, with a
// warning; damaged UTF-8 is an error, except in a .bib file, whose reader drops only the
// entries holding bad bytes. False (with the failure) when there is no text to read.
bool open_text_serially(OpenedInput& in, std::string name, SourceBytes bytes, std::optional<InputKind> forced,
                        Diagnostics& diagnostics, std::optional<std::size_t>& legacy_at, bool& valid_utf8) {
  bool valid = find_invalid_utf8(bytes.view()) == std::string_view::npos;
  if (!valid) {
    if (std::optional<LegacyText> legacy = decode_legacy_8bit(bytes.view())) {
      bytes = SourceBytes(std::move(legacy->utf8));
      legacy_at = legacy->first_at;
      valid = true;
    }
  }
  // Only a .bib file with invalid UTF-8 needs the bytes after from_bytes().
  const bool bib = (forced ? *forced : detect_input_kind(name, bytes.view())) == InputKind::bibtex;
  const bool keep = bib && !valid;
  Result<SourceText> src = valid ? SourceText::from_valid_utf8(name, std::move(bytes))
                                 : SourceText::from_source_bytes(name, keep ? SourceBytes(std::string(bytes.view())) : std::move(bytes));
  valid_utf8 = src.ok();
  if (!src) {
    const Error& e = src.error();
    const bool bad_utf8 = !e.diagnostics.empty() && e.diagnostics.front().code == DiagCode::input_invalid_utf8;
    if (!(bad_utf8 && keep)) {
      in.failure = e.message;
      for (const Diagnostic& d : e.diagnostics) diagnostics.add(d);
      return false;
    }
    if (bytes.view().starts_with("\xEF\xBB\xBF")) bytes.drop_prefix(3);
    in.source = std::make_unique<SourceText>(std::move(name), std::move(bytes));
    in.kind = InputKind::bibtex;
  } else {
    in.source = std::make_unique<SourceText>(std::move(*src));
    in.kind = forced ? *forced : detect_input_kind(in.source->name(), in.source->text());
  }
  return true;
}

// The first error reported from index `from` on, worded; empty when there is none.
std::string first_error_text(const Diagnostics& diagnostics, std::size_t from) {
  const auto& d = diagnostics.items();
  auto first = std::find_if(d.begin() + static_cast<std::ptrdiff_t>(std::min(from, d.size())), d.end(),
                            [](const Diagnostic& x) { return x.severity == Severity::error; });
  return first != d.end() ? format_diagnostic(*first) : std::string();
}

}  // namespace

OpenedInput open_input(std::string name, SourceBytes bytes, std::optional<InputKind> forced, Diagnostics& diagnostics,
                       const std::function<void(const SourceText&)>& opened, unsigned threads,
                       const BibStrings* bib_strings, const ReferenceListOptions& list, ItemCheck check) {
  OpenedInput in;
  // UTF-16 with its byte order mark: decoded first (its NUL bytes would read as binary).
  std::string_view utf16;
  if (std::optional<std::string> decoded = decode_utf16_with_bom(bytes.view())) {
    utf16 = bytes.view().starts_with("\xFF\xFE") ? "little-endian" : "big-endian";
    bytes = SourceBytes(std::move(*decoded));
  }
  // The common case, valid UTF-8 without NUL bytes, checked on every thread; a long
  // CSL-JSON array is split meanwhile (the split needs nothing the checks find, and is
  // dropped when they fail). Anything else is checked again on one thread, which words it.
  std::optional<csl_json::Split> split;
  const auto split_beside = [&](std::string_view text) {
    if ((forced ? *forced : detect_input_kind(name, text)) == InputKind::csl_json) split = csl_json::split_top_level(text, threads);
  };
  const bool beside = threads > 1 && bytes.size() >= kSplitBesideBytes;
  std::optional<std::size_t> legacy_at;
  bool valid_utf8 = true;
  if (std::optional<SourceText> clean =
          SourceText::from_clean_bytes(name, bytes, threads, beside ? split_beside : std::function<void(std::string_view)>{})) {
    in.source = std::make_unique<SourceText>(std::move(*clean));
    in.kind = forced ? *forced : detect_input_kind(in.source->name(), in.source->text());
  } else {
    split.reset();
    if (!open_text_serially(in, std::move(name), std::move(bytes), forced, diagnostics, legacy_at, valid_utf8)) return in;
  }
  const SourceText& source = *in.source;
  if (!utf16.empty()) diagnostics.report(DiagCode::input_utf16, &source, {0, 0}, {utf16});
  if (legacy_at && *legacy_at < source.size()) {
    // At the first character that was not ASCII (two or three bytes in UTF-8 now).
    const std::size_t at = *legacy_at;
    const std::size_t len = static_cast<unsigned char>(source.text()[at]) >= 0xE0 ? 3 : 2;
    diagnostics.report(DiagCode::input_legacy_encoding, &source, {at, std::min(at + len, source.size())});
  }
  if (source.text().find_first_not_of(" \t\r\n") == std::string_view::npos) {
    diagnostics.report(DiagCode::input_empty, &source, {0, 0});
    return in;
  }
  if (opened) opened(source);
  const auto first_new = static_cast<std::ptrdiff_t>(diagnostics.size());
  switch (in.kind) {
    case InputKind::reference_list: in.items = hold_references(read_reference_list(source, list, diagnostics)); break;
    case InputKind::csl_json: in.items = open_csl_json(source, diagnostics, threads, std::move(split), check); break;
    case InputKind::bibtex: in.items = open_bibtex(source, diagnostics, threads, bib_strings, valid_utf8); break;
  }
  if (in.items && !in.items->yields_references()) {
    // Nothing to convert: read what there is now, for its diagnostics.
    std::vector<Reference> none;
    in.items->read(0, in.items->size(), none, diagnostics);
    if (in.items->voided()) {
      diagnostics.items().resize(static_cast<std::size_t>(first_new));
      in.items->report_voided(diagnostics);
    }
    in.items.reset();
  }
  if (!in.items) in.failure = first_error_text(diagnostics, static_cast<std::size_t>(first_new));
  return in;
}

std::string report_void_input(const ChunkedInput& input, Diagnostics& diagnostics, std::size_t from) {
  diagnostics.items().resize(std::min(from, diagnostics.size()));
  input.report_voided(diagnostics);
  std::string failure = first_error_text(diagnostics, from);
  return failure.empty() ? "invalid JSON" : failure;
}

}  // namespace detail

InputRead read_input(std::string name, std::string bytes, std::optional<InputKind> forced,
                     Diagnostics& diagnostics, const BibStrings* bib_strings, const ReferenceListOptions& list) {
  // Nothing is handed out before every item is read: each item's syntax is checked as it is.
  detail::OpenedInput opened = detail::open_input(std::move(name), SourceBytes(std::move(bytes)), forced, diagnostics,
                                                  {}, 1, bib_strings, list, detail::ItemCheck::while_reading);
  InputRead in;
  in.kind = opened.kind;
  in.failure = std::move(opened.failure);
  if (opened.items) {
    in.references.reserve(opened.items->size());
    const std::size_t from = diagnostics.size();
    opened.items->read(0, opened.items->size(), in.references, diagnostics);
    if (opened.items->voided()) {
      in.references.clear();
      in.failure = detail::report_void_input(*opened.items, diagnostics, from);
    } else {
      opened.items->settle(diagnostics, from);
    }
  }
  opened.items.reset();  // it refers to the source, which moves next
  if (opened.source) in.source.emplace(std::move(*opened.source));
  return in;
}

}  // namespace citelib
