# Builds a program with the flags pkg-config gives for the installed sayso, then runs it.
#   -DPKGCONFIG_DIR=<prefix>/<libdir>/pkgconfig -DPREFIX=<prefix> -DSTATIC=ON|OFF
#   -DSOURCE=<main.cpp> -DWORK_DIR=... -DCXX_COMPILER=... -DCXX_FLAGS=...
#   -DEXE_LINKER_FLAGS=...
# or, instead of SOURCE, -DREADME=<README.md>: the README's first ```cpp block is the
#   program, and its output must hold a JSON result (so the README's example stays true).
include("${CMAKE_CURRENT_LIST_DIR}/common.cmake")
sayso_require_vars(PKGCONFIG_DIR PREFIX WORK_DIR CXX_COMPILER)
file(MAKE_DIRECTORY "${WORK_DIR}")
if(README)
  file(READ "${README}" readme)
  string(FIND "${readme}" "```cpp\n" begin)
  if(begin LESS 0)
    message(FATAL_ERROR "${README} has no ```cpp block")
  endif()
  math(EXPR begin "${begin} + 7")
  string(SUBSTRING "${readme}" ${begin} -1 rest)
  string(FIND "${rest}" "```" end)
  string(SUBSTRING "${rest}" 0 ${end} code)
  set(SOURCE "${WORK_DIR}/readme_example.cpp")
  file(WRITE "${SOURCE}" "${code}")
endif()
sayso_require_vars(SOURCE)
find_program(PKG_CONFIG_EXECUTABLE NAMES pkg-config pkgconf REQUIRED)

set(ENV{PKG_CONFIG_PATH} "${PKGCONFIG_DIR}")
# A static libsayso brings its private dependencies only with --static.
set(mode "")
if(STATIC)
  set(mode --static)
endif()
execute_process(
  COMMAND "${PKG_CONFIG_EXECUTABLE}" ${mode} --cflags --libs sayso
  OUTPUT_VARIABLE pc_flags OUTPUT_STRIP_TRAILING_WHITESPACE
  RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "pkg-config ${mode} --cflags --libs sayso failed (${rc})")
endif()
message(STATUS "pkg-config ${mode} --cflags --libs sayso: ${pc_flags}")

execute_process(
  COMMAND "${PKG_CONFIG_EXECUTABLE}" --variable=libdir sayso
  OUTPUT_VARIABLE libdir OUTPUT_STRIP_TRAILING_WHITESPACE)
file(REAL_PATH "${libdir}" libdir)
file(REAL_PATH "${PREFIX}" real_prefix)
string(FIND "${libdir}" "${real_prefix}/" at)
if(NOT at EQUAL 0)
  message(FATAL_ERROR "sayso.pc's libdir ${libdir} is not under the prefix ${PREFIX}")
endif()
if(STATIC AND NOT pc_flags MATCHES "-DSAYSO_STATIC_DEFINE")
  message(FATAL_ERROR "a static sayso.pc must define SAYSO_STATIC_DEFINE")
endif()

separate_arguments(pc_args UNIX_COMMAND "${pc_flags}")
separate_arguments(cxx_args UNIX_COMMAND "${CXX_FLAGS} ${EXE_LINKER_FLAGS}")
set(program "${WORK_DIR}/pkgconfig_consumer")
file(REMOVE "${program}")
sayso_run("${CXX_COMPILER}" ${cxx_args} -std=c++20 -Wall -Wextra -Werror "${SOURCE}"
          -o "${program}" ${pc_args} "-Wl,-rpath,${libdir}")
if(README)
  execute_process(COMMAND "${program}" OUTPUT_VARIABLE out RESULT_VARIABLE rc)
  message(STATUS "${out}")
  if(NOT rc EQUAL 0 OR NOT out MATCHES "\\{\"schemaVersion\":\"1\",")
    message(FATAL_ERROR "the README's example failed (${rc}) or printed no JSON result")
  endif()
else()
  sayso_run("${program}")
endif()
