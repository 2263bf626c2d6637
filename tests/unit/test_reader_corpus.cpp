// The development corpus (../shared/corpus/wikipedia): every gold field scored, per-field
// precision/recall and micro-F1; fails below 0.95. Skips when ../shared is absent.
#include "corpus_scorer.hpp"
#include "paths.hpp"

#include <catch2/catch.hpp>

#include <cstdio>

using namespace citelib;

TEST_CASE("development corpus: micro-F1 of the reader", "[corpus][reader]") {
  const auto shared = test::shared_dir();
  if (!shared) {
    WARN("../shared is absent: corpus score skipped");
    return;
  }
  test::CorpusScore score;
  test::score_directory(*shared / "corpus" / "wikipedia", score);
  REQUIRE(score.files >= 1);
  std::printf("%s", test::format_score_table(score).c_str());
  for (const test::Mismatch& m : score.mismatches)
    std::printf("  %s %s %s: want %s got %s\n", m.file.c_str(), m.id.c_str(), m.field.c_str(), m.expected.c_str(),
                m.got.c_str());
  CHECK(score.micro_f1() >= 0.95);
}

TEST_CASE("corpus seed scores like the example copy", "[corpus][reader]") {
  const auto shared = test::shared_dir();
  if (!shared) {
    WARN("../shared is absent: corpus seed skipped");
    return;
  }
  test::CorpusScore score;
  test::score_directory(*shared / "corpus" / "seed", score);
  CHECK(score.items == 34);
  CHECK(score.total().fp == 0);
  CHECK(score.total().fn == 0);
}
