target_sources(citelib PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/vocab.cpp
  ${CMAKE_CURRENT_LIST_DIR}/reference.cpp
  ${CMAKE_CURRENT_LIST_DIR}/name.cpp
  ${CMAKE_CURRENT_LIST_DIR}/date.cpp
  ${CMAKE_CURRENT_LIST_DIR}/date_words.cpp
  ${CMAKE_CURRENT_LIST_DIR}/date_words/en.cpp
  ${CMAKE_CURRENT_LIST_DIR}/date_words/es.cpp
  ${CMAKE_CURRENT_LIST_DIR}/date_words/pt.cpp
  ${CMAKE_CURRENT_LIST_DIR}/date_words/de.cpp
  ${CMAKE_CURRENT_LIST_DIR}/date_words/fr.cpp
  ${CMAKE_CURRENT_LIST_DIR}/date_words/it.cpp
  ${CMAKE_CURRENT_LIST_DIR}/date_words/ru.cpp
  ${CMAKE_CURRENT_LIST_DIR}/date_parse.cpp
  ${CMAKE_CURRENT_LIST_DIR}/date_edtf.cpp
  ${CMAKE_CURRENT_LIST_DIR}/page_range.cpp)
