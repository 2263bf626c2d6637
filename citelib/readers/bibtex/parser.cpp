// The .bib grammar: entries, @string, @preamble, @comment, `#` concatenation, {} and ""
// values. Errors are reported with their position and parsing resumes at the next entry
// (an "@" at the start of a line), so one damaged entry costs only itself.
//
// One parser serves three uses: building a whole BibDatabase (parse_bib), the first pass of a
// chunked read (index_bib: diagnostics, entry locations and macros, without building field
// values), and reading one entry again from its location (no diagnostics, already given).
#include "readers/bibtex/parser.hpp"

#include "core/byte_scan.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <memory>
#include <thread>

namespace citelib {

const BibField* BibEntry::field(std::string_view name) const noexcept {
  for (const BibField& f : fields)
    if (f.name == name) return &f;
  return nullptr;
}

namespace bibtex {

MacroTable::MacroTable(const BibStrings* predefined) {
  // The month macros every .bst defines.
  static constexpr const char* kMonths[] = {"January", "February", "March", "April", "May", "June", "July",
                                            "August", "September", "October", "November", "December"};
  static constexpr const char* kAbbr[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                          "jul", "aug", "sep", "oct", "nov", "dec"};
  for (int m = 0; m < 12; ++m) define(kAbbr[m], kMonths[m], 0);
  // Other files' macros, read first (\bibliography{abbrev,refs}): at 0 like the months, so
  // every part of a file indexed in parallel sees them, and a file's own @string overrides.
  if (predefined)
    for (const auto& [name, value] : predefined->macros) define(name, value, 0);
}

const std::string* MacroTable::lookup(std::string_view name, std::size_t at) const {
  auto it = defs_.find(std::string(name));
  if (it == defs_.end()) return nullptr;
  const std::string* value = nullptr;
  for (const auto& [where, v] : it->second) {
    if (where > at) break;
    value = &v;
  }
  return value;
}

void MacroTable::define(std::string name, std::string value, std::size_t at) {
  auto& defs = defs_[std::move(name)];
  // A later definition at the same place (a strings file redefining a month) replaces it.
  if (!defs.empty() && defs.back().first == at) defs.back().second = std::move(value);
  else defs.emplace_back(at, std::move(value));
}

void UndefinedMacros::note(std::string_view name, std::string_view written, std::size_t at, std::string_view key) {
  for (Use& u : uses_)
    if (u.name == name) {
      ++u.count;
      return;
    }
  uses_.push_back(Use{std::string(name), std::string(written), at, std::string(key), 1});
}

void UndefinedMacros::merge_later(const UndefinedMacros& later) {
  for (const Use& l : later.uses_) {
    auto it = std::find_if(uses_.begin(), uses_.end(), [&](const Use& u) { return u.name == l.name; });
    if (it == uses_.end()) uses_.push_back(l);
    else it->count += l.count;
  }
}

void UndefinedMacros::report(const SourceText& source, Diagnostics& diagnostics, const BibStrings* strings) const {
  std::string elsewhere;  // the other files the macros were looked up in
  if (strings)
    for (const std::string& f : strings->files) elsewhere += (elsewhere.empty() ? "" : ", ") + f;
  for (const Use& u : uses_) {
    std::string detail;
    if (u.count > 1) detail = " (used " + std::to_string(u.count) + " times)";
    if (!elsewhere.empty()) detail += ", not in " + elsewhere + " either";
    diagnostics.report(DiagCode::bib_undefined_string, &source, {u.at, std::min(u.at + u.written.size(), source.size())},
                       {u.written, detail}, u.key);
  }
}

}  // namespace bibtex

namespace {

// The blanks of the grammar, one table lookup per byte (the scanners test every byte of
// every name, key and gap between fields).
constexpr std::array<bool, 256> kSpaceChars = [] {
  std::array<bool, 256> t{};
  for (const char c : std::string_view(" \t\n\r\f\v")) t[static_cast<unsigned char>(c)] = true;
  return t;
}();
bool is_space(char c) noexcept { return kSpaceChars[static_cast<unsigned char>(c)]; }

// Characters BibTeX allows in entry types, field names and macro names (no blank: every
// blank is below 0x21).
constexpr std::array<bool, 256> kIdentChars = [] {
  std::array<bool, 256> t{};
  for (int c = 0x21; c < 256; ++c) t[static_cast<std::size_t>(c)] = true;
  for (const char c : std::string_view("{}()\",=#%@'~\\")) t[static_cast<unsigned char>(c)] = false;
  t[0x7f] = true;
  return t;
}();
bool is_ident_char(char c) noexcept { return kIdentChars[static_cast<unsigned char>(c)]; }

// ASCII capitals to small letters in place, eight bytes at a time while eight remain: an
// entry's type, key and field names are lowered for every entry read, twice, and the loop
// a byte at a time was most of that.
void lower_ascii(char* p, std::size_t n) noexcept {
  constexpr std::uint64_t kHigh = 0x8080808080808080ULL, kOnes = 0x0101010101010101ULL;
  std::size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    std::uint64_t w;
    std::memcpy(&w, p + i, 8);
    const std::uint64_t low7 = w & ~kHigh;  // below 0x80 a byte: the sums carry into no other
    const std::uint64_t at_least_a = low7 + kOnes * (0x80 - 'A');  // high bit: >= 'A'
    const std::uint64_t above_z = low7 + kOnes * (0x80 - 'Z' - 1);   // high bit: > 'Z'
    const std::uint64_t capital = at_least_a & ~above_z & ~w & kHigh;  // ASCII, 'A'..'Z'
    w ^= capital >> 2;  // 0x80 >> 2 is 0x20, the bit between capital and small
    std::memcpy(p + i, &w, 8);
  }
  for (; i < n; ++i)
    if (p[i] >= 'A' && p[i] <= 'Z') p[i] = static_cast<char>(p[i] - 'A' + 'a');
}

std::string lower(std::string_view s) {
  std::string out(s);
  lower_ascii(out.data(), out.size());
  return out;
}

// `s` into `out`, whose room is reused. clear() and append() rather than assign(): assign
// goes through _M_replace, which allows for `s` lying inside `out` (twice the instructions
// for a short value, and an entry's every field is copied so).
void copy_into(std::string_view s, std::string& out) {
  out.clear();
  out.append(s);
}

void lower_into(std::string_view s, std::string& out) {
  copy_into(s, out);
  lower_ascii(out.data(), out.size());
}

// The letters of two names of one length, compared ignoring case.
bool same_ignoring_case(std::string_view a, std::string_view b) noexcept {
  for (std::size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
    if (x != y) return false;
  }
  return true;
}

// Most names compared differ in length: that test is inline, at the caller (every field is
// compared with "crossref" and "xdata" and with the entry's fields before it).
[[gnu::always_inline]] inline bool equal_ignoring_case(std::string_view a, std::string_view b) noexcept {
  return a.size() == b.size() && same_ignoring_case(a, b);
}

// The first '{', '}', '"' or line break at or after `i` (or t.size()): sixteen bytes at a
// time through the text of a value, which is mostly none of these.
std::size_t next_delimiter(std::string_view t, std::size_t i) noexcept {
  return detail::find_byte_if(
      t, i, [](const detail::Bytes16& v) { return (v == '{') | (v == '}') | (v == '"') | (v == '\n'); },
      [](unsigned char c) { return c == '{' || c == '}' || c == '"' || c == '\n'; });
}

constexpr std::string_view kExtrasMarker = "% citelib:";

// The first pass reserves a field location per this many bytes of text, and an entry
// location per this many (entries take a few hundred bytes).
constexpr std::size_t kBytesPerFieldReserved = 16;
constexpr std::size_t kBytesPerEntryReserved = 128;

enum class Mode : unsigned char {
  build,   // every entry with its values (parse_bib)
  index,   // locations, macros and diagnostics only (index_bib)
  single,  // one entry again, quietly (read_indexed_entry)
};

class Parser {
 public:
  // `db` receives the entries (build, single), `index` the locations (index).
  Parser(const SourceText& src, Diagnostics* d, Mode mode, bibtex::MacroTable* macros, BibDatabase* db,
         bibtex::BibIndex* index, std::size_t from = 0)
      : src_(src), t_(src.text()), diags_(d), mode_(mode), macros_(macros), db_(db), index_(index), i_(from) {}

