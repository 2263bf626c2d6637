// Engine facade: registration, citation numbers, bibliography and the citation document.
#include "csl/engine/impl.hpp"
#include "csl/style/walk.hpp"

#include <unicode/locid.h>

#include <algorithm>
#include <functional>
#include <numeric>

namespace citelib::csl {

namespace {
bool uses_year_suffix(const Elements& els) {
  return any_element(els, [](const Element& e) {
    // A citation label carries the year suffix (see Evaluator::variable_text).
    return e.kind == Element::Kind::text && e.text->source == TextEl::Source::variable &&
           (e.text->variable == Variable::year_suffix || e.text->variable == Variable::citation_label);
  });
}
}  // namespace

Engine::Engine(std::shared_ptr<const Style> style, EngineOptions options, Diagnostics& diagnostics)
    : impl_(std::make_unique<Impl>()) {
  Impl& m = *impl_;
  m.style = std::move(style);
  m.options = std::move(options);
  m.locale = Locale::resolve(*m.style, m.options.locale, diagnostics);
  UErrorCode err = U_ZERO_ERROR;
  m.collator.reset(icu::Collator::createInstance(icu::Locale::forLanguageTag(m.locale->lang(), err), err));
  if (U_FAILURE(err) || !m.collator) {
    err = U_ZERO_ERROR;
    m.collator.reset(icu::Collator::createInstance(icu::Locale::getRoot(), err));
  }
  if (m.collator) {
    UErrorCode e2 = U_ZERO_ERROR;
    // Punctuation and spaces do not decide the order ("O'Brien" beside "Obrien").
    m.collator->setAttribute(UCOL_ALTERNATE_HANDLING, UCOL_SHIFTED, e2);
    // Case and accents only break ties through the next key, and digits compare as numbers
    // ("Python 3.9" before "Python 3.10"), as citeproc-js compares (sensitivity "base",
    // numeric).
    m.collator->setStrength(icu::Collator::PRIMARY);
    m.collator->setAttribute(UCOL_NUMERIC_COLLATION, UCOL_ON, e2);
  }
  const Locale& loc = *m.locale;
  auto q = [&](const char* name, const char* fallback) {
    const std::string_view t = loc.term_text(name);
    return std::string(t.empty() ? std::string_view(fallback) : t);
  };
  m.quotes.open = q("open-quote", "\u201C");
  m.quotes.close = q("close-quote", "\u201D");
  m.quotes.inner_open = q("open-inner-quote", "\u2018");
  m.quotes.inner_close = q("close-inner-quote", "\u2019");
  m.punct_in_quote = loc.punctuation_in_quote();
  m.implicit_year_suffix = !uses_year_suffix(m.style->citation.children) && !uses_year_suffix(m.style->bibliography.children);
  m.bibliography_shows_disambiguation =
      m.style->disambiguate_add_year_suffix || contains_disambiguate_condition(m.style->bibliography.children);
}

Engine::~Engine() = default;
Engine::Engine(Engine&&) noexcept = default;
Engine& Engine::operator=(Engine&&) noexcept = default;

const Style& Engine::style() const noexcept { return *impl_->style; }
const Locale& Engine::locale() const noexcept { return *impl_->locale; }
const std::vector<Reference>& Engine::references() const noexcept { return impl_->refs; }

namespace {
// CSL-JSON conventions that processors interpret in name parts: a suffix after a comma in
// the given name ("John, III"; ",!" keeps the comma: "John,! Jr."), and lowercase words
// ending the given name are a dropping particle ("Vincent van").
// Whether normalize_name() changes `n` (checked without copying it).
// A family name in double quotes ("\"van Happel\"") is kept whole: the quotes only say so.
bool quoted_family(const Name& n) {
  return n.family.size() >= 2 && n.family.front() == '"' && n.family.back() == '"';
}

bool needs_normalizing(const Name& n) {
  if (n.is_literal()) return false;
  if (quoted_family(n)) return true;
  if (n.suffix.empty() && n.given.find(',') != std::string::npos) return true;
  if (n.dropping_particle.empty()) {
    // A lowercase word after a space in the given name.
    for (std::size_t sp = n.given.find(' '); sp != std::string::npos; sp = n.given.find(' ', sp + 1))
      if (sp + 1 < n.given.size() && n.given[sp + 1] >= 'a' && n.given[sp + 1] <= 'z') return true;
  }
  return false;
}

Name normalize_name(Name n) {
  if (n.is_literal()) return n;
  if (quoted_family(n)) n.family = n.family.substr(1, n.family.size() - 2);
  if (n.suffix.empty()) {
    if (auto p = n.given.find(",!"); p != std::string::npos) {
      n.suffix = n.given.substr(p + 2);
      n.comma_suffix = true;
      n.given.erase(p);
    } else if (auto c = n.given.find(", "); c != std::string::npos) {
      n.suffix = n.given.substr(c + 2);
      n.given.erase(c);
    }
    while (!n.suffix.empty() && n.suffix.front() == ' ') n.suffix.erase(0, 1);
  }
  if (n.dropping_particle.empty()) {
    std::size_t cut = n.given.size();
    while (cut > 0) {
      const std::size_t sp = n.given.rfind(' ', cut - 1);
      if (sp == std::string::npos) break;
      const char c = n.given[sp + 1];
      if (!(c >= 'a' && c <= 'z')) break;
      cut = sp;
    }
    if (cut < n.given.size() && cut > 0) {
      n.dropping_particle = n.given.substr(cut + 1);
      n.given.erase(cut);
    }
  }
  return n;
}
}  // namespace

void Engine::set_references(std::vector<Reference> references) {
  Impl& m = *impl_;
  m.refs = std::move(references);
  for (Reference& r : m.refs) {
    if (has_note_fields(r)) apply_note_fields(r);
    // Most names need nothing: copy a name list only when one of its names changes.
    std::vector<std::pair<Variable, std::vector<Name>>> changes;
    for (const auto& [v, names] : r.name_fields()) {
      if (std::none_of(names.begin(), names.end(), needs_normalizing)) continue;
      std::vector<Name> fixed;
      fixed.reserve(names.size());
      for (const Name& n : names) fixed.push_back(normalize_name(n));
      changes.emplace_back(v, std::move(fixed));
    }
    for (auto& [v, fixed] : changes) r.set_names(v, std::move(fixed));
  }
  m.index.clear();
  m.index.reserve(m.refs.size());  // one table, not a rehash at every doubling
  for (std::size_t i = 0; i < m.refs.size(); ++i) m.index.emplace(m.refs[i].id, i);
  m.states.assign(m.refs.size(), ItemState{});
  m.prepared = false;
  m.disambiguated = false;
}

void Engine::order_references_by_citations(const std::vector<Citation>& citations) {
  Impl& m = *impl_;
  const std::size_t none = m.refs.size();
  std::vector<std::size_t> rank(m.refs.size(), none);
  std::size_t next = 0;
  for (const Citation& c : citations)
    for (const CitationItem& ci : c.items)
      if (auto it = m.index.find(ci.id); it != m.index.end() && rank[it->second] == none) rank[it->second] = next++;
  std::vector<std::size_t> order(m.refs.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return rank[a] < rank[b]; });
  std::vector<Reference> sorted;
  sorted.reserve(m.refs.size());
  for (std::size_t i : order) sorted.push_back(std::move(m.refs[i]));
  m.refs = std::move(sorted);
  m.index.clear();
  for (std::size_t i = 0; i < m.refs.size(); ++i) m.index.emplace(m.refs[i].id, i);
  m.states.assign(m.refs.size(), ItemState{});
  m.prepared = false;
  m.disambiguated = false;
}

