#pragma once
// Two views of a parsed JSON value with one interface, so that the CSL-JSON item reader is
// written once: simdjson's DOM (every item, validated and parsed at memory speed) and
// nlohmann's (the few values simdjson refuses but JSON allows: integers beyond 64 bits,
// nesting deeper than simdjson's limit). Both follow nlohmann's reading of a document:
// a key given twice keeps its first place and its last value; numbers print as nlohmann
// prints them.

#include <nlohmann/json.hpp>
#include <simdjson.h>

#include <cstdint>
#include <cstring>
#include <limits>
#include <new>
#include <string>
#include <string_view>

namespace citelib::csl_json {

using ordered_json = nlohmann::ordered_json;

/// `k == name` for a literal name, compared inline: string_view's == calls compare() out of
/// line, and the reader tests each key against a few names.
template <std::size_t N>
constexpr bool key_is(std::string_view k, const char (&name)[N]) noexcept {
  return k.size() == N - 1 && std::memcmp(k.data(), name, N - 1) == 0;
}

/// A JSON number as an int, saturating (date parts, seasons and counts are small: anything
/// beyond is junk, and a plain cast of a huge double would be undefined).
inline int saturating_int(double d) noexcept {
  if (!(d == d)) return 0;
  if (d <= static_cast<double>(std::numeric_limits<int>::min())) return std::numeric_limits<int>::min();
  if (d >= static_cast<double>(std::numeric_limits<int>::max())) return std::numeric_limits<int>::max();
  return static_cast<int>(d);
}

struct NlohmannOps {
  using Value = const ordered_json*;

  static bool is_string(Value v) { return v->is_string(); }
  static bool is_object(Value v) { return v->is_object(); }
  static bool is_array(Value v) { return v->is_array(); }
  static bool is_null(Value v) { return v->is_null(); }
  static bool is_boolean(Value v) { return v->is_boolean(); }
  static bool is_number(Value v) { return v->is_number(); }
  static bool is_number_integer(Value v) { return v->is_number_integer(); }
  static bool is_number_unsigned(Value v) { return v->is_number_unsigned(); }
  static bool is_number_float(Value v) { return v->is_number_float(); }
  static std::string_view string(Value v) { return v->get_ref<const std::string&>(); }
  static bool boolean(Value v) { return v->get<bool>(); }
  static long long integer(Value v) { return v->get<long long>(); }
  static unsigned long long unsigned_integer(Value v) { return v->get<unsigned long long>(); }
  static double number(Value v) { return v->get<double>(); }
  static int to_int(Value v) { return saturating_int(v->get<double>()); }
  /// An integer that fits an int, into `out`; false for any other value.
  static bool small_int(Value v, int& out) {
    if (v->is_number_unsigned()) {
      const auto u = v->get<unsigned long long>();
      if (u > static_cast<unsigned long long>(std::numeric_limits<int>::max())) return false;
      out = static_cast<int>(u);
      return true;
    }
    if (!v->is_number_integer()) return false;
    const auto i = v->get<long long>();
    if (i < std::numeric_limits<int>::min() || i > std::numeric_limits<int>::max()) return false;
    out = static_cast<int>(i);
    return true;
  }
  static std::string dump(Value v) { return v->dump(); }
  static std::size_t size(Value v) { return v->size(); }
  static Value at(Value v, std::size_t i) { return &(*v)[i]; }
  /// The first (up to) `max` elements of array `v` into `out`; how many there were.
  static std::size_t take(Value v, Value* out, std::size_t max) {
    std::size_t n = 0;
    for (auto it = v->begin(); it != v->end() && n < max; ++it) out[n++] = &*it;
    return n;
  }
  template <class Fn>
  static void for_each_element(Value v, Fn&& fn) {
    for (const ordered_json& x : *v) fn(&x);
  }
  template <class Fn>
  static void for_each_member(Value v, Fn&& fn) {
    for (const auto& [k, x] : v->items()) fn(std::string_view(k), &x);
  }
  /// Every member in order (nlohmann keeps one per key).
  template <class Fn>
  static void for_each_pair(Value v, Fn&& fn) {
    for_each_member(v, fn);
  }
  /// Whether object `v`'s first member is `key`.
  static bool first_key_is(Value v, std::string_view key) { return !v->empty() && v->begin().key() == key; }
  static bool find(Value v, std::string_view key, Value& out) {
    auto it = v->find(key);
    if (it == v->end()) return false;
    out = &*it;
    return true;
  }
};

struct SimdjsonOps {
  using Value = simdjson::dom::element;
  using Type = simdjson::dom::element_type;

