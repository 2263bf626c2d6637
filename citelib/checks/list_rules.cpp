// Notes on the list as a whole. CS1 prints "Retrieved <date>" for online sources and "(in
// Spanish)" for sources in another language than the article's; a list in which most of them
// have none was written that way, and a finding per reference would bury the other findings.
#include "context.hpp"
#include "language_guess.hpp"

#include <unicode/uloc.h>
#include <unicode/unistr.h>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

namespace citelib::checks {

namespace {

// Sources read online, whose access date CS1 shows: web pages and posts, and news, magazine
// articles and documents that give a URL. (A pasted list keeps no URLs: there the reader's
// type says it.)
bool is_online(const Reference& r) {
  switch (r.type) {
    case ItemType::webpage: case ItemType::post: case ItemType::post_weblog:
      return true;
    case ItemType::article_newspaper: case ItemType::article_magazine: case ItemType::document:
      return r.has(Variable::URL);
    default:
      return false;
  }
}

// "es" -> "Spanish" (ICU's English name; the code itself when ICU has none).
std::string language_name(std::string_view code) {
  const std::string c(code);
  UChar buf[96];
  UErrorCode status = U_ZERO_ERROR;
  const int32_t n = uloc_getDisplayLanguage(c.c_str(), "en", buf, 96, &status);
  if (U_FAILURE(status) || status == U_USING_DEFAULT_WARNING || n <= 0) return c;
  std::string name;
  icu::UnicodeString(buf, n).toUTF8String(name);
  return name;
}

template <typename Value>
Value& entry(std::vector<std::pair<std::string, Value>>& table, std::string_view key) {
  auto it = std::find_if(table.begin(), table.end(), [&](const auto& e) { return e.first == key; });
  if (it == table.end()) it = table.emplace(table.end(), std::string(key), Value{});
  return it->second;
}

}  // namespace

void ListTally::Named::add(const Reference& r, CheckContext& cx) {
  if (count++ == 0) cx.place(first, r, ReferenceText(r, cx.source()).printed());
  if (ids.size() < kNamed && !r.id.empty()) ids.push_back(r.id);
}

void ListTally::Named::add(std::string_view id, const Diagnostic& where) {
  if (count++ == 0) {
    first.file = where.file;
    first.span = where.span;
    first.position = where.position;
  }
  if (ids.size() < kNamed && !id.empty()) ids.emplace_back(id);
}

std::string ListTally::Named::listed() const {
  std::string out = fmt::format("{} {}", count == 1 ? "reference" : "references", fmt::join(ids, ", "));
  if (count > ids.size()) out += fmt::format(" and {} more", count - ids.size());
  return out;
}

void ListTally::add(std::span<const Reference> refs, CheckContext& cx) {
  for (const Reference& r : refs) {
    if (r.no_citation) continue;
    if (is_online(r)) {
      ++online_;
      if (!r.date(Variable::accessed)) unaccessed_.add(r, cx);
    }
    // Language notes are a habit of printed lists (CSL-JSON and .bib have a field instead),
    // and a reference's wording says which edition it was printed in.
    if (r.raw.empty() || guessing_ == Guessing::off) continue;
    if (!r.edition.empty()) {
      ++entry(editions_, r.edition);
      if (guessing_ == Guessing::waiting) {
        guessing_ = Guessing::on;
        for (const Pending& p : pending_) add_guess(p.title, p.id, p.where);
        pending_ = {};
      }
    }
    const std::string_view title = r.get(Variable::title);
    if (title.empty() || r.has(Variable::language)) continue;
    if (guessing_ == Guessing::on) {
      if (const std::string_view language = guess_language(title); !language.empty())
        entry(untagged_, language).add(r, cx);
    } else if (pending_.size() < kWaitFor) {
      Pending& p = pending_.emplace_back(Pending{r.id, std::string(title), {}});
      cx.place(p.where, r, ReferenceText(r, cx.source()).printed());
    } else {
      guessing_ = Guessing::off;
      pending_ = {};
    }
  }
}

void ListTally::fold_mojibake(Diagnostics& diagnostics) {
  std::vector<Diagnostic>& items = diagnostics.items();
  auto fold = [&](const Diagnostic& d) {
    if (d.code != DiagCode::text_mojibake) return false;
    const auto at = std::pair<std::string, SourceSpan>(d.file, d.span);
    if (std::find(mojibake_shown_.begin(), mojibake_shown_.end(), at) != mojibake_shown_.end()) return false;
    if (mojibake_shown_.size() < kMojibakeShown) {
      mojibake_shown_.push_back(at);
      return false;
    }
    // A count per garbled piece, a name per reference (its pieces come one after another).
    const std::string_view id = d.references.empty() ? std::string_view{} : std::string_view(d.references.front());
    if (mojibake_pieces_ == 0 || id != mojibake_last_ref_) {
      mojibake_more_.add(id, d);
      mojibake_last_ref_ = id;
    }
    ++mojibake_pieces_;
    return true;
  };
  items.erase(std::remove_if(items.begin(), items.end(), fold), items.end());
}

void ListTally::add_guess(std::string_view title, std::string_view id, const Diagnostic& where) {
  if (const std::string_view language = guess_language(title); !language.empty())
    entry(untagged_, language).add(id, where);
}

void ListTally::report(CheckContext& cx) const {
  auto note = [&](DiagCode code, const Named& named, std::initializer_list<std::string_view> args) {
    Diagnostic d = make_diagnostic(code, args);
    d.file = named.first.file;
    d.span = named.first.span;
    d.position = named.first.position;
    d.references = named.ids;
    cx.add(std::move(d));
  };
  if (mojibake_pieces_ > 0)
    note(DiagCode::text_mojibake_more, mojibake_more_,
         {std::to_string(mojibake_pieces_), std::to_string(kMojibakeShown), mojibake_more_.listed()});
  if (unaccessed_.count > 0)
    note(DiagCode::access_date_missing, unaccessed_,
         {std::to_string(unaccessed_.count), std::to_string(online_), unaccessed_.listed()});

  // The list's edition: the one most of its worded references print in. Titles in another
  // language that print no language tag are noted, one note per language, most first.
  const auto edition = std::max_element(editions_.begin(), editions_.end(),
                                        [](const auto& a, const auto& b) { return a.second < b.second; });
  if (edition == editions_.end()) return;
  std::vector<const std::pair<std::string, Named>*> foreign;
  for (const auto& e : untagged_)
    if (e.first != edition->first) foreign.push_back(&e);
  std::sort(foreign.begin(), foreign.end(), [](const auto* a, const auto* b) {
    return a->second.count != b->second.count ? a->second.count > b->second.count : a->first < b->first;
  });
  for (const auto* e : foreign)
    note(DiagCode::language_note_missing, e->second,
         {language_name(e->first), language_name(edition->first), std::to_string(e->second.count), e->second.listed()});
}

}  // namespace citelib::checks
