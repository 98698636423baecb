# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DLUPDATE=<lupdate> -DSOURCES_FILE=<file listing the sources> -DTS_DIR=<translations/>
#       -DWORK=<scratch dir> -P check_lupdate.cmake
#
# Issue 7's check that nothing is left untranslated: lupdate, run on the
# sources with the build's options, must add no string to any catalogue (a
# string added to the code without `update_translations` and a translation
# would otherwise slip through), nor drop one. The catalogues are copied first;
# the ones in the source tree are never written.
file(STRINGS "${SOURCES_FILE}" sources)
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
set(failures)
foreach(lang fr ar en)
    set(original "${TS_DIR}/tbib_${lang}.ts")
    set(copy "${WORK}/tbib_${lang}.ts")
    file(COPY_FILE "${original}" "${copy}")
    set(options -no-obsolete -locations none)
    if(lang STREQUAL "en")
        list(APPEND options -pluralonly) # English is the source language
    endif()
    execute_process(COMMAND "${LUPDATE}" ${options} ${sources} -ts "${copy}"
        RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "lupdate failed on ${lang}: ${err}")
    endif()
    string(REGEX MATCH "\\(([0-9]+) new and ([0-9]+) already existing\\)" counts "${out}")
    message(STATUS "tbib_${lang}.ts: ${counts}")
    file(READ "${original}" before)
    file(READ "${copy}" after)
    if(NOT before STREQUAL after)
        list(APPEND failures "tbib_${lang}.ts ${counts}")
    endif()
endforeach()
if(failures)
    message(FATAL_ERROR "lupdate changes the catalogues: ${failures}. Run the update_translations target and translate what it adds.")
endif()
