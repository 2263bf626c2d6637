#include "readers/list/list_splitter.hpp"

#include "readers/list/identifiers.hpp"
#include "readers/list/lexicon.hpp"

#include "core/text.hpp"
#include "model/date_scan.hpp"

#include <algorithm>
#include <cstdint>

namespace citelib::list {

namespace {

struct Line {
  std::size_t begin = 0, end = 0;   // without the line break
  std::size_t content = 0;          // first non-blank byte
  std::size_t indent = 0;           // code points before `content`
  std::size_t width = 0;            // code points of the line, trailing blanks excluded
  bool blank = false;
};

std::size_t code_points(std::string_view s) {
  std::size_t n = 0;
  for (char c : s)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  return n;
}

// Code points of t[b, e) as the copy prints them: a repaired mojibake list counts the
// characters of the printed text, where its dump wrapped the lines ("NÃ¸rsett" is 8 wide).
struct PrintedWidth {
  std::string_view t, printed;
  const std::vector<std::uint32_t>* origin = nullptr;
  std::size_t operator()(std::size_t b, std::size_t e) const {
    if (!origin) return code_points(t.substr(b, e - b));
    return code_points(printed.substr((*origin)[b], (*origin)[e] - (*origin)[b]));
  }
};

std::vector<Line> split_lines(std::string_view t, const PrintedWidth& width) {
  std::vector<Line> lines;
  std::size_t pos = 0;
  while (pos < t.size()) {
    std::size_t nl = t.find('\n', pos);
    const std::size_t next = nl == std::string_view::npos ? t.size() : nl + 1;
    std::size_t end = nl == std::string_view::npos ? t.size() : nl;
    if (end > pos && t[end - 1] == '\r') --end;
    Line l;
    l.begin = pos;
    l.end = end;
    std::size_t c = pos;
    while (c < end) {
      const std::size_t sp = text::space_len_at(t, c);
      if (!sp) break;
      c += sp;
      ++l.indent;
    }
    l.content = c;
    l.blank = c >= end;
    const std::string_view trimmed = text::trim(t.substr(pos, end - pos));
    l.width = l.blank ? 0 : width(pos, static_cast<std::size_t>(trimmed.data() - t.data()) + trimmed.size());
    lines.push_back(l);
    pos = next;
  }
  return lines;
}

// The heading of `set` a line names ("References[edit]" -> "References"), or empty.
std::string_view heading_in(std::string_view line, const WordSet& set) {
  std::string_view s = text::trim(line);
  while (!s.empty() && (s.front() == '#' || s.front() == '*' || s.front() == '=')) s = text::trim(s.substr(1));
  // Cheap rejection first: a heading starts with a heading word.
  if (s.empty() || !set.match_label(s, 0)) return {};
  while (!s.empty() && (s.back() == '*' || s.back() == '=' || s.back() == '#')) s = text::trim(s.substr(0, s.size() - 1));
  // Edit links: "[edit]", "[[edit](...)]", "\[[modifica](...)\]", "[Bearbeiten | ...]".
  const std::size_t br = s.find_first_of("[\\");
  if (br != std::string_view::npos) s = text::trim(s.substr(0, br));
  while (!s.empty() && s.back() == ':') s.remove_suffix(1);
  if (s.empty() || s.size() > 60) return {};
  return set.whole(s) ? s : std::string_view{};
}

// The heading of a reference list a line names, or empty.
std::string_view heading_of(std::string_view line, const Lexicon& lex) { return heading_in(line, lex.headings); }

}  // namespace

bool heading_excludes_edition(std::string_view heading, std::string_view code) {
  bool named = false;
  if (heading.empty()) return false;
  for (const ReaderLanguage* l : all_reader_languages())
    for (std::string_view h : l->headings) {
      std::size_t n = 0;
      if (h.size() == heading.size() && text::starts_with_fold(heading, 0, h, &n) && n == heading.size()) {
        if (l->code == code) return false;
        named = true;
      }
    }
  return named;
}

const ReaderLanguage* heading_edition(std::string_view heading) {
  const ReaderLanguage* found = nullptr;
  if (heading.empty()) return nullptr;
  for (const ReaderLanguage* l : all_reader_languages())
    for (std::string_view h : l->headings) {
      std::size_t n = 0;
      if (h.size() == heading.size() && text::starts_with_fold(heading, 0, h, &n) && n == heading.size()) {
        if (found && found != l) return nullptr;
        found = l;
      }
    }
  return found;
}

namespace {

bool is_rule_line(std::string_view s) {
  s = text::trim(s);
  if (s.size() < 3) return false;
  return std::all_of(s.begin(), s.end(), [](char c) { return c == '-' || c == '=' || c == '_' || c == '*'; });
}

// "7. " at the start of the content: the number and the position after ". ".
std::size_t caret_at(std::string_view t, std::size_t i, std::size_t end);

// How a list prints its numbers; a list keeps one form.
enum class NumberForm : unsigned char { dot, paren, bracket, bare };

// The number of a numbered item: "12." as browsers and text dumps print an ordered list,
// "12)" and "[12]" as word processors and numeric styles (IEEE) print one, and a bare "12"
// only before a back-link caret ("12 ^ Title", a copy that lost the period). "[12]" and
// "12)" need text after them on the line: a bare "[12]" is how Wikipedia prints an
// external link without a title, an item of its own.
bool list_number(std::string_view t, const Line& l, int* number, std::size_t* after, NumberForm* form) {
  std::size_t i = l.content;
  const bool bracket = i < l.end && t[i] == '[';
  if (bracket) ++i;
  int n = 0, digits = 0;
  while (i < l.end && text::is_ascii_digit(t[i]) && digits < 7) {
    n = n * 10 + (t[i] - '0');
    ++i;
    ++digits;
  }
  if (digits == 0 || digits > 6 || i >= l.end) return false;
  if (bracket ? t[i] == ']' : (t[i] == '.' || t[i] == ')')) {
    *form = bracket ? NumberForm::bracket : t[i] == '.' ? NumberForm::dot : NumberForm::paren;
    ++i;
  } else if (bracket || !text::space_len_at(t, i) ||
             caret_at(t, i + text::space_len_at(t, i), l.end) == std::string_view::npos) {
    return false;
  } else {
    *form = NumberForm::bare;
  }
  if (i < l.end && !text::space_len_at(t, i)) return false;
  if (*form == NumberForm::bracket || *form == NumberForm::paren) {
    std::size_t k = i;
    while (k < l.end && text::space_len_at(t, k)) k += text::space_len_at(t, k);
    if (k >= l.end) return false;
  }
  *number = n;
  *after = i;
  return true;
}

// "a. ^ …": a note of a lower-alpha group (efn); only with a caret, so that text starting
// with "a. " is not taken for one.
bool letter_number(std::string_view t, const Line& l, std::string* label, std::size_t* after) {
  std::size_t i = l.content;
  while (i < l.end && i - l.content < 2 && t[i] >= 'a' && t[i] <= 'z') ++i;
  if (i == l.content || i + 1 >= l.end || t[i] != '.' || !text::space_len_at(t, i + 1)) return false;
  std::size_t k = i + 1;
  while (k < l.end && text::space_len_at(t, k)) k += text::space_len_at(t, k);
  if (k >= l.end || (t[k] != '^' && t.compare(k, 3, "\u2191") != 0)) return false;
  *label = std::string(t.substr(l.content, i - l.content));
  *after = i + 1;
  return true;
}

// "- ", "* ", "• ", "+ " bullets.
bool bullet(std::string_view t, const Line& l, std::size_t* after) {
  std::size_t i = l.content;
  if (i >= l.end) return false;
  std::size_t n = 0;
  if (t[i] == '-' || t[i] == '*' || t[i] == '+') n = 1;
  else if (t.compare(i, 3, "\u2022") == 0) n = 3;
  if (!n || i + n >= l.end || !text::space_len_at(t, i + n)) return false;
  *after = i + n;
  return true;
}

// Skips '*' and '_' emphasis markers (at most three).
std::size_t skip_marks(std::string_view t, std::size_t i, std::size_t end) {
  for (int k = 0; k < 3 && i < end && (t[i] == '*' || t[i] == '_'); ++k) ++i;
  return i;
}

// Skips a markdown link target "(...)" at i; npos when there is none.
std::size_t skip_target(std::string_view t, std::size_t i, std::size_t end) {
  if (i >= end || t[i] != '(') return std::string_view::npos;
  const std::size_t close = t.find(')', i);
  if (close == std::string_view::npos || close >= end || close - i > 400) return std::string_view::npos;
  return close + 1;
}

std::size_t skip_blanks(std::string_view t, std::size_t i, std::size_t end) {
  while (i < end && (t[i] == ' ' || t[i] == '\t')) ++i;
  while (i + 1 < end && t.compare(i, 2, "\u00A0") == 0) i += 2;
  while (i < end && (t[i] == ' ' || t[i] == '\t')) ++i;
  return i;
}

// A caret in any of its renderings at i; returns the position after it or npos.
std::size_t caret_at(std::string_view t, std::size_t i, std::size_t end) {
  std::size_t j = skip_marks(t, i, end);
  const bool bracket = j < end && t[j] == '[';
  if (bracket) j = skip_marks(t, j + 1, end);
  if (j < end && t[j] == '^') ++j;
  else if (t.compare(j, 3, "\u2191") == 0) j += 3;
  else return std::string_view::npos;
  j = skip_marks(t, j, end);
  if (bracket) {
    if (j >= end || t[j] != ']') return std::string_view::npos;
    j = skip_target(t, j + 1, end);
    if (j == std::string_view::npos) return j;
  }
  return skip_marks(t, j, end);
}

// The k-th back-link letter run: a ... z, aa, ab, ...
std::string letter_run(int k) {
  if (k < 26) return std::string(1, static_cast<char>('a' + k));
  return std::string(1, static_cast<char>('a' + (k / 26 - 1) % 26)) + static_cast<char>('a' + k % 26);
}

// The next label of a decimal run: base, separator, the use number padded ("3,0", "3.01").
std::string decimal_label(const BacklinkRun& run) {
  std::string use = std::to_string(run.count);
  if (use.size() < run.width) use.insert(0, run.width - use.size(), '0');
  return run.base + run.separator + use;
}

// The first label of a decimal run at i ("3,0 ", "12.00 "): its base, separator and width.
bool decimal_run_at(std::string_view t, std::size_t i, std::size_t end, BacklinkRun& run) {
  std::size_t j = skip_marks(t, i, end);
  if (j < end && t[j] == '[') j = skip_marks(t, j + 1, end);
  const std::size_t b = j;
  while (j < end && j - b < 4 && text::is_ascii_digit(t[j])) ++j;
  if (j == b || j >= end || (t[j] != '.' && t[j] != ',')) return false;
  const std::size_t sep = j++;
  const std::size_t z = j;
  while (j < end && t[j] == '0') ++j;
  if (j == z || j - z > 3 || (j < end && text::is_ascii_digit(t[j]))) return false;
  run.base = std::string(t.substr(b, sep - b));
  run.separator = t[sep];
  run.width = j - z;
  return true;
}

// The letters `want` at i, plain or as markdown ("[***a***](#cite_ref-..)", "_[a](...)_").
std::size_t letter_at(std::string_view t, std::size_t i, std::size_t end, std::string_view want) {
  std::size_t j = skip_marks(t, i, end);
  const bool bracket = j < end && t[j] == '[';
  if (bracket) j = skip_marks(t, j + 1, end);
  if (t.compare(j, want.size(), want) != 0) return std::string_view::npos;
  j += want.size();
  j = skip_marks(t, j, end);
  if (bracket) {
    if (j >= end || t[j] != ']') return std::string_view::npos;
    j = skip_target(t, j + 1, end);
    if (j == std::string_view::npos) return j;
    j = skip_marks(t, j, end);
  }
  if (j < end && !text::space_len_at(t, j)) return std::string_view::npos;
  return j;
}

// Does a line of a wrapped dump start a new entry? An author-date opening
// ("Unni, M P. (2017).", also after a family's particles: "de la Cruz, J. R. (2003).") or an
// opening quote.
bool looks_like_entry_start(std::string_view content, const Lexicon& lex) {
  if (content.empty()) return false;
  if (content[0] == '"' || content.compare(0, 2, "\u00AB") == 0 || content.compare(0, 3, "\u201C") == 0) return true;
  std::size_t w = 0;
  for (std::size_t k = 0; k < 3; ++k) {
    const std::size_t sp = content.find_first_of(" _", w);
    if (sp == std::string_view::npos || text::starts_upper(content.substr(w)) ||
        !lex.name_particles.whole(content.substr(w, sp - w)))
      break;
    w = sp + 1;
  }
  if (!text::starts_upper(content.substr(w))) return false;
  const std::size_t open = content.find('(');
  if (open == std::string_view::npos || open == 0 || open > 120) return false;
  const std::size_t close = content.find(')', open);
  // "…; Park, T.; et al. (July" + "1902).": the authors' date broken by the wrap, right after
  // inverted names: a month, a day or an ISO year's start after the bracket ("(3rd" + "ed.)."
  // is an edition).
  if (close == std::string_view::npos) {
    if (content.size() - open > 16 || content.substr(0, open).find(", ") == std::string_view::npos ||
        content.substr(0, open).find('"') != std::string_view::npos || open + 1 >= content.size() ||
        content.find_first_of(".:", open) != std::string_view::npos)
      return false;
    const std::string_view rest = text::trim(content.substr(open + 1));
    std::size_t d = 0;
    while (d < rest.size() && text::is_ascii_digit(rest[d])) ++d;
    if (d == 4 && d + 1 == rest.size() && rest[d] == '-') return true;  // "(1902-" + "07-01)."
    if (d > 2 || (d > 0 && d < rest.size() && rest[d] != ' ')) return false;
    if (d == rest.size()) return true;  // "(17" + "March 2017)."
    const std::string_view words = text::trim(rest.substr(d));  // "(17 March" + "2017).", "(July"
    const std::string_view month = words.substr(0, words.find(' '));
    return month.size() >= 3 && parse_date(std::string(month) + " 2000").has_parts();
  }
  if (close - open > 40) return false;
  const Date d = parse_date(content.substr(open + 1, close - open - 1));
  return d.has_parts() || d.undated;
}

// "Smith, John; Park, Ahmed (August 1959).": the text so far ends with a date in brackets
// after its first element, where CS1 puts the authors' date (a title always follows it).
bool ends_with_authors_date(std::string_view s) {
  // Bounded: called for each line of an open entry (names and a date are never this long).
  if (s.size() < 8 || s.size() > 600 || !s.ends_with(").")) return false;
  const std::size_t open = s.rfind('(');
  if (open == std::string_view::npos || open == 0 || s[open - 1] != ' ' || s.size() - open > 40) return false;
  if (s.substr(0, open).find(". ") != std::string_view::npos && s.substr(0, open).find("\"") != std::string_view::npos)
    return false;
  const Date d = parse_date(s.substr(open + 1, s.size() - open - 3));
  return d.has_parts() || d.undated;
}

// CS1 closes a citation with its identifiers, the access date, the archive and `– via X`:
// a flush-left entry whose text ends with one of these ("… PMID 10540963.", "… – via Internet
// Archive.", "Retrieved 1 January 2011.") is complete unless the next line goes on with that
// tail (another identifier, "Archived", "Retrieved", "– via").
bool ends_with_cs1_tail(std::string_view s) {
  if (s.size() < 6 || s.back() != '.') return false;
  s.remove_suffix(1);
  // Bounded: called for each line of an open entry; the last element is short.
  if (s.size() > 160) s.remove_prefix(s.size() - 160);
  std::size_t k = s.rfind(". ");
  k = k == std::string_view::npos ? 0 : k + 2;
  const std::string_view e = s.substr(k);
  if (const auto id = match_identifier(e, 0); id && id->end == e.size()) return true;
  if (e.starts_with("Retrieved ") || e.starts_with("retrieved ")) return parse_date(e.substr(10)).has_parts();
  return e.ends_with(" Wayback Machine") || e.ends_with(" Wayback_Machine") || e.find("\u2013 via ") != std::string_view::npos;
}

bool goes_on_with_cs1_tail(std::string_view line) {
  for (std::string_view w : {"Archived", "archived", "Retrieved", "retrieved", "\u2013 via", "Lay summary"})
    if (line.starts_with(w)) return true;
  return match_identifier(line, 0).has_value();
}

std::size_t first_word_width(std::string_view t, const Line& l, const PrintedWidth& width) {
  std::size_t e = l.content;
  while (e < l.end && t[e] != ' ' && t[e] != '\t') ++e;
  return width(l.content, e);
}

// A text dump wraps its lines at a fixed width: many lines end within a few columns of the
// widest one. Returns that width, or 0 when the block does not look wrapped.
std::size_t wrap_width(const std::vector<Line>& lines, std::size_t from, std::size_t to) {
  std::size_t w = 0;
  for (std::size_t k = from; k < to; ++k) w = std::max(w, lines[k].width);
  if (w < 50 || w > 100) return 0;
  std::size_t near = 0;
  for (std::size_t k = from; k < to; ++k)
    if (!lines[k].blank && lines[k].width + 3 >= w) ++near;
  return near >= 3 ? w : 0;
}

// Trailing HTML that closes the pasted block ("</p>") is not part of the item.
std::size_t strip_trailing_html(std::string_view t, std::size_t b, std::size_t e) {
  for (;;) {
    while (e > b && (t[e - 1] == ' ' || t[e - 1] == '\t' || t[e - 1] == '\r' || t[e - 1] == '\n')) --e;
    bool cut = false;
    for (std::string_view tag : {"</p>", "</li>", "</div>", "</ol>", "</ul>", "<br>", "<br/>", "<br />"}) {
      if (e - b >= tag.size() && t.compare(e - tag.size(), tag.size(), tag) == 0) {
        e -= tag.size();
        cut = true;
      }
    }
    if (!cut) return e;
  }
}

}  // namespace

std::size_t read_more_backlink_letters(std::string_view t, std::size_t pos, std::size_t end, const Lexicon& lex,
                                       BacklinkRun& run) {
  std::size_t after_letters = pos;
  for (;;) {
    const std::string want = !run.base.empty() ? decimal_label(run)
                             : run.digits      ? std::to_string(run.count + 1)
                                               : letter_run(run.count);
    std::size_t j = letter_at(t, after_letters, end, want);
    if (j == std::string_view::npos && run.count >= 1) {
      if (WordMatch m = lex.name_joiners.match(t.substr(0, end), after_letters)) {
        const std::size_t k = skip_blanks(t, after_letters + m.length, end);
        if (k > after_letters + m.length) j = letter_at(t, k, end, want);
      }
    }
    if (j == std::string_view::npos) return after_letters;
    ++run.count;
    after_letters = skip_blanks(t, j, end);
  }
}

std::size_t read_backlink_prefix(std::string_view t, std::size_t pos, std::size_t end, const Lexicon& lex,
                                 std::optional<int>& backlinks) {
  BacklinkRun run;
  return read_backlink_prefix(t, pos, end, lex, backlinks, run);
}

std::size_t read_backlink_prefix(std::string_view t, std::size_t pos, std::size_t end, const Lexicon& lex,
                                 std::optional<int>& backlinks, BacklinkRun& run) {
  run = {};
  std::size_t i = skip_blanks(t, pos, end);
  const std::size_t c = caret_at(t, i, end);
  if (c == std::string_view::npos) return i;
  backlinks = 1;
  i = skip_blanks(t, c, end);
  if (WordMatch m = lex.jump_up.match(t.substr(0, end), i)) i = skip_blanks(t, i + m.length, end);
  // Letters "a b c" (or numbers "1 2 3" in some editions); the last may follow a joiner
  // ("a b et c").
  for (const bool digits : {false, true}) {
    BacklinkRun tried{digits, 0};
    const std::size_t after_letters = read_more_backlink_letters(t, i, end, lex, tried);
    // One letter alone is no run (CS1 prints none for a single use): "^ a Title" keeps its "a".
    if (tried.count >= 2) {
      backlinks = tried.count;
      run = tried;
      return after_letters;
    }
  }
  BacklinkRun decimal;
  if (decimal_run_at(t, i, end, decimal)) {
    const std::size_t after_labels = read_more_backlink_letters(t, i, end, lex, decimal);
    if (decimal.count >= 2) {
      backlinks = decimal.count;
      run = decimal;
      return after_labels;
    }
  }
  return i;
}

ListSplit split_list(const SourceText& source, const Lexicon& lex, Diagnostics& diagnostics, std::string_view printed,
                     const std::vector<std::uint32_t>* origin) {
  const std::string_view t = source.text();
  ListSplit out;
  out.list_names.emplace_back();
  const PrintedWidth width{t, printed, origin && origin->size() == t.size() + 1 ? origin : nullptr};
  const std::vector<Line> lines = split_lines(t, width);
  const bool markdown = t.find("](") != std::string_view::npos;

  // Blocks between headings, for the wrap width of text dumps.
  std::vector<std::size_t> block_width(lines.size(), 0);
  {
    std::size_t from = 0;
    for (std::size_t k = 0; k <= lines.size(); ++k) {
      const bool boundary = k == lines.size() ||
                            (!lines[k].blank && !heading_of(t.substr(lines[k].begin, lines[k].end - lines[k].begin), lex).empty());
      if (!boundary) continue;
      const std::size_t w = wrap_width(lines, from, k);
      for (std::size_t j = from; j < k; ++j) block_width[j] = w;
      from = k + 1;
    }
  }

  struct Open {
    ListItem item;
    bool has_raw = false;
    std::size_t start_indent = 0;
    std::size_t last_width = 0;
    BacklinkRun letters;        // the back-link letters, while they may go on on the next line
    bool letters_open = false;
    bool prefix_open = false;   // a number alone on its line: the caret may start the next one
  };
  std::optional<Open> cur;
  bool numbered = false;
  NumberForm number_form = NumberForm::dot;
  int last_number = 0;
  std::size_t first_number_indent = 0;
  bool blank_since = false;
  std::string_view other_section;  // the "External links" (or like) heading the lines are under
  std::size_t list_index = 0;
  std::size_t items_in_list = 0;

  auto close = [&]() {
    if (!cur) return;
    ListItem& it = cur->item;
    if (cur->has_raw) {
      it.raw.end = strip_trailing_html(t, it.raw.begin, it.raw.end);
      if (it.raw.end < it.raw.begin) it.raw.end = it.raw.begin;
    } else {
      it.raw = {it.span.end, it.span.end};
    }
    it.span.end = std::max(it.span.end, it.raw.end);
    out.items.push_back(std::move(it));
    cur.reset();
  };

  auto open = [&](const Line& l, std::size_t after_marker, std::string number) {
    close();
    Open o;
    o.item.number = std::move(number);
    o.item.list_index = list_index;
    o.item.markdown = markdown;
    o.item.span = {l.content, l.end};
    o.start_indent = l.indent;
    o.last_width = l.width;
    const std::size_t body = read_backlink_prefix(t, after_marker, l.end, lex, o.item.backlinks, o.letters);
    std::size_t e = l.end;
    while (e > body && (t[e - 1] == ' ' || t[e - 1] == '\t')) --e;
    // Letters up to the end of the line: a text dump may wrap a long run ("… ae af ag" +
    // newline + "ah ai aj Fielding, Roy T.").
    o.letters_open = o.letters.count >= 2 && body >= e;
    o.prefix_open = !o.item.backlinks && body >= e;
    if (body < e) {
      o.item.raw = {body, e};
      o.has_raw = true;
    }
    cur = std::move(o);
    ++items_in_list;
  };

  auto extend = [&](const Line& l) {
    std::size_t e = l.end;
    while (e > l.content && (t[e - 1] == ' ' || t[e - 1] == '\t')) --e;
    std::size_t from = l.content;
    if (cur->prefix_open) {
      // "12." alone on its line (some copies put the number apart): the caret and letters
      // open the next line.
      cur->prefix_open = false;
      from = read_backlink_prefix(t, l.content, l.end, lex, cur->item.backlinks, cur->letters);
      cur->letters_open = cur->letters.count >= 2 && from >= e;
    } else if (cur->letters_open) {
      from = read_more_backlink_letters(t, l.content, l.end, lex, cur->letters);
      cur->item.backlinks = cur->letters.count;
      cur->letters_open = from >= e;
    }
    if (from >= e) {  // the line held back-link marks only: no text yet
      cur->item.span.end = e;
      cur->last_width = l.width;
      return;
    }
    if (!cur->has_raw) {
      cur->item.raw.begin = from;
      cur->has_raw = true;
    }
    cur->item.raw.end = e;
    cur->item.span.end = e;
    cur->last_width = l.width;
  };

  for (std::size_t k = 0; k < lines.size(); ++k) {
    const Line& l = lines[k];
    if (l.blank) {
      blank_since = true;
      continue;
    }
    const std::string_view content = t.substr(l.content, l.end - l.content);
    // "External links", "See also" copied with the list: their lines are no references;
    // each is reported (nothing goes silently) until a reference heading comes again.
    if (const std::string_view h = heading_in(content, lex.other_sections); !h.empty()) {
      close();
      other_section = h;
      continue;
    }
    if (const std::string_view h = heading_of(content, lex); !h.empty()) {
      other_section = {};
      close();
      if (items_in_list > 0) {
        ++list_index;
        out.list_names.emplace_back();
        items_in_list = 0;
      }
      out.list_names[list_index] = std::string(h);
      numbered = false;
      last_number = 0;
      blank_since = false;
      continue;
    }
    if (is_rule_line(content)) continue;
    if (!other_section.empty()) {
      diagnostics.report(DiagCode::list_section_skipped, &source, {l.content, l.end}, {other_section, content.substr(0, 60)});
      continue;
    }
    if (lex.cite_error_lines.match(content, 0)) {
      close();
      diagnostics.report(DiagCode::list_line_skipped, &source, {l.content, l.end}, {content.substr(0, 60)});
      blank_since = false;
      continue;
    }

    int n = 0;
    std::size_t after = 0;
    NumberForm form = NumberForm::dot;
    // A list numbered otherwise than "1." starts at 1 and keeps its form.
    if (list_number(t, l, &n, &after, &form) &&
        (form == NumberForm::dot || (numbered ? form == number_form : n == 1))) {
      const bool first = !numbered;
      if (first) number_form = form;
      const bool in_sequence = n == last_number + 1 ||
                               (n > last_number && n <= last_number + 10 && l.indent <= first_number_indent + 2);
      // "1. ^ …" after "8. ^ …" with no heading between: the notes and the references (or two
      // articles' lists) pasted one after the other. The caret tells a reference from a
      // wrapped line that starts with a number; the second list is read as a heading's is.
      const bool restart = !first && n == 1 && last_number >= 2 && form == number_form &&
                           l.indent <= first_number_indent + 2 && caret_at(t, skip_blanks(t, after, l.end), l.end) != std::string_view::npos;
      if (restart) {
        close();
        ++list_index;
        out.list_names.emplace_back();
        items_in_list = 0;
        last_number = 0;
      }
      // A flush-left dump bibliography that wrapped "Vol." + "1. p. 187." or "p." + "187. ISBN":
      // a list's first number right under an open unnumbered entry that could not hold it
      // goes on with that entry (a list's numbers come after its heading, not inside an entry).
      const std::size_t w = block_width[k];
      const bool wrapped_number = first && cur && cur->item.number.empty() && cur->has_raw && !blank_since && w &&
                                  cur->last_width + 1 + first_word_width(t, l, width) > w;
      if (!wrapped_number && (first || restart || (in_sequence && l.indent <= first_number_indent + 2))) {
        if (!first && n != last_number + 1)
          diagnostics.report(DiagCode::list_numbering_gap, &source, {l.content, after},
                             {std::to_string(n), std::to_string(last_number)});
        if (first) first_number_indent = l.indent;
        numbered = true;
        last_number = n;
        open(l, after, std::to_string(n));
        blank_since = false;
        continue;
      }
    }
    if (std::string label; letter_number(t, l, &label, &after)) {
      numbered = true;
      open(l, after, std::move(label));
      blank_since = false;
      continue;
    }
    if (bullet(t, l, &after)) {
      // A dump that wrapped "Auth0 - Blog" before its dash: in a numbered list, a dash indented
      // deeper than the numbers, with no back-link after it, goes on with the open item.
      if (numbered && cur && !blank_since && l.indent > first_number_indent + 2 && t[l.content] == '-' &&
          caret_at(t, skip_blanks(t, after, l.end), l.end) == std::string_view::npos) {
        extend(l);
        continue;
      }
      open(l, after, {});
      blank_since = false;
      continue;
    }
    if (!numbered && caret_at(t, l.content, l.end) != std::string_view::npos) {
      open(l, l.content, {});
      blank_since = false;
      continue;
    }

    // A plain line: part of the open item, or an item of its own.
    bool continues = false;
    if (cur) {
      if (numbered) {
        continues = true;
      } else if (!blank_since) {
        if (!cur->has_raw || l.indent >= cur->start_indent + 2) {
          continues = true;
        } else if (const std::size_t w = block_width[k]) {
          const bool fits = cur->last_width + 1 + first_word_width(t, l, width) <= w;
          // An entry ends with its last element, never with a comma or a semicolon ("Ivanov," +
          // "Sarah (1903)." is one list of authors), nor with the authors' date ("Park, Ahmed
          // (August 1959)." + "\"Title\" …": the title follows it).
          const char last = t[cur->item.raw.end - 1];
          const std::string_view so_far = t.substr(cur->item.raw.begin, cur->item.raw.end - cur->item.raw.begin);
          continues = !fits && (last == ',' || last == ';' || ends_with_authors_date(so_far) ||
                                !(looks_like_entry_start(content, lex) || (ends_with_cs1_tail(so_far) && !goes_on_with_cs1_tail(content))));
        }
      }
    }
    if (continues) extend(l);
    else open(l, l.content, {});
    blank_since = false;
  }
  close();
  return out;
}

}  // namespace citelib::list
