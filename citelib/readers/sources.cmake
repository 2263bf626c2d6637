target_sources(citelib PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/input_kind.cpp
  ${CMAKE_CURRENT_LIST_DIR}/csl_json.cpp
  ${CMAKE_CURRENT_LIST_DIR}/list/reference_list.cpp)
