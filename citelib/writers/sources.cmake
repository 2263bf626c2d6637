target_sources(citelib PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/csl_json.cpp
  ${CMAKE_CURRENT_LIST_DIR}/diagnostics_json.cpp)
