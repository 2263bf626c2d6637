#include "readers/chunked_input.hpp"
#include <algorithm>

namespace citelib::detail {

namespace {

class HeldReferences final : public ChunkedInput {
 public:
  explicit HeldReferences(std::vector<Reference> refs) : refs_(std::move(refs)) {}
  std::size_t size() const noexcept override { return refs_.size(); }
  void read_into(std::size_t begin, std::size_t end, ReferenceSlots& out, Diagnostics&) const override {
    end = std::min(end, refs_.size());
    if (begin < end) out.reserve(end - begin);
    for (std::size_t i = begin; i < end; ++i) out.next() = refs_[i];
  }

 private:
  std::vector<Reference> refs_;
};

}  // namespace

std::unique_ptr<ChunkedInput> hold_references(std::vector<Reference> references) {
  return std::make_unique<HeldReferences>(std::move(references));
}

}  // namespace citelib::detail
