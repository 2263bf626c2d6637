// Checking costs little next to parsing: check_references() (and check_body()) on 100,000
// references against read_reference_list() on the same text. Target: checking under twice
// the parse time. Two sets: one list repeating the seed article's references, each copy's
// titles varied (so that the copies are not all duplicates of each other) and renumbered;
// and the dev corpus articles as separate inputs (when ../shared is present).
#include <citelib/checks/checks.hpp>
#include <citelib/readers/reference_list.hpp>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

namespace {

constexpr std::size_t kReferences = 100000;

std::string read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// The seed's numbered items, without their numbers: "^ a b \"Title\". Site. 2017-09-11."
std::vector<std::string> seed_items() {
  std::vector<std::string> items;
  std::istringstream in(read(CITELIB_SEED_LIST));
  for (std::string line; std::getline(in, line);) {
    const std::size_t dot = line.find(". ^");
    if (dot == std::string::npos) continue;
    items.push_back(line.substr(dot + 2));
  }
  return items;
}

struct Corpus {
  citelib::SourceText list;
  citelib::SourceText body;
  std::vector<citelib::Reference> refs;  // the list as read, for the checks
};

const Corpus& corpus() {
  static const Corpus c = [] {
    const std::vector<std::string> items = seed_items();
    std::string list = "References\n\n", body;
    for (std::size_t n = 1; n <= kReferences && !items.empty(); ++n) {
      std::string item = items[(n - 1) % items.size()];
      const std::size_t copy = (n - 1) / items.size();
      // Vary the title: after its opening quote, or at the start of an unquoted one.
      std::size_t at = item.find('"');
      if (at == std::string::npos) {
        at = item.find_first_not_of("^ abcdefghijklmnopqrstuvwxyz");
        if (at == std::string::npos) at = 1;
      } else {
        ++at;
      }
      item.insert(at, "Part " + std::to_string(copy) + ": ");
      list += "  " + std::to_string(n) + ". " + item + "\n";
      // The body cites each reference as often as its back-links say ("^ a b" = twice).
      std::size_t uses = 0;
      for (std::size_t k = 1; k + 1 < item.size() && item[k] == ' ' && item[k + 1] >= 'a' && item[k + 1] <= 'z' &&
                              (k + 2 >= item.size() || item[k + 2] == ' ');
           k += 2)
        ++uses;
      for (std::size_t u = 0; u < std::max<std::size_t>(uses, 1); ++u)
        body += "Claim " + std::to_string(n) + "." + std::to_string(u) + ".[" + std::to_string(n) + "]\n";
    }
    Corpus out{citelib::SourceText("bench-refs.txt", std::move(list)),
               citelib::SourceText("bench-body.txt", std::move(body)), {}};
    citelib::Diagnostics diags;
    out.refs = citelib::read_reference_list(out.list, {}, diags);
    return out;
  }();
  return c;
}

// The dev corpus (../shared, when present): every article's list, read as separate inputs
// and repeated until they hold 100,000 references. Markdown, text dumps, five languages,
// mojibake: the variety the seed alone does not have.
struct Articles {
  std::vector<citelib::SourceText> lists;
  std::vector<std::vector<citelib::Reference>> refs;
  std::size_t total = 0;
};

const Articles& articles() {
  static const Articles a = [] {
    Articles out;
    std::vector<std::string> texts;
    std::error_code ec;
    for (const auto& e : std::filesystem::directory_iterator(CITELIB_SHARED_CORPUS, ec)) {
      const std::string name = e.path().filename().string();
      if (e.path().extension() == ".txt" && name.find(".body.") == std::string::npos) texts.push_back(read(e.path().string()));
    }
    if (texts.empty()) return out;
    std::vector<std::size_t> counts;
    for (const std::string& t : texts) {
      citelib::Diagnostics diags;
      counts.push_back(citelib::read_reference_list(citelib::SourceText("a", t), {}, diags).size());
    }
    for (std::size_t round = 0; out.total < kReferences; ++round)
      for (std::size_t i = 0; i < texts.size() && out.total < kReferences; ++i) {
        out.lists.emplace_back("article-" + std::to_string(round) + "-" + std::to_string(i), texts[i]);
        out.total += counts[i];
      }
    for (const citelib::SourceText& list : out.lists) {
      citelib::Diagnostics diags;
      out.refs.push_back(citelib::read_reference_list(list, {}, diags));
    }
    return out;
  }();
  return a;
}

citelib::CheckOptions options() {
  citelib::CheckOptions o;
  o.reference_date = citelib::make_date(2026, 1, 1).start;
  return o;
}

void BM_parse_list(benchmark::State& state) {
  const Corpus& c = corpus();
  std::size_t refs = 0;
  for (auto _ : state) {
    citelib::Diagnostics diags;
    auto parsed = citelib::read_reference_list(c.list, {}, diags);
    refs = parsed.size();
    benchmark::DoNotOptimize(parsed.data());
  }
  state.counters["refs"] = static_cast<double>(refs);
  state.counters["refs/s"] = benchmark::Counter(static_cast<double>(refs), benchmark::Counter::kIsIterationInvariantRate);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * c.list.size()));
}

