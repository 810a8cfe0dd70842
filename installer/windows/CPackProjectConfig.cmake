# Read by cpack once per generator (CPACK_PROJECT_CONFIG_FILE). WiX 3 writes the .msi in a
# Western code page that cannot hold Vietnamese letters and stops with an error, so the .msi
# uses the English names; the NSIS installer keeps the Vietnamese ones.
if(CPACK_GENERATOR STREQUAL "WIX")
    set(CPACK_PACKAGE_EXECUTABLES "cchc-inspector" "CCHC Inspector")
    set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "CCHC Inspector: administrative-reform inspection")
    set(CPACK_PACKAGE_DESCRIPTION "")
endif()
