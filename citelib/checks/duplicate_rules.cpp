// Duplicates: two references to the same source (same DOI, ISBN or URL, or the same title in
// the same container, or the same title and day), each reported once against the first.
// Keys are 64-bit hashes of normalised text. The check is incremental (each reference against
// those before it, which is what lets a long file be checked chunk by chunk): references
// sharing a key are chained, and each earlier reference is kept as a small summary.
#include "context.hpp"
#include "open_table.hpp"

#include "core/append_blocks.hpp"
#include "core/zeroed_array.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace citelib::checks {

namespace {

constexpr std::size_t kMaxCompared = 32;  // earlier members of a key group compared with each

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
  // 16 bytes, a slot of the tables larger than the caches: the key's low 58 bits (ample for
  // a list's keys) and the chain's size (at most kMaxCompared) share a word.
  struct Chain {
    std::uint64_t key : 58 = 0;  // 0: free slot
    std::uint64_t size : 6 = 0;
    std::uint32_t head = 0, tail = 0;
  };
  static_assert(sizeof(Chain) == 16 && kMaxCompared < 64);
  static std::uint64_t key_of(const Chain& c) noexcept { return c.key; }
  // What a key is kept as: its low 58 bits, never 0.
  static std::uint64_t kept(std::uint64_t key) noexcept { return (key & ((std::uint64_t{1} << 58) - 1)) | 1; }

  explicit Groups(std::size_t link) : which(link) {}
  // Open addressing on the key (already a hash): one probe per reference, no node per key.
  OpenTable<Chain> slots;
  std::size_t used = 0;
  const std::size_t which;  // the group's link in Summary::next

  /// Room for `keys` more keys.
  void reserve(std::size_t keys) {
    if ((used + keys) * 2 > slots.size()) grow_open_table(slots, key_of, (used + keys) * 2);
  }
  /// `key` as kept().
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
  void grow() { grow_open_table(slots, key_of); }

  void prefetch(std::uint64_t key) const {
    if (key && !slots.empty()) __builtin_prefetch(&slots[kept(key) & (slots.size() - 1)]);
  }
  /// The chain of `key` before reference `index` joins it (null for key 0): the members it is
  /// compared with. Call join() after comparing.
  Chain* chain_for(std::uint64_t key) {
    if (!key) return nullptr;
    bool added = false;
    Chain& c = find_or_add(kept(key), added);
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

// The ids seen so far: 32 bits of their hash and the first reference with each, in 8 bytes a
// slot (the text is the pool's, compared on a hash match), so that a long file's ids cost
// little memory.
class IdTable {
 public:
  /// Room for `more` ids.
  void reserve(std::size_t more) {
    if ((used_ + more) * 2 > slots_.size()) grow_open_table(slots_, key_of, (used_ + more) * 2);
  }
  /// Starts loading the slot an id of hash `h` probes first (for a slice's ids at once: the
  /// table is larger than the caches, and the misses then overlap).
  void prefetch(std::uint64_t h) const noexcept {
    if (!slots_.empty()) __builtin_prefetch(&slots_[kept(h) & (slots_.size() - 1)]);
  }
  /// The first reference with `id` (looked up in `pool` through `seen`), or `index` after
  /// adding it. `h` is id_hash(id).
  template <class TextOf>
  std::uint32_t first_or_add(std::string_view id, std::uint64_t h, std::uint32_t index, TextOf&& text_of) {
    if ((used_ + 1) * 2 > slots_.size()) grow();
    const std::uint32_t k = kept(h);
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = k & mask;; i = (i + 1) & mask) {
      Slot& slot = slots_[i];
      if (slot.hash == 0) {
        slot = {k, index};
        ++used_;
        return index;
      }
      if (slot.hash == k && text_of(slot.index) == id) return slot.index;
    }
  }

 private:
  struct Slot {
    std::uint32_t hash = 0;  // kept(): 0 marks a free slot
    std::uint32_t index = 0;
  };
  static std::uint32_t kept(std::uint64_t h) noexcept { return static_cast<std::uint32_t>(h) | 1; }
  static std::uint32_t key_of(const Slot& s) noexcept { return s.hash; }
  void grow() { grow_open_table(slots_, key_of); }
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
