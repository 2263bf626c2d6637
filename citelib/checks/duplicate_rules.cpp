// Duplicates: two references to the same source (same DOI, ISBN or URL, or the same title in
// the same container, or the same title and day), each reported once against the first.
// Keys are 64-bit hashes of normalised text. The check is incremental (each reference against
// those before it, which is what lets a long file be checked chunk by chunk): references
// sharing a key are chained, and each earlier reference is kept as a small summary.
#include "context.hpp"

#include "core/append_blocks.hpp"
#include "core/zeroed_array.hpp"

#include <citelib/checks/identifiers.hpp>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cctype>
#include <charconv>
#include <cstdint>
#include <memory>
#include <optional>
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

template <class Slot>
using OpenTable = detail::ZeroedArray<Slot>;

// Doubles an open-addressed table (linear probing) whose slots are keyed by their non-zero
// member `key`, or makes it `min_slots` at least at once; a zero slot is a free one.
template <class Slot, class Key>
void grow_open_table(OpenTable<Slot>& slots, Key Slot::*key, std::size_t min_slots = 0) {
  OpenTable<Slot> old(std::bit_ceil(std::max({std::size_t{1024}, slots.size() * 2, min_slots})));
  std::swap(old, slots);
  const std::size_t mask = slots.size() - 1;
  for (const Slot& x : old) {
    if (x.*key == 0) continue;
    std::size_t i = static_cast<std::size_t>(x.*key) & mask;
    while (slots[i].*key != 0) i = (i + 1) & mask;
    slots[i] = x;
  }
}

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
  void grow() { grow_open_table(slots_, &Slot::hash); }
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

namespace {

bool differ(std::uint64_t a, std::uint64_t b) { return a && b && a != b; }

// What the duplicate rules keep of an earlier reference instead of the reference: the keys a
// later one is tested on once they share a chain (a member's DOI, ISBN or URL key is its
// chain's and is not kept), where its id and first author's name words are, and the next
// member of each of its chains, in 96 bytes: the bulk of what the index keeps for a long list.
struct Summary {
  std::uint64_t title, container, family, page, volume, issue, section;
  DatePoint issued;
  std::uint32_t id_at, id_size;  // in the text pool
  std::uint32_t words_at;        // in the word pool
  std::uint8_t word_count;
  bool has_author;
  std::array<std::uint32_t, 4> next;  // in the chains of its DOI, ISBN, URL and title
};

// Two references with a shared key still cite different things when they point at
// different places (pages, sections), parts (volume, issue) or dates. `a` is the earlier.
bool conflict(const Summary& a, const DuplicateKeys& b) {
  if (differ(a.page, b.page) || differ(a.volume, b.volume) || differ(a.issue, b.issue) || differ(a.section, b.section))
    return true;
  if (a.issued.has_year && b.issued.has_year && compare_date_points(a.issued, b.issued) != 0) return true;
  return false;
}

bool same_day(const DatePoint& a, const DatePoint& b) {
  const auto day = [](const DatePoint& p) { return p.has_year && p.month != 0 && p.day != 0; };
  return day(a) && day(b) && compare_date_points(a, b) == 0;
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

}  // namespace

// The summaries of the references so far, in storage that never moves (a growing vector
// copied each summary again at every doubling, on the ordered step): one array for as many
// as the list was said to have, then blocks.
class Summaries {
 public:
  /// Room for `n` in one array, before the first is added.
  void reserve(std::size_t n) {
    if (size_ == 0 && n > first_.size()) first_ = detail::ZeroedArray<Summary>(n);
  }
  std::size_t size() const noexcept { return size_; }
  Summary& operator[](std::size_t i) noexcept {
    if (i < first_.size()) return first_[i];
    i -= first_.size();
    return blocks_[i / kBlock][i % kBlock];
  }
  Summary& add() {
    if (size_ >= first_.size() && (size_ - first_.size()) % kBlock == 0)
      blocks_.push_back(std::make_unique_for_overwrite<Summary[]>(kBlock));
    return (*this)[size_++];
  }

