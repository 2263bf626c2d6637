# CSL engine (issue 5): phases of rendering the generated references (compare.sh runs the
# side-by-side comparison with citeproc-js and pandoc).
add_executable(citelib-bench-csl ${CMAKE_CURRENT_LIST_DIR}/csl/engine_bench.cpp)
target_link_libraries(citelib-bench-csl PRIVATE citelib::citelib benchmark::benchmark)
target_compile_definitions(citelib-bench-csl PRIVATE
  CITELIB_CSL_GENERATOR="${CMAKE_CURRENT_LIST_DIR}/csl/generate.py")
citelib_warnings(citelib-bench-csl)
