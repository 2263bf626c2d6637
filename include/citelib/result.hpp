#pragma once
// Result<T>: a value or an Error. Used by entry points that can fail as a whole (a file that
// cannot be read, a style that is not XML). Recoverable problems go to a Diagnostics sink.

#include <citelib/diagnostic.hpp>

#include <stdexcept>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace citelib {

/// Why an operation failed as a whole: a one-line summary plus every diagnostic collected.
struct Error {
  std::string message;
  std::vector<Diagnostic> diagnostics;
};

/// Either a T or an Error; accessing the wrong alternative is a programmer error (throws).
template <class T>
class Result {
 public:
  Result(T value) : v_(std::move(value)) {}                  // NOLINT(google-explicit-constructor)
  Result(Error error) : v_(std::move(error)) {}              // NOLINT(google-explicit-constructor)

  /// True when the operation succeeded.
  bool ok() const noexcept { return v_.index() == 0; }
  explicit operator bool() const noexcept { return ok(); }

  /// The value; throws std::logic_error when the result is an error.
  T& value() & { check(); return std::get<0>(v_); }
  const T& value() const& { check(); return std::get<0>(v_); }
  T&& value() && { check(); return std::get<0>(std::move(v_)); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

  /// The error; throws std::logic_error when the result holds a value.
  const Error& error() const {
    if (ok()) throw std::logic_error("citelib::Result: error() on a value");
    return std::get<1>(v_);
  }

 private:
  void check() const {
    if (!ok()) throw std::logic_error("citelib::Result: value() on an error: " + std::get<1>(v_).message);
  }
  std::variant<T, Error> v_;
};

}  // namespace citelib
