#include <citelib/csl/engine.hpp>
#include <citelib/csl/fixture.hpp>
#include <citelib/readers/csl_json.hpp>

#include <nlohmann/json.hpp>

#include <map>
#include <algorithm>
#include <unordered_map>

namespace citelib::csl {

namespace {

std::string scalar(const nlohmann::json& v) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_number_integer()) return std::to_string(v.get<long long>());
  if (v.is_number()) return v.dump();
  return {};
}

CitationItem read_cite(const nlohmann::json& j) {
  CitationItem c;
  if (!j.is_object()) return c;
  for (const auto& [k, v] : j.items()) {
    if (k == "id") c.id = scalar(v);
    else if (k == "locator") c.locator = scalar(v);
    else if (k == "label") c.label = scalar(v);
    else if (k == "prefix") c.prefix = scalar(v);
    else if (k == "suffix") c.suffix = scalar(v);
    else if (k == "suppress-author") c.suppress_author = v.is_boolean() ? v.get<bool>() : scalar(v) == "1" || scalar(v) == "true";
    else if (k == "author-only") c.author_only = v.is_boolean() ? v.get<bool>() : scalar(v) == "1" || scalar(v) == "true";
    else if (k == "position" && v.is_number_integer()) {
      const int p = v.get<int>();
      if (p >= 0 && p <= 3) c.position = static_cast<Position>(p);
    } else if (k == "near-note") c.near_note = v.is_boolean() ? v.get<bool>() : scalar(v) == "true";
  }
  return c;
}

Citation read_citation(const nlohmann::json& j) {
  Citation c;
  if (!j.is_object()) return c;
  if (auto it = j.find("citationID"); it != j.end()) c.citation_id = scalar(*it);
  if (auto it = j.find("citationItems"); it != j.end() && it->is_array())
    for (const auto& ci : *it) c.items.push_back(read_cite(ci));
  if (auto it = j.find("properties"); it != j.end() && it->is_object())
    if (auto n = it->find("noteIndex"); n != it->end() && n->is_number()) c.note_index = n->get<int>();
  return c;
}

}  // namespace

Result<Fixture> parse_fixture(const SourceText& source) {
  Fixture f;
  f.name = std::string(source.name());
  std::string_view t = source.text();
  if (t.substr(0, 3) == "\xEF\xBB\xBF") t.remove_prefix(3);
  std::map<std::string, std::string> sections;
  // Marker lines: ">>===== NAME =====>>" opens, "<<===== NAME =====<<" closes (the number
  // of '=' varies between fixtures).
  auto marker = [](std::string_view line, std::string_view open, std::string_view close) -> std::string {
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
    if (line.size() < 6 || line.substr(0, 2) != open || line.substr(line.size() - 2) != close) return {};
    line = line.substr(2, line.size() - 4);
    const auto b = line.find_first_not_of("= ");
    const auto e = line.find_last_not_of("= ");
    if (b == std::string_view::npos || line[0] != '=') return {};
    return std::string(line.substr(b, e - b + 1));
  };
  std::string current, body;
  std::size_t pos = 0;
  while (pos <= t.size()) {
    std::size_t nl = t.find('\n', pos);
    if (nl == std::string_view::npos) nl = t.size();
    const std::string_view line = t.substr(pos, nl - pos);
    if (current.empty()) {
      current = marker(line, ">>", ">>");
      body.clear();
    } else if (marker(line, "<<", "<<") == current) {
      sections[current] = body;
      current.clear();
    } else {
      body.append(line);
      body.push_back('\n');
    }
    pos = nl + 1;
  }
  auto need = [&](const char* s) -> std::string* {
    auto it = sections.find(s);
    return it == sections.end() ? nullptr : &it->second;
  };
  for (const char* s : {"MODE", "CSL", "INPUT"}) {
    if (!need(s)) {
      Diagnostic d = make_diagnostic(DiagCode::csl_fixture_malformed, {std::string("missing section ") + s});
      d.file = f.name;
      return Error{"fixture lacks a required section", {d}};
    }
  }
  f.mode = *need("MODE");
  while (!f.mode.empty() && (f.mode.back() == '\n' || f.mode.back() == '\r' || f.mode.back() == ' ')) f.mode.pop_back();
  while (!f.mode.empty() && (f.mode.front() == ' ' || f.mode.front() == '\n')) f.mode.erase(0, 1);
  f.csl = *need("CSL");
  f.input = *need("INPUT");
  if (auto* r = need("RESULT")) f.result = *r;
  if (auto* r = need("CITATION-ITEMS")) f.citation_items = *r;
  if (auto* r = need("CITATIONS")) f.citations = *r;
  if (auto* r = need("OUTPUT-FORMAT")) {
    std::string v = *r;
    while (!v.empty() && (v.back() == '\n' || v.back() == '\r' || v.back() == ' ')) v.pop_back();
    while (!v.empty() && (v.front() == ' ' || v.front() == '\n')) v.erase(0, 1);
    if (v != "html" && v != "text") {
      Diagnostic d = make_diagnostic(DiagCode::csl_fixture_malformed, {"OUTPUT-FORMAT must be html or text, not " + v});
      d.file = f.name;
      return Error{"fixture has an unknown output format", {d}};
    }
    f.format = v;
  }
  return f;
}