  void run() { (void)run_to(t_.size()); }

  /// Parses the items that start before `limit` (an entry's "@", or the end of the text).
  /// True when the last of them ended by `limit`: the parser then stands at the junk before
  /// `limit`, noted, exactly as a pass over the whole text would, and can go on from there.
  bool run_to(std::size_t limit) {
    // Entries take a few hundred bytes: room for about that many keys and locations at once
    // (more locations than keys: unused room in a vector costs no memory).
    const std::size_t span = limit > i_ ? limit - i_ : 0;
    if (mode_ == Mode::build) db_->entries.reserve(span / 400 + 1);
    if (mode_ != Mode::single) keys_->reserve(keys_->size() + span / 256 + 1);
    if (mode_ == Mode::index) {
      index_->entries.reserve(index_->entries.size() + span / kBytesPerEntryReserved + 1);
      // A field takes some 40 bytes: room for more than that, once (pages never written to
      // cost no memory), rather than copies of a doubling vector.
      index_->fields.reserve(index_->fields.size() + span / kBytesPerFieldReserved + 1);
    }
    // Text found valid UTF-8 as a whole needs no check entry by entry: one call of the
    // validator for the part, not one per entry (each call costs more than its bytes).
    valid_from_ = i_;
    const bool valid = mode_ != Mode::single && span > 0 &&
                       (utf8_trusted_ || find_invalid_utf8(t_.substr(i_, span)) == std::string_view::npos);
    valid_to_ = valid ? limit : i_;
    while (true) {
      // An item that ran past `limit` (a damaged one, read on to where it could resume).
      if (i_ > limit) return false;
      const void* at = std::memchr(t_.data() + i_, '@', t_.size() - i_);
      const std::size_t next = at ? static_cast<std::size_t>(static_cast<const char*>(at) - t_.data()) : t_.size();
      note_extras(i_, next);
      if (next >= limit) return next == limit;
      i_ = next;
      parse_item();
    }
  }

