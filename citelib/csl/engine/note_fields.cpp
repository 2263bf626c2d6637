// Variables written into the `note` field, one "name: value" per line ("original-date: 1848",
// "reviewed-author: Hall || W. C."): the convention of Zotero and citeproc-js for variables
// a data source has no field for. They fill only variables the item lacks, and the lines that
// gave them leave the note.
#include "csl/engine/impl.hpp"

#include <algorithm>

namespace citelib::csl {

namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// "name: value" with a name of letters and hyphens; nullopt otherwise.
std::optional<std::pair<std::string_view, std::string_view>> field_line(std::string_view line) {
  const std::size_t colon = line.find(':');
  if (colon == 0 || colon == std::string_view::npos) return std::nullopt;
  const std::string_view key = line.substr(0, colon);
  for (char c : key)
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-')) return std::nullopt;
  return std::pair{key, trim(line.substr(colon + 1))};
}

// A key written as citeproc-js reads note fields: lowercase with hyphens, or all capitals.
bool is_field_key(std::string_view key) {
  const bool lower = std::all_of(key.begin(), key.end(), [](char c) { return (c >= 'a' && c <= 'z') || c == '-' || c == '_'; });
  const bool upper = std::all_of(key.begin(), key.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  return lower || upper;
}

// "Family || Given", or a literal name.
Name note_name(std::string_view value) {
  const std::size_t bars = value.find("||");
  if (bars == std::string_view::npos) return literal_name(std::string(value));
  return split_particles(personal_name(std::string(trim(value.substr(0, bars))), std::string(trim(value.substr(bars + 2)))));
}

// A date as written in a note: EDTF-like ranges ("2004-10-01/2004-10-14") or any form
// parse_date() reads.
Date note_date(std::string_view value) {
  if (const std::size_t slash = value.find('/'); slash != std::string_view::npos) {
    Date from = parse_date(trim(value.substr(0, slash)));
    const Date to = parse_date(trim(value.substr(slash + 1)));
    if (from.has_parts() && to.has_parts() && !from.is_range() && !to.is_range()) {
      from.end = to.start;
      return from;
    }
  }
  return parse_date(value);
}

}  // namespace

bool has_note_fields(const Reference& r) {
  const std::string_view note = r.get(Variable::note);
  if (note.find(':') == std::string_view::npos) return false;
  // The leading field lines: one of them must name a CSL variable.
  for (std::size_t pos = 0; pos < note.size();) {
    std::size_t end = note.find('\n', pos);
    if (end == std::string_view::npos) end = note.size();
    const auto f = field_line(trim(note.substr(pos, end - pos)));
    if (!f) return false;
    if (parse_variable(f->first)) return true;
    if (!is_field_key(f->first)) return false;
    pos = end + 1;
  }
  return false;
}

void apply_note_fields(Reference& r) {
  const std::string note(r.get(Variable::note));
  std::string kept;
  std::vector<std::pair<Variable, std::vector<Name>>> names;
  std::size_t pos = 0;
  bool in_fields = true;
  while (pos <= note.size()) {
    std::size_t end = note.find('\n', pos);
    if (end == std::string::npos) end = note.size();
    const std::string_view line = trim(std::string_view(note).substr(pos, end - pos));
    pos = end + 1;
    std::optional<Variable> var;
    std::string_view value;
    if (in_fields) {
      if (auto f = field_line(line)) {
        var = parse_variable(f->first);
        value = f->second;
        // A field of a name CSL has no variable for ("collection-title-short", "PMID") is
        // still a field (citeproc-js): it leaves the note and the fields go on after it.
        if (!var && is_field_key(f->first)) continue;
      }
      // Fields lead the note: the first line that is none ends them.
      if (!var && !line.empty()) in_fields = false;
    }
    if (var && !value.empty()) {
      const Variable v = *var;
      switch (kind_of(v)) {
        case VariableKind::name: {
          if (!r.names(v).empty() && std::none_of(names.begin(), names.end(), [&](const auto& p) { return p.first == v; }))
            break;  // the item's own names win
          auto it = std::find_if(names.begin(), names.end(), [&](const auto& p) { return p.first == v; });
          if (it == names.end()) it = names.insert(names.end(), {v, {}});
          it->second.push_back(note_name(value));
          break;
        }
        case VariableKind::date:
          if (!r.date(v)) r.set_date(v, note_date(value));
          break;
        default:
          if (!r.has(v)) r.set(v, std::string(value));
          break;
      }
      continue;
    }
    if (!line.empty() || !kept.empty()) {
      if (!kept.empty()) kept += '\n';
      kept += line;
    }
  }
  for (auto& [v, list] : names) r.set_names(v, std::move(list));
  while (!kept.empty() && kept.back() == '\n') kept.pop_back();
  r.set(Variable::note, std::move(kept));
}

}  // namespace citelib::csl
