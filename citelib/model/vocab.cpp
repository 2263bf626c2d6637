// One string<->enum table per vocabulary (item types, variables, identifiers); every
// boundary (CSL-JSON, styles, BibTeX) converts through these.

#include <citelib/model/item_type.hpp>
#include <citelib/model/reference.hpp>
#include <citelib/model/variable.hpp>

#include <array>
#include <cstdint>
#include <utility>

namespace citelib {

namespace {

constexpr std::array<std::string_view, 45> kItemTypeNames = {
    "article", "article-journal", "article-magazine", "article-newspaper", "bill", "book",
    "broadcast", "chapter", "classic", "collection", "dataset", "document", "entry",
    "entry-dictionary", "entry-encyclopedia", "event", "figure", "graphic", "hearing",
    "interview", "legal_case", "legislation", "manuscript", "map", "motion_picture",
    "musical_score", "pamphlet", "paper-conference", "patent", "performance", "periodical",
    "personal_communication", "post", "post-weblog", "regulation", "report", "review",
    "review-book", "software", "song", "speech", "standard", "thesis", "treaty", "webpage",
};
static_assert(kItemTypeNames.size() == static_cast<std::size_t>(ItemType::webpage) + 1);

constexpr std::array<ItemType, kItemTypeNames.size()> make_item_types() {
  std::array<ItemType, kItemTypeNames.size()> a{};
  for (std::size_t i = 0; i < a.size(); ++i) a[i] = static_cast<ItemType>(i);
  return a;
}
constexpr auto kItemTypes = make_item_types();

constexpr std::array<std::string_view, variable_count> kVariableNames = {
    "abstract", "annote", "archive", "archive_collection", "archive_location", "archive-place",
    "authority", "call-number", "citation-key", "citation-label", "collection-title",
    "container-title", "container-title-short", "dimensions", "division", "DOI", "event",
    "event-title", "event-place", "genre", "ISBN", "ISSN", "jurisdiction", "keyword", "language",
    "license", "medium", "note", "original-publisher", "original-publisher-place",
    "original-title", "part-title", "PMCID", "PMID", "publisher", "publisher-place",
    "references", "reviewed-genre", "reviewed-title", "scale", "source", "status", "title",
    "title-short", "URL", "volume-title", "year-suffix",
    "chapter-number", "citation-number", "collection-number", "edition",
    "first-reference-note-number", "issue", "locator", "number", "number-of-pages",
    "number-of-volumes", "page", "page-first", "part-number", "printing-number", "section",
    "supplement-number", "version", "volume",
    "accessed", "available-date", "event-date", "issued", "original-date", "submitted",
    "author", "chair", "collection-editor", "compiler", "composer", "container-author",
    "contributor", "curator", "director", "editor", "editorial-director", "editor-translator",
    "executive-producer", "guest", "host", "illustrator", "interviewer", "narrator", "organizer",
    "original-author", "performer", "producer", "recipient", "reviewed-author", "script-writer",
    "series-creator", "translator",
};

// A name -> index table built at compile time for the readers, which look up every key of
// every item: open addressing over a cheap hash of the length and three bytes, each probe
// one byte; a found slot is confirmed by comparing the name. (std::unordered_map hashed every
// byte of the key and chased a node per lookup.)
template <std::size_t N, std::size_t Slots>
class NameIndex {
  static_assert(N < 255 && (Slots & (Slots - 1)) == 0 && Slots >= 2 * N);

 public:
  constexpr explicit NameIndex(const std::array<std::string_view, N>& names) : names_(names) {
    slots_.fill(kEmpty);
    for (std::size_t i = 0; i < N; ++i) {
      std::size_t s = hash(names[i]);
      while (slots_[s] != kEmpty) s = (s + 1) & (Slots - 1);
      slots_[s] = static_cast<std::uint8_t>(i);
    }
  }
  /// The index of `name`, or -1.
  constexpr int find(std::string_view name) const noexcept {
    for (std::size_t s = hash(name); slots_[s] != kEmpty; s = (s + 1) & (Slots - 1))
      if (names_[slots_[s]] == name) return slots_[s];
    return -1;
  }

 private:
  static constexpr std::uint8_t kEmpty = 0xFF;
  static constexpr std::size_t hash(std::string_view k) noexcept {
    if (k.empty()) return 0;
    const auto byte = [&](std::size_t i) { return static_cast<std::size_t>(static_cast<unsigned char>(k[i])); };
    return (((k.size() * 31 + byte(0)) * 31 + byte(k.size() / 2)) * 31 + byte(k.size() - 1)) & (Slots - 1);
  }
  std::array<std::string_view, N> names_;
  std::array<std::uint8_t, Slots> slots_{};
};

constexpr NameIndex<kItemTypeNames.size(), 128> kItemTypeIndex(kItemTypeNames);

constexpr std::array<Variable, variable_count> make_variables() {
  std::array<Variable, variable_count> a{};
  for (std::size_t i = 0; i < a.size(); ++i) a[i] = static_cast<Variable>(i);
  return a;
}
constexpr auto kVariables = make_variables();
constexpr NameIndex<variable_count, 256> kVariableIndex(kVariableNames);

constexpr std::array<std::string_view, 23> kIdentifierNames = {
    "OCLC", "S2CID", "CiteSeerX", "Bibcode", "arXiv", "JSTOR", "LCCN", "hdl", "ISMN", "ASIN",
    "OSTI", "SSRN", "Zbl", "MR", "OL", "RFC", "EISSN", "SBN", "medRxiv", "bioRxiv", "ERIC",
    "USENETID", "JFM",
};
static_assert(kIdentifierNames.size() == static_cast<std::size_t>(Identifier::JFM) + 1);

}  // namespace

std::string_view to_string(ItemType t) noexcept { return kItemTypeNames[static_cast<std::size_t>(t)]; }

std::optional<ItemType> parse_item_type(std::string_view name) noexcept {
  if (const int i = kItemTypeIndex.find(name); i >= 0) return static_cast<ItemType>(i);
  return std::nullopt;
}

std::span<const ItemType> all_item_types() noexcept { return kItemTypes; }

VariableKind kind_of(Variable v) noexcept {
  if (v >= Variable::author) return VariableKind::name;
  if (v >= Variable::accessed) return VariableKind::date;
  if (v >= Variable::chapter_number) return VariableKind::number;
  return VariableKind::text;
}

std::string_view to_string(Variable v) noexcept { return kVariableNames[static_cast<std::size_t>(v)]; }

std::optional<Variable> parse_variable(std::string_view name) noexcept {
  if (const int i = kVariableIndex.find(name); i >= 0) return static_cast<Variable>(i);
  // Spellings used by older styles and data (CSL 1.0.1 and CSL-JSON in the wild).
  if (name == "archive-collection") return Variable::archive_collection;
  if (name == "archive-location") return Variable::archive_location;
  return std::nullopt;
}

std::span<const Variable> all_variables() noexcept { return kVariables; }

std::string_view to_string(Identifier id) noexcept {
  return kIdentifierNames[static_cast<std::size_t>(id)];
}

std::optional<Identifier> parse_identifier(std::string_view label) noexcept {
  for (std::size_t i = 0; i < kIdentifierNames.size(); ++i)
    if (kIdentifierNames[i] == label) return static_cast<Identifier>(i);
  return std::nullopt;
}

}  // namespace citelib
