#pragma once
// Builds a numbered reference list in memory together with the References a reader would
// produce from it (raw text and span set), so checks can be tested without the reader.

#include <citelib/model/reference.hpp>
#include <citelib/source.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace citelib::test {

class ReferenceListBuilder {
 public:
  /// Appends "N. ^ <raw>" (or "N. ^ a b <raw>" with `backlinks` > 1) and returns the new
  /// reference, id N, raw and span set. The reference stays valid until the next add().
  Reference& add(std::string_view raw, int backlinks = 1) {
    Reference r;
    r.id = std::to_string(refs_.size() + 1);
    std::string prefix = r.id + ". ^ ";
    for (int i = 0; i < backlinks && backlinks > 1; ++i) prefix += std::string(1, static_cast<char>('a' + i)) + " ";
    const std::size_t begin = text_.size();
    text_ += prefix;
    text_ += raw;
    text_ += '\n';
    r.raw = std::string(raw);
    r.backlinks = backlinks;
    r.span = {begin, begin + prefix.size() + raw.size()};
    r.source_name = "refs.txt";
    refs_.push_back(std::move(r));
    return refs_.back();
  }
  /// The list text, with the spans of every reference valid in it.
  SourceText source() const { return SourceText("refs.txt", text_); }
  std::vector<Reference>& references() { return refs_; }

 private:
  std::string text_;
  std::vector<Reference> refs_;
};

}  // namespace citelib::test
