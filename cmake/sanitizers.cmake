# CITELIB_SANITIZE=ON builds everything with AddressSanitizer + UndefinedBehaviorSanitizer,
# with UBSan made fatal so a test run cannot pass over undefined behaviour.
option(CITELIB_SANITIZE "Build with ASan+UBSan" OFF)
if(CITELIB_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
  add_link_options(-fsanitize=address,undefined)
endif()

# CITELIB_SANITIZE_THREAD=ON builds with ThreadSanitizer instead (it cannot be combined with
# ASan): for the parallel conversion pipeline, e.g. `citelib convert big.json --jobs 4`.
option(CITELIB_SANITIZE_THREAD "Build with TSan" OFF)
if(CITELIB_SANITIZE_THREAD)
  if(CITELIB_SANITIZE)
    message(FATAL_ERROR "CITELIB_SANITIZE and CITELIB_SANITIZE_THREAD cannot be combined")
  endif()
  add_compile_options(-fsanitize=thread -fno-omit-frame-pointer)
  add_link_options(-fsanitize=thread)
endif()
