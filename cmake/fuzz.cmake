# The libFuzzer harnesses (tests/fuzz/): included by CMakeLists.txt after the core library.
# Only with -DMLROI_FUZZ=ON (cmake/sanitize.cmake sets the flags); run by tests/fuzz/run.sh.
if(NOT MLROI_FUZZ)
  return()
endif()
# Comparison tracing (trace-cmp) lets libFuzzer solve the reader's checks (field names,
# ranges); in the numeric engine it only slows each analysis (about 40% of its time) without
# guiding anything, so there the coverage counters stay and the tracing goes.
set(MLROI_FUZZ_READER_SOURCES scenario json_fields fields catalog describe_value)
foreach(source IN LISTS MLROI_CORE_SOURCES)
  get_filename_component(name ${source} NAME_WE)
  if(NOT name IN_LIST MLROI_FUZZ_READER_SOURCES)
    set_property(SOURCE ${source} APPEND PROPERTY COMPILE_OPTIONS -fno-sanitize-coverage=trace-cmp)
  endif()
endforeach()

foreach(fuzzer IN ITEMS fuzz_scenario fuzz_analysis)
  add_executable(${fuzzer} ${CMAKE_SOURCE_DIR}/tests/fuzz/${fuzzer}.cpp)
  target_link_libraries(${fuzzer} PRIVATE mlroi_core)
  target_compile_options(${fuzzer} PRIVATE ${MLROI_WARNINGS})
  target_link_options(${fuzzer} PRIVATE -fsanitize=fuzzer)
  set_target_properties(${fuzzer} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR})
endforeach()
add_custom_target(fuzzers DEPENDS fuzz_scenario fuzz_analysis)
