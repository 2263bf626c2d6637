#include "readers/chunked_input.hpp"
#include <algorithm>

namespace citelib::detail {

namespace {

class HeldReferences final : public ChunkedInput {
 public:
  explicit HeldReferences(std::vector<Reference> refs) : refs_(std::move(refs)) {}
  std::size_t size() const noexcept override { return refs_.size(); }
  void read(std::size_t begin, std::size_t end, std::vector<Reference>& out, Diagnostics&) const override {
    end = std::min(end, refs_.size());
    if (begin < end) out.insert(out.end(), refs_.begin() + static_cast<std::ptrdiff_t>(begin),
                                refs_.begin() + static_cast<std::ptrdiff_t>(end));
  }

 private:
  std::vector<Reference> refs_;
};

}  // namespace

std::unique_ptr<ChunkedInput> hold_references(std::vector<Reference> references) {
  return std::make_unique<HeldReferences>(std::move(references));
}

}  // namespace citelib::detail