  /// The text is known to be valid UTF-8 (the caller checked it): not checked again.
  void trust_utf8() noexcept { utf8_trusted_ = true; }

  /// Where the parser stands, and the extras noted for the item there.
  std::size_t position() const noexcept { return i_; }
  std::string_view pending_extras() const noexcept { return pending_extras_; }
  /// @string definitions read so far (beyond the month macros every style defines).
  std::size_t macros_defined() const noexcept { return macros_defined_; }
  /// The macros used before any definition, so far.
  const bibtex::UndefinedMacros& undefined() const noexcept { return undefined_; }
  /// Continues as if this parser had read what `later` read, from where it stopped.
  void take_over(const Parser& later) {
    i_ = later.i_;
    pending_extras_ = later.pending_extras_;
    macros_defined_ += later.macros_defined_;
    undefined_.merge_later(later.undefined_);
  }

  /// The entry `loc` from its field locations (`fields`), as the grammar would read it.
  void entry_from_locations(const bibtex::EntryLocation& loc, const bibtex::FieldLocation* fields, BibEntry& into) {
    const std::size_t at = loc.at;
    i_ = at + 1;
    skip_space();
    lower_into(ident(), into.type);
    copy_into(t_.substr(loc.key_at, loc.key_size), into.key);
    copy_into(t_.substr(loc.extras_at, loc.extras_size), into.extras_json);
    into.fields.resize(loc.field_count);
    for (std::size_t k = 0; k < loc.field_count; ++k) {
      const bibtex::FieldLocation& l = fields[k];
      BibField& f = into.fields[k];
      lower_into(t_.substr(at + l.name_at, l.name_size), f.name);
      copy_into(t_.substr(at + l.text_at, l.text_end - l.text_at), f.value);
      f.span = {at + l.name_at, at + l.end};
    }
    into.span = {at, at + loc.size};
  }

  /// The entry at `at` (a location the index kept), with its extras, into `into` (whose
  /// fields' strings are reused). False if no entry could be read there.
  bool entry_at(std::size_t at, std::string_view extras, BibEntry& into) {
    i_ = at;
    pending_extras_ = extras;
    into_ = &into;
    entry_read_ = false;
    parse_item();
    return entry_read_;
  }

 private:
  // ---- positions and errors -----------------------------------------------------------
  void error(DiagCode code, std::size_t at, std::initializer_list<std::string_view> args, std::string_view ref = {}) {
    if (diags_) diags_->report(code, &src_, {at, std::min(at + 1, t_.size())}, args, ref);
  }

  /// The start of the next entry after `from`: an "@" that begins a line (after blanks).
  std::size_t next_entry_start(std::size_t from) const {
    std::size_t p = from;
    while (p < t_.size()) {
      const void* nl = std::memchr(t_.data() + p, '\n', t_.size() - p);
      if (!nl) return t_.size();
      std::size_t q = static_cast<std::size_t>(static_cast<const char*>(nl) - t_.data()) + 1;
      while (q < t_.size() && (t_[q] == ' ' || t_[q] == '\t')) ++q;
      if (q < t_.size() && t_[q] == '@') return q;
      p = q;
    }
    return t_.size();
  }

  /// True when an entry header ("@word{" or "@word(") starts at `p`.
  bool entry_header_at(std::size_t p) const {
    if (p >= t_.size() || t_[p] != '@') return false;
    std::size_t q = p + 1;
    while (q < t_.size() && is_ident_char(t_[q])) ++q;
    if (q == p + 1) return false;
    while (q < t_.size() && (t_[q] == ' ' || t_[q] == '\t')) ++q;
    return q < t_.size() && (t_[q] == '{' || t_[q] == '(');
  }

  // Most calls stand at a name or a value already, or at the one blank before it (" = "):
  // both answered inline.
  [[gnu::always_inline]] void skip_space() {
    const std::size_t n = t_.size();
    if (i_ < n && !is_space(t_[i_]) && t_[i_] != '%') return;
    if (i_ + 1 < n && t_[i_] == ' ' && !is_space(t_[i_ + 1]) && t_[i_ + 1] != '%') {
      ++i_;
      return;
    }
    skip_space_run();
  }

  // The scanning loops below run on local copies of the position and the text: a store to
  // i_ could change t_'s size (both are size_t) as far as the compiler knows, so a loop on
  // the members reloads and stores them for every byte.
  [[gnu::noinline]] void skip_space_run() {
    const char* t = t_.data();
    const std::size_t n = t_.size();
    std::size_t i = i_;
    while (i < n) {
      if (is_space(t[i])) { ++i; continue; }
      // biber accepts %-comments between fields; classic bibtex files use them too.
      if (t[i] == '%') {
        const void* nl = std::memchr(t + i, '\n', n - i);
        i = nl ? static_cast<std::size_t>(static_cast<const char*>(nl) - t) + 1 : n;
        continue;
      }
      break;
    }
    i_ = i;
  }

