# Installs the build tree under test into a scratch prefix (fixture setup).
#   -DBINARY_DIR=<build tree> -DPREFIX=<scratch prefix> -DBUILD_TYPE=<config>
include("${CMAKE_CURRENT_LIST_DIR}/common.cmake")
sayso_require_vars(BINARY_DIR PREFIX)
sayso_install_tree("${BINARY_DIR}" "${PREFIX}")
