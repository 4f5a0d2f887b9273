# The build id of webtruong (generator/version/build_info.hpp), in script mode:
#   cmake -DSOURCE_DIR=<checkout> -DCONFIG_FILE=<build>/generated/build_config.txt
#         -DVERSION=0.1.0 -DOUTPUT=<build>/generated/build_info.cpp -P build_id.cmake
# A SHA-256 over CONFIG_FILE (compiler, flags, options, library versions) and
# the path and content of every source file of generator/ and plugins/ and of
# the top CMakeLists.txt; the first 16 hex digits are the id. OUTPUT is
# written from build_info.cpp.in only when its text changes, so a build where
# nothing changed recompiles nothing. Paths are relative to SOURCE_DIR and no
# time is used: the same sources and configuration give the same id anywhere.
foreach(var SOURCE_DIR CONFIG_FILE VERSION OUTPUT)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "build_id.cmake: -D${var}=... is required")
  endif()
endforeach()

set(patterns)
foreach(dir generator plugins)
  foreach(ext cpp hpp h in cmake txt)
    list(APPEND patterns "${SOURCE_DIR}/${dir}/*.${ext}")
  endforeach()
endforeach()
file(GLOB_RECURSE files LIST_DIRECTORIES false RELATIVE "${SOURCE_DIR}" ${patterns})
list(APPEND files CMakeLists.txt)
list(SORT files)

file(READ "${CONFIG_FILE}" manifest)
foreach(f IN LISTS files)
  file(SHA256 "${SOURCE_DIR}/${f}" sum)
  string(APPEND manifest "${sum}  ${f}\n")
endforeach()
string(SHA256 sum "${manifest}")
string(SUBSTRING "${sum}" 0 16 WT_BUILD_ID)

# The commit, for people: only when SOURCE_DIR is itself the top of a git work tree.
set(WT_GIT "")
find_program(GIT_EXECUTABLE git)
if(GIT_EXECUTABLE)
  execute_process(COMMAND "${GIT_EXECUTABLE}" -C "${SOURCE_DIR}" rev-parse --show-toplevel
                  OUTPUT_VARIABLE top OUTPUT_STRIP_TRAILING_WHITESPACE RESULT_VARIABLE rc ERROR_QUIET)
  if(rc EQUAL 0)
    file(REAL_PATH "${top}" top)
    file(REAL_PATH "${SOURCE_DIR}" src)
    if(top STREQUAL src)
      execute_process(COMMAND "${GIT_EXECUTABLE}" -C "${SOURCE_DIR}" describe --always --dirty --abbrev=12
                      OUTPUT_VARIABLE WT_GIT OUTPUT_STRIP_TRAILING_WHITESPACE RESULT_VARIABLE rc ERROR_QUIET)
      if(NOT rc EQUAL 0)
        set(WT_GIT "")
      endif()
    endif()
  endif()
endif()

set(WT_VERSION "${VERSION}")
configure_file("${CMAKE_CURRENT_LIST_DIR}/build_info.cpp.in" "${OUTPUT}" @ONLY)