  static bool is_string(Value v) { return v.type() == Type::STRING; }
  static bool is_object(Value v) { return v.type() == Type::OBJECT; }
  static bool is_array(Value v) { return v.type() == Type::ARRAY; }
  static bool is_null(Value v) { return v.type() == Type::NULL_VALUE; }
  static bool is_boolean(Value v) { return v.type() == Type::BOOL; }
  static bool is_number(Value v) {
    const Type t = v.type();
    return t == Type::INT64 || t == Type::UINT64 || t == Type::DOUBLE;
  }
  // nlohmann's integers are signed or unsigned (both "integer"); simdjson's INT64 covers the
  // non-negative ones nlohmann calls unsigned.
  static bool is_number_integer(Value v) { return v.type() == Type::INT64 || v.type() == Type::UINT64; }
  static bool is_number_unsigned(Value v) {
    return v.type() == Type::UINT64 || (v.type() == Type::INT64 && int64(v) >= 0);
  }
  static bool is_number_float(Value v) { return v.type() == Type::DOUBLE; }
  static std::string_view string(Value v) { return v.get_string().value_unsafe(); }
  static bool boolean(Value v) { return v.get_bool().value_unsafe(); }
  // Integers only (callers check is_number_integer()).
  static long long integer(Value v) {
    if (v.type() == Type::UINT64) return static_cast<long long>(v.get_uint64().value_unsafe());
    return int64(v);
  }
  static unsigned long long unsigned_integer(Value v) {
    if (v.type() == Type::UINT64) return v.get_uint64().value_unsafe();
    return static_cast<unsigned long long>(int64(v));
  }
  static double number(Value v) {
    switch (v.type()) {
      case Type::INT64: return static_cast<double>(int64(v));
      case Type::UINT64: return static_cast<double>(v.get_uint64().value_unsafe());
      case Type::DOUBLE: return v.get_double().value_unsafe();
      case Type::BOOL: return boolean(v) ? 1.0 : 0.0;
      default: return 0.0;
    }
  }
  static int to_int(Value v) { return saturating_int(number(v)); }
  /// An integer that fits an int, into `out`; false for any other value.
  static bool small_int(Value v, int& out) {
    if (v.type() != Type::INT64) return false;
    const std::int64_t i = int64(v);
    if (i < std::numeric_limits<int>::min() || i > std::numeric_limits<int>::max()) return false;
    out = static_cast<int>(i);
    return true;
  }
  /// The value as nlohmann writes it (what the item reader keeps as JSON text).
  static ordered_json to_nlohmann(Value v) {
    switch (v.type()) {
      case Type::OBJECT: {
        ordered_json o = ordered_json::object();
        for_each_member(v, [&](std::string_view k, Value x) { o[std::string(k)] = to_nlohmann(x); });
        return o;
      }
      case Type::ARRAY: {
        ordered_json a = ordered_json::array();
        const simdjson::dom::array arr = array(v);
        for (Value x : arr) a.push_back(to_nlohmann(x));
        return a;
      }
      case Type::STRING: return ordered_json(std::string(string(v)));
      case Type::INT64: {
        const std::int64_t i = int64(v);
        if (i >= 0) return ordered_json(static_cast<std::uint64_t>(i));
        return ordered_json(i);
      }
      case Type::UINT64: return ordered_json(v.get_uint64().value_unsafe());
      case Type::DOUBLE: return ordered_json(v.get_double().value_unsafe());
      case Type::BOOL: return ordered_json(boolean(v));
      case Type::NULL_VALUE: return ordered_json(nullptr);
    }
    return ordered_json();
  }
  static std::string dump(Value v) { return to_nlohmann(v).dump(); }
  static std::size_t size(Value v) {
    if (v.type() == Type::ARRAY) return array(v).size();
    if (v.type() == Type::OBJECT) return object(v).size();
    return 1;
  }
  static Value at(Value v, std::size_t i) {
    Value x;
    return array(v).at(i).get(x) ? Value() : x;
  }
  /// The first (up to) `max` elements of array `v` into `out`, in one pass (at(i) walks the
  /// array from its start each time); how many there were.
  static std::size_t take(Value v, Value* out, std::size_t max) {
    std::size_t n = 0;
    if (max == 0) return 0;
    for (Value x : array(v)) {
      out[n++] = x;
      if (n == max) break;
    }
    return n;
  }
  template <class Fn>
  static void for_each_element(Value v, Fn&& fn) {
    const simdjson::dom::array arr = array(v);
    for (Value x : arr) fn(x);
  }
  /// Members in order; a key given twice is visited once, at its first place, with its last
  /// value (as nlohmann reads it).
  template <class Fn>
  static void for_each_member(Value v, Fn&& fn) {
    const simdjson::dom::object o = object(v);
    // One walk of the object (simdjson's iterator finds each value's end on the tape) keeps
    // the members of a small object here while the repeated-key test runs; they are then
    // visited from this copy, not walked again.
    constexpr std::size_t kInline = 32;
    MemberSlot slots[kInline];  // (left unset: only the first n are written and read)
    std::size_t n = 0;
    std::uint64_t seen = 0;
    bool collision = false;
    for (const simdjson::dom::key_value_pair kv : o) {
      if (n == kInline) return for_each_member_slow(v, o, fn);
      const std::uint64_t bit = key_bit(kv.key);
      collision |= (seen & bit) != 0;
      seen |= bit;
      new (&slots[n++].member) Member{kv.key, kv.value};
    }
    if (collision && has_repeated_key(slots, n)) return for_each_member_slow(v, o, fn);
    for (std::size_t i = 0; i < n; ++i) fn(slots[i].member.key, slots[i].member.value);
  }
  /// Every member in order, a repeated key each time it comes: a caller that keeps the last
  /// value of each key it wants reads what find() would, in one pass.
  template <class Fn>
  static void for_each_pair(Value v, Fn&& fn) {
    const simdjson::dom::object o = object(v);
    for (const simdjson::dom::key_value_pair kv : o) fn(kv.key, kv.value);
  }
  /// Whether object `v`'s first member is `key`.
  static bool first_key_is(Value v, std::string_view key) {
    const simdjson::dom::object o = object(v);
    auto it = o.begin();
    if (it == o.end()) return false;
    const std::string_view k = it.key();  // (lengths first: == calls compare() out of line)
    return k.size() == key.size() && std::memcmp(k.data(), key.data(), k.size()) == 0;
  }
  /// The last value given for `key`.
  static bool find(Value v, std::string_view key, Value& out) {
    bool found = false;
    const simdjson::dom::object o = object(v);
    for (const simdjson::dom::key_value_pair kv : o) {
      if (kv.key == key) {
        out = kv.value;
        found = true;
      }
    }
    return found;
  }

