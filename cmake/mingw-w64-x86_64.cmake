# Cross-compiling for 64-bit Windows with Debian's mingw-w64 (posix thread model, which Qt
# needs for std::thread). CCHC_WINKIT is the kit folder made by scripts/windows-kit.sh.
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)
set(CMAKE_C_COMPILER x86_64-w64-mingw32-gcc-posix)
set(CMAKE_CXX_COMPILER x86_64-w64-mingw32-g++-posix)
set(CMAKE_RC_COMPILER x86_64-w64-mingw32-windres)
# The toolchain file is read again by try_compile; pass the kit folder along.
list(APPEND CMAKE_TRY_COMPILE_PLATFORM_VARIABLES CCHC_WINKIT)
if(NOT CCHC_WINKIT AND DEFINED ENV{CCHC_WINKIT})
    set(CCHC_WINKIT "$ENV{CCHC_WINKIT}")
endif()
set(CMAKE_FIND_ROOT_PATH /usr/x86_64-w64-mingw32 ${CCHC_WINKIT} ${CCHC_WINKIT}/qt6)
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