Result<std::string> run_fixture(const Fixture& f, Diagnostics& diags) {
  SourceText csl(f.name + ":CSL", f.csl);
  auto style = parse_style(csl, diags);
  if (!style) return style.error();
  Engine engine(*style, EngineOptions{{}, f.format == "text" ? OutputFormat::text : OutputFormat::html}, diags);
  SourceText input(f.name + ":INPUT", f.input);
  std::vector<Reference> items = read_csl_json(input, diags);
  {
    // The suite's item database is keyed by id: a later item with an id replaces the earlier.
    std::unordered_map<std::string, std::size_t> first;  // id -> its first position
    std::vector<bool> dropped(items.size(), false);
    for (std::size_t i = 0; i < items.size(); ++i) {
      auto [it, inserted] = first.emplace(items[i].id, i);
      if (!inserted) {
        std::swap(items[it->second], items[i]);
        dropped[i] = true;
      }
    }
    if (std::find(dropped.begin(), dropped.end(), true) != dropped.end()) {
      std::vector<Reference> kept;
      for (std::size_t i = 0; i < items.size(); ++i)
        if (!dropped[i]) kept.push_back(std::move(items[i]));
      items.swap(kept);
    }
  }
  engine.set_references(std::move(items));

  if (f.mode == "bibliography") return engine.bibliography_document();

  std::vector<Citation> citations;
  try {
    if (f.citations) {
      const auto j = nlohmann::json::parse(*f.citations);
      std::map<std::string, Citation> by_id;
      std::vector<std::pair<std::string, int>> order;
      for (const auto& call : j) {
        if (!call.is_array() || call.empty()) continue;
        Citation c = read_citation(call[0]);
        order.clear();
        auto add_refs = [&](const nlohmann::json& list) {
          if (!list.is_array()) return;
          for (const auto& p : list)
            if (p.is_array() && p.size() >= 2) order.emplace_back(scalar(p[0]), p[1].is_number() ? p[1].get<int>() : 0);
        };
        if (call.size() > 1) add_refs(call[1]);
        order.emplace_back(c.citation_id, c.note_index);
        if (call.size() > 2) add_refs(call[2]);
        by_id[c.citation_id] = std::move(c);
      }
      for (const auto& [id, note] : order) {
        auto it = by_id.find(id);
        if (it == by_id.end()) continue;
        Citation c = it->second;
        c.note_index = note;
        citations.push_back(std::move(c));
      }
    } else if (f.citation_items) {
      const auto j = nlohmann::json::parse(*f.citation_items);
      for (const auto& cit : j) {
        Citation c;
        if (cit.is_array())
          for (const auto& ci : cit) c.items.push_back(read_cite(ci));
        // CITATION-ITEMS citations are rendered independently: positions come from the data.
        for (CitationItem& ci : c.items)
          if (!ci.position) ci.position = Position::first;
        citations.push_back(std::move(c));
      }
    } else {
      Citation c;
      for (const std::string& id : engine.bibliography_order()) {
        CitationItem ci;
        ci.id = id;
        ci.position = Position::first;
        c.items.push_back(std::move(ci));
      }
      citations.push_back(std::move(c));
    }
  } catch (const nlohmann::json::exception& e) {
    Diagnostic d = make_diagnostic(DiagCode::csl_fixture_malformed, {e.what()});
    d.file = f.name;
    return Error{"fixture citations are not valid JSON", {d}};
  }
  if (f.citations) {
    // processCitationCluster() registers the references as the document cites them: one that
    // is never cited takes no year suffix and no part in disambiguation, and citation
    // numbers (without a bibliography sort) follow the order of first citation.
    // makeCitationCluster() (CITATION-ITEMS) keeps every INPUT item registered, so uncited
    // items take part in disambiguation there (citeproc-js, the suite's runner).
    std::unordered_map<std::string_view, std::size_t> first_cited;
    for (const Citation& c : citations)
      for (const CitationItem& ci : c.items) first_cited.emplace(ci.id, first_cited.size());
    std::vector<Reference> refs = engine.references();
    std::erase_if(refs, [&](const Reference& r) { return !first_cited.contains(r.id); });
    std::stable_sort(refs.begin(), refs.end(),
                     [&](const Reference& a, const Reference& b) { return first_cited.at(a.id) < first_cited.at(b.id); });
    engine.set_references(std::move(refs));
  }
  std::string out;
  for (const std::string& line : engine.render_citations(citations)) {
    out += line;
    out += '\n';
  }
  return out;
}

std::string normalize_fixture_output(std::string_view text) {
  std::vector<std::string> lines;
  std::size_t i = 0;
  while (i <= text.size()) {
    std::size_t j = text.find('\n', i);
    if (j == std::string_view::npos) j = text.size();
    std::string line(text.substr(i, j - i));
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) line.pop_back();
    if (line.size() >= 5 && (line.rfind(">>[", 0) == 0 || line.rfind("..[", 0) == 0)) {
      const std::size_t close = line.find("] ");
      if (close != std::string::npos) line = line.substr(close + 2);
      else if (line.back() == ']') line.clear();
    }
    lines.push_back(std::move(line));
    i = j + 1;
  }
  while (!lines.empty() && lines.front().empty()) lines.erase(lines.begin());
  while (!lines.empty() && lines.back().empty()) lines.pop_back();
  std::string out;
  for (std::size_t k = 0; k < lines.size(); ++k) {
    if (k) out += '\n';
    out += lines[k];
  }
  return out;
}

}  // namespace citelib::csl
