// Times read_reference_list on one file (best of N runs, CPU time of the process, which a
// shared machine disturbs less than wall time) and prints
// {"references": R, "seconds": S, "refs_per_s": X} — the C++ side of bench/python_bench.py.
#include <citelib/readers/reference_list.hpp>
#include <citelib/result.hpp>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>

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
    timespec t0{}, t1{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t0);
    auto refs = citelib::read_reference_list(*src, {}, diags);
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t1);
    const double s = static_cast<double>(t1.tv_sec - t0.tv_sec) + static_cast<double>(t1.tv_nsec - t0.tv_nsec) * 1e-9;
    best = std::min(best, s);
    count = refs.size();
  }
  std::printf("{\"references\": %zu, \"seconds\": %.6f, \"refs_per_s\": %.0f}\n", count, best, count / best);
}
