// Duplicates: two references to the same source (same DOI, ISBN or URL, or the same title in
// the same container, or the same title and day), each reported once against the first.
// Keys are 64-bit hashes of normalised text and the grouping is a sort, so the pass costs
// O(n log n) without per-reference allocation for ASCII text.
#include "context.hpp"

#include <citelib/checks/identifiers.hpp>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <string>
#include <vector>

namespace citelib::checks {

namespace {

constexpr std::uint64_t kFnvBasis = 1469598103934665603ull;
constexpr std::uint64_t kFnvPrime = 1099511628211ull;
constexpr std::size_t kMaxCompared = 32;  // earlier members of a key group compared with each

class Hasher {
 public:
  void byte(unsigned char b) noexcept {
    h_ = (h_ ^ b) * kFnvPrime;
    any_ = true;
  }
  std::uint64_t value() const noexcept { return any_ ? (h_ ? h_ : 1) : 0; }

 private:
  std::uint64_t h_ = kFnvBasis;
  bool any_ = false;
};

// Hash of `s` with case and compatibility forms folded and every run of non-alphanumerics
// read as one separator: "Re: Kernel SCM saga" == "re kernel scm saga". 0 for no text.
std::uint64_t text_key(std::string_view s) {
  Hasher h;
  bool pending_space = false;
  auto emit = [&](std::string_view bytes, bool alnum) {
    if (!alnum) {
      pending_space = true;
      return;
    }
    if (pending_space && h.value()) h.byte(' ');
    pending_space = false;
    for (char c : bytes) h.byte(static_cast<unsigned char>(c));
  };
  const bool ascii = std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  if (ascii) {
    for (char c : s) {
      const char l = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
      const bool alnum = (l >= 'a' && l <= 'z') || (l >= '0' && l <= '9');
      emit(std::string_view(&l, 1), alnum);
    }
    return h.value();
  }
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc_cf = icu::Normalizer2::getNFKCCasefoldInstance(status);
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  if (U_SUCCESS(status)) u = nfkc_cf->normalize(u, status);
  if (U_FAILURE(status)) u.foldCase();
  for (int32_t i = 0; i < u.length();) {
    const UChar32 c = u.char32At(i);
    char buf[4];
    int32_t n = 0;
    UBool err = false;
    U8_APPEND(reinterpret_cast<uint8_t*>(buf), n, 4, c, err);
    if (err) n = 0;
    emit(std::string_view(buf, static_cast<std::size_t>(n)), u_isalnum(c) || u_getCombiningClass(c) > 0 ||
                                                               u_charType(c) == U_NON_SPACING_MARK);
    i += U16_LENGTH(c);
  }
  return h.value();
}

// Hash of a URL without scheme, "www." and trailing slash; the host is case-folded.
std::uint64_t url_key(std::string_view url) {
  if (url.empty()) return 0;
  for (std::string_view p : {"https://", "http://", "//"}) {
    if (url.size() >= p.size() && std::equal(p.begin(), p.end(), url.begin(), [](char a, char b) {
          return a == (b >= 'A' && b <= 'Z' ? b - 'A' + 'a' : b);
        })) {
      url.remove_prefix(p.size());
      break;
    }
  }
  if (url.size() > 4 && (url.compare(0, 4, "www.") == 0 || url.compare(0, 4, "WWW.") == 0)) url.remove_prefix(4);
  while (!url.empty() && url.back() == '/') url.remove_suffix(1);
  Hasher h;
  const std::size_t host_end = std::min(url.find('/'), url.size());
  for (std::size_t i = 0; i < url.size(); ++i) {
    char c = url[i];
    if (i < host_end && c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    h.byte(static_cast<unsigned char>(c));
  }
  return h.value();
}

// DOIs are case-insensitive (DOI Handbook 3.4).
std::uint64_t doi_key(std::string_view doi) {
  if (doi.empty() || !check_doi(doi).ok()) return 0;
  const std::size_t at = doi.find("10.");
  doi.remove_prefix(at);
  Hasher h;
  for (char c : doi) h.byte(static_cast<unsigned char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c));
  return h.value();
}

std::uint64_t isbn_key(std::string_view isbn) {
  if (isbn.empty()) return 0;
  const std::string d = isbn_to_13(isbn);
  std::uint64_t v = 0;
  if (d.empty() || std::from_chars(d.data(), d.data() + d.size(), v).ec != std::errc()) return 0;
  return v;
}

struct Keys {
  std::uint64_t title = 0, container = 0, url = 0, doi = 0, isbn = 0;
  std::uint64_t page = 0, volume = 0, issue = 0, section = 0;
};

Keys keys_of(const Reference& r) {
  Keys k;
  k.title = text_key(r.get(Variable::title));
  k.container = text_key(r.get(Variable::container_title));
  k.url = url_key(r.get(Variable::URL));
  k.doi = doi_key(r.get(Variable::DOI));
  k.isbn = isbn_key(r.get(Variable::ISBN));
  k.page = text_key(r.get(Variable::page));
  k.volume = text_key(r.get(Variable::volume));
  k.issue = text_key(r.get(Variable::issue));
  k.section = text_key(r.get(Variable::section));
  if (!k.section) k.section = text_key(r.locator_text);
  return k;
}

bool differ(std::uint64_t a, std::uint64_t b) { return a && b && a != b; }

// Two references with a shared key still cite different things when they point at
// different places (pages, sections), parts (volume, issue) or dates.
bool conflict(const Reference& a, const Keys& ka, const Reference& b, const Keys& kb) {
  if (differ(ka.page, kb.page) || differ(ka.volume, kb.volume) || differ(ka.issue, kb.issue) ||
      differ(ka.section, kb.section))
    return true;
  const Date* da = a.date(Variable::issued);
  const Date* db = b.date(Variable::issued);
  if (da && db && da->has_parts() && db->has_parts() && compare_dates(*da, *db) != 0) return true;
  return false;
}

// The name words of a reference's first author, hashed and folded ("Torvalds, Linus" and
// "Linus Torvalds" give the same set).
std::vector<std::uint64_t> author_words(const Reference& r) {
  std::vector<std::uint64_t> out;
  const auto names = r.names(Variable::author);
  if (names.empty()) return out;
  const Name& n = names.front();
  for (std::string_view part : {std::string_view(n.literal), std::string_view(n.family), std::string_view(n.given)}) {
    std::size_t i = 0;
    while (i < part.size()) {
      std::size_t e = part.find_first_of(" ,.", i);
      if (e == std::string_view::npos) e = part.size();
      if (e - i > 1)
        if (const std::uint64_t k = text_key(part.substr(i, e - i))) out.push_back(k);
      i = e + 1;
    }
  }
  return out;
}

// Different people wrote them: the first authors share no name word. Spelling variants of
// one person ("jst, Johnny" and "Stenback, Johnny") share one.
bool different_authors(const Reference& a, const Reference& b) {
  const std::vector<std::uint64_t> wa = author_words(a), wb = author_words(b);
  if (wa.empty() || wb.empty()) return false;
  for (std::uint64_t x : wa)
    if (std::find(wb.begin(), wb.end(), x) != wb.end()) return false;
  return true;
}

bool same_day(const Reference& a, const Reference& b) {
  const Date* da = a.date(Variable::issued);
  const Date* db = b.date(Variable::issued);
  return da && db && da->precision() == DatePrecision::day && db->precision() == DatePrecision::day &&
         compare_dates(*da, *db) == 0;
}

enum class Criterion : unsigned char { doi, isbn, url, title_container, title_date };

std::string_view describe(Criterion c) {
  switch (c) {
    case Criterion::doi: return "DOI";
    case Criterion::isbn: return "ISBN";
    case Criterion::url: return "URL";
    case Criterion::title_container: return "title and container";
    case Criterion::title_date: return "title and date";
  }
  return "";
}

struct Match {
  std::uint32_t first = 0;
  Criterion how = Criterion::doi;
  bool found = false;
};

}  // namespace

void check_duplicates(std::span<const Reference> refs, std::span<const ReferenceText> texts, CheckContext& cx) {
  const std::size_t n = refs.size();
  if (n < 2) return;
  std::vector<Keys> keys(n);
  for (std::size_t i = 0; i < n; ++i)
    if (!refs[i].no_citation) keys[i] = keys_of(refs[i]);
  std::vector<Match> match(n);
  std::vector<std::pair<std::uint64_t, std::uint32_t>> order;
  order.reserve(n);

  auto pass = [&](std::uint64_t Keys::*key, Criterion how, auto&& same) {
    order.clear();
    for (std::size_t i = 0; i < n; ++i)
      if (keys[i].*key) order.emplace_back(keys[i].*key, static_cast<std::uint32_t>(i));
    std::sort(order.begin(), order.end());
    for (std::size_t g = 0; g < order.size();) {
      std::size_t e = g + 1;
      while (e < order.size() && order[e].first == order[g].first) ++e;
      for (std::size_t j = g + 1; j < e; ++j) {
        const std::uint32_t b = order[j].second;
        if (match[b].found) continue;
        for (std::size_t i = g; i < j && i < g + kMaxCompared; ++i) {
          const std::uint32_t a = order[i].second;
          if (conflict(refs[a], keys[a], refs[b], keys[b]) || !same(a, b)) continue;
          match[b] = {a, how, true};
          break;
        }
      }
      g = e;
    }
  };
  const auto always = [](std::uint32_t, std::uint32_t) { return true; };
  pass(&Keys::doi, Criterion::doi, always);
  // Chapters of one book share its ISBN: differently titled items are different works.
  pass(&Keys::isbn, Criterion::isbn, [&](std::uint32_t a, std::uint32_t b) { return !differ(keys[a].title, keys[b].title); });
  pass(&Keys::url, Criterion::url, always);
  // A shared title is the same source when the container is shared too, or, without one, when
  // the day is; never when different people wrote them (replies in a mailing-list thread
  // share their subject).
  pass(&Keys::title, Criterion::title_container, [&](std::uint32_t a, std::uint32_t b) {
    return keys[a].container && keys[a].container == keys[b].container && !different_authors(refs[a], refs[b]);
  });
  pass(&Keys::title, Criterion::title_date, [&](std::uint32_t a, std::uint32_t b) {
    return !differ(keys[a].container, keys[b].container) && same_day(refs[a], refs[b]) &&
           !different_authors(refs[a], refs[b]);
  });

  for (std::size_t b = 0; b < n; ++b) {
    if (!match[b].found) continue;
    const Reference& r = refs[b];
    const Reference& first = refs[match[b].first];
    SourceSpan at = texts[b].printed();
    switch (match[b].how) {
      case Criterion::doi: at = texts[b].find(r.get(Variable::DOI)); break;
      case Criterion::isbn: at = texts[b].find_token(r.get(Variable::ISBN)); break;
      case Criterion::url: at = texts[b].find(r.get(Variable::URL)); break;
      case Criterion::title_container:
      case Criterion::title_date: at = texts[b].find(r.get(Variable::title)); break;
    }
    cx.report(DiagCode::duplicate_reference, r, at, {r.id, first.id, describe(match[b].how)}, {first.id});
  }
}

}  // namespace citelib::checks
