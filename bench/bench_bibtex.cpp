// Throughput of the .bib writer and reader on references already in memory (the library
// alone, without file I/O or CSL-JSON), and of whole conversions through Converter::stream
// on 1 and 2 threads (what `citelib convert` runs, minus reading the file and writing stdout).
// bench/bibtex_compare.py measures the command against pandoc and citation-js.
#include <citelib/convert.hpp>
#include <citelib/readers/bibtex.hpp>
#include <citelib/readers/csl_json.hpp>
#include <citelib/writers/bibtex.hpp>
#include <citelib/writers/csl_json.hpp>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

namespace {

// bench/out/refs-<n>.json from gen_references.py (CITELIB_BENCH_REFS), or empty.
const std::string& refs_json_text() {
  static const std::string text = [] {
    const char* path = std::getenv("CITELIB_BENCH_REFS");
    std::ifstream in(path ? path : BENCH_DEFAULT_REFS);
    std::ostringstream ss;
    if (in) ss << in.rdbuf();
    return ss.str();
  }();
  return text;
}

// The references of refs_json_text(), or a small generated set.
std::vector<citelib::Reference> load_refs() {
  const std::string& text = refs_json_text();
  citelib::Diagnostics d;
  std::vector<citelib::Reference> refs = citelib::read_csl_json(citelib::SourceText("refs.json", text), d);
  if (refs.empty()) {
    for (int i = 0; i < 10000; ++i) {
      citelib::Reference r;
      r.id = std::to_string(i + 1);
      r.type = i % 2 ? citelib::ItemType::webpage : citelib::ItemType::article_journal;
      r.set(citelib::Variable::title, "Per\u00fa expulsa al embajador de Corea del Norte " + std::to_string(i));
      r.set(citelib::Variable::container_title, "Europa Press");
      r.set_date(citelib::Variable::issued, citelib::make_date(2017, 9, 11));
      r.add_name(citelib::Variable::author, citelib::personal_name("M\u00fcller", "Anna"));
      r.raw = "\"Per\u00fa expulsa\". Europa Press. 2017-09-11.";
      refs.push_back(std::move(r));
    }
  }
  return refs;
}

const std::vector<citelib::Reference>& refs() {
  static const std::vector<citelib::Reference> r = load_refs();
  return r;
}

void BM_write_biblatex(benchmark::State& state) {
  citelib::BibOptions opt;
  for (auto _ : state) {
    citelib::Diagnostics d;
    std::string out = citelib::write_bibtex(refs(), opt, d);
    benchmark::DoNotOptimize(out.data());
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * refs().size()));
}
BENCHMARK(BM_write_biblatex)->Unit(benchmark::kMillisecond);

void BM_write_bibtex_ascii(benchmark::State& state) {
  citelib::BibOptions opt;
  opt.dialect = citelib::BibDialect::bibtex;
  opt.ascii = true;
  for (auto _ : state) {
    citelib::Diagnostics d;
    std::string out = citelib::write_bibtex(refs(), opt, d);
    benchmark::DoNotOptimize(out.data());
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * refs().size()));
}
BENCHMARK(BM_write_bibtex_ascii)->Unit(benchmark::kMillisecond);

void BM_read_biblatex(benchmark::State& state) {
  citelib::Diagnostics wd;
  const citelib::SourceText src("refs.bib", citelib::write_bibtex(refs(), {}, wd));
  for (auto _ : state) {
    citelib::Diagnostics d;
    auto back = citelib::read_bibtex(src, d);
    benchmark::DoNotOptimize(back.data());
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * refs().size()));
}
BENCHMARK(BM_read_biblatex)->Unit(benchmark::kMillisecond);

void BM_parse_bib_only(benchmark::State& state) {
  citelib::Diagnostics wd;
  const citelib::SourceText src("refs.bib", citelib::write_bibtex(refs(), {}, wd));
  for (auto _ : state) {
    citelib::Diagnostics d;
    auto db = citelib::parse_bib(src, d);
    benchmark::DoNotOptimize(db.entries.data());
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * refs().size()));
}
BENCHMARK(BM_parse_bib_only)->Unit(benchmark::kMillisecond);

void BM_write_csl_json(benchmark::State& state) {
  citelib::CslJsonOptions opt;
  opt.indent = -1;
  for (auto _ : state) {
    std::string out = citelib::write_csl_json(refs(), opt);
    benchmark::DoNotOptimize(out.data());
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * refs().size()));
}
BENCHMARK(BM_write_csl_json)->Unit(benchmark::kMillisecond);

// Output and diagnostics counted, not kept (the command writes them out as they come).
struct CountingSink final : citelib::ConversionSink {
  std::size_t bytes = 0, findings = 0;
  void output(std::string_view text) override { bytes += text.size(); }
  void diagnostics(std::vector<citelib::Diagnostic>&& d) override { findings += d.size(); }
};

void convert_stream(benchmark::State& state, const std::string& to, const std::string& input, std::size_t items) {
  citelib::ConvertOptions o;
  o.to = to;
  o.compact = true;
  std::string error;
  auto converter = citelib::Converter::create(o, error);
  if (!converter || input.empty()) {
    state.SkipWithError("no input (generate bench/out/refs-100000.json with bench/gen_references.py)");
    return;
  }
  for (auto _ : state) {
    CountingSink sink;
    const citelib::Conversion c = converter->stream("bench", input, sink, static_cast<unsigned>(state.range(0)));
    benchmark::DoNotOptimize(sink.bytes);
    if (c.references != items) state.SkipWithError("not every reference converted");
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * items));
}

void BM_convert_json_to_biblatex(benchmark::State& state) {
  convert_stream(state, "biblatex", refs_json_text(), refs().size());
}
BENCHMARK(BM_convert_json_to_biblatex)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_convert_biblatex_to_json(benchmark::State& state) {
  static const std::string bib = [] {
    citelib::Diagnostics d;
    citelib::BibOptions o;
    o.keep_extras = false;
    return citelib::write_bibtex(refs(), o, d);
  }();
  convert_stream(state, "csl-json", bib, refs().size());
}
BENCHMARK(BM_convert_biblatex_to_json)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace

BENCHMARK_MAIN();
