# Configures, builds and runs a consumer project (project/ or subdir/).
#   -DPROJECT_DIR=<consumer source> -DBINARY_DIR=<its build dir>
#   -DPREFIX=<installed sayso>      for find_package(sayso): the package must be found
#                                   there and nowhere else
#   -DSAYSO_SOURCE_DIR=<sayso src>  for add_subdirectory()
#   -DEXPECTED_VERSION=<x.y.z>      the version find_package(sayso) asks for
#   -DFRESH=ON                      start from an empty build dir
#   plus the toolchain variables of common.cmake.
include("${CMAKE_CURRENT_LIST_DIR}/common.cmake")
sayso_require_vars(PROJECT_DIR BINARY_DIR GENERATOR CXX_COMPILER BUILD_TYPE)
sayso_toolchain_args(args)
if(FRESH)
  file(REMOVE_RECURSE "${BINARY_DIR}")
endif()
if(PREFIX)
  list(APPEND args "-DCMAKE_PREFIX_PATH=${PREFIX}")
endif()
if(EXPECTED_VERSION)
  list(APPEND args "-DSAYSO_EXPECTED_VERSION=${EXPECTED_VERSION}")
endif()
if(SAYSO_SOURCE_DIR)
  list(APPEND args "-DSAYSO_SOURCE_DIR=${SAYSO_SOURCE_DIR}")
endif()
sayso_run("${CMAKE_COMMAND}" -S "${PROJECT_DIR}" -B "${BINARY_DIR}" ${args}
          -DCMAKE_EXPORT_COMPILE_COMMANDS=ON)

if(PREFIX)
  # The package came from the prefix under test, not from a system install.
  file(STRINGS "${BINARY_DIR}/CMakeCache.txt" sayso_dir REGEX "^sayso_DIR:")
  string(REGEX REPLACE "^[^=]*=" "" sayso_dir "${sayso_dir}")
  file(REAL_PATH "${PREFIX}" real_prefix)
  file(REAL_PATH "${sayso_dir}" real_sayso_dir)
  string(FIND "${real_sayso_dir}" "${real_prefix}/" at)
  if(NOT at EQUAL 0)
    message(FATAL_ERROR "sayso was found in ${sayso_dir}, not under ${PREFIX}")
  endif()
endif()

sayso_build("${BINARY_DIR}" sayso_consumer)

# The consumer's own compile line carries no RE2 or Boost flags: they stay private.
file(READ "${BINARY_DIR}/compile_commands.json" commands)
string(REGEX MATCH "\"command\": \"[^\"]*main\\.cpp[^\"]*\"" main_command "${commands}")
if(main_command STREQUAL "")
  message(FATAL_ERROR "no compile command for main.cpp in compile_commands.json")
endif()
string(TOLOWER "${main_command}" lowered)
if(lowered MATCHES "re2|boost")
  message(FATAL_ERROR "RE2 or Boost leaked into the consumer's compile line: ${main_command}")
endif()

find_program(consumer NAMES sayso_consumer PATHS "${BINARY_DIR}" "${BINARY_DIR}/${BUILD_TYPE}"
             NO_DEFAULT_PATH NO_CACHE)
if(NOT consumer)
  message(FATAL_ERROR "sayso_consumer was not built in ${BINARY_DIR}")
endif()
sayso_run("${consumer}")
