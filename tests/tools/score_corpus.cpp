// citelib-score-corpus [--mismatches] [--min-f1 X] DIR_OR_LIST...
// Scores the reference-list reader against gold annotations: each argument is a directory of
// "<name>.txt" + "<name>.gold.json" pairs, or one such ".txt". Prints the per-field table;
// exits 1 when the micro-F1 is below --min-f1.
#include "corpus_scorer.hpp"

#include <fmt/format.h>

#include <cstdlib>
#include <filesystem>
#include <string>

int main(int argc, char** argv) {
  using namespace citelib::test;
  bool mismatches = false;
  double min_f1 = 0;
  CorpusScore score;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--mismatches") {
      mismatches = true;
    } else if (a == "--min-f1" && i + 1 < argc) {
      min_f1 = std::atof(argv[++i]);
    } else if (std::filesystem::is_directory(a)) {
      score_directory(a, score);
    } else {
      std::filesystem::path gold = a;
      gold.replace_extension(".gold.json");
      score_file(a, gold, score);
    }
  }
  if (mismatches)
    for (const Mismatch& m : score.mismatches)
      fmt::print("{} {} {}: want {} got {}\n", m.file, m.id, m.field, m.expected, m.got);
  fmt::print("{}", format_score_table(score));
  return score.micro_f1() < min_f1 ? 1 : 0;
}