  std::string_view ident() {
    const char* t = t_.data();
    const std::size_t n = t_.size(), b = i_;
    std::size_t i = b;
    while (i < n && is_ident_char(t[i])) ++i;
    i_ = i;
    return t_.substr(b, i - b);
  }

  // The last "% citelib: {...}" line in the junk before an entry belongs to that entry.
  void note_extras(std::size_t from, std::size_t to) {
    pending_extras_ = {};
    if (to - from < kExtrasMarker.size()) return;
    const std::string_view junk = t_.substr(from, to - from);
    const std::size_t p = junk.rfind(kExtrasMarker);
    if (p == std::string_view::npos) return;
    std::size_t e = junk.find('\n', p);
    if (e == std::string_view::npos) e = junk.size();
    std::string_view json = junk.substr(p + kExtrasMarker.size(), e - p - kExtrasMarker.size());
    while (!json.empty() && is_space(json.front())) json.remove_prefix(1);
    while (!json.empty() && is_space(json.back())) json.remove_suffix(1);
    pending_extras_ = json;
  }

  // ---- items ----------------------------------------------------------------------------
  void parse_item() {
    const std::size_t at = i_;
    ++i_;
    skip_space();
    const std::string type = lower(ident());
    if (type.empty()) return;  // a stray "@" in the junk between entries
    skip_space();
    if (i_ >= t_.size() || (t_[i_] != '{' && t_[i_] != '(')) {
      error(DiagCode::bib_syntax, i_ < t_.size() ? i_ : at, {"expected { or ( after @" + type});
      return;
    }
    const char close = t_[i_] == '{' ? '}' : ')';
    const std::size_t open = i_;
    ++i_;
    const std::string_view extras = pending_extras_;
    pending_extras_ = {};
    // Compared as views: the length first, inline, where std::string's compare(const char*)
    // is a call that measures the literal.
    const std::string_view kind = type;
    if (kind == "comment") {
      skip_balanced(open, close);
      return;
    }
    bool ok = false;
    if (kind == "preamble") ok = parse_preamble(at, close);
    else if (kind == "string") ok = parse_string(at, close);
    else ok = parse_entry(at, type, close, extras);
    if (!ok && i_ <= at) i_ = next_entry_start(at);
  }

  void skip_balanced(std::size_t open, char close) {
    int depth = 1;
    while (i_ < t_.size() && depth > 0) {
      const char c = t_[i_++];
      if (c == '{' || (close == ')' && c == '(')) ++depth;
      else if (c == '}' || (close == ')' && c == ')')) --depth;
    }
    if (depth > 0) error(DiagCode::bib_unclosed_entry, open, {"@comment"});
  }

  bool expect_close(char close, std::size_t at, std::string_view what) {
    skip_space();
    if (i_ < t_.size() && t_[i_] == close) {
      ++i_;
      return true;
    }
    error(DiagCode::bib_syntax, i_ < t_.size() ? i_ : at, {fmt_expected(close, what)});
    i_ = next_entry_start(i_ > at ? i_ - 1 : at);
    return false;
  }

  static std::string fmt_expected(char close, std::string_view what) {
    return std::string("expected '") + close + "' to close " + std::string(what);
  }

  bool parse_preamble(std::size_t at, char close) {
    skip_space();
    std::string value;
    if (!parse_value(at, "@preamble", mode_ == Mode::build ? &value : nullptr)) return false;
    if (mode_ == Mode::build) db_->preambles.push_back(std::move(value));
    return expect_close(close, at, "@preamble");
  }

  bool parse_string(std::size_t at, char close) {
    skip_space();
    std::string name = lower(ident());
    skip_space();
    if (name.empty() || i_ >= t_.size() || t_[i_] != '=') {
      error(DiagCode::bib_syntax, i_ < t_.size() ? i_ : at, {"expected name = value in @string"});
      i_ = next_entry_start(at);
      return false;
    }
    ++i_;
    skip_space();
    std::string value;
    if (!parse_value(at, "@string", &value)) return false;
    if (mode_ == Mode::build) db_->strings.emplace_back(name, value);
    // A definition counts from its own "@": entries after it see it.
    if (mode_ != Mode::single) {
      macros_->define(std::move(name), std::move(value), at);
      ++macros_defined_;
    }
    return expect_close(close, at, "@string");
  }