 private:
  static constexpr std::size_t kBlock = 4096;
  detail::ZeroedArray<Summary> first_;
  std::vector<std::unique_ptr<Summary[]>> blocks_;
  std::size_t size_ = 0;
};

// References sharing a key are chained in list order; only the first kMaxCompared of a
// chain are ever compared, so only they are chained.
struct DuplicateIndex::Groups {
  struct Chain {
    std::uint64_t key = 0;  // 0: free slot
    std::uint32_t head = 0, tail = 0, size = 0;
  };
  explicit Groups(std::size_t link) : which(link) {}
  // Open addressing on the key (already a hash): one probe per reference, no node per key.
  OpenTable<Chain> slots;
  std::size_t used = 0;
  const std::size_t which;  // the group's link in Summary::next

  /// Room for `keys` more keys.
  void reserve(std::size_t keys) {
    if ((used + keys) * 2 > slots.size()) grow_open_table(slots, &Chain::key, (used + keys) * 2);
  }
  Chain& find_or_add(std::uint64_t key, bool& added) {
    if ((used + 1) * 2 > slots.size()) grow();
    const std::size_t mask = slots.size() - 1;
    for (std::size_t i = key & mask;; i = (i + 1) & mask) {
      added = slots[i].key == 0;
      if (added || slots[i].key == key) {
        if (added) {
          slots[i].key = key;
          ++used;
        }
        return slots[i];
      }
    }
  }
  void grow() { grow_open_table(slots, &Chain::key); }

  void prefetch(std::uint64_t key) const {
    if (key && !slots.empty()) __builtin_prefetch(&slots[key & (slots.size() - 1)]);
  }
  /// The chain of `key` before reference `index` joins it (null for key 0): the members it is
  /// compared with. Call join() after comparing.
  Chain* chain_for(std::uint64_t key) {
    if (!key) return nullptr;
    bool added = false;
    Chain& c = find_or_add(key, added);
    if (added) c.size = 0;
    return &c;
  }
  template <class Fn>
  void for_each_member(const Chain* c, Summaries& seen, Fn&& fn) const {
    if (!c) return;
    std::uint32_t m = c->head;
    for (std::uint32_t k = 0; k < c->size; ++k, m = seen[m].next[which])
      if (fn(m)) return;
  }
  /// Reference `index` (the last of `seen`) joins chain `c`.
  void join(Chain* c, std::uint32_t index, Summaries& seen) {
    seen[index].next[which] = 0;
    if (!c) return;
    if (c->size == 0) {
      c->head = c->tail = index;
      c->size = 1;
    } else if (c->size < kMaxCompared) {
      seen[c->tail].next[which] = index;
      c->tail = index;
      ++c->size;
    }
  }
};

// The ids seen so far: their hash and the first reference with each, in 16 bytes a slot (the
// text is the pool's, compared on a hash match), so that a long file's ids cost little memory.
class IdTable {
 public:
  /// Room for `more` ids.
  void reserve(std::size_t more) {
    if ((used_ + more) * 2 > slots_.size()) grow_open_table(slots_, &Slot::hash, (used_ + more) * 2);
  }
  /// The first reference with `id` (looked up in `pool` through `seen`), or `index` after
  /// adding it.
  /// Starts loading the slot an id of hash `h` probes first (for a slice's ids at once: the
  /// table is larger than the caches, and the misses then overlap).
  void prefetch(std::uint64_t h) const noexcept {
    if (!slots_.empty()) __builtin_prefetch(&slots_[h & (slots_.size() - 1)]);
  }
  /// `h` is id_hash(id).
  template <class TextOf>
  std::uint32_t first_or_add(std::string_view id, std::uint64_t h, std::uint32_t index, TextOf&& text_of) {
    if ((used_ + 1) * 2 > slots_.size()) grow();
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = h & mask;; i = (i + 1) & mask) {
      Slot& slot = slots_[i];
      if (slot.hash == 0) {
        slot = {h, index};
        ++used_;
        return index;
      }
      if (slot.hash == h && text_of(slot.index) == id) return slot.index;
    }
  }

