# SaysoInstall: install rules, the CMake package (find_package(sayso)) and sayso.pc.
#
# Installed layout (relative to the prefix):
#   include/sayso/*.hpp                  public headers, plus the generated export.hpp
#                                        and version.hpp
#   <libdir>/libsayso.{a,so*}            the library
#   <libdir>/cmake/sayso/                saysoConfig.cmake, saysoConfigVersion.cmake,
#                                        saysoTargets*.cmake and Findre2.cmake (used by
#                                        the config to find RE2, never exported further)
#   <libdir>/pkgconfig/sayso.pc          for pkg-config
#
# Components: `sayso_runtime` (the shared library) and `sayso_development` (everything
# else), so `cmake --install <build> --component sayso_development` works on a tree in
# which only the library was built.
include(CMakePackageConfigHelpers)

set(SAYSO_INSTALL_CMAKEDIR "${CMAKE_INSTALL_LIBDIR}/cmake/sayso"
    CACHE STRING "Where saysoConfig.cmake is installed, relative to the prefix")
set(SAYSO_INSTALL_PKGCONFIGDIR "${CMAKE_INSTALL_LIBDIR}/pkgconfig"
    CACHE STRING "Where sayso.pc is installed, relative to the prefix")
mark_as_advanced(SAYSO_INSTALL_CMAKEDIR SAYSO_INSTALL_PKGCONFIGDIR)

# --- The library and its headers --------------------------------------------------
install(TARGETS sayso
  EXPORT saysoTargets
  ARCHIVE DESTINATION "${CMAKE_INSTALL_LIBDIR}" COMPONENT sayso_development
  LIBRARY DESTINATION "${CMAKE_INSTALL_LIBDIR}" COMPONENT sayso_runtime
          NAMELINK_COMPONENT sayso_development
  RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}" COMPONENT sayso_runtime)
# (The include directory is already the target's INSTALL_INTERFACE; see src/.)

install(DIRECTORY "${PROJECT_SOURCE_DIR}/include/sayso"
  DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}"
  COMPONENT sayso_development
  FILES_MATCHING PATTERN "*.hpp")
install(FILES
    "${PROJECT_BINARY_DIR}/include/sayso/export.hpp"
    "${PROJECT_BINARY_DIR}/include/sayso/version.hpp"
  DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}/sayso"
  COMPONENT sayso_development)

# --- CMake package ------------------------------------------------------------------
install(EXPORT saysoTargets
  NAMESPACE sayso::
  DESTINATION "${SAYSO_INSTALL_CMAKEDIR}"
  COMPONENT sayso_development)

# Does the library link Threads::Threads? Then the config must find Threads too.
get_target_property(_sayso_link_libraries sayso LINK_LIBRARIES)
set(SAYSO_CONFIG_NEEDS_THREADS OFF)
if(_sayso_link_libraries MATCHES "Threads::Threads")
  set(SAYSO_CONFIG_NEEDS_THREADS ON)
endif()
unset(_sayso_link_libraries)

configure_package_config_file(
  "${PROJECT_SOURCE_DIR}/cmake/saysoConfig.cmake.in"
  "${PROJECT_BINARY_DIR}/saysoConfig.cmake"
  INSTALL_DESTINATION "${SAYSO_INSTALL_CMAKEDIR}")
write_basic_package_version_file(
  "${PROJECT_BINARY_DIR}/saysoConfigVersion.cmake"
  VERSION "${PROJECT_VERSION}"
  COMPATIBILITY SameMajorVersion)
install(FILES
    "${PROJECT_BINARY_DIR}/saysoConfig.cmake"
    "${PROJECT_BINARY_DIR}/saysoConfigVersion.cmake"
    "${PROJECT_SOURCE_DIR}/cmake/Findre2.cmake"
  DESTINATION "${SAYSO_INSTALL_CMAKEDIR}"
  COMPONENT sayso_development)

# --- pkg-config -----------------------------------------------------------------------
# The prefix is found from the .pc file's own place, so the file stays right for any
# `cmake --install --prefix` and for DESTDIR staging.
if(IS_ABSOLUTE "${SAYSO_INSTALL_PKGCONFIGDIR}")
  set(SAYSO_PC_PREFIX "${CMAKE_INSTALL_PREFIX}")
else()
  file(RELATIVE_PATH _sayso_pc_up "/prefix/${SAYSO_INSTALL_PKGCONFIGDIR}" "/prefix")
  string(REGEX REPLACE "/$" "" _sayso_pc_up "${_sayso_pc_up}")
  set(SAYSO_PC_PREFIX "\${pcfiledir}/${_sayso_pc_up}")
  unset(_sayso_pc_up)
endif()
foreach(_dir IN ITEMS LIBDIR INCLUDEDIR)
  if(IS_ABSOLUTE "${CMAKE_INSTALL_${_dir}}")
    set(SAYSO_PC_${_dir} "${CMAKE_INSTALL_${_dir}}")
  else()
    set(SAYSO_PC_${_dir} "\${prefix}/${CMAKE_INSTALL_${_dir}}")
  endif()
endforeach()

# A static libsayso needs RE2 at link time (`pkg-config --static --libs sayso`) and
# SAYSO_STATIC_DEFINE when compiling (the export header, as the CMake target does).
set(SAYSO_PC_CFLAGS "")
set(SAYSO_PC_PRIVATE "")
if(NOT BUILD_SHARED_LIBS)
  set(SAYSO_PC_CFLAGS " -DSAYSO_STATIC_DEFINE")
  if(re2_FOUND_BY STREQUAL "pkg-config")
    set(SAYSO_PC_PRIVATE "Requires.private: re2\n")
  else()
    set(SAYSO_PC_PRIVATE "Libs.private: -lre2 -pthread\n")
  endif()
endif()
configure_file("${PROJECT_SOURCE_DIR}/cmake/sayso.pc.in"
               "${PROJECT_BINARY_DIR}/sayso.pc" @ONLY)
install(FILES "${PROJECT_BINARY_DIR}/sayso.pc"
  DESTINATION "${SAYSO_INSTALL_PKGCONFIGDIR}"
  COMPONENT sayso_development)