  bool parse_entry(std::size_t at, const std::string& type, char close, std::string_view extras) {
    const bool build = mode_ != Mode::index;
    // One entry read again goes into the caller's, whose strings keep their room from the
    // entry read before it.
    BibEntry fresh_entry;
    BibEntry& e = mode_ == Mode::single ? *into_ : fresh_entry;
    if (build) e.type = type;  // (the index keeps no entry)
    skip_space();
    const std::size_t key_start = i_;
    i_ = key_end(key_start, close);
    const std::string_view key = t_.substr(key_start, i_ - key_start);
    skip_space();
    if (key.empty() || (i_ < t_.size() && t_[i_] != ',' && t_[i_] != close)) {
      error(DiagCode::bib_syntax, key_start, {key.empty() ? "entry has no key" : "expected ',' after the entry key"}, key);
      i_ = next_entry_start(at);
      return false;
    }
    if (build) {
      e.key.assign(key);
      e.extras_json.assign(extras);
      e.fields.reserve(16);  // more than most entries have: no regrowth
    }
    std::size_t kept = 0;  // fields of `e` filled; the one after them receives the next value
    field_names_.clear();
    field_locations_.clear();
    fields_plain_ = true;
    bool links = false;
    while (true) {
      skip_space();
      if (i_ >= t_.size()) {
        error(DiagCode::bib_unclosed_entry, at, {key}, key);
        return false;
      }
      const char c = t_[i_];
      if (c == close) {
        ++i_;
        break;
      }
      if (c == ',') {
        ++i_;
        continue;
      }
      if (c == '@' && entry_header_at(i_)) {
        // The next entry starts before this one closed.
        error(DiagCode::bib_unclosed_entry, at, {key}, key);
        return false;
      }
      const std::size_t field_start = i_;
      const std::string_view name = ident();
      if (name.empty()) {
        error(DiagCode::bib_syntax, i_, {std::string("unexpected '") + c + "' in entry " + std::string(key)}, key);
        i_ = next_entry_start(at);
        return false;
      }
      skip_space();
      if (i_ >= t_.size() || t_[i_] != '=') {
        error(DiagCode::bib_syntax, i_ < t_.size() ? i_ : field_start,
              {"expected '=' after field name " + lower(name)}, key);
        i_ = next_entry_start(at);
        return false;
      }
      ++i_;
      skip_space();
      std::string* value = nullptr;
      if (build) {
        if (kept == e.fields.size()) e.fields.emplace_back();
        value = &e.fields[kept].value;
        value->clear();
      }
      if (!parse_value(at, key, value)) return false;
      if (build ? repeated_field(e, kept, name) : repeated_field(name)) {
        error(DiagCode::bib_duplicate_field, field_start, {lower(name), key}, key);
        fields_plain_ = false;  // the entry is read again by the grammar, which skips the field
      } else {
        links = links || equal_ignoring_case(name, "crossref") || equal_ignoring_case(name, "xdata");
        if (build) {
          BibField& f = e.fields[kept++];
          f.name.assign(lowered_);
          f.span = {field_start, i_};
        } else {
          field_names_.push_back(name);
          note_field(at, field_start, name.size());
        }
      }
      skip_space();
      if (i_ < t_.size() && t_[i_] != ',' && t_[i_] != close && is_ident_char(t_[i_])) {
        // "title = {A} year = 2001": a field follows without a comma; read on.
        const std::size_t save = i_;
        const std::string next = std::string(ident());
        i_ = save;
        error(DiagCode::bib_missing_comma, i_, {next}, key);
      }
    }
    if (build) e.fields.resize(kept);  // a repeated field's value was read into the spare one
    if (mode_ == Mode::single) {
      e.span = {at, i_};
      entry_read_ = true;
      return true;
    }
    const bool known_valid = at >= valid_from_ && i_ <= valid_to_;  // in the part run_to validated
    if (const std::size_t bad = known_valid ? std::string_view::npos : find_invalid_utf8(t_.substr(at, i_ - at));
        bad != std::string_view::npos) {
      error(DiagCode::input_invalid_utf8, at + bad, {}, key);
      return true;  // the entry is dropped; parsing goes on after it
    }
    // Keys are unique ignoring case: the table maps each to where it was first defined.
    bool fresh = false;
    lower_into(key, lowered_);
    const std::size_t key_hash = detail::StringTable::hash(lowered_);
    const std::size_t first = keys_->insert(lowered_, key_hash, mode_ == Mode::index ? index_->entries.size() : at, fresh);
    if (!fresh) {
      const std::size_t first_at = mode_ == Mode::index ? index_->entries[first].at : first;
      error(DiagCode::bib_duplicate_key, at, {key, std::to_string(src_.position(first_at).line)}, key);
      return true;
    }
    if (mode_ == Mode::index) {
      const std::size_t extras_at = extras.empty() ? 0 : static_cast<std::size_t>(extras.data() - t_.data());
      index_->entries.push_back({.at = at,
                                 .extras_at = extras_at,
                                 .extras_size = extras.size(),
                                 .reference = std::string_view(type) != "set" && std::string_view(type) != "xdata",
                                 .links = links,
                                 .key_at = static_cast<std::size_t>(key.data() - t_.data()),
                                 .key_size = key.size(),
                                 .key_hash = key_hash});
      keep_field_locations(index_->entries.back(), at);
      return true;
    }
    e.span = {at, i_};
    db_->entries.push_back(std::move(e));
    return true;
  }

  /// Where the entry key starting at `from` ends: a comma, the entry's closing delimiter or a
  /// blank.
  std::size_t key_end(std::size_t from, char close) const noexcept {
    const char* t = t_.data();
    const std::size_t n = t_.size();
    std::size_t i = from;
    while (i < n && t[i] != ',' && t[i] != close && !is_space(t[i])) ++i;
    return i;
  }

  // ---- field locations --------------------------------------------------------------------
  // The first pass keeps where each field's name and text are in an entry whose values are
  // each one {...}, "..." or number part, so that reading the entry again copies them
  // without running the grammar a second time.

