# The reference-list reader's scoring tool: citelib-score-corpus DIR... prints per-field
# precision/recall/F1 against gold annotations (the [corpus] test uses the same scorer).
add_executable(citelib-score-corpus ${CMAKE_CURRENT_SOURCE_DIR}/tools/score_corpus.cpp)
target_link_libraries(citelib-score-corpus PRIVATE citelib-test-support nlohmann_json::nlohmann_json fmt::fmt)
citelib_warnings(citelib-score-corpus)
