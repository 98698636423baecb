# SPDX-License-Identifier: GPL-3.0-or-later
# The CTest test fuzz_api_smoke (see CMakeLists.txt beside this file):
#   cmake -DFUZZER=… -DCORPUS=… -DREGRESSIONS=… -DDICT=… -DWORK=… -DSECONDS=… -P smoke.cmake

file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}/corpus" "${WORK}/artifacts")

# 1. Every input that once failed must pass now (each file run once).
file(GLOB regressions LIST_DIRECTORIES false "${REGRESSIONS}/*")
list(FILTER regressions EXCLUDE REGEX "/README[^/]*$")
if(regressions)
    list(LENGTH regressions count)
    message(STATUS "replaying ${count} regression input(s)")
    execute_process(COMMAND "${FUZZER}" -rss_limit_mb=2048 -artifact_prefix=${WORK}/artifacts/ ${regressions}
                    RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "a regression input fails again (exit ${rc})")
    endif()
endif()

# 2. Fuzz for a bounded time, from a copy of the seed corpus.
file(GLOB seeds LIST_DIRECTORIES false "${CORPUS}/*")
file(COPY ${seeds} DESTINATION "${WORK}/corpus")
execute_process(COMMAND "${FUZZER}" -max_total_time=${SECONDS} -rss_limit_mb=2048 -timeout=25
                        -dict=${DICT} -artifact_prefix=${WORK}/artifacts/ -print_final_stats=1
                        "${WORK}/corpus"
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    file(GLOB found "${WORK}/artifacts/*")
    message(FATAL_ERROR "fuzz_api failed (exit ${rc}); reproducer(s): ${found}\n"
                        "replay one with: ${FUZZER} <file>")
endif()
