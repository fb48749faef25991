# Helpers shared by the consumer-test scripts (run with `cmake -P`).
#
# The calling test passes the toolchain of the build under test, so that the consumer
# is compiled as the library was (a sanitizer build needs the same -fsanitize flags):
#   GENERATOR, MAKE_PROGRAM, CXX_COMPILER, CXX_FLAGS, BUILD_TYPE, EXE_LINKER_FLAGS,
#   SHARED_LINKER_FLAGS

# Fails the script unless every named variable is set.
function(sayso_require_vars)
  foreach(var IN LISTS ARGN)
    if(NOT DEFINED ${var} OR "${${var}}" STREQUAL "")
      message(FATAL_ERROR "${CMAKE_CURRENT_LIST_FILE}: -D${var}=... is required")
    endif()
  endforeach()
endfunction()

# Runs a command, echoing it; any non-zero exit fails the script.
function(sayso_run)
  string(REPLACE ";" " " shown "${ARGN}")
  message(STATUS "$ ${shown}")
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "failed (${rc}): ${shown}")
  endif()
endfunction()

# The -G/-D arguments that configure a project with the toolchain under test.
function(sayso_toolchain_args out)
  set(args "-G" "${GENERATOR}" "-DCMAKE_BUILD_TYPE=${BUILD_TYPE}"
      "-DCMAKE_CXX_COMPILER=${CXX_COMPILER}" "-DCMAKE_CXX_FLAGS=${CXX_FLAGS}"
      "-DCMAKE_EXE_LINKER_FLAGS=${EXE_LINKER_FLAGS}"
      "-DCMAKE_SHARED_LINKER_FLAGS=${SHARED_LINKER_FLAGS}"
      "-DCMAKE_FIND_USE_PACKAGE_REGISTRY=OFF")
  if(MAKE_PROGRAM)
    list(APPEND args "-DCMAKE_MAKE_PROGRAM=${MAKE_PROGRAM}")
  endif()
  set(${out} "${args}" PARENT_SCOPE)
endfunction()

# Builds `target` (or everything) in a configured tree with two jobs.
function(sayso_build binary_dir)
  set(target_args "")
  if(ARGC GREATER 1)
    set(target_args --target ${ARGV1})
  endif()
  sayso_run("${CMAKE_COMMAND}" --build "${binary_dir}" --config "${BUILD_TYPE}"
            --parallel 2 ${target_args})
endfunction()

# Installs the sayso components of a built tree into `prefix`, emptied first.
function(sayso_install_tree binary_dir prefix)
  file(REMOVE_RECURSE "${prefix}")
  foreach(component IN ITEMS sayso_runtime sayso_development)
    sayso_run("${CMAKE_COMMAND}" --install "${binary_dir}" --config "${BUILD_TYPE}"
              --prefix "${prefix}" --component ${component})
  endforeach()
endfunction()
