# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DREADELF=... -DPROBE=<binary> [-DOTHERS=<binary>;...] -P check_needed.cmake
#
# The "layering" test (DESIGN §1: tbib_core links Qt6::Core and Qt6::Sql only).
# PROBE links only tbib_core, with --no-as-needed: its NEEDED entries are the
# whole of core's link line. It must need libQt6Core and libQt6Sql (so the test
# cannot pass on an empty or unreadable binary) and no other Qt library.
# OTHERS are binaries that also link only tbib_core (plus Qt Test) and must not
# need any module of an upper layer.

set(forbidden Gui Widgets Network HttpServer OpenGL OpenGLWidgets Quick Qml WebSockets)

function(needed_of binary out)
    if(NOT EXISTS "${binary}")
        message(FATAL_ERROR "layering: ${binary} does not exist (build it first)")
    endif()
    execute_process(COMMAND "${READELF}" -d "${binary}"
        OUTPUT_VARIABLE dynamic RESULT_VARIABLE rc ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "layering: ${READELF} -d ${binary} failed: ${err}")
    endif()
    string(REGEX MATCHALL "\\(NEEDED\\)[^\n]*\\[[^]\n]+\\]" lines "${dynamic}")
    set(libs)
    foreach(line IN LISTS lines)
        string(REGEX REPLACE ".*\\[([^]]+)\\].*" "\\1" lib "${line}")
        list(APPEND libs "${lib}")
    endforeach()
    set(${out} "${libs}" PARENT_SCOPE)
endfunction()

set(errors)

needed_of("${PROBE}" probe_libs)
message(STATUS "${PROBE} needs: ${probe_libs}")
foreach(module Core Sql)
    if(NOT probe_libs MATCHES "(^|;)libQt6${module}\\.so")
        list(APPEND errors "${PROBE} does not need libQt6${module}: tbib_core's link line lost Qt6::${module}")
    endif()
endforeach()
foreach(lib IN LISTS probe_libs)
    if(lib MATCHES "^libQt6" AND NOT lib MATCHES "^libQt6(Core|Sql)\\.so")
        list(APPEND errors "${PROBE} needs ${lib}: tbib_core links a Qt module other than Core and Sql")
    endif()
endforeach()

foreach(binary IN LISTS OTHERS)
    needed_of("${binary}" libs)
    message(STATUS "${binary} needs: ${libs}")
    foreach(lib IN LISTS libs)
        foreach(module IN LISTS forbidden)
            if(lib MATCHES "^libQt6${module}\\.so")
                list(APPEND errors "${binary} needs ${lib}, a module above core")
            endif()
        endforeach()
    endforeach()
endforeach()

if(errors)
    list(JOIN errors "\n  " text)
    message(FATAL_ERROR "layering violated:\n  ${text}")
endif()
message(STATUS "layering: tbib_core needs Qt Core and Sql only")
