# Runs clang-format (style: the root .clang-format) in place over the project's own C++
# sources. Run through the `format` target: cmake --build build --target format
# The list is made when the target runs, so new files are included without re-configuring;
# build folders and generated code are never touched (only these source folders are read).
if(NOT CLANG_FORMAT OR NOT SOURCE_DIR)
    message(FATAL_ERROR "usage: cmake -DCLANG_FORMAT=<program> -DSOURCE_DIR=<repo> -P Format.cmake")
endif()

set(patterns)
foreach(folder IN ITEMS app bench core resources tests ui)
    foreach(extension IN ITEMS cpp h)
        list(APPEND patterns "${SOURCE_DIR}/${folder}/*.${extension}")
    endforeach()
endforeach()
file(GLOB_RECURSE sources LIST_DIRECTORIES false ${patterns})
list(SORT sources)
list(LENGTH sources count)
message(STATUS "clang-format: ${count} files")

execute_process(COMMAND "${CLANG_FORMAT}" -i --style=file ${sources}
                WORKING_DIRECTORY "${SOURCE_DIR}"
                RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "clang-format failed (${result})")
endif()
