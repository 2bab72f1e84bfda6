# Sanitizer and fuzzing builds (tests/fuzz/README.md). Included by CMakeLists.txt before any
# target, so the flags reach every object of the build directory that asks for them:
#   -DMLROI_SANITIZE=ON   AddressSanitizer + UndefinedBehaviorSanitizer on everything (core,
#                         CLI, tests), stopping at the first report (-fno-sanitize-recover);
#                         gcc or clang. Build it in its own directory, e.g. build/asan.
#   -DMLROI_FUZZ=ON       the libFuzzer harnesses (cmake/fuzz.cmake): clang only; the core is
#                         built with coverage for the fuzzer plus ASan and UBSan. Its own
#                         directory too, e.g. build/fuzz.
option(MLROI_SANITIZE "Build everything with AddressSanitizer and UBSan" OFF)
option(MLROI_FUZZ "Build the libFuzzer harnesses in tests/fuzz (clang)" OFF)

# float-cast-overflow (a double too large for its integer type) is part of clang's
# "undefined" but not gcc's: named, so both builds check it.
set(MLROI_SANITIZER_FLAGS -fsanitize=address,undefined,float-cast-overflow
                          -fno-sanitize-recover=all -fno-omit-frame-pointer -g)
if(MLROI_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "MLROI_FUZZ needs clang (libFuzzer): configure with "
                        "-DCMAKE_CXX_COMPILER=clang++-14, got ${CMAKE_CXX_COMPILER_ID}")
  endif()
  # fuzzer-no-link: coverage for libFuzzer in every object; only the harnesses link its main.
  add_compile_options(-fsanitize=fuzzer-no-link ${MLROI_SANITIZER_FLAGS})
  add_link_options(-fsanitize=address,undefined)
elseif(MLROI_SANITIZE)
  add_compile_options(${MLROI_SANITIZER_FLAGS})
  add_link_options(-fsanitize=address,undefined)
endif()
