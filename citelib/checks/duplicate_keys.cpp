// What the duplicate rules compare of a reference (duplicate_keys()): 64-bit hashes of its
// identifiers and of its title, container, place in the work and first author's names, with
// case, compatibility forms and punctuation folded ("Re: Kernel SCM saga" == "re kernel scm
// saga"). Computed on any thread; duplicate_rules.cpp compares them in list order.
#include "context.hpp"
#include "open_table.hpp"

#include <citelib/checks/identifiers.hpp>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <cstdint>
#include <string>
#include <string_view>

namespace citelib::checks {

namespace {

constexpr std::uint64_t kFnvBasis = 1469598103934665603ull;
constexpr std::uint64_t kFnvPrime = 1099511628211ull;

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

// What the folded text of a word hashes: the bytes of its alphanumeric code points, with '\0'
// for each run of others (a separator). ICU folds (NFKC_Casefold), word by word.
std::string folded_tokens(std::string_view word) {
  std::string out;
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc_cf = icu::Normalizer2::getNFKCCasefoldInstance(status);
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
  if (U_SUCCESS(status)) u = nfkc_cf->normalize(u, status);
  if (U_FAILURE(status)) u.foldCase();
  for (int32_t i = 0; i < u.length();) {
    const UChar32 c = u.char32At(i);
    i += U16_LENGTH(c);
    if (!(u_isalnum(c) || u_getCombiningClass(c) > 0 || u_charType(c) == U_NON_SPACING_MARK)) {
      out += '\0';
      continue;
    }
    char buf[4];
    int32_t n = 0;
    UBool err = false;
    U8_APPEND(reinterpret_cast<uint8_t*>(buf), n, 4, c, err);
    if (err) n = 0;
    // An alphanumeric that writes no bytes still ends a separator run.
    if (n == 0) out += '\1';
    out.append(buf, static_cast<std::size_t>(n));
  }
  return out;
}

// The FNV-1a hash of one run of folded tokens (bytes above 1), 0 when `t` is not one run:
// what FoldedHash::run() takes.
std::uint64_t one_run_hash(std::string_view t) noexcept {
  std::uint64_t h = kFnvBasis;
  for (char c : t) {
    const auto b = static_cast<unsigned char>(c);
    if (b <= 1) return 0;
    h = (h ^ b) * kFnvPrime;
  }
  return t.empty() ? 0 : h;
}

/// A non-ASCII word's fold: its tokens' one run hashed (most words), or the tokens.
struct WordFold {
  std::uint64_t run = 0;    ///< one_run_hash() of the tokens; 0: hash `tokens`
  std::string_view tokens;  ///< empty when `run` is set
};

// Titles and names repeat their words across a list: the folds of non-ASCII words are kept,
// in a table of their own keyed by the word's hash (text_key() computes it while finding the
// word's end): one probe and one comparison per word, no hashing again (a word of one run
// keeps that run's hash, not its tokens).
class WordFolds {
 public:
  /// The fold of `word`, whose FNV-1a hash is `hash`; valid until the next call.
  WordFold fold(std::string_view word, std::uint64_t hash) {
    hash |= 1;  // 0 marks a free slot
    if ((used_ + 1) * 2 > slots_.size()) grow();
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
      const Slot& slot = slots_[i];
      if (slot.hash == hash && pooled(slot.word_at, slot.word_size) == word) return fold_of(slot);
      if (slot.hash == 0) return fold_of(add(i, word, hash));
    }
  }

