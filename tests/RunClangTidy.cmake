# Runs clang-tidy over the .cpp files of one source folder with the build's compile flags; fails
# on the first finding (the project's .clang-tidy makes every warning an error).
cmake_policy(VERSION 3.25)
# Run by ctest with -DCLANG_TIDY=... -DCONFIG=<.clang-tidy> -DBUILD_DIR=... -DFOLDER=...
#
# The folder is checked as one translation unit that includes each of its .cpp files. Checked
# one by one, each file had Qt's and the standard library's headers parsed and matched again:
# about 10 s a file, four fifths of CI's time. As one unit they are parsed once, and a folder
# takes 10 to 30 s. What that costs:
#  - two files of a folder cannot give the same name to different things in their anonymous
#    namespaces (this run then fails with "redefinition of"): name each for what it is;
#  - misc-unused-using-decls looks only at the main file, the unit, so it is left to runs on
#    single files (`clang-tidy-19 -p build/dev FILE`); bugprone-suspicious-include would flag
#    the unit's own includes of .cpp files.
file(GLOB sources ${FOLDER}/*.cpp)
if(NOT sources)
    message(FATAL_ERROR "no sources in ${FOLDER}")
endif()

# Each file's command, as the build wrote it (still JSON-escaped, and written back as it is).
# All files of a folder belong to one target, so their flags must be the same.
file(STRINGS ${BUILD_DIR}/compile_commands.json commands REGEX "^  \"command\": ")
set(flags "")
set(covered 0)
foreach(line IN LISTS commands)
    if(NOT line MATCHES " -c ([^ ]+)\",$")
        continue()
    endif()
    set(source "${CMAKE_MATCH_1}")
    if(NOT source IN_LIST sources)
        continue()
    endif()
    string(REGEX REPLACE " -o [^ ]+ -c [^ ]+\",$" "" these "${line}")
    if(flags STREQUAL "")
        set(flags "${these}")
    elseif(NOT these STREQUAL flags)
        message(FATAL_ERROR "${source} is not built with the same flags as the rest of ${FOLDER}; "
                            "one folder, one target")
    endif()
    math(EXPR covered "${covered} + 1")
endforeach()
list(LENGTH sources count)
if(NOT covered EQUAL count)
    message(FATAL_ERROR "${covered} of the ${count} files of ${FOLDER} are in "
                        "${BUILD_DIR}/compile_commands.json: is each one in a target?")
endif()

string(MAKE_C_IDENTIFIER "${FOLDER}" name)
set(unit_dir ${BUILD_DIR}/tidy/${name})
set(unit ${unit_dir}/unit.cpp)
set(includes "")
foreach(source IN LISTS sources)
    string(APPEND includes "#include \"${source}\"\n")
endforeach()
file(WRITE ${unit} "${includes}")
file(WRITE ${unit_dir}/compile_commands.json
     "[{\n  \"directory\": \"${BUILD_DIR}\",\n${flags} -c ${unit}\",\n  \"file\": \"${unit}\"\n}]\n")

# libstdc++ 12's std::stable_sort calls its own deprecated get_temporary_buffer: not ours to fix,
# and GCC's -Werror already refuses a deprecated call of our own.
execute_process(
    COMMAND ${CLANG_TIDY} --quiet --config-file=${CONFIG} --extra-arg=-Wno-deprecated-declarations
            --checks=-misc-unused-using-decls,-bugprone-suspicious-include -p ${unit_dir} ${unit}
    RESULT_VARIABLE status
    OUTPUT_VARIABLE output
    ERROR_VARIABLE errors)
if(NOT status EQUAL 0)
    set(hint "")
    if(output MATCHES "redefinition of")
        string(CONCAT hint "\nThe files of a folder are checked as one unit: give each name in "
                           "an anonymous namespace a name of its own within the folder.")
    endif()
    message(FATAL_ERROR "clang-tidy found problems in ${FOLDER}:\n${output}\n${errors}${hint}")
endif()
