#include <citelib/checks/checks.hpp>
#include <citelib/convert.hpp>
#include <citelib/csl/engine.hpp>
#include <citelib/readers/input_kind.hpp>
#include <citelib/writers/csl_json.hpp>
#include <citelib/writers/diagnostics_json.hpp>

#include "convert/pipeline.hpp"
#include "readers/chunked_input.hpp"
#include "writers/bibtex/citation_keys.hpp"
#include "writers/bibtex/entries.hpp"
#include "writers/csl_json_items.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <thread>

namespace citelib {

namespace {

constexpr std::array kFormats = {
    OutputFormatInfo{"csl-json", ".json", true},
    OutputFormatInfo{"text", ".txt", false},
    OutputFormatInfo{"html", ".html", false},
    OutputFormatInfo{"biblatex", ".bib", false},
    OutputFormatInfo{"bibtex", ".bib", false},
};

class CslJsonChunks final : public detail::ChunkFormat {
 public:
  explicit CslJsonChunks(const CslJsonOptions& o) : json_(o) {}
  void write(detail::Chunk& c) const override {
    detail::append_csl_json_items(c.refs, json_, c.refs_before == 0, c.output);
  }
  void finish(std::size_t references, std::string& out, Diagnostics&) override {
    detail::close_csl_json(references > 0, json_, out);
  }

 private:
  CslJsonOptions json_;
};

class CslJsonConverter final : public Converter {
 public:
  CslJsonConverter(const ConvertOptions& o, OutputFormatInfo f) : Converter(o, f) {
    json_.indent = o.compact ? -1 : 2;
  }
  std::string write(std::span<const Reference> refs, Diagnostics&) override { return write_csl_json(refs, json_); }

 protected:
  std::unique_ptr<detail::ChunkFormat> chunk_format() const override { return std::make_unique<CslJsonChunks>(json_); }

 private:
  CslJsonOptions json_;
};

// Keys are asked for by each chunk on any thread, given in list order, and the entries are
// written on any thread again.
class BibChunks final : public detail::ChunkFormat {
 public:
  explicit BibChunks(const BibOptions& o) : bib_(o) {}
  void warm_up(std::string_view text) const override { bibtex::warm_up_folding(text); }
  struct Extra final : detail::ChunkExtra {
    std::vector<bibtex::KeyAssigner::Base> bases;
    std::vector<std::string> keys;
    bibtex::WriteTally tally;
  };
  void reserve(std::size_t items) override { keys_.reserve(items); }
  void prepare(detail::Chunk& c) const override {
    auto extra = std::make_unique<Extra>();
    extra->bases.reserve(c.refs.size());
    for (const Reference& r : c.refs)
      extra->bases.push_back(bibtex::KeyAssigner::prepare(bibtex::citation_key_base(r, bib_.keys)));
    c.extra = std::move(extra);
  }
  void decide(detail::Chunk& c) override {
    auto& extra = static_cast<Extra&>(*c.extra);
    keys_.prefetch(extra.bases);
    extra.keys.reserve(extra.bases.size());
    for (std::size_t i = 0; i < extra.bases.size(); ++i)
      extra.keys.push_back(keys_.assign(std::move(extra.bases[i]), c.refs_before + i));
  }
  void write(detail::Chunk& c) const override {
    auto& extra = static_cast<Extra&>(*c.extra);
    bibtex::write_entries(c.refs, extra.keys, bib_, c.output, c.diagnostics, extra.tally);
  }
  void emitted(detail::Chunk& c) override { tally_.merge(static_cast<Extra&>(*c.extra).tally); }
  void finish(std::size_t, std::string&, Diagnostics& diagnostics) override { bibtex::report_tally(tally_, diagnostics); }

 private:
  BibOptions bib_;
  bibtex::KeyAssigner keys_;
  bibtex::WriteTally tally_;
};

class BibConverter final : public Converter {
 public:
  BibConverter(const ConvertOptions& o, OutputFormatInfo f) : Converter(o, f), bib_(o.bibtex) {
    bib_.dialect = f.name == "bibtex" ? BibDialect::bibtex : BibDialect::biblatex;
  }
  std::string write(std::span<const Reference> refs, Diagnostics& diagnostics) override {
    return write_bibtex(refs, bib_, diagnostics);
  }

 protected:
  std::unique_ptr<detail::ChunkFormat> chunk_format() const override { return std::make_unique<BibChunks>(bib_); }