  /// The field just read (its name at `name_at`, the grammar now after its value).
  void note_field(std::size_t entry_at, std::size_t name_at, std::size_t name_size) {
    constexpr std::size_t kMax = bibtex::FieldLocation::kMaxOffset;
    if (!fields_plain_) return;
    if (value_parts_ != 1 || !value_plain_ || i_ - entry_at > kMax || name_size > 255) {
      fields_plain_ = false;
      return;
    }
    const auto rel = [&](std::size_t p) { return static_cast<std::uint16_t>(p - entry_at); };
    field_locations_.push_back({rel(name_at), rel(value_text_.first), rel(value_text_.second), rel(i_),
                                static_cast<std::uint8_t>(name_size)});
  }

  /// Gives the kept entry `loc` (its "@" at `at`, the grammar after its end) its fields.
  void keep_field_locations(bibtex::EntryLocation& loc, std::size_t at) {
    if (!fields_plain_ || i_ - at > bibtex::FieldLocation::kMaxOffset) return;
    loc.first_field = static_cast<std::uint32_t>(index_->fields.size());
    loc.field_count = static_cast<std::uint16_t>(field_locations_.size());
    loc.size = static_cast<std::uint32_t>(i_ - at);
    index_->fields.insert(index_->fields.end(), field_locations_.begin(), field_locations_.end());
  }

  /// True when the entry has a field `name` already (names are compared ignoring case).
  bool repeated_field(std::string_view name) const {
    return std::any_of(field_names_.begin(), field_names_.end(),
                       [&](std::string_view n) { return equal_ignoring_case(n, name); });
  }
  /// The same against the first `kept` fields of `e`, whose names are lower case; leaves
  /// `name` lower-cased in lowered_. (A parser reading one entry again holds no list.)
  bool repeated_field(const BibEntry& e, std::size_t kept, std::string_view name) {
    lower_into(name, lowered_);
    return std::any_of(e.fields.begin(), e.fields.begin() + static_cast<std::ptrdiff_t>(kept),
                       [&](const BibField& f) { return f.name == lowered_; });
  }

  /// value := part ("#" part)*; appends the TeX text of the value to `out` (if any).
  bool parse_value(std::size_t entry_at, std::string_view entry_key, std::string* out) {
    value_parts_ = 0;
    value_plain_ = true;
    while (true) {
      ++value_parts_;
      if (i_ >= t_.size()) {
        error(DiagCode::bib_unclosed_entry, entry_at, {entry_key}, entry_key);
        return false;
      }
      const char c = t_[i_];
      if (c == '{' || c == '"') {
        const std::size_t open = i_;
        if (!delimited(entry_key, out)) return false;
        value_text_ = {open + 1, i_ - 1};  // inside the delimiters
      } else if (c >= '0' && c <= '9') {
        const std::size_t b = i_;
        while (i_ < t_.size() && t_[i_] >= '0' && t_[i_] <= '9') ++i_;
        if (out) out->append(t_.substr(b, i_ - b));
        value_text_ = {b, i_};
      } else if (is_ident_char(c)) {
        value_plain_ = false;  // a macro's value depends on where it was defined
        const std::size_t b = i_;
        const std::string name = lower(ident());
        if (const std::string* value = macros_->lookup(name, entry_at)) {
          if (out) *out += *value;
        } else {
          // Reported once per macro when the file is read (a missing abbreviation file
          // leaves dozens of uses undefined).
          if (mode_ != Mode::single) undefined_.note(name, t_.substr(b, i_ - b), b, entry_key);
          if (out) *out += name;
        }
      } else {
        error(DiagCode::bib_syntax, i_, {std::string("expected a value, found '") + c + "'"}, entry_key);
        i_ = next_entry_start(entry_at);
        return false;
      }
      skip_space();
      if (i_ < t_.size() && t_[i_] == '#') {
        ++i_;
        skip_space();
        continue;
      }
      return true;
    }
  }

  /// A {...} or "..." part. A line that starts a new entry while the part is still open means
  /// a brace was never closed: the entry is abandoned and parsing resumes there.
  bool delimited(std::string_view entry_key, std::string* out) {
    const char open = t_[i_];
    const std::size_t start = ++i_;
    int depth = 0;
    while (i_ < t_.size()) {
      // Skip to the next character that matters.
      i_ = next_delimiter(t_, i_);
      if (i_ >= t_.size()) break;
      const char c = t_[i_];
      if (c == '{') {
        ++depth;
      } else if (c == '}') {
        if (depth == 0) {
          if (open == '{') {
            if (out) out->append(t_.substr(start, i_ - start));
            ++i_;
            return true;
          }
          // A "}" closes the entry while a quoted value is still open.
          error(DiagCode::bib_unclosed_entry, start - 1, {entry_key}, entry_key);
          i_ = next_entry_start(i_);
          return false;
        }
        --depth;
      } else if (c == '"' && open == '"' && depth == 0) {
        if (out) out->append(t_.substr(start, i_ - start));
        ++i_;
        return true;
      } else if (c == '\n') {
        std::size_t q = i_ + 1;
        while (q < t_.size() && (t_[q] == ' ' || t_[q] == '\t')) ++q;
        if (entry_header_at(q)) {
          error(DiagCode::bib_unclosed_entry, start - 1, {entry_key}, entry_key);
          i_ = q;
          return false;
        }
      }
      ++i_;
    }
    // End of file (no later entry starts on a line of its own): nothing is left to read.
    error(DiagCode::bib_unclosed_entry, start - 1, {entry_key}, entry_key);
    i_ = t_.size();
    return false;
  }

