// Where the time of `citelib render` goes, phase by phase, on the same generated references as
// bench/csl/compare.sh (default 10,000; CITELIB_BENCH_N overrides): reading CSL-JSON, and for
// apa, ieee and chicago-fullnote-bibliography the engine's preparation (sorting,
// disambiguation) and the whole bibliography, on one thread and on every core. compare.sh
// measures the end-to-end command against citeproc-js and pandoc; this program shows which
// phase a change moved.
#include <citelib/csl/engine.hpp>
#include <citelib/readers/csl_json.hpp>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

namespace {

std::size_t item_count() {
  const char* n = std::getenv("CITELIB_BENCH_N");
  return n ? std::strtoul(n, nullptr, 10) : 10000;
}

const std::string& items_json() {
  static const std::string text = [] {
    std::string out;
    const std::string cmd = "python3 '" CITELIB_CSL_GENERATOR "' " + std::to_string(item_count());
    std::unique_ptr<FILE, int (*)(FILE*)> p(popen(cmd.c_str(), "r"), pclose);
    if (!p) return out;
    char buf[1 << 16];
    for (std::size_t n; (n = std::fread(buf, 1, sizeof buf, p.get())) > 0;) out.append(buf, n);
    return out;
  }();
  return text;
}

const std::vector<citelib::Reference>& references() {
  static const std::vector<citelib::Reference> refs = [] {
    citelib::Diagnostics d;
    return citelib::read_csl_json(citelib::SourceText("items.json", items_json()), d);
  }();
  return refs;
}

void BM_ReadCslJson(benchmark::State& state) {
  const citelib::SourceText src("items.json", items_json());
  for (auto _ : state) {
    citelib::Diagnostics d;
    auto refs = citelib::read_csl_json(src, d);
    benchmark::DoNotOptimize(refs.data());
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * references().size()));
}
BENCHMARK(BM_ReadCslJson)->Unit(benchmark::kMillisecond);

std::shared_ptr<const citelib::csl::Style> style(const char* name) {
  citelib::Diagnostics d;
  auto s = citelib::csl::load_style(name, d);
  return s ? *s : nullptr;
}

// Engine construction, registration and sorting/disambiguation (bibliography_order()).
void BM_Prepare(benchmark::State& state, const char* name) {
  auto st = style(name);
  if (!st) return state.SkipWithError("style not installed");
  for (auto _ : state) {
    citelib::Diagnostics d;
    citelib::csl::Engine engine(st, {}, d);
    engine.set_references(references());
    benchmark::DoNotOptimize(engine.bibliography_order().size());
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * references().size()));
}

// Everything after reading: the bibliography as text.
void BM_Bibliography(benchmark::State& state, const char* name) {
  auto st = style(name);
  if (!st) return state.SkipWithError("style not installed");
  for (auto _ : state) {
    citelib::Diagnostics d;
    citelib::csl::Engine engine(st, {}, d);
    engine.set_references(references());
    benchmark::DoNotOptimize(engine.bibliography_document().size());
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * references().size()));
}

// The bibliography document on every core (EngineOptions::jobs = 0), as citelib render
// writes it by default; compare with BM_Bibliography (one thread).
void BM_BibliographyThreads(benchmark::State& state, const char* name) {
  auto st = style(name);
  if (!st) return state.SkipWithError("style not installed");
  for (auto _ : state) {
    citelib::Diagnostics d;
    citelib::csl::EngineOptions o;
    o.jobs = 0;
    citelib::csl::Engine engine(st, o, d);
    engine.set_references(references());
    benchmark::DoNotOptimize(engine.bibliography_document().size());
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * references().size()));
}

BENCHMARK_CAPTURE(BM_Prepare, apa, "apa")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Prepare, ieee, "ieee")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Prepare, chicago, "chicago-fullnote-bibliography")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Bibliography, apa, "apa")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Bibliography, ieee, "ieee")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Bibliography, chicago, "chicago-fullnote-bibliography")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_BibliographyThreads, apa, "apa")->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK_CAPTURE(BM_BibliographyThreads, ieee, "ieee")->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK_CAPTURE(BM_BibliographyThreads, chicago, "chicago-fullnote-bibliography")->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace

int main(int argc, char** argv) {
  // Generate and read the references before timing anything.
  if (references().empty()) {
    std::fprintf(stderr, "no references: is python3 installed?\n");
    return 1;
  }
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