 private:
  BibOptions bib_;
};

// A bibliography rendered through the CSL engine. The style is parsed once per converter
// (that is, per worker thread); each write registers that input's references afresh.
class CslConverter final : public Converter {
 public:
  CslConverter(const ConvertOptions& o, OutputFormatInfo f, std::shared_ptr<const csl::Style> style)
      : Converter(o, f), style_(std::move(style)) {}
  // References in memory that stay the caller's: a copy goes through write_whole(), so the
  // two paths give the same text by construction.
  std::string write(std::span<const Reference> refs, Diagnostics& diagnostics) override {
    struct TextSink final : ConversionSink {
      std::string out;
      void output(std::string_view text) override { out.append(text); }
      void diagnostics(std::vector<Diagnostic>&&) override {}
    } sink;
    write_whole(std::vector<Reference>(refs.begin(), refs.end()), diagnostics, sink);
    return std::move(sink.out);
  }

 protected:
  // The references move into the engine and the document goes out in blocks of about 64 KB,
  // as `citelib render` writes it: a long list is neither copied nor held twice as text.
  void write_whole(std::vector<Reference>&& refs, Diagnostics& diagnostics, ConversionSink& sink) override {
    csl::Engine engine(style_, engine_options(), diagnostics);
    engine.set_references(std::move(refs));
    constexpr std::size_t kBlock = std::size_t{1} << 16;
    std::string block;
    block.reserve(kBlock);
    std::size_t newlines = 0;  // held back: the document's trailing line ends are dropped
    engine.write_bibliography_document([&](std::string_view piece) {
      const std::size_t last = piece.find_last_not_of('\n');
      if (last == std::string_view::npos) {
        newlines += piece.size();
        return;
      }
      block.append(newlines, '\n');
      block.append(piece.substr(0, last + 1));
      newlines = piece.size() - last - 1;
      if (block.size() >= kBlock) {
        sink.output(block);
        block.clear();
      }
    });
    if (!block.empty()) sink.output(block);
  }

 private:
  csl::EngineOptions engine_options() const {
    csl::EngineOptions eo{options().locale, format().name == "html" ? csl::OutputFormat::html : csl::OutputFormat::text};
    // Pasted lists rarely say which language a title is in.
    eo.guess_title_language = true;
    return eo;
  }

