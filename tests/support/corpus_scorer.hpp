#pragma once
// Scores citelib's CSL-JSON output against the gold annotations of the shared corpus, field by
// field (corpus README conventions): per-field precision, recall and F1, and the micro-F1
// over every field. Used by the [corpus] test and the citelib-score-corpus tool.

#include <nlohmann/json.hpp>

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace citelib::test {

/// The fields the corpus scores.
const std::vector<std::string>& scored_fields();

struct FieldScore {
  std::string field;
  std::size_t tp = 0, fp = 0, fn = 0;
  double precision() const { return tp + fp ? double(tp) / double(tp + fp) : 1.0; }
  double recall() const { return tp + fn ? double(tp) / double(tp + fn) : 1.0; }
  double f1() const {
    const double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
};

struct Mismatch {
  std::string file, id, field, expected, got;
};

struct CorpusScore {
  std::vector<FieldScore> fields;  ///< in scored_fields() order
  std::vector<Mismatch> mismatches;
  std::size_t items = 0, files = 0;
  CorpusScore();
  FieldScore total() const;
  double micro_f1() const { return total().f1(); }
};

/// A field value of an item in comparable form (custom keys merged, whitespace collapsed,
/// dates as their date-parts); null when absent.
nlohmann::json field_value(const nlohmann::json& item, const std::string& field);

/// Adds the comparison of `ours` (citelib's CSL-JSON array) with `gold` (a gold array).
void score_items(const nlohmann::json& gold, const nlohmann::json& ours, std::string_view file, CorpusScore& score);

/// Reads `list` with citelib and scores it against `gold_file`.
void score_file(const std::filesystem::path& list, const std::filesystem::path& gold_file, CorpusScore& score);

/// Scores every "<name>.txt" with a "<name>.gold.json" in `dir`.
void score_directory(const std::filesystem::path& dir, CorpusScore& score);

/// The per-field table, then the totals.
std::string format_score_table(const CorpusScore& score);

}  // namespace citelib::test
