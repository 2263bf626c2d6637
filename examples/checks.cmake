# check_list: the library calls behind `citelib check` (docs/diagnostics.md).
add_executable(check_list ${CMAKE_CURRENT_LIST_DIR}/check_list.cpp)
target_link_libraries(check_list PRIVATE citelib::citelib)
citelib_warnings(check_list)
if(CITELIB_BUILD_TESTS)
  # Exit status 0: the seed has warnings (an unused reference, a duplicate) but no error.
  add_test(NAME example-check-list
           COMMAND check_list ${CMAKE_CURRENT_LIST_DIR}/north-korea-peru/north-korea-peru.txt
                   ${CMAKE_CURRENT_LIST_DIR}/north-korea-peru/north-korea-peru.body.txt)
  set_tests_properties(example-check-list PROPERTIES LABELS "unit")
endif()
