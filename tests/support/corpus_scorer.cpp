#include "corpus_scorer.hpp"

#include "paths.hpp"

#include <citelib/readers/reference_list.hpp>
#include <citelib/writers/csl_json.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <map>

namespace citelib::test {

namespace {

// Whitespace runs (space, NBSP, line breaks) read as one space, as the corpus conventions say.
std::string collapse(std::string_view s) {
  std::string out;
  bool space = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    const bool nbsp = c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0;
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || nbsp) {
      if (nbsp) ++i;
      space = true;
      continue;
    }
    if (space && !out.empty()) out.push_back(' ');
    space = false;
    out.push_back(static_cast<char>(c));
  }
  return out;
}

nlohmann::json normalize(const nlohmann::json& v) {
  if (v.is_string()) return collapse(v.get<std::string>());
  if (v.is_object() && v.contains("date-parts")) return v["date-parts"];
  if (v.is_array()) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& e : v) out.push_back(normalize(e));
    return out;
  }
  if (v.is_object()) {
    nlohmann::json out = nlohmann::json::object();
    for (const auto& [k, e] : v.items()) out[k] = normalize(e);
    return out;
  }
  return v;
}

std::string show(const nlohmann::json& v) { return v.is_null() ? "(none)" : v.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace); }

}  // namespace

const std::vector<std::string>& scored_fields() {
  static const std::vector<std::string> fields = {
      "type", "title", "title-translated", "container-title", "publisher", "publisher-place", "author",
      "editor", "issued", "accessed", "archive-date", "volume", "issue", "page", "language", "medium",
      "URL", "ISBN", "DOI",
  };
  return fields;
}

CorpusScore::CorpusScore() {
  for (const std::string& f : scored_fields()) fields.push_back({f, 0, 0, 0});
}

FieldScore CorpusScore::total() const {
  FieldScore t{"all", 0, 0, 0};
  for (const FieldScore& f : fields) {
    t.tp += f.tp;
    t.fp += f.fp;
    t.fn += f.fn;
  }
  return t;
}

nlohmann::json field_value(const nlohmann::json& item, const std::string& field) {
  if (item.contains(field) && !item[field].is_null()) return normalize(item[field]);
  if (item.contains("custom") && item["custom"].contains(field) && !item["custom"][field].is_null())
    return normalize(item["custom"][field]);
  return nullptr;
}

void score_items(const nlohmann::json& gold, const nlohmann::json& ours, std::string_view file, CorpusScore& score) {
  std::map<std::string, const nlohmann::json*> by_id;
  for (const auto& item : ours)
    if (item.contains("id")) by_id[item["id"].get<std::string>()] = &item;
  std::map<std::string, bool> seen;
  static const nlohmann::json kEmpty = nlohmann::json::object();
  for (const auto& g : gold) {
    const std::string id = g["id"].get<std::string>();
    auto it = by_id.find(id);
    const nlohmann::json& o = it == by_id.end() ? kEmpty : *it->second;
    seen[id] = true;
    ++score.items;
    for (FieldScore& f : score.fields) {
      const nlohmann::json want = field_value(g, f.field), got = field_value(o, f.field);
      if (want.is_null() && got.is_null()) continue;
      if (want == got) {
        ++f.tp;
        continue;
      }
      if (!got.is_null()) ++f.fp;
      if (!want.is_null()) ++f.fn;
      score.mismatches.push_back({std::string(file), id, f.field, show(want), show(got)});
    }
  }
  // Items we produced that the gold does not have: every field is a false positive.
  for (const auto& [id, item] : by_id) {
    if (seen.count(id)) continue;
    for (FieldScore& f : score.fields) {
      const nlohmann::json got = field_value(*item, f.field);
      if (got.is_null()) continue;
      ++f.fp;
      score.mismatches.push_back({std::string(file), id, f.field, "(no such item)", show(got)});
    }
  }
}

void score_file(const std::filesystem::path& list, const std::filesystem::path& gold_file, CorpusScore& score) {
  Diagnostics diags;
  const SourceText src(list.filename().string(), read_file(list));
  const std::vector<Reference> refs = read_reference_list(src, {}, diags);
  const nlohmann::json ours = nlohmann::json::parse(write_csl_json(refs));
  const nlohmann::json gold = nlohmann::json::parse(read_file(gold_file));
  score_items(gold, ours, list.stem().string(), score);
  ++score.files;
}

void score_directory(const std::filesystem::path& dir, CorpusScore& score) {
  std::vector<std::filesystem::path> lists;
  for (const auto& e : std::filesystem::directory_iterator(dir)) {
    const std::string name = e.path().filename().string();
    if (name.size() > 4 && name.ends_with(".txt") && !name.ends_with(".body.txt")) lists.push_back(e.path());
  }
  std::sort(lists.begin(), lists.end());
  for (const auto& list : lists) {
    std::filesystem::path gold = list;
    gold.replace_extension(".gold.json");
    if (std::filesystem::exists(gold)) score_file(list, gold, score);
  }
}

std::string format_score_table(const CorpusScore& score) {
  std::string out = fmt::format("{:<17} {:>5} {:>5} {:>5} {:>9} {:>7} {:>6}\n", "field", "tp", "fp", "fn", "precision",
                                "recall", "F1");
  auto row = [&](const FieldScore& f) {
    out += fmt::format("{:<17} {:>5} {:>5} {:>5} {:>9.3f} {:>7.3f} {:>6.3f}\n", f.field, f.tp, f.fp, f.fn,
                       f.precision(), f.recall(), f.f1());
  };
  for (const FieldScore& f : score.fields) row(f);
  row(score.total());
  out += fmt::format("micro-F1 {:.4f} over {} items in {} files\n", score.micro_f1(), score.items, score.files);
  return out;
}

}  // namespace citelib::test
