#include <citelib/result.hpp>
#include <citelib/source.hpp>

#include "core/legacy_encoding.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>

#include <unistd.h>

using namespace citelib;

TEST_CASE("byte offsets map to line and code-point column", "[source]") {
  SourceText s("t.txt", "ab\n\xC3\xA9x\n\nz");
  CHECK(s.position(0) == SourcePosition{1, 1});
  CHECK(s.position(1) == SourcePosition{1, 2});
  CHECK(s.position(3) == SourcePosition{2, 1});
  CHECK(s.position(5) == SourcePosition{2, 2});  // after the two-byte é
  CHECK(s.position(8) == SourcePosition{4, 1});
  CHECK(s.position(1000) == SourcePosition{4, 2});
}

TEST_CASE("binary and invalid UTF-8 input are errors with a position", "[source]") {
  auto bin = SourceText::from_bytes("b.bin", std::string("abc\0def", 7));
  REQUIRE_FALSE(bin.ok());
  REQUIRE(bin.error().diagnostics.size() == 1);
  CHECK(bin.error().diagnostics[0].code == DiagCode::input_binary);
  CHECK(bin.error().diagnostics[0].position == SourcePosition{1, 4});

  auto bad = SourceText::from_bytes("u.txt", "ok\nx\xC3(");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.error().diagnostics[0].code == DiagCode::input_invalid_utf8);
  CHECK(bad.error().diagnostics[0].position == SourcePosition{2, 2});
  CHECK(bad.error().message.find("u.txt:2:2") != std::string::npos);

  auto bom = SourceText::from_bytes("bom.txt", "\xEF\xBB\xBFhello");
  REQUIRE(bom.ok());
  CHECK(bom->text() == "hello");
}

TEST_CASE("a missing file is an error naming the file", "[source]") {
  auto r = SourceText::from_file("/nonexistent/citelib/file.txt");
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().diagnostics.at(0).code == DiagCode::input_unreadable);
  CHECK(r.error().message.find("/nonexistent/citelib/file.txt") != std::string::npos);
}

TEST_CASE("columns on long lines agree with a direct count", "[source]") {
  // A long single line mixing one- and multi-byte characters, and a second line after it.
  std::string text;
  for (int i = 0; i < 5000; ++i) text += (i % 7 == 0) ? "\xC3\xA9" : (i % 11 == 0 ? "\xE2\x80\x93" : "a");
  text += "\nxy\xC3\xA9z";
  SourceText s("long.txt", text);
  auto direct = [&](std::size_t offset) {
    std::size_t start = text.rfind('\n', offset == 0 ? 0 : offset - 1);
    start = (start == std::string::npos || start >= offset) ? 0 : start + 1;
    std::uint32_t col = 1;
    for (std::size_t i = start; i < offset; ++i)
      if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++col;
    return col;
  };
  for (std::size_t off : {std::size_t{0}, std::size_t{4095}, std::size_t{4096}, std::size_t{4097}, std::size_t{5123},
                          text.size() - 3, text.size()}) {
    INFO(off);
    CHECK(s.position(off).column == direct(off));
  }
  CHECK(s.position(text.size()).line == 2);
}

TEST_CASE("positions and code-point counts agree with a byte-by-byte count everywhere", "[source]") {
  // Line feeds and multi-byte characters at every distance from the block and mark
  // boundaries (the counts run in blocks of 128 bytes, marks every 256): a text of varied
  // line lengths, checked at every offset.
  std::string text;
  const char* pieces[] = {"a", "\xC3\xA9", "\xE2\x80\x93", "\xF0\x9F\x93\x9A", "\n", "bc"};
  for (std::size_t i = 0; text.size() < 3 * SourceText::kMarkStride + 77; ++i)
    text += pieces[(i * 7 + i / 13) % (i % 97 < 60 ? 4 : 6)];
  SourceText s("mixed.txt", text);
  std::uint32_t line = 1;
  std::uint32_t column = 1;
  std::size_t code_points = 0;
  for (std::size_t off = 0; off <= text.size(); ++off) {
    INFO(off);
    // Offsets inside a character are not asked for by readers; check the starts only.
    const bool starts = off == text.size() || (static_cast<unsigned char>(text[off]) & 0xC0) != 0x80;
    if (starts) REQUIRE(s.position(off) == SourcePosition{line, column});
    CHECK(count_code_points(std::string_view(text).substr(0, off)) == code_points);
    if (off == text.size()) break;
    const auto c = static_cast<unsigned char>(text[off]);
    if ((c & 0xC0) != 0x80) ++code_points;
    if (c == '\n') {
      ++line;
      column = 1;
    } else if ((c & 0xC0) != 0x80) {
      ++column;
    }
  }
}

