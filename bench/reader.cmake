# Reader throughput: references per second and MB/s on a large list built from the corpus.
add_executable(bench_reader ${CMAKE_CURRENT_SOURCE_DIR}/bench_reader.cpp)
target_link_libraries(bench_reader PRIVATE citelib::citelib benchmark::benchmark)
target_compile_definitions(bench_reader PRIVATE
  CITELIB_SHARED_DIR="${PROJECT_SOURCE_DIR}/../shared"
  CITELIB_EXAMPLES_DIR="${PROJECT_SOURCE_DIR}/examples")
citelib_warnings(bench_reader)
