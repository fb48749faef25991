# Builds sayso as a shared library in a sub-build of the source tree (library only:
# no tests, examples, CLI or benchmarks) and installs it into a scratch prefix.
#   -DSAYSO_SOURCE_DIR=... -DBINARY_DIR=... -DPREFIX=... plus the toolchain variables
#   of common.cmake. The sub-build is kept between runs, so a re-run only rebuilds
#   what changed.
include("${CMAKE_CURRENT_LIST_DIR}/common.cmake")
sayso_require_vars(SAYSO_SOURCE_DIR BINARY_DIR PREFIX GENERATOR CXX_COMPILER BUILD_TYPE)
sayso_toolchain_args(toolchain)
sayso_run("${CMAKE_COMMAND}" -S "${SAYSO_SOURCE_DIR}" -B "${BINARY_DIR}" ${toolchain}
          -DBUILD_SHARED_LIBS=ON -DSAYSO_BUILD_TESTS=OFF -DSAYSO_BUILD_EXAMPLES=OFF
          -DSAYSO_BUILD_CLI=OFF -DSAYSO_BUILD_BENCH=OFF -DSAYSO_BUILD_FUZZ=OFF
          -DSAYSO_INSTALL=ON)
sayso_build("${BINARY_DIR}" sayso)
sayso_install_tree("${BINARY_DIR}" "${PREFIX}")