TEST_CASE("bytes already found valid UTF-8 are still checked for a BOM and NUL bytes", "[source]") {
  auto bom = SourceText::from_valid_utf8("bom.bib", std::string("\xEF\xBB\xBF@misc{a,}"));
  REQUIRE(bom.ok());
  CHECK(bom->text() == "@misc{a,}");
  auto bin = SourceText::from_valid_utf8("b.bib", std::string("@misc{a,\n\0}", 11));
  REQUIRE_FALSE(bin.ok());
  CHECK(bin.error().diagnostics.at(0).code == DiagCode::input_binary);
  CHECK(bin.error().diagnostics.at(0).position == SourcePosition{2, 1});
}

TEST_CASE("a long text checked and marked in parts on several threads is the text checked on one", "[source]") {
  // Over 1 MB (checked in parts of 256 kB): lines of every length, one of 600 kB, and
  // characters of two to four bytes, some across the parts' cuts.
  constexpr std::size_t kPart = std::size_t{256} << 10;
  std::string text;
  const char* pieces[] = {"ab", "\xC3\xA9", "\xE2\x80\x93", "\xF0\x9F\x93\x9A", "\n", "c d"};
  for (std::size_t i = 0; text.size() < 700000; ++i) text += pieces[(i * 7 + i / 13) % (i % 89 < 50 ? 4 : 6)];
  for (std::size_t i = 0; text.size() < 1300000; ++i) text += pieces[i % 4];  // one long line
  for (std::size_t i = 0; text.size() < 2400000; ++i) text += pieces[(i * 5 + i / 7) % 6];
  for (std::size_t k = 1; k * kPart < text.size(); ++k) {
    // A four-byte character whose first 1..3 bytes end a part (the rest starts the next).
    const std::size_t at = k * kPart - 1 - k % 3;
    text.replace(at, 4, "\xF0\x9F\x93\x9A");
    for (std::size_t i = at + 4; (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80; ++i) text[i] = 'x';  // no stray continuation
    std::size_t lead = at;  // nor a character cut short before it
    while (lead > 0 && (static_cast<unsigned char>(text[lead - 1]) & 0xC0) == 0x80) --lead;
    if (lead > 0 && static_cast<unsigned char>(text[lead - 1]) >= 0xC0) --lead;
    for (std::size_t i = lead; i < at; ++i) text[i] = 'y';
  }
  REQUIRE(SourceText::from_bytes("one.txt", text).ok());
  const SourceText one("one.txt", text);
  for (unsigned threads : {1u, 2u, 3u}) {
    INFO("threads: " << threads);
    for (const std::string& bom : {std::string(), std::string("\xEF\xBB\xBF")}) {
      SourceBytes bytes(bom + text);
      std::string seen;
      std::optional<SourceText> s =
          SourceText::from_clean_bytes("t.txt", bytes, threads, [&](std::string_view t) { seen = std::string(t); });
      REQUIRE(s);
      CHECK(s->text() == text);
      CHECK(seen == text);
      for (std::size_t off = 0; off < text.size(); off += 997) REQUIRE(s->position(off) == one.position(off));
      for (std::size_t k = 1; k * kPart < text.size(); ++k)
        for (std::size_t off = k * kPart - 300; off < k * kPart + 300; ++off) REQUIRE(s->position(off) == one.position(off));
      CHECK(s->position(text.size()) == one.position(text.size()));
    }
    // Anything from_source_bytes() would refuse or word is left to it, the bytes untouched.
    auto refused = [&](std::string bad) {
      SourceBytes bytes(bad);
      const bool left = !SourceText::from_clean_bytes("t.txt", bytes, threads);
      return left && bytes.view() == bad;
    };
    std::string bad = text;
    bad[text.size() - 100] = '\xFF';
    CHECK(refused(bad));
    bad = text;
    bad[3 * kPart + 5] = '\0';
    CHECK(refused(bad));
    bad = text;
    bad.replace(2 * kPart - 1, 5, "\x80\x80\x80\x80\x80");  // continuation bytes across a cut
    CHECK(refused(bad));
    bad = text;
    bad.replace(2 * kPart - 1, 2, "\xE2z");  // a character cut short at a cut
    CHECK(refused(bad));
  }
  SourceBytes nothing(std::string{});
  std::optional<SourceText> empty = SourceText::from_clean_bytes("e.txt", nothing, 2);
  REQUIRE(empty);
  CHECK(empty->position(0) == SourcePosition{1, 1});
}

TEST_CASE("a long file is mapped and reads as the same text as one read into memory", "[source]") {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / ("citelib-source-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  // Over 1 MB (mapped) and a few bytes (read), each with a BOM and a line per entry.
  std::string long_text = "\xEF\xBB\xBF";
  for (int i = 0; long_text.size() < (std::size_t{3} << 19); ++i)
    long_text += "@misc{k" + std::to_string(i) + ", title = {Caf\xC3\xA9 " + std::to_string(i) + "}}\n";
  for (const std::string& text : {long_text, std::string("\xEF\xBB\xBF@misc{a, title = {x}}\n")}) {
    const fs::path file = dir / "in.bib";
    {
      std::ofstream(file, std::ios::binary) << text;
    }
    Result<SourceBytes> mapped = read_source_bytes(file);
    Result<std::string> read = read_file_bytes(file);
    REQUIRE(mapped.ok());
    REQUIRE(read.ok());
    CHECK(mapped->view() == *read);
    Result<SourceText> a = SourceText::from_source_bytes(file.string(), std::move(*mapped));
    Result<SourceText> b = SourceText::from_bytes(file.string(), std::move(*read));
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    CHECK(a->text() == b->text());
    CHECK(a->text().substr(0, 5) == "@misc");  // the BOM is left out of a mapping too
    const SourceText copy = *a;  // a copy shares the mapping, which outlives the original
    a = SourceText("other", std::string("x"));
    CHECK(copy.text() == b->text());
    CHECK(copy.position(copy.size()) == b->position(b->size()));
  }
  CHECK_FALSE(read_source_bytes(dir / "missing.bib").ok());
  CHECK_FALSE(read_source_bytes(dir).ok());
  fs::remove_all(dir);
}

TEST_CASE("legacy single-byte text is told apart from damaged UTF-8", "[source]") {
  const auto latin1 = citelib::detail::decode_legacy_8bit("M\xfcller, Hans. Universit\xe4t \x93" "Bonn\x94 \xe0 Paris.");
  REQUIRE(latin1);
  CHECK(latin1->utf8 == "M\u00fcller, Hans. Universit\u00e4t \u201cBonn\u201d \u00e0 Paris.");
  CHECK(latin1->first_at == 1);
  // A lone bad byte between blanks and punctuation is damage, not an encoding.
  CHECK_FALSE(citelib::detail::decode_legacy_8bit("ok\nfine \xc3( x"));
  // Valid multi-byte UTF-8 elsewhere: the file is UTF-8 with a bad byte.
  CHECK_FALSE(citelib::detail::decode_legacy_8bit("M\xc3\xbcller and M\xfcller"));
  CHECK_FALSE(citelib::detail::decode_legacy_8bit("plain ASCII"));
}