 private:
  static constexpr std::size_t kMaxWords = 50000;  // then the table starts again
  struct Slot {
    std::uint64_t hash = 0;
    std::uint64_t run = 0;
    std::uint32_t word_at = 0, word_size = 0, tokens_at = 0, tokens_size = 0;
  };
  WordFold fold_of(const Slot& slot) const noexcept {
    return slot.run ? WordFold{slot.run, {}} : WordFold{0, pooled(slot.tokens_at, slot.tokens_size)};
  }
  std::string_view pooled(std::uint32_t at, std::uint32_t size) const noexcept {
    return std::string_view(pool_).substr(at, size);
  }
  const Slot& add(std::size_t i, std::string_view word, std::uint64_t hash) {
    if (used_ >= kMaxWords) {
      slots_ = OpenTable<Slot>(slots_.size());
      pool_.clear();
      used_ = 0;
      const std::size_t mask = slots_.size() - 1;
      for (i = hash & mask; slots_[i].hash != 0; i = (i + 1) & mask) {}
    }
    Slot& slot = slots_[i];
    slot.hash = hash;
    slot.word_at = static_cast<std::uint32_t>(pool_.size());
    slot.word_size = static_cast<std::uint32_t>(word.size());
    pool_ += word;
    const std::string folded = folded_tokens(word);
    slot.run = one_run_hash(folded);
    slot.tokens_at = static_cast<std::uint32_t>(pool_.size());
    slot.tokens_size = slot.run ? 0 : static_cast<std::uint32_t>(folded.size());
    if (!slot.run) pool_ += folded;
    ++used_;
    return slot;
  }
  void grow() { grow_open_table(slots_, [](const Slot& x) { return x.hash; }); }
  OpenTable<Slot> slots_;
  std::size_t used_ = 0;
  std::string pool_;  // each word, then its tokens
};

WordFold cached_fold(std::string_view word, std::uint64_t hash) {
  thread_local WordFolds folds;
  return folds.fold(word, hash);
}

// What an ASCII byte is to the folding: its lower-case self when alphanumeric, kBreak for a
// separator (not alphanumeric, and normalisation never joins it to a neighbour, unlike '='
// before U+0338, which composes to U+2260), kOther for any other; bytes of non-ASCII
// characters are kNonAscii (their word goes to ICU).
constexpr unsigned char kOther = 0, kBreak = 1, kNonAscii = 2;

const std::array<unsigned char, 256>& fold_classes() {
  static const std::array<unsigned char, 256> table = [] {
    std::array<unsigned char, 256> t{};
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfkc_cf = icu::Normalizer2::getNFKCCasefoldInstance(status);
    for (int c = 0; c < 256; ++c) {
      const auto i = static_cast<std::size_t>(c);
      if (c >= 0x80) t[i] = kNonAscii;
      else if (c >= 'A' && c <= 'Z') t[i] = static_cast<unsigned char>(c - 'A' + 'a');
      else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) t[i] = static_cast<unsigned char>(c);
      else if (!std::isalnum(c) && U_SUCCESS(status) && nfkc_cf->hasBoundaryBefore(c) && nfkc_cf->hasBoundaryAfter(c))
        t[i] = kBreak;
      else t[i] = kOther;
    }
    return t;
  }();
  return table;
}

// The folded text as text_key() hashes it: alphanumeric runs, one ' ' between two. Each run
// (the text between two of those spaces) is hashed on its own (FNV-1a) and the run hashes are
// combined in order, so that a run hashes the same wherever it occurs: the table of folds keeps
// a non-ASCII word's run hash, not bytes to hash again. Runs are hashed in tight loops: the
// space before a run is decided once per run.
class FoldedHash {
 public:
  /// Hashes the run of ASCII alphanumerics of `s` at `i` (there is one); returns its end.
  std::size_t ascii_run(std::string_view s, std::size_t i, const std::array<unsigned char, 256>& cls) noexcept {
    start_run();
    std::uint64_t h = run_;
    for (unsigned char c; i < s.size() && (c = cls[static_cast<unsigned char>(s[i])]) > kNonAscii; ++i)
      h = (h ^ c) * kFnvPrime;
    run_ = h;
    any_ = true;
    return i;
  }
  /// As tokens() of a word's tokens that are one run whose hash is `hash`, at the start of a
  /// word (a separator or the text's start before it: no run is open).
  void run(std::uint64_t hash) noexcept {
    start_run();
    run_ = hash;
    any_ = true;
  }
  /// Hashes a word's folded tokens (see folded_tokens()).
  void tokens(std::string_view t) noexcept {
    for (std::size_t i = 0; i < t.size();) {
      const auto b = static_cast<unsigned char>(t[i]);
      if (b == 0) {
        pending_space_ = true;
        ++i;
        continue;
      }
      start_run();
      if (b == 1) {  // an alphanumeric that writes no bytes
        ++i;
        continue;
      }
      // The bytes of alphanumerics up to the next separator or empty one: a run (it starts
      // with a character's first byte).
      std::uint64_t h = run_;
      for (; i < t.size() && static_cast<unsigned char>(t[i]) > 1; ++i) h = (h ^ static_cast<unsigned char>(t[i])) * kFnvPrime;
      run_ = h;
      any_ = true;
    }
  }
  void separator() noexcept { pending_space_ = true; }
  std::uint64_t value() const noexcept {
    if (!any_) return 0;
    const std::uint64_t h = combined(runs_, run_);
    return h ? h : 1;
  }

 private:
  static std::uint64_t combined(std::uint64_t runs, std::uint64_t run) noexcept { return (runs ^ run) * kFnvPrime; }
  // Before an alphanumeric: one ' ' for the separators since the last one, which ends a run.
  void start_run() noexcept {
    if (pending_space_ && any_) {
      runs_ = combined(runs_, run_);
      run_ = kFnvBasis;
    }
    pending_space_ = false;
  }
  std::uint64_t runs_ = kFnvBasis;  // the runs before the open one, combined
  std::uint64_t run_ = kFnvBasis;   // the open run
  bool pending_space_ = false, any_ = false;
};

