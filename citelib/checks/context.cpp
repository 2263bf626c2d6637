#include "context.hpp"

#include <boost/date_time/gregorian/gregorian_types.hpp>

namespace citelib {

DatePoint effective_reference_date(const CheckOptions& options) {
  if (options.reference_date) return *options.reference_date;
  const boost::gregorian::date today = boost::gregorian::day_clock::universal_day();
  DatePoint p;
  p.year = today.year();
  p.month = static_cast<std::uint8_t>(today.month().as_number());
  p.day = static_cast<std::uint8_t>(today.day().as_number());
  p.has_year = true;
  return p;
}

}  // namespace citelib

namespace citelib::checks {

namespace {

// Line and column of `offset` bytes into `raw`, when `raw` starts at `start`.
SourcePosition position_in(std::string_view raw, SourcePosition start, std::size_t offset) {
  if (start.line == 0) return {};
  SourcePosition p = start;
  offset = std::min(offset, raw.size());
  for (std::size_t i = 0; i < offset; ++i) {
    if (raw[i] == '\n') {
      ++p.line;
      p.column = 1;
    } else if ((static_cast<unsigned char>(raw[i]) & 0xC0) != 0x80) {
      ++p.column;
    }
  }
  return p;
}

}  // namespace

ReferenceText::ReferenceText(const Reference& ref, const SourceText* source) : ref_(ref) {
  const bool in_source = source && ref.span.end > ref.span.begin && ref.span.end <= source->size();
  if (in_source) {
    text_ = source->text().substr(ref.span.begin, ref.span.end - ref.span.begin);
    base_ = ref.span.begin;
    whole_ = ref.span;
    if (!ref.raw.empty()) {
      if (const std::size_t at = text_.find(ref.raw); at != std::string_view::npos) {
        raw_begin_ = at;
        raw_verbatim_ = true;
      }
    }
  } else {
    text_ = ref.raw;
    base_ = ref.span.begin;
    whole_ = {base_, base_ + text_.size()};
    raw_verbatim_ = !text_.empty();
  }
}

std::optional<TextRange> ReferenceText::find_range(std::string_view value, bool token) const {
  if (value.empty()) return std::nullopt;
  auto search = [&](std::size_t from) {
    return token ? checks::find_token(text_, value, from) : find_loose(text_, value, from);
  };
  if (auto r = search(raw_begin_)) return r;
  if (raw_begin_ > 0) return search(0);
  return std::nullopt;
}

SourceSpan ReferenceText::find(std::string_view value) const {
  const auto r = find_range(value);
  return r ? span(*r) : whole_;
}

SourceSpan ReferenceText::find_token(std::string_view value) const {
  const auto r = find_range(value, true);
  return r ? span(*r) : whole_;
}

SourceSpan ReferenceText::backlinks() const noexcept {
  if (!raw_verbatim_ || raw_begin_ == 0) return printed();
  const std::string_view prefix = text_.substr(0, raw_begin_);
  std::size_t caret = prefix.find('^');
  if (caret == std::string_view::npos) caret = prefix.find("\u2191");  // the arrow of es/pt/de/it skins
  if (caret == std::string_view::npos) return printed();
  std::size_t end = prefix.size();
  while (end > caret && whitespace_length(prefix, end - 1)) --end;
  while (end >= caret + 2 && prefix.substr(end - 2, 2) == "\u00A0") end -= 2;
  return span(TextRange{caret, end});
}

CheckContext::CheckContext(const SourceText* source, const CheckOptions& options, Diagnostics& out)
    : source_(source), reference_date_(effective_reference_date(options)), out_(out) {}

Diagnostic& CheckContext::report(DiagCode code, const Reference& ref, SourceSpan span,
                                 std::initializer_list<std::string_view> args,
                                 std::initializer_list<std::string_view> others) {
  Diagnostic d = make_diagnostic(code, args);
  place(d, ref, span);
  if (!ref.id.empty()) d.references.push_back(ref.id);
  for (std::string_view o : others) d.references.emplace_back(o);
  out_.add(std::move(d));
  return out_.items().back();
}

void CheckContext::place(Diagnostic& d, const Reference& ref, SourceSpan span) const {
  d.span = span;
  if (source_ && span.end <= source_->size()) {
    d.file = std::string(source_->name());
    d.position = source_->position(span.begin);
  } else {
    d.file = ref.source_name;
    d.position = span.begin >= ref.span.begin
                     ? position_in(ref.raw, ref.position, span.begin - ref.span.begin)
                     : ref.position;
  }
}

}  // namespace citelib::checks

namespace citelib::checks {

Diagnostic& CheckContext::report_in(DiagCode code, const SourceText& text, SourceSpan span,
                                    std::initializer_list<std::string_view> args,
                                    std::initializer_list<std::string_view> refs) {
  Diagnostic d = make_diagnostic(code, args);
  d.span = span;
  d.file = std::string(text.name());
  d.position = text.position(span.begin);
  for (std::string_view r : refs) d.references.emplace_back(r);
  out_.add(std::move(d));
  return out_.items().back();
}

}  // namespace citelib::checks
