# The C++ half of bench/python_bench.py.
add_executable(bench_parse_file ${CMAKE_CURRENT_LIST_DIR}/parse_file.cpp)
target_link_libraries(bench_parse_file PRIVATE citelib::citelib)