// Hash of `s` with case and compatibility forms folded and every run of non-alphanumerics
// read as one separator: "Re: Kernel SCM saga" == "re kernel scm saga". 0 for no text.
// ASCII words are folded here, in one pass; a word with a non-ASCII byte is hashed again from
// its start with ICU's fold, once per distinct word (normalising word by word is normalising
// the whole: words end where normalisation has a boundary).
std::uint64_t folded_key(std::string_view s) {
  const std::array<unsigned char, 256>& cls = fold_classes();
  FoldedHash h;
  FoldedHash at_word = h;  // the state where the current word began
  std::size_t word = 0;
  for (std::size_t i = 0; i < s.size();) {
    const unsigned char c = cls[static_cast<unsigned char>(s[i])];
    if (c > kNonAscii) {
      i = h.ascii_run(s, i, cls);
    } else if (c == kBreak) {
      h.separator();
      at_word = h;
      word = ++i;
    } else if (c == kOther) {
      h.separator();
      ++i;
    } else {
      // The word's end, and its hash for the table of folds.
      std::uint64_t word_hash = kFnvBasis;
      std::size_t e = word;
      for (; e < s.size() && cls[static_cast<unsigned char>(s[e])] != kBreak; ++e)
        word_hash = (word_hash ^ static_cast<unsigned char>(s[e])) * kFnvPrime;
      h = at_word;
      if (const WordFold f = cached_fold(s.substr(word, e - word), word_hash); f.run) h.run(f.run);
      else h.tokens(f.tokens);
      if (e < s.size()) h.separator();
      at_word = h;
      word = i = e + 1;
    }
  }
  return h.value();
}

// folded_key() of `s`, 0 for no text without the call: most references have no pages, issue
// or section to key.
std::uint64_t text_key(std::string_view s) { return s.empty() ? 0 : folded_key(s); }

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

// The hash an id is kept under in the table of ids (never 0, which marks a free slot):
// computed with the other keys, on any thread, not in the ordered step.
std::uint64_t id_hash(std::string_view id) noexcept { return std::hash<std::string_view>{}(id) | 1; }

// The first author's name parts as the rules read them.
struct AuthorText {
  std::string_view literal, family, given;
};


// The name words of a first author, hashed and folded, into `k` ("Torvalds, Linus" and
// "Linus Torvalds" give the same set). `keyed` is the part whose key is k.family: a family
// name of one word (most) is that word, not hashed again.
void set_author_words(const AuthorText& n, std::string_view keyed, DuplicateKeys& k) {
  for (std::string_view part : {n.literal, n.family, n.given}) {
    std::size_t i = 0;
    while (i < part.size()) {
      std::size_t e = part.find_first_of(" ,.", i);
      if (e == std::string_view::npos) e = part.size();
      if (e - i > 1) {
        const bool whole_keyed = i == 0 && e == part.size() && part.data() == keyed.data() && part.size() == keyed.size();
        if (const std::uint64_t w = whole_keyed ? k.family : text_key(part.substr(i, e - i));
            w && k.author_word_count < k.author_words.size())
          k.author_words[k.author_word_count++] = w;
      }
      i = e + 1;
    }
  }
}

}  // namespace

DuplicateKeys duplicate_keys(const Reference& r) {
  DuplicateKeys k;
  k.id = r.id.empty() ? 0 : id_hash(r.id);  // ids are compared whatever the reference holds
  if (r.no_citation) return k;
  // The keyed fields in one pass over the reference's text fields (the first of each, as
  // Reference::get() finds it), not a search of them per field.
  std::string_view title, container, url, doi, isbn, page, volume, issue, section;
  for (const auto& [var, value] : r.text_fields()) {
    std::string_view* field = nullptr;
    switch (var) {
      case Variable::title: field = &title; break;
      case Variable::container_title: field = &container; break;
      case Variable::URL: field = &url; break;
      case Variable::DOI: field = &doi; break;
      case Variable::ISBN: field = &isbn; break;
      case Variable::page: field = &page; break;
      case Variable::volume: field = &volume; break;
      case Variable::issue: field = &issue; break;
      case Variable::section: field = &section; break;
      default: continue;
    }
    if (!field->data()) *field = value;  // a value's data is never null, even when empty
  }
  k.title = text_key(title);
  k.container = text_key(container);
  k.url = url_key(url);
  k.doi = doi_key(doi);
  k.isbn = isbn_key(isbn);
  k.page = text_key(page);
  k.volume = text_key(volume);
  k.issue = text_key(issue);
  k.section = text_key(section);
  if (!k.section) k.section = text_key(r.locator_text);
  // Hashed here, on any thread, not at each comparison: a title shared by many references is
  // compared up to kMaxCompared times.
  if (const auto names = r.names(Variable::author); !names.empty()) {
    const AuthorText author{names.front().literal, names.front().family, names.front().given};
    const std::string_view keyed = author.family.empty() ? author.literal : author.family;
    k.family = text_key(keyed);
    set_author_words(author, keyed, k);
    k.has_author = true;
  }
  // Looked up here too, not on the ordered step.
  const Date* issued = r.date(Variable::issued);
  if (issued && issued->has_parts()) k.issued = issued->start;
  return k;
}

}  // namespace citelib::checks
