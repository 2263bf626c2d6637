# CITELIB_SANITIZE=ON builds everything with AddressSanitizer + UndefinedBehaviorSanitizer,
# with UBSan made fatal so a test run cannot pass over undefined behaviour.
option(CITELIB_SANITIZE "Build with ASan+UBSan" OFF)
if(CITELIB_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
  add_link_options(-fsanitize=address,undefined)
endif()
