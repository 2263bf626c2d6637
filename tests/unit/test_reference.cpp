// Reference::clear() and the reuse of references a long input is read into (ReferenceSlots):
// a cleared reference is a new one, whatever it held, and what is read into a reused one is
// what a new one would hold.
#include "readers/chunked_input.hpp"

#include <citelib/model/reference.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

using namespace citelib;

namespace {

// Every member set, text variables through both setters, names through both.
Reference full_reference() {
  Reference r;
  r.id = "a-long-identifier-of-the-item";
  r.type = ItemType::article_journal;
  r.set(Variable::title, "A title long enough to be on the heap");
  r.assign(Variable::container_title, "A journal whose name is long too");
  r.set(Variable::page, "49–52");
  r.set_date(Variable::issued, parse_date("3 June 2017"));
  r.set_names(Variable::author, {personal_name("Smith", "John"), literal_name("The Organisation of Things")});
  r.fill_names(Variable::editor, [](std::vector<Name>& names) { names.push_back(personal_name("Doe", "Jane")); });
  r.archive_date = parse_date("4 July 2018");
  r.archive_url = "https://web.archive.org/web/2018/https://example.org/";
  r.title_translated = "A translated title";
  r.via = "Google Books";
  r.comment = "a comment outside the citation";
  r.locator_text = "chapter 3";
  r.list_name = "References";
  r.backlinks = 3;
  r.et_al = true;
  r.no_citation = true;
  r.cs1_messages = {"cite web: missing title"};
  r.short_cites = {ShortCite{"Smith", "2017", "4", "", "", ""}};
  r.set_identifier(Identifier::OCLC, "123456");
  r.extra = {{"x-field", "\"value\""}};
  r.raw = "Smith, John (3 June 2017). \"A title\". A journal. pp. 49–52.";
  r.source_name = "a-file-with-a-long-name.txt";
  r.span = {10, 80};
  r.position = {3, 7};
  r.edition = "en";
  return r;
}

}  // namespace

TEST_CASE("a cleared reference equals a new one", "[reference]") {
  Reference r = full_reference();
  REQUIRE(r != Reference{});
  r.clear();
  CHECK(r == Reference{});
  CHECK(r.text_fields().empty());
  CHECK(r.names(Variable::author).empty());
  CHECK(r.date(Variable::issued) == nullptr);
}

TEST_CASE("what is read into a cleared reference is what a new one holds", "[reference]") {
  const Reference fresh = full_reference();
  Reference reused = full_reference();
  reused.set(Variable::volume, "89");  // a variable the next reference lacks
  reused.set_names(Variable::translator, {personal_name("Brown", "Ann")});
  reused.clear();
  // The same reference again, into the memory the first one left.
  Reference again = full_reference();
  reused = std::move(again);
  CHECK(reused == fresh);

  // Text and names set from views and fill_names() after a clear.
  Reference a = full_reference();
  a.clear();
  a.assign(Variable::title, "Another title, also long enough for the heap");
  a.assign(Variable::publisher, "");  // empty: not set
  a.fill_names(Variable::author, [](std::vector<Name>& names) {
    CHECK(names.empty());
    names.push_back(personal_name("Lee", "Kim"));
  });
  a.fill_names(Variable::editor, [](std::vector<Name>&) {});  // none: not set
  Reference b;
  b.set(Variable::title, "Another title, also long enough for the heap");
  b.set_names(Variable::author, {personal_name("Lee", "Kim")});
  CHECK(a == b);
  CHECK_FALSE(a.has(Variable::publisher));
  CHECK_FALSE(a.has(Variable::editor));
  // assign() replaces a value set before.
  a.assign(Variable::title, "Short");
  CHECK(a.get(Variable::title) == "Short");
  CHECK(a.text_fields().size() == 1);
}

TEST_CASE("reference slots reuse the references a vector holds, then add new ones", "[reference]") {
  using citelib::detail::ReferenceSlots;
  std::vector<Reference> refs(3, full_reference());
  {
    ReferenceSlots slots(refs);
    slots.next().id = "1";
    slots.next().id = "2";
  }  // the third is not reused: dropped
  REQUIRE(refs.size() == 2);
  Reference one;
  one.id = "1";
  CHECK(refs[0] == one);
  CHECK(refs[1].id == "2");
  CHECK_FALSE(refs[1].has(Variable::title));
  {
    ReferenceSlots slots(refs);
    slots.reserve(4);
    for (int i = 0; i < 4; ++i) slots.next().id = std::to_string(i);
  }
  REQUIRE(refs.size() == 4);
  CHECK(refs[3].id == "3");
  CHECK(refs[0].text_fields().empty());
  {
    ReferenceSlots appended(refs, refs.size());  // from the end: appends
    appended.next().id = "4";
  }
  REQUIRE(refs.size() == 5);
  CHECK(refs[0].id == "0");
  CHECK(refs[4].id == "4");
}

TEST_CASE("has() agrees with the variables a reference holds, whatever sets or removes them", "[reference]") {
  // has(), get(), date() and names() answer from a set of present variables kept beside the
  // lists: every way of setting and removing must keep both in step.
  Reference r;
  const Variable text[] = {Variable::title, Variable::container_title, Variable::page, Variable::URL};
  const Variable dates[] = {Variable::issued, Variable::accessed};
  const Variable names[] = {Variable::author, Variable::editor};
  unsigned seed = 7;
  auto next = [&seed] { return seed = seed * 1103515245u + 12345u, (seed >> 16) % 11; };
  for (int step = 0; step < 2000; ++step) {
    const unsigned op = next();
    const Variable t = text[next() % 4], d = dates[next() % 2], n = names[next() % 2];
    switch (op) {
      case 0: r.set(t, next() % 3 ? "a value long enough for the heap, or not" : ""); break;
      case 1: r.assign(t, next() % 3 ? "short" : ""); break;
      case 2: r.erase(t); break;
      case 3: r.set_date(d, next() % 3 ? parse_date("2017") : Date{}); break;
      case 4: r.erase(d); break;
      case 5: r.set_names(n, next() % 3 ? std::vector<Name>{personal_name("A", "B")} : std::vector<Name>{}); break;
      case 6: r.add_name(n, literal_name("C")); break;
      case 7: r.fill_names(n, [&](std::vector<Name>& list) { if (next() % 2) list.push_back(literal_name("D")); }); break;
      case 8: r.erase(n); break;
      case 9: if (next() % 20 == 0) r.clear(); break;
      default: r = Reference(r); break;
    }
    for (Variable v : text) {
      const bool held = std::any_of(r.text_fields().begin(), r.text_fields().end(), [v](const auto& f) { return f.first == v; });
      REQUIRE(r.has(v) == held);
      CHECK(r.get(v).empty() == !held);
    }
    for (Variable v : dates) {
      const bool held = std::any_of(r.date_fields().begin(), r.date_fields().end(), [v](const auto& f) { return f.first == v; });
      REQUIRE(r.has(v) == held);
      CHECK((r.date(v) != nullptr) == held);
    }
    for (Variable v : names) {
      const bool held = std::any_of(r.name_fields().begin(), r.name_fields().end(), [v](const auto& f) { return f.first == v; });
      REQUIRE(r.has(v) == held);
      CHECK(r.names(v).empty() == !held);
    }
  }
}