std::string Engine::Impl::to_output(std::string_view ir) const {
  return ir::render(ir, options.format == OutputFormat::html ? ir::Format::html : ir::Format::text, quotes);
}

void Engine::Impl::prepare() {
  if (prepared) return;
  prepared = true;
  bib_order.resize(refs.size());
  std::iota(bib_order.begin(), bib_order.end(), std::size_t{0});
  // Citation numbers follow registration order first: sort keys may use them.
  for (std::size_t i = 0; i < refs.size(); ++i) states[i].citation_number = static_cast<int>(i + 1);
  const Layout& bib = style->bibliography;
  if (bib.present && !bib.sort.empty()) {
    const std::vector<std::size_t> items = bib_order;  // entry i is reference i
    const std::vector<const CiteInfo*> no_cites(refs.size(), nullptr);
    sort_entries(bib_order, bib, items, no_cites);
    // A citation number is the entry's "index (starting at 1) ... in the bibliography"
    // (specification, Appendix IV), counted from the end when the sort takes citation numbers
    // descending: a first such key then keeps the registration numbers (numeric styles that
    // list the newest first), and a later one numbers the entries the other keys ordered in
    // reverse (citeproc-js).
    bool from_end = false;
    for (const SortKey& k : bib.sort)
      if (k.variable == Variable::citation_number) {
        from_end = k.descending;
        break;
      }
    const std::size_t n = bib_order.size();
    for (std::size_t pos = 0; pos < n; ++pos)
      states[bib_order[pos]].citation_number = static_cast<int>(from_end ? n - pos : pos + 1);
  }
}

void Engine::Impl::ensure_disambiguated() {
  prepare();
  if (disambiguated) return;
  disambiguated = true;
  disambiguate();
}

std::vector<std::string> Engine::bibliography_order() {
  impl_->prepare();
  std::vector<std::string> out;
  for (std::size_t i : impl_->bib_order) out.push_back(impl_->refs[i].id);
  return out;
}

}  // namespace citelib::csl
