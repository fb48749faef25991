# Checks the installed public headers:
# - the expected headers are there (generated export.hpp and version.hpp included,
#   the version.hpp.in template not);
# - every #include names a standard header or another installed sayso header, so no
#   RE2 or Boost header is reachable from include/sayso;
# - every header compiles on its own with only the installed include directory.
#   -DINCLUDE_DIR=<prefix>/include -DCXX_COMPILER=... -DCXX_FLAGS=... -DWORK_DIR=...
include("${CMAKE_CURRENT_LIST_DIR}/common.cmake")
sayso_require_vars(INCLUDE_DIR CXX_COMPILER WORK_DIR)

set(errors "")
foreach(name IN ITEMS sayso.hpp document.hpp extractor.hpp json.hpp result.hpp span.hpp
                      export.hpp version.hpp)
  if(NOT EXISTS "${INCLUDE_DIR}/sayso/${name}")
    string(APPEND errors "missing header sayso/${name}\n")
  endif()
endforeach()
file(GLOB_RECURSE installed RELATIVE "${INCLUDE_DIR}" "${INCLUDE_DIR}/*")
foreach(file IN LISTS installed)
  if(NOT file MATCHES "^sayso/[a-z_]+\\.hpp$")
    string(APPEND errors "unexpected installed file include/${file}\n")
  endif()
endforeach()

file(GLOB headers "${INCLUDE_DIR}/sayso/*.hpp")
foreach(header IN LISTS headers)
  file(STRINGS "${header}" includes REGEX "^[ \t]*#[ \t]*include")
  foreach(line IN LISTS includes)
    if(line MATCHES "[<\"]([^>\"]+)[>\"]")
      set(target "${CMAKE_MATCH_1}")
    else()
      string(APPEND errors "${header}: unparsed include: ${line}\n")
      continue()
    endif()
    if(target MATCHES "^(re2|boost)/")
      string(APPEND errors "${header}: includes a private dependency: ${line}\n")
    elseif(target MATCHES "^sayso/")
      if(NOT EXISTS "${INCLUDE_DIR}/${target}")
        string(APPEND errors "${header}: includes ${target}, which is not installed\n")
      endif()
    elseif(target MATCHES "/")
      string(APPEND errors "${header}: includes a non-standard header: ${line}\n")
    endif()
  endforeach()
endforeach()
if(errors)
  message(FATAL_ERROR "${errors}")
endif()

# Each header on its own, with the installed include directory only.
separate_arguments(flags UNIX_COMMAND "${CXX_FLAGS}")
file(MAKE_DIRECTORY "${WORK_DIR}")
foreach(header IN LISTS headers)
  get_filename_component(name "${header}" NAME)
  set(tu "${WORK_DIR}/${name}.cpp")
  file(WRITE "${tu}" "#include <sayso/${name}>\n#include <sayso/${name}>\nint main() { return 0; }\n")
  sayso_run("${CXX_COMPILER}" ${flags} -std=c++20 -Wall -Wextra -Werror -fsyntax-only
            -I "${INCLUDE_DIR}" "${tu}")
endforeach()
list(LENGTH headers count)
message(STATUS "${count} installed headers are self-contained and include nothing private")
