# Runs clang-tidy over the .cpp files of one source folder with the build's compile commands;
# fails on the first finding (the project's .clang-tidy makes every warning an error).
# Run by ctest with -DCLANG_TIDY=... -DBUILD_DIR=... -DFOLDER=...
file(GLOB sources ${FOLDER}/*.cpp)
if(NOT sources)
    message(FATAL_ERROR "no sources in ${FOLDER}")
endif()
# libstdc++ 12's std::stable_sort calls its own deprecated get_temporary_buffer: not ours to fix,
# and GCC's -Werror already refuses a deprecated call of our own.
execute_process(
    COMMAND ${CLANG_TIDY} --quiet --extra-arg=-Wno-deprecated-declarations -p ${BUILD_DIR}
            ${sources}
    RESULT_VARIABLE status
    OUTPUT_VARIABLE output
    ERROR_VARIABLE errors)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "clang-tidy found problems in ${FOLDER}:\n${output}\n${errors}")
endif()