void BM_check_references(benchmark::State& state) {
  const Corpus& c = corpus();
  const auto& refs = c.refs;
  std::size_t findings = 0;
  for (auto _ : state) {
    citelib::Diagnostics diags;
    citelib::check_references(refs, &c.list, options(), diags);
    findings = diags.size();
    benchmark::DoNotOptimize(diags.items().data());
  }
  state.counters["refs"] = static_cast<double>(refs.size());
  state.counters["findings"] = static_cast<double>(findings);
  state.counters["refs/s"] =
      benchmark::Counter(static_cast<double>(refs.size()), benchmark::Counter::kIsIterationInvariantRate);
}

void BM_check_body(benchmark::State& state) {
  const Corpus& c = corpus();
  std::size_t findings = 0;
  for (auto _ : state) {
    citelib::Diagnostics diags;
    citelib::check_body(c.refs, &c.list, c.body, options(), diags);
    findings = diags.size();
    benchmark::DoNotOptimize(diags.items().data());
  }
  state.counters["findings"] = static_cast<double>(findings);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * c.body.size()));
}

void BM_parse_corpus(benchmark::State& state) {
  const Articles& a = articles();
  if (a.lists.empty()) {
    state.SkipWithError("../shared/corpus/wikipedia is absent");
    return;
  }
  for (auto _ : state) {
    for (const citelib::SourceText& list : a.lists) {
      citelib::Diagnostics diags;
      auto parsed = citelib::read_reference_list(list, {}, diags);
      benchmark::DoNotOptimize(parsed.data());
    }
  }
  state.counters["refs"] = static_cast<double>(a.total);
  state.counters["refs/s"] = benchmark::Counter(static_cast<double>(a.total), benchmark::Counter::kIsIterationInvariantRate);
}

void BM_check_corpus(benchmark::State& state) {
  const Articles& a = articles();
  if (a.lists.empty()) {
    state.SkipWithError("../shared/corpus/wikipedia is absent");
    return;
  }
  std::size_t findings = 0;
  for (auto _ : state) {
    findings = 0;
    for (std::size_t i = 0; i < a.lists.size(); ++i) {
      citelib::Diagnostics diags;
      citelib::check_references(a.refs[i], &a.lists[i], options(), diags);
      findings += diags.size();
    }
  }
  state.counters["refs"] = static_cast<double>(a.total);
  state.counters["findings"] = static_cast<double>(findings);
  state.counters["refs/s"] = benchmark::Counter(static_cast<double>(a.total), benchmark::Counter::kIsIterationInvariantRate);
}

}  // namespace

BENCHMARK(BM_parse_corpus)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_check_corpus)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_parse_list)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_check_references)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_check_body)->Unit(benchmark::kMillisecond);
BENCHMARK_MAIN();