  const SourceText& src_;
  std::string_view t_;
  Diagnostics* diags_;
  Mode mode_;
  bibtex::MacroTable* macros_;
  BibDatabase* db_;
  bibtex::BibIndex* index_;
  detail::StringTable own_keys_;
  detail::StringTable* keys_ = index_ ? &index_->by_key : &own_keys_;  // lower-cased entry keys
  std::size_t i_ = 0;
  std::size_t macros_defined_ = 0;
  bibtex::UndefinedMacros undefined_;
  std::string_view pending_extras_;
  std::vector<std::string_view> field_names_;  // of the entry being read
  BibEntry* into_ = nullptr;                   // the entry read again (single)
  std::size_t value_parts_ = 0;                // of the value just read
  bool value_plain_ = true;                    // it used no macro
  std::pair<std::size_t, std::size_t> value_text_;  // its last part's text
  bool fields_plain_ = true;                   // every field so far has a FieldLocation
  std::vector<bibtex::FieldLocation> field_locations_;  // of the entry being indexed
  bool entry_read_ = false;                    // into_ holds it
  std::string lowered_;                        // the key being looked up
  std::size_t valid_from_ = 0, valid_to_ = 0;  // text run_to found valid UTF-8
  bool utf8_trusted_ = false;                  // all of it is (see trust_utf8())
};

}  // namespace

BibDatabase parse_bib(const SourceText& source, Diagnostics& diagnostics, const BibStrings* strings) {
  bibtex::MacroTable macros(strings);
  BibDatabase db;
  Parser parser(source, &diagnostics, Mode::build, &macros, &db, nullptr);
  parser.run();
  parser.undefined().report(source, diagnostics, strings);
  return db;
}

void BibStrings::add(const SourceText& source, Diagnostics& diagnostics) {
  // Its own macros may use those of the files before it, as BibTeX reads them in turn.
  BibDatabase db = parse_bib(source, diagnostics, this);
  for (auto& def : db.strings) macros.push_back(std::move(def));
  files.emplace_back(source.name());
}

