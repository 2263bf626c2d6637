# Validation (issue 4): one rule family per file; context.cpp locates text, checks.cpp runs them.
target_sources(citelib PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/checks.cpp
  ${CMAKE_CURRENT_LIST_DIR}/context.cpp
  ${CMAKE_CURRENT_LIST_DIR}/locate.cpp
  ${CMAKE_CURRENT_LIST_DIR}/date_text.cpp
  ${CMAKE_CURRENT_LIST_DIR}/date_rules.cpp
  ${CMAKE_CURRENT_LIST_DIR}/number_rules.cpp
  ${CMAKE_CURRENT_LIST_DIR}/identifiers.cpp
  ${CMAKE_CURRENT_LIST_DIR}/language_rules.cpp
  ${CMAKE_CURRENT_LIST_DIR}/language_guess.cpp
  ${CMAKE_CURRENT_LIST_DIR}/balance_rules.cpp
  ${CMAKE_CURRENT_LIST_DIR}/encoding_rules.cpp
  ${CMAKE_CURRENT_LIST_DIR}/required_rules.cpp
  ${CMAKE_CURRENT_LIST_DIR}/placement_rules.cpp
  ${CMAKE_CURRENT_LIST_DIR}/list_rules.cpp
  ${CMAKE_CURRENT_LIST_DIR}/duplicate_keys.cpp
  ${CMAKE_CURRENT_LIST_DIR}/duplicate_rules.cpp
  ${CMAKE_CURRENT_LIST_DIR}/markers.cpp
  ${CMAKE_CURRENT_LIST_DIR}/body_rules.cpp
  ${CMAKE_CURRENT_LIST_DIR}/report.cpp)