 private:
  struct Member {
    std::string_view key;
    Value value;
  };
  // Storage for a Member that a default constructor does not fill (two stores per slot
  // otherwise, for slots mostly unused).
  union MemberSlot {
    MemberSlot() noexcept {}
    Member member;
  };

  // Callers have checked the type.
  static std::int64_t int64(Value v) {
    std::int64_t i = 0;
    return v.get_int64().get(i) ? 0 : i;
  }
  static simdjson::dom::array array(Value v) {
    simdjson::dom::array a;
    if (v.get_array().get(a) != simdjson::SUCCESS) return {};
    return a;
  }
  static simdjson::dom::object object(Value v) {
    simdjson::dom::object o;
    if (v.get_object().get(o) != simdjson::SUCCESS) return {};
    return o;
  }
  // The member walk for a big object or one that repeats a key.
  template <class Fn>
  static void for_each_member_slow(Value v, const simdjson::dom::object& o, Fn& fn) {
    if (!has_repeated_key(o)) {
      for (const simdjson::dom::key_value_pair kv : o) fn(kv.key, kv.value);
      return;
    }
    std::size_t i = 0;
    for (const simdjson::dom::key_value_pair kv : o) {
      std::size_t j = 0;
      bool seen = false;
      for (const simdjson::dom::key_value_pair prev : o) {
        if (j++ >= i) break;
        if (prev.key == kv.key) { seen = true; break; }
      }
      ++i;
      if (seen) continue;
      Value last = kv.value;
      find(v, kv.key, last);
      fn(kv.key, last);
    }
  }
  // A bit of a 64-bit set per key, from its length and first and last bytes: keys are
  // compared only when two of them collide.
  static std::uint64_t key_bit(std::string_view k) noexcept {
    const unsigned h = k.empty() ? 0u
                                 : (static_cast<unsigned>(k.size()) * 31u + static_cast<unsigned char>(k.front()) * 7u +
                                    static_cast<unsigned char>(k.back()));
    return std::uint64_t{1} << (h & 63u);
  }
  static bool has_repeated_key(const MemberSlot* slots, std::size_t n) noexcept {
    for (std::size_t i = 1; i < n; ++i)
      for (std::size_t j = 0; j < i; ++j)
        if (slots[i].member.key == slots[j].member.key) return true;
    return false;
  }
  static bool has_repeated_key(const simdjson::dom::object& o) {
    std::uint64_t seen = 0;
    bool collision = false;
    for (const simdjson::dom::key_value_pair kv : o) {
      const std::uint64_t bit = key_bit(kv.key);
      if (seen & bit) collision = true;
      seen |= bit;
    }
    if (!collision) return false;
    std::size_t i = 0;
    for (const simdjson::dom::key_value_pair kv : o) {
      std::size_t j = 0;
      for (const simdjson::dom::key_value_pair prev : o) {
        if (j++ >= i) break;
        if (prev.key == kv.key) return true;
      }
      ++i;
    }
    return false;
  }
};

}  // namespace citelib::csl_json
