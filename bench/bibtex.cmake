# Throughput of the .bib writers and reader (library only); bench/bibtex_compare.py compares
# whole conversions with pandoc and citation-js.
add_executable(citelib-bench-bibtex ${CMAKE_CURRENT_LIST_DIR}/bench_bibtex.cpp)
target_link_libraries(citelib-bench-bibtex PRIVATE citelib::citelib benchmark::benchmark)
target_compile_definitions(citelib-bench-bibtex PRIVATE
  BENCH_DEFAULT_REFS="${CMAKE_CURRENT_LIST_DIR}/out/refs-100000.json")
citelib_warnings(citelib-bench-bibtex)
