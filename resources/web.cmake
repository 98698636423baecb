# SPDX-License-Identifier: GPL-3.0-or-later
# The booking wizard (DESIGN §8), embedded into tbib_server under :/web/.
#
# FullCalendar comes from npm, pinned by package-lock.json at the repository
# root: `npm ci` runs in the source directory whenever package-lock.json is
# newer than node_modules/.package-lock.json (the first build, or after the
# lock file changed); afterwards the build is offline. Its bundle and the
# locales the wizard speaks (fr, ar-ma, en-gb, concatenated) are copied into
# the build tree and embedded as :/web/vendor/fullcalendar.min.js and
# :/web/vendor/fullcalendar-locales.min.js (web-vendor.cmake drops the bundle's
# icon-font rule, which the page's CSP would refuse). No CDN is used anywhere.
#
# Included at the end of server/CMakeLists.txt (so in that directory's scope,
# where the tbib_server target lives).

find_program(TBIB_NPM NAMES npm)
if(NOT TBIB_NPM)
    message(FATAL_ERROR
        "npm was not found. The booking wizard embeds FullCalendar, installed by "
        "`npm ci` from package-lock.json at build time. Install Node.js and npm "
        "(Debian 12: `apt-get install nodejs npm`; a NodeSource nodejs package "
        "already contains npm), or pass -DTBIB_NPM=/path/to/npm.")
endif()

set(_tbib_web_src ${PROJECT_SOURCE_DIR}/resources/web)
set(_tbib_node_modules ${PROJECT_SOURCE_DIR}/node_modules)
set(_tbib_npm_stamp ${_tbib_node_modules}/.package-lock.json)
set(_tbib_fc_bundle ${_tbib_node_modules}/fullcalendar/index.global.min.js)
set(_tbib_fc_locales)
foreach(locale fr ar-ma en-gb)
    list(APPEND _tbib_fc_locales ${_tbib_node_modules}/@fullcalendar/core/locales/${locale}.global.min.js)
endforeach()

# npm ci: the lock file is the input, npm's own hidden lock file the output
# (npm writes it last, with the time of the install).
add_custom_command(
    OUTPUT ${_tbib_npm_stamp}
    BYPRODUCTS ${_tbib_fc_bundle} ${_tbib_fc_locales}
    COMMAND ${TBIB_NPM} ci --ignore-scripts --no-audit --no-fund
    COMMAND ${CMAKE_COMMAND} -E touch ${_tbib_npm_stamp}
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
    DEPENDS ${PROJECT_SOURCE_DIR}/package-lock.json ${PROJECT_SOURCE_DIR}/package.json
    COMMENT "npm ci: FullCalendar and playwright-core from package-lock.json"
    VERBATIM)

set(_tbib_vendor ${CMAKE_CURRENT_BINARY_DIR}/web/vendor)
add_custom_command(
    OUTPUT ${_tbib_vendor}/fullcalendar.min.js ${_tbib_vendor}/fullcalendar-locales.min.js
    COMMAND ${CMAKE_COMMAND} -E make_directory ${_tbib_vendor}
    COMMAND ${CMAKE_COMMAND} -DSRC=${_tbib_fc_bundle} -DDST=${_tbib_vendor}/fullcalendar.min.js
            -P ${PROJECT_SOURCE_DIR}/resources/web-vendor.cmake
    COMMAND ${CMAKE_COMMAND} -E cat ${_tbib_fc_locales} > ${_tbib_vendor}/fullcalendar-locales.min.js
    DEPENDS ${_tbib_npm_stamp} ${PROJECT_SOURCE_DIR}/resources/web-vendor.cmake
    COMMENT "Copying FullCalendar into the web resources"
    VERBATIM)
# A named target so that other directories (tests/e2e) can depend on npm ci.
add_custom_target(tbib_npm_modules DEPENDS ${_tbib_npm_stamp}
    ${_tbib_vendor}/fullcalendar.min.js ${_tbib_vendor}/fullcalendar-locales.min.js)

# Our own files, as listed in the manifest the server reads (one name a line).
set(_tbib_web_files index.html app.js app.css icon.svg)
set(_tbib_web_resources ${_tbib_web_src}/manifest)
set_source_files_properties(${_tbib_web_src}/manifest PROPERTIES QT_RESOURCE_ALIAS manifest)
foreach(f IN LISTS _tbib_web_files)
    list(APPEND _tbib_web_resources ${_tbib_web_src}/${f})
    set_source_files_properties(${_tbib_web_src}/${f} PROPERTIES QT_RESOURCE_ALIAS ${f})
endforeach()
foreach(f fullcalendar.min.js fullcalendar-locales.min.js)
    list(APPEND _tbib_web_resources ${_tbib_vendor}/${f})
    set_source_files_properties(${_tbib_vendor}/${f} PROPERTIES
        QT_RESOURCE_ALIAS vendor/${f} GENERATED TRUE)
endforeach()

qt_add_resources(tbib_server tbib_web
    PREFIX /web
    FILES ${_tbib_web_resources})
add_dependencies(tbib_server tbib_npm_modules)

unset(_tbib_web_src)
unset(_tbib_web_files)
unset(_tbib_web_resources)
