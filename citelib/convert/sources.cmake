target_sources(citelib PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/converter.cpp
  ${CMAKE_CURRENT_LIST_DIR}/pipeline.cpp)
