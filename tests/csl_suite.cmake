# The CSL processor test suite (ctest label csl-suite): every fixture of
# ../shared/csl-test-suite/fixtures against tests/csl_suite/expected_failures.txt.
add_executable(citelib-csl-suite ${CMAKE_CURRENT_SOURCE_DIR}/csl_suite/runner.cpp)
target_link_libraries(citelib-csl-suite PRIVATE citelib::citelib)
citelib_warnings(citelib-csl-suite)
add_test(NAME csl-suite COMMAND citelib-csl-suite ${PROJECT_SOURCE_DIR}/../shared/csl-test-suite/fixtures
         ${CMAKE_CURRENT_SOURCE_DIR}/csl_suite/expected_failures.txt)
set_tests_properties(csl-suite PROPERTIES LABELS "csl-suite" SKIP_RETURN_CODE 77)
