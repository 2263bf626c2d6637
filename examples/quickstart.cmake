add_executable(example_quickstart ${CMAKE_CURRENT_LIST_DIR}/quickstart.cpp)
target_link_libraries(example_quickstart PRIVATE citelib::citelib)