namespace bibtex {

void MacroTable::append_later(const MacroTable& later) {
  for (const auto& [name, defs] : later.defs_)
    for (const auto& [at, value] : defs)
      if (at > 0) defs_[name].emplace_back(at, value);  // at 0: the month macros both have
}

namespace {

// Below this, a second thread costs more than it saves.
constexpr std::size_t kParallelIndexBytes = std::size_t{1} << 20;

// A part of the file indexed on its own, from an entry's "@" to the next part's.
struct Part {
  std::size_t begin = 0, end = 0;
  BibIndex index;
  Diagnostics diagnostics;
  std::unique_ptr<Parser> parser;
  bool clean = false;  // its last item ended by `end`
};

// True when `part`, indexed on its own, missed no macro defined before it. (Its keys are
// checked against the earlier ones as they are added.)
bool part_missed_no_macro(const Part& part, std::size_t macros_before) {
  return macros_before == 0 || part.parser->undefined().empty();
}

// Adds the keys of entries [from, to) to `by_key`, their values `first_value` on (the entries'
// indexes in the whole file); false (with the keys of [from, to) in an unknown state) when
// one of them is there already.
bool add_keys(detail::StringTable& by_key, const std::vector<EntryLocation>& entries, std::size_t from,
              std::size_t to, std::string_view text, std::size_t first_value) {
  constexpr std::size_t kAhead = 16;  // the table is larger than the caches: overlap the misses
  std::string lowered;
  for (std::size_t k = from; k < std::min(to, from + kAhead); ++k) by_key.prefetch(entries[k].key_hash);
  for (std::size_t k = from; k < to; ++k) {
    if (k + kAhead < to) by_key.prefetch(entries[k + kAhead].key_hash);
    lower_into(text.substr(entries[k].key_at, entries[k].key_size), lowered);
    bool added = false;
    by_key.insert(lowered, entries[k].key_hash, first_value + k - from, added);
    if (!added) return false;
  }
  return true;
}

// Appends the locations `part` found to `index`: its first entry gets the extras noted before
// the cut (`extras`), and its entries' fields their place in the whole.
void append_locations(BibIndex& index, const Part& part, std::string_view extras, std::string_view text) {
  const std::size_t fields_offset = index.fields.size();
  index.fields.insert(index.fields.end(), part.index.fields.begin(), part.index.fields.end());
  for (std::size_t k = 0; k < part.index.entries.size(); ++k) {
    EntryLocation e = part.index.entries[k];
    if (e.first_field != EntryLocation::kNoFields) e.first_field += static_cast<std::uint32_t>(fields_offset);
    if (k == 0 && e.at == part.begin) {
      e.extras_at = extras.empty() ? 0 : static_cast<std::size_t>(extras.data() - text.data());
      e.extras_size = extras.size();
    }
    index.entries.push_back(e);
  }
}

}  // namespace

BibIndex index_bib(const SourceText& source, Diagnostics& diagnostics, unsigned threads, const BibStrings* strings,
                   bool valid_utf8) {
  BibIndex index;
  index.macros = MacroTable(strings);
  const std::string_view text = source.text();
  // Cut where an entry header starts a line: every item before it ends there or earlier,
  // unless a damaged one runs on (then the part after is read again, in order).
  std::vector<Part> parts;
  if (threads > 1 && text.size() >= kParallelIndexBytes) {
    std::size_t last = 0;
    for (unsigned k = 1; k < threads; ++k) {
      std::size_t p = text.size() / threads * k;
      while (true) {
        const std::size_t nl = text.find('\n', p);
        if (nl == std::string_view::npos) { p = text.size(); break; }
        p = nl + 1;
        std::size_t q = p;
        while (q < text.size() && (text[q] == ' ' || text[q] == '\t')) ++q;
        if (q < text.size() && text[q] == '@') { p = q; break; }
      }
      if (p >= text.size() || p <= last) continue;
      parts.push_back(Part{});
      parts.back().begin = last = p;
    }
    for (std::size_t k = 0; k < parts.size(); ++k) parts[k].end = k + 1 < parts.size() ? parts[k + 1].begin : text.size();
  }
  Parser main(source, &diagnostics, Mode::index, &index.macros, nullptr, &index);
  if (valid_utf8) main.trust_utf8();
  // The parts start first: the whole file's tables are made ready here meanwhile (their
  // memory, written for the first time, costs milliseconds).
  std::vector<std::jthread> workers;
  for (Part& part : parts) {
    part.index.macros = MacroTable(strings);
    part.parser = std::make_unique<Parser>(source, &part.diagnostics, Mode::index, &part.index.macros, nullptr,
                                           &part.index, part.begin);
    if (valid_utf8) part.parser->trust_utf8();
    workers.emplace_back([&part] { part.clean = part.parser->run_to(part.end); });
  }
  index.by_key.reserve(text.size() / 256 + 1);
  // Room for every entry and field, once (pages never written to cost no memory): the parts'
  // are appended without moving the ones before them.
  index.entries.reserve(text.size() / kBytesPerEntryReserved + 1);
  index.fields.reserve(text.size() / kBytesPerFieldReserved + 1);
  if (parts.empty()) {
    main.run();
    main.undefined().report(source, diagnostics, strings);
    return index;
  }
  bool at_cut = main.run_to(parts.front().begin);
  workers.clear();  // joined
  for (Part& part : parts) {
    bool taken = at_cut && part_missed_no_macro(part, main.macros_defined());
    if (taken) {
      // Taken as it is: its keys go into the table on another thread while its locations are
      // copied here.
      const std::size_t offset = index.entries.size();
      const std::size_t fields_offset = index.fields.size();
      bool keys_added = false;
      {
        std::jthread keys([&] {
          keys_added = add_keys(index.by_key, part.index.entries, 0, part.index.entries.size(), text, offset);
        });
        append_locations(index, part, main.pending_extras(), text);
      }
      if (!keys_added) {
        // A key defined before the cut too (the first pass reports it): the keys of the
        // part leave the table again, and the part is read in order after all.
        index.entries.resize(offset);
        index.fields.resize(fields_offset);
        index.by_key = detail::StringTable();
        index.by_key.reserve(text.size() / 256 + 1);
        (void)add_keys(index.by_key, index.entries, 0, offset, text, 0);
        taken = false;
      }
    }
    if (!taken) {
      at_cut = main.run_to(part.end);
      continue;
    }
    index.macros.append_later(part.index.macros);
    for (Diagnostic& d : part.diagnostics.items()) diagnostics.add(std::move(d));
    main.take_over(*part.parser);
    at_cut = part.clean;
  }
  // The last part ends the text: whatever its parser did not reach, the main one reads.
  if (!at_cut) (void)main.run_to(text.size());
  main.undefined().report(source, diagnostics, strings);
  return index;
}

void read_indexed_entry(const SourceText& source, const BibIndex& index, std::size_t entry, BibEntry& into) {
  const EntryLocation& loc = index.entries[entry];
  // The macros are only read in this mode.
  Parser parser(source, nullptr, Mode::single, const_cast<MacroTable*>(&index.macros), nullptr, nullptr);
  if (loc.first_field != EntryLocation::kNoFields) {
    parser.entry_from_locations(loc, index.fields.data() + loc.first_field, into);
    return;
  }
  if (!parser.entry_at(loc.at, source.text().substr(loc.extras_at, loc.extras_size), into)) into = BibEntry{};
}

BibEntry read_indexed_entry(const SourceText& source, const BibIndex& index, std::size_t entry) {
  BibEntry e;
  read_indexed_entry(source, index, entry, e);
  return e;
}

}  // namespace bibtex

}  // namespace citelib
