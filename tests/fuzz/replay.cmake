# Included by tests/CMakeLists.txt after wt_test_area(audit_fuzz_regressions):
# compiles the fuzz targets' sources into test_audit_fuzz_regressions without
# libFuzzer, each entry point renamed wt_fuzz_<target>, and with WT_FUZZ_REPLAY
# (a failed invariant throws instead of trapping). See docs/fuzzing.md.
if(TARGET test_audit_fuzz_regressions)
  foreach(t robots sitemap url dates html fast_tree yaml front_matter markdown schema csv xlsx)
    set(src "${CMAKE_SOURCE_DIR}/tests/fuzz/fuzz_${t}.cpp")
    target_sources(test_audit_fuzz_regressions PRIVATE "${src}")
    set_source_files_properties("${src}" PROPERTIES COMPILE_DEFINITIONS "LLVMFuzzerTestOneInput=wt_fuzz_${t}")
  endforeach()
  find_package(ZLIB REQUIRED)
  target_compile_definitions(test_audit_fuzz_regressions PRIVATE WT_FUZZ_REPLAY
    WT_FUZZ_DIR="${CMAKE_SOURCE_DIR}/tests/fuzz")
  target_include_directories(test_audit_fuzz_regressions PRIVATE "${CMAKE_SOURCE_DIR}/tests/fuzz")
  target_link_libraries(test_audit_fuzz_regressions PRIVATE ZLIB::ZLIB wt_content wt_markdown wt_data wt_importer)
  set_source_files_properties("${CMAKE_SOURCE_DIR}/tests/fuzz/fuzz_schema.cpp" PROPERTIES COMPILE_DEFINITIONS
    "LLVMFuzzerTestOneInput=wt_fuzz_schema;WT_FUZZ_SCHEMAS_DIR=\"${CMAKE_SOURCE_DIR}/schemas\"")
endif()
