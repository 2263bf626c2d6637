// Throughput of the reference-list reader (single thread).
//
// The input is a large numbered list built from every corpus list (../shared/corpus, or the
// seed example when ../shared is absent): each reference's text, as the reader splits it, is
// repeated with its numbers varied (years, pages, volumes shift from copy to copy) so that
// the list holds a realistic mix of shapes and languages and no two copies are identical.
//   bench_reader [--benchmark_filter=...] [--refs=N]  (default 100000 references)
#include <citelib/readers/reference_list.hpp>
#include <citelib/model/date.hpp>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

std::size_t g_refs = 100000;

std::string read_file(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return std::move(ss).str();
}

std::vector<std::filesystem::path> corpus_lists() {
  std::vector<std::filesystem::path> out;
  std::error_code ec;
  for (const char* dir : {CITELIB_SHARED_DIR "/corpus/wikipedia", CITELIB_SHARED_DIR "/corpus/seed"}) {
    if (!std::filesystem::is_directory(dir, ec)) continue;
    for (const auto& e : std::filesystem::directory_iterator(dir)) {
      const std::string n = e.path().filename().string();
      if (n.ends_with(".txt") && !n.ends_with(".body.txt")) out.push_back(e.path());
    }
  }
  if (out.empty()) out.push_back(CITELIB_EXAMPLES_DIR "/north-korea-peru/north-korea-peru.txt");
  std::sort(out.begin(), out.end());
  return out;
}

// The text of every reference of the corpus, one line each.
std::vector<std::string> corpus_references() {
  std::vector<std::string> refs;
  for (const auto& path : corpus_lists()) {
    citelib::Diagnostics d;
    const citelib::SourceText src(path.filename().string(), read_file(path));
    for (const citelib::Reference& r : citelib::read_reference_list(src, {}, d)) {
      std::string line;
      for (char c : r.raw) line.push_back(c == '\n' || c == '\r' ? ' ' : c);
      if (!line.empty()) refs.push_back(std::move(line));
    }
  }
  return refs;
}

// Shifts every digit run by `k` in its last digit (keeps lengths, so shapes stay the same).
std::string vary(const std::string& s, std::size_t k) {
  std::string out = s;
  for (std::size_t i = 0; i < out.size(); ++i) {
    if (out[i] >= '0' && out[i] <= '9' && (i + 1 == out.size() || out[i + 1] < '0' || out[i + 1] > '9'))
      out[i] = static_cast<char>('0' + (out[i] - '0' + k) % 10);
  }
  return out;
}

const std::string& big_list() {
  static const std::string text = [] {
    const std::vector<std::string> refs = corpus_references();
    std::string t = "References\n\n";
    t.reserve(g_refs * 220);
    for (std::size_t i = 0; i < g_refs; ++i) {
      const std::string& r = refs[i % refs.size()];
      t += std::to_string(i + 1);
      t += ". ^ ";
      t += vary(r, i / refs.size());
      t += '\n';
    }
    return t;
  }();
  return text;
}

void BM_ReadReferenceList(benchmark::State& state) {
  const citelib::SourceText src("bench.txt", big_list());
  std::size_t refs = 0;
  for (auto _ : state) {
    citelib::Diagnostics d;
    auto out = citelib::read_reference_list(src, {}, d);
    refs = out.size();
    benchmark::DoNotOptimize(out.data());
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * src.size()));
  state.counters["refs"] = static_cast<double>(refs);
  state.counters["refs/s"] = benchmark::Counter(static_cast<double>(refs), benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_ReadReferenceList)->Unit(benchmark::kMillisecond)->MinTime(2.0);

void BM_ParseDate(benchmark::State& state) {
  const std::vector<std::string> dates = {
      "2017-09-11", "11 September 2017", "September 11, 2017", "12 de marzo de 2015", "29 \u0438\u044e\u043d\u044f 2017",
      "June 3\u20139, 2017", "Winter 2017", "c. 1900", "n.d.", "not a date at all",
  };
  std::size_t n = 0;
  for (auto _ : state) {
    for (const std::string& d : dates) benchmark::DoNotOptimize(citelib::parse_date(d));
    n += dates.size();
  }
  state.counters["dates/s"] = benchmark::Counter(static_cast<double>(n), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_ParseDate);

}  // namespace

int main(int argc, char** argv) {
  std::vector<char*> args;
  for (int i = 0; i < argc; ++i) {
    const std::string a = argv[i];
    if (a.rfind("--refs=", 0) == 0) g_refs = std::stoul(a.substr(7));
    else args.push_back(argv[i]);
  }
  int n = static_cast<int>(args.size());
  benchmark::Initialize(&n, args.data());
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
