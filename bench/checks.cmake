# Validation (issue 4): checking a 100,000-reference list against parsing it.
add_executable(citelib-bench-checks ${CMAKE_CURRENT_LIST_DIR}/checks_bench.cpp)
target_link_libraries(citelib-bench-checks PRIVATE citelib::citelib benchmark::benchmark)
target_compile_definitions(citelib-bench-checks PRIVATE
  CITELIB_SEED_LIST="${PROJECT_SOURCE_DIR}/examples/north-korea-peru/north-korea-peru.txt"
  CITELIB_SHARED_CORPUS="${PROJECT_SOURCE_DIR}/../shared/corpus/wikipedia")
citelib_warnings(citelib-bench-checks)
