#pragma once
// JSON forms of names and dates, shared by the CSL-JSON writer and other writers that embed
// CSL-JSON values.

#include <citelib/model/date.hpp>
#include <citelib/model/name.hpp>
#include <citelib/model/reference.hpp>

#include <nlohmann/json.hpp>

#include <span>

namespace citelib::detail {

nlohmann::ordered_json name_to_json(const Name& n);
nlohmann::ordered_json date_to_json(const Date& d);
nlohmann::ordered_json short_cites_to_json(std::span<const ShortCite> cites);

}  // namespace citelib::detail
