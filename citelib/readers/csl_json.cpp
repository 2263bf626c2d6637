// CSL-JSON reader: the top-level array is split into items (split.cpp), each item is parsed
// by simdjson's DOM parser (validated, at memory speed) and mapped by item_reader.hpp. What
// simdjson refuses goes to nlohmann, which words syntax errors exactly (message, line and
// column) and reads the few valid values simdjson does not (integers beyond 64 bits).
#include <citelib/readers/csl_json.hpp>

#include "core/parallel.hpp"
#include "readers/chunked_input.hpp"
#include "readers/csl_json/item_reader.hpp"
#include "readers/csl_json/split.hpp"

#include <algorithm>
#include <atomic>
#include <string>
#include <thread>

namespace citelib {

namespace {

using csl_json::Element;
using csl_json::ordered_json;

// Records the first error of a parse without building anything.
struct ErrorFinder : nlohmann::json_sax<ordered_json> {
  std::string message;
  std::size_t byte = 0;
  bool failed = false;
  bool null() override { return true; }
  bool boolean(bool) override { return true; }
  bool number_integer(number_integer_t) override { return true; }
  bool number_unsigned(number_unsigned_t) override { return true; }
  bool number_float(number_float_t, const string_t&) override { return true; }
  bool string(string_t&) override { return true; }
  bool binary(binary_t&) override { return true; }
  bool start_object(std::size_t) override { return true; }
  bool key(string_t&) override { return true; }
  bool end_object() override { return true; }
  bool start_array(std::size_t) override { return true; }
  bool end_array() override { return true; }
  bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& ex) override {
    failed = true;
    byte = position;
    message = ex.what();
    return false;
  }
};

/// Reports the document's first syntax error as nlohmann words it; false when it has none.
bool report_syntax_error(const SourceText& source, Diagnostics& diagnostics) {
  ErrorFinder finder;
  ordered_json::sax_parse(source.text(), &finder);
  if (!finder.failed) return false;
  // At the end of the input (an unterminated array) the error byte is one past the text.
  const std::size_t at = std::min<std::size_t>(finder.byte > 0 ? finder.byte - 1 : 0, source.size());
  std::string what = finder.message;
  // nlohmann prefixes its exception id and position; keep the reason only. (Not all errors
  // are syntax errors: a number overflowing a double is out_of_range, without a position.)
  if (auto p = what.find("] "); what.rfind("[json.exception.", 0) == 0 && p != std::string::npos)
    what = what.substr(p + 2);
  if (auto p = what.find(": "); p != std::string::npos) what = what.substr(p + 2);
  if (auto p = what.find("syntax error while parsing value - "); p != std::string::npos) what = what.substr(p + 35);
  diagnostics.report(DiagCode::json_syntax, &source, {at, std::min(at + 1, source.size())}, {what});
  return true;
}

// simdjson reads SIMDJSON_PADDING bytes past a value: items away from the end of the text
// are parsed where they are, the last ones from a padded copy.
simdjson::simdjson_result<simdjson::dom::element> parse_element(simdjson::dom::parser& parser, std::string_view text,
                                                                Element e, std::string& scratch) {
  const std::size_t len = e.end - e.begin;
  if (e.end + simdjson::SIMDJSON_PADDING <= text.size()) return parser.parse(text.data() + e.begin, len, false);
  scratch.assign(text.substr(e.begin, len));
  scratch.append(simdjson::SIMDJSON_PADDING, ' ');
  return parser.parse(scratch.data(), len, false);
}

struct ParserSlot {
  simdjson::dom::parser parser;
  std::string scratch;
};

ParserSlot& thread_parser() {
  thread_local ParserSlot slot;
  return slot;
}

class CslJsonInput final : public detail::ChunkedInput {
 public:
  /// `has_objects`: whether any element is an object. Items checked before reading:
  /// `nlohmann_items` are those simdjson refused (and JSON allows). Checked while reading
  /// (`checked` false): found as they are read.
  CslJsonInput(const SourceText& src, std::vector<Element> elements, std::vector<std::size_t> nlohmann_items,
               bool has_objects, bool checked)
      : src_(src), elements_(std::move(elements)), nlohmann_items_(std::move(nlohmann_items)), has_objects_(has_objects),
        checked_(checked) {}

  std::size_t size() const noexcept override { return elements_.size(); }
  bool yields_references() const noexcept override { return has_objects_; }

