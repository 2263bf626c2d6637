// Times read_reference_list on one file (best of N runs) and prints
// {"references": R, "seconds": S, "refs_per_s": X} — the C++ side of bench/python_bench.py.
#include <citelib/readers/reference_list.hpp>
#include <citelib/result.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: parse_file FILE [RUNS]\n");
    return 2;
  }
  const int runs = argc > 2 ? std::atoi(argv[2]) : 5;
  auto src = citelib::SourceText::from_file(argv[1]);
  if (!src) {
    std::fprintf(stderr, "%s\n", src.error().message.c_str());
    return 2;
  }
  double best = 1e9;
  std::size_t count = 0;
  for (int i = 0; i < runs; ++i) {
    citelib::Diagnostics diags;
    const auto t0 = std::chrono::steady_clock::now();
    auto refs = citelib::read_reference_list(*src, {}, diags);
    const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    best = std::min(best, s);
    count = refs.size();
  }
  std::printf("{\"references\": %zu, \"seconds\": %.6f, \"refs_per_s\": %.0f}\n", count, best, count / best);
}
