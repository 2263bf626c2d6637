#include <citelib/readers/input_kind.hpp>

#include <catch2/catch.hpp>

#include <string>

using namespace citelib;

namespace {

bool has_code(const Diagnostics& d, DiagCode code) {
  for (const Diagnostic& x : d.items())
    if (x.code == code) return true;
  return false;
}

}  // namespace

TEST_CASE("Input kind: pasted lists that start with a bracket stay lists", "[input_kind]") {
  CHECK(detect_input_kind("[1] Smith, J. (2001). \"A\". B.\n") == InputKind::reference_list);
  CHECK(detect_input_kind("[^] Smith, J. (2001). \"A\".\n") == InputKind::reference_list);
  CHECK(detect_input_kind("[1]\n") == InputKind::csl_json);  // JSON as a whole: no list is only that
  CHECK(detect_input_kind("[[1]] Smith, J. (2001).\n") == InputKind::reference_list);
  CHECK(detect_input_kind("1. ^ Smith, J. (2001).\n") == InputKind::reference_list);
}

TEST_CASE("Input kind: any JSON array is read as CSL-JSON, whatever its first item", "[input_kind]") {
  CHECK(detect_input_kind("[{\"id\": \"a\"}]") == InputKind::csl_json);
  CHECK(detect_input_kind("  [ ]") == InputKind::csl_json);
  CHECK(detect_input_kind("[[1]]") == InputKind::csl_json);
  CHECK(detect_input_kind("[\"a\", 2]") == InputKind::csl_json);
  CHECK(detect_input_kind(std::string(5000, '[') + std::string(5000, ']')) == InputKind::csl_json);
}

TEST_CASE("Input kind: the file's extension decides for .bib and .json", "[input_kind]") {
  CHECK(detect_input_kind("refs.bib", "Smith, J. (2001). A.\n") == InputKind::bibtex);
  CHECK(detect_input_kind("refs.json", "[1] Smith, J. (2001). A.\n") == InputKind::csl_json);
  CHECK(detect_input_kind("refs.jsonl", "[1] Smith, J. (2001). A.\n") == InputKind::reference_list);
  CHECK(detect_input_kind("refs.txt", "@book{k, title={T}}\n") == InputKind::bibtex);
  CHECK(detect_input_kind("refs.txt", "[1] Smith, J. (2001). A.\n") == InputKind::reference_list);
}

TEST_CASE("Input kind: an array of arrays is reported, not read as a reference titled by its brackets", "[input_kind]") {
  Diagnostics d;
  InputRead in = read_input("items", "[[1], [2]]", std::nullopt, d);
  CHECK(in.kind == InputKind::csl_json);
  CHECK(in.references.empty());
  CHECK(has_code(d, DiagCode::json_not_items));
}

TEST_CASE("Input kind: a damaged .json file gets the JSON reader's error with its position", "[input_kind]") {
  Diagnostics d;
  InputRead in = read_input("refs.json", "[1] Smith, J. (2001). \"A\". B.\n", std::nullopt, d);
  CHECK(in.kind == InputKind::csl_json);
  CHECK(in.references.empty());
  REQUIRE(has_code(d, DiagCode::json_syntax));
  CHECK_FALSE(in.failure.empty());
  // The same text under any other name is a list, read.
  Diagnostics d2;
  InputRead list = read_input("refs.txt", "[1] Smith, J. (2001). \"A\". B.\n", std::nullopt, d2);
  CHECK(list.kind == InputKind::reference_list);
  CHECK(list.references.size() == 1);
}

TEST_CASE("Input kind: a broken item after good ones voids the whole .json input", "[input_kind]") {
  // Items are checked as read_input() reads them: those before the broken one are dropped,
  // with their findings, and the error is the one a whole-document parse gives.
  Diagnostics d;
  InputRead in = read_input("refs.json",
                            "[{\"id\": \"a\", \"type\": \"book\", \"title\": \"A\", \"issued\": {\"date-parts\": [[2001, 2, 30]]}},\n"
                            " {\"id\": \"b\", \"title\": tru}]",
                            std::nullopt, d);
  CHECK(in.kind == InputKind::csl_json);
  CHECK(in.references.empty());
  REQUIRE(d.size() == 1);
  CHECK(d.items().front().code == DiagCode::json_syntax);
  CHECK(d.items().front().position.line == 2);
  CHECK(in.failure == format_diagnostic(d.items().front()));
  // A scalar item is not read, but its syntax counts.
  Diagnostics d2;
  CHECK(read_input("refs.json", "[{\"id\": \"a\", \"title\": \"A\"}, nul]", std::nullopt, d2).references.empty());
  CHECK(has_code(d2, DiagCode::json_syntax));
}