  void read_into(std::size_t begin, std::size_t end, detail::ReferenceSlots& out, Diagnostics& diagnostics) const override {
    ParserSlot& slot = thread_parser();
    const std::string_view text = src_.text();
    out.reserve(std::min(end, elements_.size()) - std::min(begin, end));
    for (std::size_t i = begin; i < end && i < elements_.size(); ++i) {
      if (!checked_ && voided_.load(std::memory_order_relaxed)) return;  // nothing read counts any more
      const Element e = elements_[i];
      // An item's span runs to the next item, as positions in messages expect.
      const SourceSpan span{e.begin, i + 1 < elements_.size() ? elements_[i + 1].begin : text.size()};
      if (text[e.begin] != '{') {
        if (!checked_ && !valid_scalar(slot, e)) {
          void_at(e);
          return;
        }
        diagnostics.report(DiagCode::json_not_items, &src_, span, {csl_json::json_type_name(text[e.begin])});
        continue;
      }
      if (!checked_ || !refused_before(i)) {
        auto parsed = parse_element(slot.parser, text, e, slot.scratch);
        if (!parsed.error()) {
          csl_json::ItemReader<csl_json::SimdjsonOps> reader{src_, diagnostics, span, {}};
          reader.read_item(parsed.value_unsafe(), i, out.next());  // read in place, not moved in
          continue;
        }
      }
      // Refused by simdjson: valid JSON all the same (an integer beyond 64 bits), or broken.
      const ordered_json item = ordered_json::parse(text.substr(e.begin, e.end - e.begin), nullptr, false);
      if (item.is_discarded()) {
        void_at(e);
        return;
      }
      csl_json::ItemReader<csl_json::NlohmannOps> reader{src_, diagnostics, span, {}};
      out.next() = reader.read_item(&item, i);
    }
  }

  bool voided() const noexcept override { return voided_.load(); }
  void report_voided(Diagnostics& diagnostics) const override {
    if (report_syntax_error(src_, diagnostics)) return;
    // nlohmann refused the item but not the document: the split was wrong. Say where.
    const std::size_t at = void_begin_.load();
    diagnostics.report(DiagCode::json_syntax, &src_, {at, std::min(at + 1, src_.size())}, {"invalid value"});
  }

 private:
  bool refused_before(std::size_t i) const {
    return std::binary_search(nlohmann_items_.begin(), nlohmann_items_.end(), i);
  }
  void void_at(Element e) const {
    void_begin_.store(e.begin);
    voided_.store(true);
  }
  // A scalar item (not read, but its syntax counts): simdjson's word, or nlohmann's.
  bool valid_scalar(ParserSlot& slot, Element e) const {
    const std::string_view text = src_.text();
    return !parse_element(slot.parser, text, e, slot.scratch).error() ||
           !ordered_json::parse(text.substr(e.begin, e.end - e.begin), nullptr, false).is_discarded();
  }

  const SourceText& src_;
  std::vector<Element> elements_;
  std::vector<std::size_t> nlohmann_items_;  // checked before: those simdjson refused, sorted
  bool has_objects_ = false;                 // an item is an object
  bool checked_ = true;                      // items checked before reading
  mutable std::atomic<bool> voided_{false};  // a broken item met while reading
  mutable std::atomic<std::size_t> void_begin_{0};  // where one starts
};

}  // namespace

namespace detail {

std::unique_ptr<ChunkedInput> open_csl_json(const SourceText& source, Diagnostics& diagnostics, unsigned threads,
                                            std::optional<csl_json::Split> given, ItemCheck check) {
  using Shape = csl_json::Split::Shape;
  csl_json::Split split = given ? std::move(*given) : csl_json::split_top_level(source.text());
  if (split.shape == Shape::scalar || split.shape == Shape::invalid) {
    if (report_syntax_error(source, diagnostics)) return nullptr;
    if (split.shape == Shape::invalid) {
      // The splitter refused what nlohmann accepts (it should not happen): read the document
      // as nlohmann does, whole, each item spanning the text.
      const ordered_json doc = ordered_json::parse(source.text());
      if (doc.is_array() || doc.is_object()) {
        std::vector<Reference> refs;
        const ordered_json items = doc.is_object() ? ordered_json::array({doc}) : doc;
        for (std::size_t i = 0; i < items.size(); ++i) {
          if (!items[i].is_object()) {
            diagnostics.report(DiagCode::json_not_items, &source, {0, source.size()}, {items[i].type_name()});
            continue;
          }
          csl_json::ItemReader<csl_json::NlohmannOps> reader{source, diagnostics, {0, source.size()}, {}};
          refs.push_back(reader.read_item(&items[i], i));
        }
        return hold_references(std::move(refs));
      }
    }
    if (split.shape != Shape::array) {
      const std::size_t first = source.text().find_first_not_of(" \t\r\n");
      diagnostics.report(DiagCode::json_not_items, &source, {0, source.size()},
                         {csl_json::json_type_name(first == std::string_view::npos ? 'n' : source.text()[first])});
      return nullptr;
    }
  }
  if (check == ItemCheck::while_reading) {
    // Only whether there is one: the first element almost always answers.
    const bool has_objects = std::any_of(split.elements.begin(), split.elements.end(),
                                         [&](const Element& e) { return source.text()[e.begin] == '{'; });
    return std::make_unique<CslJsonInput>(source, std::move(split.elements), std::vector<std::size_t>{}, has_objects, false);
  }
  // Every item is parsed once here, so that a syntax error anywhere voids the input before
  // any item is converted (as a whole-document parse would); a long input in blocks of items
  // that the threads claim in turn (a thread that gets less of a busy machine parses fewer).
  // The objects are counted on the way.
  const std::string_view text = source.text();
  const std::vector<Element>& elements = split.elements;
  constexpr std::size_t kBlock = 2048;
  const std::size_t blocks = threads > 1 && elements.size() >= 2 * kBlock ? (elements.size() + kBlock - 1) / kBlock : 1;
  std::vector<std::vector<std::size_t>> refused_in(blocks);
  std::vector<std::size_t> objects_in(blocks, 0);
  auto validate = [&](std::size_t block) {
    ParserSlot& slot = thread_parser();
    const std::size_t begin = block * kBlock, end = blocks == 1 ? elements.size() : std::min(elements.size(), begin + kBlock);
    std::size_t objects = 0;
    for (std::size_t i = begin; i < end; ++i) {
      if (text[elements[i].begin] == '{') ++objects;
      if (parse_element(slot.parser, text, elements[i], slot.scratch).error()) refused_in[block].push_back(i);
    }
    objects_in[block] = objects;
  };
  detail::claim_blocks(blocks, threads, [&](std::size_t block) {
    validate(block);
    return true;
  });
  std::vector<std::size_t> refused;
  for (const auto& r : refused_in) refused.insert(refused.end(), r.begin(), r.end());
  if (!refused.empty() && report_syntax_error(source, diagnostics)) return nullptr;
  std::size_t objects = 0;
  for (const std::size_t n : objects_in) objects += n;
  return std::make_unique<CslJsonInput>(source, std::move(split.elements), std::move(refused), objects > 0, true);
}

}  // namespace detail

