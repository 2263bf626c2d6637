// The bibliography: entries in bibliography order, one at a time or as a whole document, on
// one thread or several. Once the order, the citation numbers and disambiguation are fixed
// (prepare(), ensure_disambiguated()), an entry depends only on its reference, its state and,
// for subsequent-author-substitute, the names of the entry before it: workers render runs of
// entries from the const engine data, each with its own evaluators and buffers, and the
// document is written in order, the same for any number of threads.
#include "csl/engine/impl.hpp"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <thread>

namespace citelib::csl {

namespace {

constexpr std::size_t kWholeList = static_cast<std::size_t>(-1);

// The names of the first list in a subsequent-author-substitute key (each name ends in
// \x1F, each list in \x1E; a substituted title has neither and counts no names).
std::vector<std::string_view> first_list_names(std::string_view key) {
  std::vector<std::string_view> out;
  const std::size_t end = key.find('\x1E');
  if (end == std::string_view::npos) return out;
  for (std::size_t b = 0; b < end;) {
    const std::size_t e = key.find('\x1F', b);
    if (e == std::string_view::npos || e > end) break;
    out.push_back(key.substr(b, e - b));
    b = e + 1;
  }
  return out;
}

// What subsequent-author-substitute replaces in an entry whose first names element shows
// `key` after an entry that showed `prev` (specification, subsequent-author-substitute-rule):
// 0 nothing, kWholeList the whole list (complete-all, and any rule for a substituted title),
// else that many leading names one by one: every name under complete-each, the names up to
// the first that differs under partial-each, the first under partial-first.
std::size_t substituted_names(SubsequentAuthorRule rule, std::string_view key, std::string_view prev) {
  if (key.empty() || prev.empty()) return 0;
  const bool all = key == prev;
  if (rule == SubsequentAuthorRule::complete_all) return all ? kWholeList : 0;
  const auto names = first_list_names(key);
  if (names.empty()) return all ? kWholeList : 0;
  if (rule == SubsequentAuthorRule::complete_each) return all ? names.size() : 0;
  const auto before = first_list_names(prev);
  std::size_t same = 0;
  while (same < names.size() && same < before.size() && names[same] == before[same]) ++same;
  if (same == 0) return 0;
  return rule == SubsequentAuthorRule::partial_first ? 1 : same;
}

// Where an entry laid out in two columns (it opens with a left-margin display and ends with a
// right-inline one) closes its right-inline display (the offset of that final close mark),
// or npos: the layout suffix goes inside it then, as under second-field-align.
std::size_t final_display_close(std::string_view s) {
  const bool two_columns = ir::final_closed_mark(s) == ir::right_inline && ir::is_mark(s.data(), s.data() + s.size()) &&
                           ir::mark_at(s.data()) == ir::left_margin;
  return two_columns ? s.size() - 3 : std::string_view::npos;
}

}  // namespace

bool Engine::Impl::render_bibliography_entry(std::size_t item, std::string& prev_names, std::string& body) const {
  const Style& st = *style;
  RenderMode mode;
  mode.bibliography = true;
  // What disambiguation decided shows in the bibliography through the year suffix and
  // the `disambiguate` condition; added names and expanded given names are for cites.
  ItemState bst;
  bst.year_suffix = states[item].year_suffix;
  bst.citation_number = states[item].citation_number;
  bst.disambiguate = states[item].disambiguate;
  Evaluator ev(st, *locale, st.bibliography, refs[item], bst, nullptr, mode, punct_in_quote,
               options.guess_title_language);
  ev.implicit_year_suffix = implicit_year_suffix;
  auto render_body = [&](Evaluator& e) {
    if (st.second_field_align == Display::none || st.bibliography.children.empty()) {
      body = e.render_layout();
      // An entry in the left-margin and right-inline columns takes the layout suffix inside
      // its right column, as the second field does under second-field-align ("(1999).</div>";
      // citeproc-js), not after the columns on a line of its own. After a block or an
      // indent, or a right-inline display after plain text, it stays outside (citeproc-js).
      const std::size_t at = st.bibliography.fmt.suffix.empty() ? std::string::npos : final_display_close(body);
      if (at == std::string::npos) {
        e.finish(body, st.bibliography.fmt);
        return;
      }
      std::string inner = body.substr(0, at);
      ir::append(inner, st.bibliography.fmt.suffix, punct_in_quote);
      body = std::move(inner.append(body, at, std::string::npos));
      Formatting f = st.bibliography.fmt;
      f.suffix.clear();
      e.finish(body, f);
      return;
    }
    // The first field goes in the left margin, the rest inline beside it.
    std::string first, rest;
    std::size_t k = 0;
    for (; k < st.bibliography.children.size(); ++k) {
      first = e.render(st.bibliography.children[k]);
      if (!ir::is_blank(first)) break;
    }
    for (++k; k < st.bibliography.children.size(); ++k) {
      std::string piece = e.render(st.bibliography.children[k]);
      if (ir::is_blank(piece)) continue;
      if (!rest.empty()) ir::append(rest, st.bibliography.delimiter, punct_in_quote);
      ir::append(rest, piece, punct_in_quote);
    }
    // Punctuation that opens the rest (a prefix ". " after an empty field) ends the first
    // field instead: "(220)." then " http://...", as citeproc-js moves a prefix's punctuation
    // onto the text before it, rather than "(220) . http://...".
    ir::move_leading_punctuation(rest, first, punct_in_quote);
    Formatting pre = st.bibliography.fmt;
    pre.suffix.clear();
    e.finish(first, pre);
    Formatting post = st.bibliography.fmt;
    post.prefix.clear();
    e.finish(rest, post);
    ir::wrap_display(first, Display::left_margin);
    // Nothing beside the margin: no empty inline block (citeproc-js writes none).
    if (!ir::is_blank(rest)) {
      ir::wrap_display(rest, Display::right_inline);
      first += rest;
    }
    body = std::move(first);
  };
  render_body(ev);
  if (st.subsequent_author_substitute && ev.rendered_first_names()) {
    const std::string& names = ev.first_names_key();
    if (const std::size_t replaced = substituted_names(st.subsequent_author_rule, names, prev_names)) {
      RenderMode sub = mode;
      sub.author_substitute = &*st.subsequent_author_substitute;
      sub.author_substitute_names = replaced == kWholeList ? 0 : replaced;
      Evaluator ev2(st, *locale, st.bibliography, refs[item], bst, nullptr, sub, punct_in_quote,
                    options.guess_title_language);
      ev2.implicit_year_suffix = implicit_year_suffix;
      render_body(ev2);
    }
    prev_names = names;
  } else {
    // An entry without names breaks the run: the next one repeats nothing.
    prev_names.clear();
  }
  // A reference the layout prints nothing for (a choose that leaves out its type) has no
  // entry, as in citeproc-js.
  return !ir::is_blank(body);
}

void Engine::Impl::each_bibliography_entry(const std::function<void(std::size_t, std::string_view)>& emit) {
  prepare();
  if (!style->bibliography.present) return;
  if (bibliography_shows_disambiguation) ensure_disambiguated();
  std::string prev_names, body;
  for (std::size_t item : bib_order)
    if (render_bibliography_entry(item, prev_names, body)) emit(item, body);
}

namespace {

// Appends `text` with its display blocks laid out as citeproc-js's HTML format writes them
// (its @display strings), the layout the suite's expected bibliographies are written in:
// a block on lines of its own after a blank line, a margin block on a new line, a line break
// after an inline or indented block.
void lay_out_display_blocks(std::string& out, std::string_view text) {
  static constexpr std::string_view kOpen = "<div class=\"csl-";
  // What follows the last display block (the layout's suffix) goes inside it, as citeproc-js
  // appends the suffix to the last block.
  std::size_t last_close = text.rfind("</div>");
  std::string_view after;
  if (last_close != std::string_view::npos && text.find_first_not_of(' ', last_close + 6) != std::string_view::npos) {
    after = text.substr(last_close + 6);
    text = text.substr(0, last_close + 6);
  } else {
    last_close = std::string_view::npos;
  }
  std::vector<char> open;  // the display of each open div: b(lock), l(eft margin), r(ight inline), i(ndent), other
  for (std::size_t i = 0; i < text.size();) {
    if (text.compare(i, kOpen.size(), kOpen) == 0) {
      const std::size_t end = text.find('>', i);
      const std::string_view tag = text.substr(i, end == std::string_view::npos ? text.size() - i : end + 1 - i);
      const std::string_view kind = tag.substr(kOpen.size());
      char k = 'o';
      if (kind.starts_with("block\"")) k = 'b', out += "\n\n    ";
      else if (kind.starts_with("left-margin\"")) k = 'l', out += "\n    ";
      else if (kind.starts_with("right-inline\"")) k = 'r';
      else if (kind.starts_with("indent\"")) k = 'i';
      open.push_back(k);
      out += tag;
      i += tag.size();
    } else if (text.compare(i, 6, "</div>") == 0) {
      const char k = open.empty() ? 'o' : open.back();
      if (!open.empty()) open.pop_back();
      if (i == last_close) out += after;
      // Spaces that end the entry's last block come after it and its line break
      // ("…title.</div>\n   </div>", "1.</div> </div>").
      std::size_t spaces = 0;
      if (k != 'o' && i + 6 == text.size())
        while (spaces < out.size() && out[out.size() - 1 - spaces] == ' ') ++spaces;
      out.resize(out.size() - spaces);
      out += "</div>";
      if (k == 'b') out += '\n';
      else if (k == 'r' || k == 'i') out += "\n  ";
      out.append(spaces, ' ');
      i += 6;
    } else {
      const std::size_t next = std::min(text.find('<', i + 1), text.size());
      out.append(text.substr(i, next - i));
      i = next;
    }
  }
}

}  // namespace

void Engine::Impl::append_document_entry(std::string& out, std::string_view ir, std::string& text) const {
  const bool html = options.format == OutputFormat::html;
  ir::render_to(text, ir, html ? ir::Format::html : ir::Format::text, quotes);
  if (!html) {
    out += text;
    out += '\n';
    return;
  }
  out += "  <div class=\"csl-entry\">";
  lay_out_display_blocks(out, text);
  out += "</div>\n";
}

void Engine::Impl::render_document_run(std::size_t begin, std::size_t end, std::string& out) const {
  std::string prev_names, body, text;
  // subsequent-author-substitute compares with the entry before the run: its names are
  // found by rendering it once more (its text is not used).
  if (begin > 0 && style->subsequent_author_substitute) render_bibliography_entry(bib_order[begin - 1], prev_names, body);
  for (std::size_t pos = begin; pos < end; ++pos)
    if (render_bibliography_entry(bib_order[pos], prev_names, body)) append_document_entry(out, body, text);
}

void Engine::Impl::write_document_parallel(const std::function<void(std::string_view)>& sink, unsigned threads) {
  // Runs of entries small enough to balance the threads and to start writing early, large
  // enough that the entry rendered again at the start of a run costs nothing.
  constexpr std::size_t kRun = 256;
  const std::size_t runs = (bib_order.size() + kRun - 1) / kRun;
  struct Run {
    std::string text;
    bool done = false;
  };
  std::vector<Run> results(runs);
  std::mutex mutex;
  std::condition_variable finished;
  std::atomic<std::size_t> next{0};
  std::exception_ptr failure;
  // Claims and renders the next run; false when none is left.
  auto render_next = [&]() {
    const std::size_t r = next.fetch_add(1);
    if (r >= runs) return false;
    std::string text;
    try {
      render_document_run(r * kRun, std::min(bib_order.size(), (r + 1) * kRun), text);
    } catch (...) {
      std::lock_guard lock(mutex);
      if (!failure) failure = std::current_exception();
    }
    {
      std::lock_guard lock(mutex);
      results[r].text = std::move(text);
      results[r].done = true;
    }
    finished.notify_all();
    return true;
  };
  std::vector<std::jthread> workers;
  // However this function is left (a sink that throws included), the helpers claim no more
  // runs before they are joined.
  struct StopClaims {
    std::atomic<std::size_t>& next;
    std::size_t runs;
    ~StopClaims() { next.store(runs); }
  } stop_claims{next, runs};
  const std::size_t helpers = std::min<std::size_t>(threads - 1, runs > 0 ? runs - 1 : 0);
  for (std::size_t t = 0; t < helpers; ++t)
    workers.emplace_back([&] {
      while (render_next()) {
      }
    });
  // This thread writes the runs in order, rendering runs itself while the next one to write
  // is not ready.
  for (std::size_t r = 0; r < runs; ++r) {
    std::unique_lock lock(mutex);
    while (!results[r].done) {
      lock.unlock();
      if (!render_next()) {
        lock.lock();
        finished.wait(lock, [&] { return results[r].done; });
      } else {
        lock.lock();
      }
    }
    if (failure) {
      lock.unlock();
      std::rethrow_exception(failure);  // the helpers stop after their current run
    }
    std::string text = std::move(results[r].text);
    lock.unlock();
    sink(text);
  }
}

std::vector<BibEntry> Engine::bibliography() {
  Impl& m = *impl_;
  std::vector<BibEntry> out;
  out.reserve(m.refs.size());
  m.each_bibliography_entry([&](std::size_t item, std::string_view ir) { out.push_back({m.refs[item].id, m.to_output(ir)}); });
  return out;
}

std::string Engine::bibliography_document() {
  std::string out;
  write_bibliography_document([&](std::string_view piece) { out += piece; });
  return out;
}

void Engine::write_bibliography_document(const std::function<void(std::string_view)>& sink) {
  Impl& m = *impl_;
  const bool html = m.options.format == OutputFormat::html;
  if (html) sink("<div class=\"csl-bib-body\">\n");
  m.prepare();
  if (m.style->bibliography.present) {
    if (m.bibliography_shows_disambiguation) m.ensure_disambiguated();
    const unsigned threads = m.options.jobs ? m.options.jobs : std::max(1u, std::thread::hardware_concurrency());
    // A short bibliography is not worth a thread.
    if (threads > 1 && m.bib_order.size() >= 1024) {
      m.write_document_parallel(sink, threads);
    } else {
      // Entries go to the sink through reused buffers: no list of entries held until the end,
      // and no copy of the whole text unless the caller keeps one.
      std::string prev_names, body, text, piece;
      for (std::size_t item : m.bib_order) {
        if (!m.render_bibliography_entry(item, prev_names, body)) continue;
        piece.clear();
        m.append_document_entry(piece, body, text);
        sink(piece);
      }
    }
  }
  if (html) sink("</div>");
}

}  // namespace citelib::csl