  std::shared_ptr<const csl::Style> style_;
};

constexpr std::string_view kDefaultStyle = "apa";

}  // namespace

std::optional<OutputFormatInfo> find_output_format(std::string_view name) {
  if (name == "json") name = "csl-json";
  for (const OutputFormatInfo& f : kFormats)
    if (f.name == name) return f;
  return std::nullopt;
}

std::string output_format_names() {
  std::string out;
  for (const OutputFormatInfo& f : kFormats) {
    if (!out.empty()) out += ", ";
    out += f.name;
  }
  return out;
}

std::unique_ptr<Converter> Converter::create(const ConvertOptions& options, std::string& error) {
  const auto format = find_output_format(options.to);
  if (!format) {
    error = "unknown output format '" + options.to + "' (" + output_format_names() + ")";
    return nullptr;
  }
  if (format->name == "csl-json") return std::make_unique<CslJsonConverter>(options, *format);
  if (format->name == "bibtex" || format->name == "biblatex") return std::make_unique<BibConverter>(options, *format);
  if (format->name == "text" || format->name == "html") {
    Diagnostics d;
    auto style = csl::load_style(options.style.empty() ? kDefaultStyle : std::string_view(options.style), d);
    if (!style) {
      error = style.error().message;
      for (const Diagnostic& diag : style.error().diagnostics) error += "\n  " + format_diagnostic(diag);
      return nullptr;
    }
    return std::make_unique<CslConverter>(options, *format, std::move(*style));
  }
  error = "output format '" + options.to + "' is not available";
  return nullptr;
}

namespace {

// Collects a conversion for convert().
class CollectingSink final : public ConversionSink {
 public:
  void output(std::string_view text) override { out.append(text); }
  void diagnostics(std::vector<Diagnostic>&& d) override {
    if (diags.empty()) diags = std::move(d);
    else diags.insert(diags.end(), std::make_move_iterator(d.begin()), std::make_move_iterator(d.end()));
  }
  bool can_discard() const override { return true; }
  void discard() override {
    out.clear();
    diags.clear();
  }
  std::string out;
  std::vector<Diagnostic> diags;
};

// References per chunk: few enough that a chunk (its input, references and output, ~100 kB)
// stays in the core's cache from reading to writing, enough that the turns at the ordered
// steps stay cheap. 512 spilled the cache: CSL-JSON -> biblatex took 6% more CPU (100k
// references); 32 waited more at the turns than it gained.
constexpr std::size_t kChunkItems = 64;

// Inputs long enough to warm up for: below, converting takes less than building everything
// ahead might, and waiting for it at the end would slow the conversion down.
constexpr std::size_t kWarmUpBytes = std::size_t{1} << 20;

}  // namespace

std::unique_ptr<detail::ChunkFormat> Converter::chunk_format() const { return nullptr; }

void Converter::write_whole(std::vector<Reference>&& refs, Diagnostics& diagnostics, ConversionSink& sink) {
  sink.output(write(refs, diagnostics));
}

Conversion Converter::convert(std::string name, std::string bytes, std::string body) {
  CollectingSink sink;
  Conversion c = run(std::move(name), std::move(bytes), std::move(body), sink, 1);
  c.output = std::move(sink.out);
  c.diagnostics = std::move(sink.diags);
  return c;
}

void Converter::warm_up(std::string_view head) {
  std::unique_ptr<detail::ChunkFormat> chunks = chunk_format();
  if (!chunks || warm_up_.joinable()) return;
  warm_up_ = std::jthread([chunks = std::move(chunks), head = std::string(head)] { chunks->warm_up(head); });
}

Conversion Converter::stream(std::string name, SourceBytes bytes, ConversionSink& sink, unsigned threads) {
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  return run(std::move(name), std::move(bytes), {}, sink, threads);
}

Conversion Converter::run(std::string name, SourceBytes bytes, std::string body, ConversionSink& sink, unsigned threads) {
  Conversion c;
  Diagnostics diags;
  std::unique_ptr<detail::ChunkFormat> chunks = body.empty() ? chunk_format() : nullptr;
  // A long input is opened (read, checked, split) on one thread: the others can build ahead
  // what writing will need meanwhile.
  std::jthread warm_up;
  std::function<void(const SourceText&)> opened;
  if (chunks && threads > 1 && bytes.size() >= kWarmUpBytes && !warm_up_.joinable())
    opened = [&](const SourceText& text) { warm_up = std::jthread([&chunks, &text] { chunks->warm_up(text.text()); }); };
  // A CSL-JSON input's items are checked as they are read, in one pass, unless output goes
  // out before the whole input is read and cannot be taken back: then every item is checked
  // first, so that a broken input hands over nothing but its error.
  const detail::ItemCheck check =
      !chunks || sink.can_discard() ? detail::ItemCheck::while_reading : detail::ItemCheck::before_reading;
  detail::OpenedInput in = detail::open_input(std::move(name), std::move(bytes), options_.from, diags, opened, chunks ? threads : 1,
                                                 options_.bib_strings.get(), options_.list, check);
  // Done with the text before the text goes.
  struct JoinFirst {
    std::jthread& thread;
    ~JoinFirst() {
      if (thread.joinable()) thread.join();
    }
  } join_first{warm_up};
  // Converting nothing is almost always a mistake (an empty file in a batch): a failure.
  if (in.failure.empty() && !in.items && in.source && in.source->text().find_first_not_of(" \t\r\n") == std::string_view::npos)
    in.failure = "empty input";
  if (!in.failure.empty()) {
    c.failure = std::move(in.failure);
    sink.diagnostics(std::move(diags.items()));
    return c;
  }
  const SourceText& source = *in.source;
  if (!chunks || !in.items) {
    // The whole list at once: rendered bibliographies, and checks against an article body.
    std::vector<Reference> refs;
    if (in.items) {
      refs.reserve(in.items->size());
      const std::size_t from = diags.size();
      in.items->read(0, in.items->size(), refs, diags);
      if (in.items->voided()) {
        c.failure = detail::report_void_input(*in.items, diags, from);
        sink.diagnostics(std::move(diags.items()));
        return c;
      }
      in.items->settle(diags, from);
    }
    c.references = refs.size();
    if (options_.check) {
      check_references(refs, &source, {}, diags);
      if (!body.empty())
        check_body(refs, &source, SourceText(std::string(source.name()) + ".body", std::move(body)), {}, diags);
    }
    write_whole(std::move(refs), diags, sink);
    sink.diagnostics(std::move(diags.items()));
    return c;
  }

  // Chunk by chunk: what opening the input reported comes first (and again after a discard).
  std::vector<Diagnostic> opening;
  if (check == detail::ItemCheck::while_reading) opening = diags.items();
  sink.diagnostics(std::move(diags.items()));
  diags.clear();
  detail::ChunkedInput& items = *in.items;
  ReferenceChecker checker(&source, {});
  std::size_t references = 0;
  detail::ChunkSteps steps;
  // The duplicate rules' keys are computed with the other checks, on any thread; the ordered
  // step only compares them.
  struct CheckExtra final : detail::ChunkExtra {
    ReferenceChecker::SliceKeys keys;
  };
  steps.read = [&](detail::Chunk& k) {
    {
      detail::ReferenceSlots slots(k.refs);  // the references of an earlier chunk read into again
      items.read_into(k.begin, k.end, slots, k.diagnostics);
    }
    if (options_.check) {
      auto extra = std::make_unique<CheckExtra>();
      checker.check(k.refs, k.diagnostics, &extra->keys);
      k.checks = std::move(extra);
    }
    chunks->prepare(k);
  };
  steps.decide = [&](detail::Chunk& k) {
    items.settle(k.diagnostics, 0);
    if (options_.check) checker.check_across(k.refs, k.diagnostics, &static_cast<CheckExtra&>(*k.checks).keys);
    k.refs_before = references;
    references += k.refs.size();
    chunks->decide(k);
  };
  steps.write = [&](detail::Chunk& k) { chunks->write(k); };
  steps.emit = [&](detail::Chunk& k) {
    sink.output(k.output);
    if (!k.diagnostics.empty()) sink.diagnostics(std::move(k.diagnostics.items()));
    chunks->emitted(k);
  };
  // The tables kept for the whole run are sized once, not doubled (each doubling allocated,
  // zero-filled and rehashed on the ordered step).
  if (options_.check) checker.reserve(items.size());
  chunks->reserve(items.size());
  detail::run_chunks(items.size(), kChunkItems, threads, steps);
  if (items.voided()) {
    // A broken item: what was handed over is taken back (the chunks after it read nothing).
    sink.discard();
    Diagnostics failed;
    failed.items() = std::move(opening);
    c.failure = detail::report_void_input(items, failed, failed.size());
    sink.diagnostics(std::move(failed.items()));
    return c;
  }
  if (options_.check) checker.finish(diags);
  std::string closing;
  chunks->finish(references, closing, diags);
  sink.output(closing);
  if (!diags.empty()) sink.diagnostics(std::move(diags.items()));
  c.references = references;
  return c;
}

std::string parse_jsonl_record(std::string_view line, JsonlRecord& out) {
  nlohmann::json rec;
  try {
    rec = nlohmann::json::parse(line);
  } catch (const nlohmann::json::parse_error& e) {
    return "invalid JSON at column " + std::to_string(e.byte);
  }
  if (!rec.is_object()) return "a JSON Lines record must be an object";
  if (auto it = rec.find("id"); it != rec.end()) {
    if (it->is_string()) out.id = it->get<std::string>();
    else if (it->is_number_integer()) out.id = std::to_string(it->get<long long>());
  }
  auto refs = rec.find("references");
  if (refs == rec.end() || !refs->is_string()) return "the record has no \"references\" string";
  if (auto it = rec.find("body"); it != rec.end() && it->is_string()) out.body = it->get<std::string>();
  out.references = refs->get<std::string>();
  return {};
}

std::string jsonl_output_record(std::string_view id, const Conversion& c, const OutputFormatInfo& format) {
  using nlohmann::json;
  const auto dump = [](const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); };
  std::string rec = "{\"id\":" + dump(json(id)) + ",\"references\":" + std::to_string(c.references);
  if (c.ok()) {
    // JSON output is spliced in as it is (no re-parse): this runs once per article of a batch.
    std::string_view out = c.output;
    while (!out.empty() && (out.back() == '\n' || out.back() == ' ')) out.remove_suffix(1);
    if (!format.is_json) {
      rec += ",\"output\":" + dump(json(out));
    } else if (!out.empty() && out.find('\n') == std::string_view::npos) {
      rec += ",\"items\":";
      rec += out;
    } else {
      // Indented JSON would break the one-record-per-line format: re-serialise it compactly.
      json items = json::parse(out, nullptr, false);
      rec += ",\"items\":" + (items.is_discarded() ? dump(json(out)) : dump(items));
    }
  } else {
    rec += ",\"error\":" + dump(json(c.failure));
  }
  rec += ",\"diagnostics\":" + write_diagnostics_json(c.diagnostics, -1) + "}";
  return rec;
}

std::string Converter::convert_jsonl_record(std::string_view line, std::string_view source) {
  JsonlRecord rec;
  Conversion c;
  std::string id(source);
  if (std::string err = parse_jsonl_record(line, rec); !err.empty()) {
    c.failure = err;
  } else {
    if (!rec.id.empty()) id = rec.id;
    c = convert(id, std::move(rec.references), std::move(rec.body));
  }
  return jsonl_output_record(id, c, format_);
}

}  // namespace citelib