namespace {

/// Items [begin, end) of an array of objects read in one pass into out[begin, end): each item
/// is parsed once and read while its parse is hot in the cache, instead of parsed to validate
/// and again to read. False (stopping early) when an item is not an object or simdjson
/// refuses it, which the two-pass reader words exactly.
bool read_valid_items(const SourceText& source, const std::vector<Element>& elements, std::size_t begin,
                      std::size_t end, std::vector<Reference>& out, Diagnostics& found) {
  ParserSlot& slot = thread_parser();
  const std::string_view text = source.text();
  for (std::size_t i = begin; i < end; ++i) {
    const Element e = elements[i];
    if (text[e.begin] != '{') return false;
    auto parsed = parse_element(slot.parser, text, e, slot.scratch);
    if (parsed.error()) return false;
    const SourceSpan span{e.begin, i + 1 < elements.size() ? elements[i + 1].begin : text.size()};
    csl_json::ItemReader<csl_json::SimdjsonOps> reader{source, found, span, {}};
    reader.read_item(parsed.value_unsafe(), i, out[i]);
  }
  return true;
}

/// One pass for the common case, an array of objects that simdjson accepts, on `threads`
/// threads for a long one: the threads claim blocks of items in turn (a thread that gets
/// less of a busy machine reads fewer blocks, instead of holding up a fixed share), and each
/// block's findings are kept apart and joined in input order. The findings wait in `found`
/// until the whole input proved valid; false (nothing kept) otherwise.
bool read_valid_array(const SourceText& source, const csl_json::Split& split, std::vector<Reference>& out,
                      Diagnostics& found, unsigned threads) {
  if (split.shape != csl_json::Split::Shape::array) return false;
  const std::vector<Element>& elements = split.elements;
  out.resize(elements.size());
  constexpr std::size_t kBlock = 1024;  // items per claim
  const std::size_t blocks = (elements.size() + kBlock - 1) / kBlock;
  // A few blocks are not worth a thread.
  if (blocks < 4 || threads <= 1) return read_valid_items(source, elements, 0, elements.size(), out, found);
  std::vector<Diagnostics> found_in(blocks);
  std::vector<char> ok(blocks, 0);
  detail::claim_blocks(blocks, threads, [&](std::size_t b) {
    ok[b] = read_valid_items(source, elements, b * kBlock, std::min(elements.size(), (b + 1) * kBlock), out,
                             found_in[b]);
    return ok[b] != 0;
  });
  if (std::find(ok.begin(), ok.end(), 0) != ok.end()) return false;
  for (const Diagnostics& d : found_in) found.append(d);
  return true;
}

}  // namespace

std::vector<Reference> read_csl_json(const SourceText& source, Diagnostics& diagnostics) {
  return read_csl_json(source, diagnostics, 1);
}

std::vector<Reference> read_csl_json(const SourceText& source, Diagnostics& diagnostics, unsigned threads) {
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  std::vector<Reference> out;
  {
    Diagnostics found;
    if (read_valid_array(source, csl_json::split_top_level(source.text()), out, found, threads)) {
      diagnostics.append(found);
      return out;
    }
    out.clear();
  }
  std::unique_ptr<detail::ChunkedInput> input = detail::open_csl_json(source, diagnostics);
  if (!input) return out;
  out.reserve(input->size());
  input->read(0, input->size(), out, diagnostics);
  return out;
}

}  // namespace citelib
