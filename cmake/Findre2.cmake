# Findre2.cmake: finds RE2 and provides the imported target re2::re2.
#
# Order: an existing re2::re2 target (a parent project already has RE2), then an
# upstream re2Config.cmake, then pkg-config's re2.pc. Debian's libre2-dev ships only
# re2.pc, whose version reads 0.0.0, so no version is ever asked of it.
#
# Result variables: re2_FOUND, and the imported target re2::re2.

if(TARGET re2::re2)
  set(re2_FOUND TRUE)
  return()
endif()

# An upstream config package, if the installed RE2 has one.
find_package(re2 CONFIG QUIET NO_MODULE)
if(re2_FOUND AND TARGET re2::re2)
  return()
endif()

find_package(PkgConfig QUIET)
if(PKG_CONFIG_FOUND)
  pkg_check_modules(SAYSO_PC_RE2 QUIET IMPORTED_TARGET GLOBAL re2)
  if(SAYSO_PC_RE2_FOUND AND TARGET PkgConfig::SAYSO_PC_RE2)
    add_library(re2::re2 INTERFACE IMPORTED GLOBAL)
    set_target_properties(re2::re2 PROPERTIES
      INTERFACE_LINK_LIBRARIES PkgConfig::SAYSO_PC_RE2)
  endif()
endif()

# Last resort: the header and library on the default search paths.
if(NOT TARGET re2::re2)
  find_path(RE2_INCLUDE_DIR NAMES re2/re2.h)
  find_library(RE2_LIBRARY NAMES re2)
  if(RE2_INCLUDE_DIR AND RE2_LIBRARY)
    find_package(Threads QUIET)
    add_library(re2::re2 UNKNOWN IMPORTED GLOBAL)
    set_target_properties(re2::re2 PROPERTIES
      IMPORTED_LOCATION "${RE2_LIBRARY}"
      INTERFACE_INCLUDE_DIRECTORIES "${RE2_INCLUDE_DIR}")
    if(TARGET Threads::Threads)
      set_property(TARGET re2::re2 APPEND PROPERTY INTERFACE_LINK_LIBRARIES Threads::Threads)
    endif()
  endif()
  mark_as_advanced(RE2_INCLUDE_DIR RE2_LIBRARY)
endif()

include(FindPackageHandleStandardArgs)
set(re2_TARGET_READY FALSE)
if(TARGET re2::re2)
  set(re2_TARGET_READY TRUE)
endif()
find_package_handle_standard_args(re2 REQUIRED_VARS re2_TARGET_READY)
