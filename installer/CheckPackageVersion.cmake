# ctest package_version_matches_program: the version the packages carry (CPackConfig.cmake)
# is the one `cchc-inspector --version` prints.
#   cmake -DPROGRAM=<cchc-inspector> -DCPACK_CONFIG=<build>/CPackConfig.cmake -P this file
include("${CPACK_CONFIG}")
execute_process(COMMAND "${PROGRAM}" --version
    OUTPUT_VARIABLE printed OUTPUT_STRIP_TRAILING_WHITESPACE RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "${PROGRAM} --version failed (${result})")
endif()
set(package_version "${CPACK_PACKAGE_VERSION}")
if(CPACK_DEBIAN_PACKAGE_VERSION)
    set(package_version "${CPACK_DEBIAN_PACKAGE_VERSION}")
endif()
if(NOT printed STREQUAL "cchc-inspector ${package_version}")
    message(FATAL_ERROR
        "--version prints '${printed}' but the package version is '${package_version}'")
endif()
message(STATUS "package and program agree: ${package_version}")
