# Fuzz targets replayed over their seed corpora (tests/fuzz/corpus/<target>/), as ctest tests
# in every build; in the sanitizer build this is where ASan/UBSan see hostile inputs.
foreach(target reference_list csl_json checks bibtex csl_style)
  add_executable(replay_${target} ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/fuzz_${target}.cpp
                                  ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/replay_main.cpp)
  target_link_libraries(replay_${target} PRIVATE citelib::citelib)
  add_test(NAME fuzz-replay-${target}
           COMMAND replay_${target} ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/corpus/${target})
  set_tests_properties(fuzz-replay-${target} PROPERTIES LABELS "sanitize")
endforeach()
# fuzz_csl_json also compares the splitter's one scan with its two halves (an internal header).
target_include_directories(replay_csl_json PRIVATE ${PROJECT_SOURCE_DIR}/citelib)
