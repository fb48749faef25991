# Findre2.cmake: finds RE2 and provides the imported target re2::re2.
#
# Order: an existing re2::re2 target (a parent project already has RE2), then an
# upstream re2Config.cmake, then pkg-config's re2.pc, then the bare header and library.
# Debian's libre2-dev ships only re2.pc, whose version reads 0.0.0, so no version is
# ever asked of it.
#
# Installed beside saysoConfig.cmake and used only while that config looks for RE2.
#
# Result variables:
#   re2_FOUND     true when re2::re2 exists
#   re2_FOUND_BY  how: "target", "config", "pkg-config" or "library"
#                 (sayso's install rules use it to write sayso.pc)

if(TARGET re2::re2)
  set(re2_FOUND TRUE)
  if(NOT re2_FOUND_BY)
    set(re2_FOUND_BY "target")
  endif()
  return()
endif()

set(re2_FOUND_BY "")

# 1. An upstream config package, if the installed RE2 has one.
find_package(re2 CONFIG QUIET)
if(re2_FOUND AND TARGET re2::re2)
  set(re2_FOUND_BY "config")
  set(_re2_where "${re2_DIR}")
endif()

# 2. pkg-config's re2.pc (Debian, Ubuntu, Fedora, Homebrew).
if(NOT TARGET re2::re2)
  find_package(PkgConfig QUIET)
  if(PKG_CONFIG_FOUND)
    pkg_check_modules(SAYSO_PC_RE2 QUIET IMPORTED_TARGET GLOBAL re2)
    if(SAYSO_PC_RE2_FOUND AND TARGET PkgConfig::SAYSO_PC_RE2)
      add_library(re2::re2 INTERFACE IMPORTED GLOBAL)
      set_target_properties(re2::re2 PROPERTIES
        INTERFACE_LINK_LIBRARIES PkgConfig::SAYSO_PC_RE2)
      set(re2_FOUND_BY "pkg-config")
      set(_re2_where "pkg-config re2 (${SAYSO_PC_RE2_LINK_LIBRARIES})")
    endif()
  endif()
endif()

# 3. Last resort: the header and library on the default search paths.
if(NOT TARGET re2::re2)
  find_path(RE2_INCLUDE_DIR NAMES re2/re2.h)
  find_library(RE2_LIBRARY NAMES re2)
  mark_as_advanced(RE2_INCLUDE_DIR RE2_LIBRARY)
  if(RE2_INCLUDE_DIR AND RE2_LIBRARY)
    find_package(Threads QUIET)
    add_library(re2::re2 UNKNOWN IMPORTED GLOBAL)
    set_target_properties(re2::re2 PROPERTIES
      IMPORTED_LOCATION "${RE2_LIBRARY}"
      INTERFACE_INCLUDE_DIRECTORIES "${RE2_INCLUDE_DIR}")
    if(TARGET Threads::Threads)
      set_property(TARGET re2::re2 APPEND PROPERTY INTERFACE_LINK_LIBRARIES Threads::Threads)
    endif()
    set(re2_FOUND_BY "library")
    set(_re2_where "${RE2_LIBRARY}")
  endif()
endif()

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(re2
  REQUIRED_VARS _re2_where re2_FOUND_BY
  REASON_FAILURE_MESSAGE "no re2Config.cmake, no re2.pc and no libre2 found (Debian: apt-get install libre2-dev)")
unset(_re2_where)
