# Fails when the French translation lacks a string of the sources, keeps one they no longer have,
# or leaves one unfinished: French users would otherwise see English or stale text.
# Run by ctest with -DLUPDATE=... -DSOURCE_DIR=... -DWORK_DIR=...
file(MAKE_DIRECTORY ${WORK_DIR})
set(committed ${SOURCE_DIR}/translations/relais_fr.ts)
set(copy ${WORK_DIR}/relais_fr.ts)
configure_file(${committed} ${copy} COPYONLY)
execute_process(
    COMMAND ${LUPDATE} -silent -no-obsolete -locations none core ui app -ts ${copy}
    WORKING_DIRECTORY ${SOURCE_DIR}
    RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "lupdate failed")
endif()
file(READ ${committed} before)
file(READ ${copy} after)
string(REGEX MATCHALL "type=\"(unfinished|vanished|obsolete)\"" bad "${before}")
list(LENGTH bad badCount)
if(NOT before STREQUAL after)
    message(FATAL_ERROR "translations/relais_fr.ts is out of date with the sources: run "
                        "`cmake --build --preset dev --target update_translations`, translate, commit.")
endif()
if(badCount GREATER 0)
    message(FATAL_ERROR "translations/relais_fr.ts has ${badCount} unfinished or obsolete strings.")
endif()
# French typography: one apostrophe, the typographic one, in everything a user reads.
string(REGEX MATCHALL "<(translation[^>]*|numerusform)>[^<]*&apos;[^<]*</" straight "${before}")
list(LENGTH straight straightCount)
if(straightCount GREATER 0)
    list(GET straight 0 example)
    message(FATAL_ERROR "translations/relais_fr.ts has ${straightCount} translations with a straight "
                        "apostrophe (use ’), e.g. ${example}")
endif()
message(STATUS "relais_fr.ts is complete")