 private:
  struct Slot {
    std::uint64_t hash = 0;
    std::uint32_t index = 0;
  };
  void grow() { grow_open_table(slots_, &Slot::hash); }
  OpenTable<Slot> slots_;
  std::size_t used_ = 0;
};

struct DuplicateIndex::State {
  Summaries seen;
  detail::AppendBlocks<char> pool;            // ids of `seen`
  detail::AppendBlocks<std::uint64_t> words;  // first authors' name words of `seen`
  Groups doi{0}, isbn{1}, url{2}, title{3};
  IdTable ids;
};

DuplicateIndex::DuplicateIndex() : state_(std::make_unique<State>()) {}
DuplicateIndex::~DuplicateIndex() = default;

void DuplicateIndex::reserve(std::size_t references) {
  // Nearly every reference has a title and an id; DOIs, ISBNs and URLs are fewer (their
  // tables grow as they come, rather than take room a list may not need).
  State& st = *state_;
  st.title.reserve(references);
  st.ids.reserve(references);
  st.seen.reserve(references);
}

void DuplicateIndex::add(std::span<const Reference> refs, const DuplicateKeys* keys, CheckContext& cx) {
  Summaries& seen = state_->seen;
  detail::AppendBlocks<char>& pool = state_->pool;
  detail::AppendBlocks<std::uint64_t>& words = state_->words;
  Groups& doi = state_->doi;
  Groups& isbn = state_->isbn;
  Groups& url = state_->url;
  Groups& title = state_->title;
  // The tables are larger than the caches: ask for every slot of the slice at once, so that
  // the misses overlap instead of coming one by one. A table that must grow for the slice
  // grows first: one growing meanwhile would move the slots asked for.
  if (keys) {
    std::size_t dois = 0, isbns = 0, urls = 0, titles = 0, ids = 0;
    for (std::size_t n = 0; n < refs.size(); ++n) {
      dois += keys[n].doi != 0;
      isbns += keys[n].isbn != 0;
      urls += keys[n].url != 0;
      titles += keys[n].title != 0;
      ids += keys[n].id != 0;
    }
    doi.reserve(dois);
    isbn.reserve(isbns);
    url.reserve(urls);
    title.reserve(titles);
    state_->ids.reserve(ids);
    for (std::size_t n = 0; n < refs.size(); ++n) {
      doi.prefetch(keys[n].doi);
      isbn.prefetch(keys[n].isbn);
      url.prefetch(keys[n].url);
      title.prefetch(keys[n].title);
      state_->ids.prefetch(keys[n].id);
    }
  }
  DuplicateKeys computed;
  for (std::size_t n = 0; n < refs.size(); ++n) {
    const Reference& r = refs[n];
    const auto index = static_cast<std::uint32_t>(seen.size());
    if (!keys) computed = duplicate_keys(r);
    const DuplicateKeys& b = keys ? keys[n] : computed;
    auto text_of = [&](std::uint32_t at, std::uint32_t size) { return std::string_view(pool.at(at), size); };
    // Different people wrote them: the first authors share no name word. Spelling variants
    // of one person ("jst, Johnny" and "Stenback, Johnny") share one.
    auto different_authors = [&](const Summary& a) {
      if (!a.has_author || !b.has_author || a.word_count == 0 || b.author_word_count == 0) return false;
      const std::uint64_t* wa = words.at(a.words_at);
      const std::uint64_t* wb = b.author_words.data();
      const auto wb_end = wb + b.author_word_count;
      for (auto x = wa; x != wa + a.word_count; ++x)
        if (std::find(wb, wb_end, *x) != wb_end) return false;
      return true;
    };

    // One probe per group: the chain found is compared with, then joined.
    Groups::Chain* const chains[] = {doi.chain_for(b.doi), isbn.chain_for(b.isbn), url.chain_for(b.url),
                                     title.chain_for(b.title)};
    std::optional<std::pair<std::uint32_t, Criterion>> match;
    auto pass = [&](const Groups& g, const Groups::Chain* chain, Criterion how, auto&& same) {
      if (match) return;
      g.for_each_member(chain, seen, [&](std::uint32_t a) {
        // The criterion first: it is cheaper than conflict() and rules out most members
        // (the chapters of a book share its ISBN, not its title).
        if (!same(seen[a]) || conflict(seen[a], b)) return false;
        match = {a, how};
        return true;
      });
    };
    const auto always = [](const Summary&) { return true; };
    pass(doi, chains[0], Criterion::doi, always);
    // Chapters of one book share its ISBN: differently titled items are different works.
    pass(isbn, chains[1], Criterion::isbn, [&](const Summary& a) { return !differ(a.title, b.title); });
    // Articles of one issue often share the issue's page: differently titled works whose
    // first authors have different family names are not one source, whatever their URL.
    auto different_families = [&](const Summary& a) { return a.has_author && b.has_author && differ(a.family, b.family); };
    pass(url, chains[2], Criterion::url, [&](const Summary& a) { return !differ(a.title, b.title) || !different_families(a); });
    // A shared title is the same source when the container is shared too, or, without one,
    // when the day is; never when different people wrote them (replies in a mailing-list
    // thread share their subject).
    pass(title, chains[3], Criterion::title_container,
         [&](const Summary& a) { return a.container && a.container == b.container && !different_authors(a); });
    pass(title, chains[3], Criterion::title_date, [&](const Summary& a) {
      return !differ(a.container, b.container) && same_day(a.issued, b.issued) && !different_authors(a);
    });

    if (match) {
      const ReferenceText text(r, cx.source());
      SourceSpan at = text.printed();
      switch (match->second) {
        case Criterion::doi: at = text.find(r.get(Variable::DOI)); break;
        case Criterion::isbn: at = text.find_token(r.get(Variable::ISBN)); break;
        case Criterion::url: at = text.find(r.get(Variable::URL)); break;
        case Criterion::title_container:
        case Criterion::title_date: at = text.find(r.get(Variable::title)); break;
      }
      const Summary& first = seen[match->first];
      const std::string first_id(text_of(first.id_at, first.id_size));
      cx.report(DiagCode::duplicate_reference, r, at, {r.id, first_id, describe(match->second)}, {first_id});
    }

    // Remember b (before the id is looked up: the id table reads the ids of `seen`).
    Summary& s = seen.add();
    s.title = b.title;
    s.container = b.container;
    s.family = b.family;
    s.page = b.page;
    s.volume = b.volume;
    s.issue = b.issue;
    s.section = b.section;
    s.issued = b.issued;
    s.id_at = static_cast<std::uint32_t>(pool.append(r.id.data(), r.id.size()));
    s.id_size = static_cast<std::uint32_t>(r.id.size());
    s.words_at = static_cast<std::uint32_t>(words.append(b.author_words.data(), b.author_word_count));
    s.word_count = b.author_word_count;
    s.has_author = b.has_author;

    // Two items with one id: a CSL processor finds one of them (numeric 1 and "1" are one id).
    if (!r.id.empty()) {
      const std::uint32_t first = state_->ids.first_or_add(
          r.id, b.id, index, [&](std::uint32_t k) { return text_of(seen[k].id_at, seen[k].id_size); });
      if (first != index)
        cx.report(DiagCode::duplicate_id, r, ReferenceText(r, cx.source()).printed(),
                  {r.id, std::to_string(index + 1), std::to_string(first + 1)});
    }

    doi.join(chains[0], index, seen);
    isbn.join(chains[1], index, seen);
    url.join(chains[2], index, seen);
    title.join(chains[3], index, seen);
  }
}

}  // namespace citelib::checks
