# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DREADELF=... -DPROBE=<binary> -DMODULES=<Qt modules> [-DOTHERS=<binary>;...]
#       [-DFORBIDDEN=<Qt modules>] -P check_needed.cmake
#
# The "layering" tests (DESIGN §1: tbib_core links Qt Core and Sql only;
# tbib_server adds Network and HttpServer, never Widgets). PROBE links one
# library and nothing else, with --no-as-needed, so its NEEDED entries are the
# whole of that library's link line. It must need every Qt library in MODULES
# (so the test cannot pass on an empty or unreadable binary) and no Qt library
# outside MODULES. OTHERS are further binaries that must need none of the Qt
# modules in FORBIDDEN.

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

if(NOT MODULES)
    message(FATAL_ERROR "layering: no MODULES given")
endif()
list(JOIN MODULES "|" allowed)
list(JOIN MODULES ", " pretty)
set(errors)

needed_of("${PROBE}" probe_libs)
message(STATUS "${PROBE} needs: ${probe_libs}")
foreach(module IN LISTS MODULES)
    if(NOT probe_libs MATCHES "(^|;)libQt6${module}\\.so")
        list(APPEND errors "${PROBE} does not need libQt6${module}: the link line lost Qt6::${module}")
    endif()
endforeach()
foreach(lib IN LISTS probe_libs)
    if(lib MATCHES "^libQt6" AND NOT lib MATCHES "^libQt6(${allowed})\\.so")
        list(APPEND errors "${PROBE} needs ${lib}, outside its layer (Qt ${pretty})")
    endif()
endforeach()

foreach(binary IN LISTS OTHERS)
    needed_of("${binary}" libs)
    message(STATUS "${binary} needs: ${libs}")
    foreach(lib IN LISTS libs)
        foreach(module IN LISTS FORBIDDEN)
            if(lib MATCHES "^libQt6${module}\\.so")
                list(APPEND errors "${binary} needs ${lib}, a module outside its layer")
            endif()
        endforeach()
    endforeach()
endforeach()

if(errors)
    list(JOIN errors "\n  " text)
    message(FATAL_ERROR "layering violated:\n  ${text}")
endif()
message(STATUS "layering: ${PROBE} needs Qt ${pretty} and no other Qt module")
