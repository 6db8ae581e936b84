# Runs the test executables as a clone of Relais alone runs them: with no reference data beside
# it. Every test must pass or say it was skipped; none may fail for want of ../shared.
#   -DEXECUTABLES=a;b;c -DWORK_DIR=dir -DREFERENCE_DIR=../shared/data
# Where there is no reference data to hide (a clean clone, CI), the suite itself just ran that
# way: running every executable a second time would prove nothing more and cost minutes.
if(NOT EXISTS "${REFERENCE_DIR}")
    message(STATUS "RELAIS-SKIPPED: no reference data at ${REFERENCE_DIR}; the suite ran without it")
    return()
endif()
file(MAKE_DIRECTORY ${WORK_DIR})
set(skipped_total 0)
foreach(exe IN LISTS EXECUTABLES)
    get_filename_component(name ${exe} NAME)
    execute_process(
        COMMAND ${CMAKE_COMMAND} -E env RELAIS_REFERENCE_DATA=${WORK_DIR}/no-shared-data
                QT_QPA_PLATFORM=offscreen ${exe}
        RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
    string(REGEX MATCHALL "RELAIS-SKIPPED:" skips "${out}")
    list(LENGTH skips count)
    math(EXPR skipped_total "${skipped_total} + ${count}")
    if(NOT result EQUAL 0)
        file(WRITE ${WORK_DIR}/${name}.log "${out}\n${err}")
        message(FATAL_ERROR "${name} fails without the reference data (exit ${result}); "
                            "its output is in ${WORK_DIR}/${name}.log")
    endif()
    message(STATUS "${name}: passed without the reference data, ${count} tests skipped")
endforeach()
if(skipped_total EQUAL 0)
    message(FATAL_ERROR "No test said it was skipped: is the reference data really hidden?")
endif()
