// Throughput of the .bib writer and reader on references already in memory (the library
// alone, without file I/O or CSL-JSON): bench/bibtex_compare.py measures whole conversions.
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

// bench/out/refs-<n>.json from gen_references.py, or a small generated set.
std::vector<citelib::Reference> load_refs() {
  const char* path = std::getenv("CITELIB_BENCH_REFS");
  std::ifstream in(path ? path : BENCH_DEFAULT_REFS);
  std::string text;
  if (in) {
    std::ostringstream ss;
    ss << in.rdbuf();
    text = ss.str();
  }
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

}  // namespace

BENCHMARK_MAIN();
