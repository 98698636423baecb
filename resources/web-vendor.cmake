# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DSRC=... -DDST=... -P web-vendor.cmake
# Copies FullCalendar's global bundle for embedding, minus one rule: the
# @font-face of its icon font "fcicons", a data: URL that the server's
# Content-Security-Policy refuses (font-src falls back to default-src 'self'),
# so that every page load logged a CSP violation. The wizard draws the two
# chevrons it uses with text instead (app.css). Nothing else is changed.
file(READ "${SRC}" js)
set(rule "@font-face{font-family:fcicons;[^}]*}")
string(REGEX MATCH "${rule}" found "${js}")
if(found STREQUAL "")
    message(FATAL_ERROR "${SRC}: no @font-face rule for fcicons; "
                        "check resources/web-vendor.cmake against this FullCalendar version.")
endif()
string(REGEX REPLACE "${rule}" "" js "${js}")
string(FIND "${js}" "fcicons;src" left)
if(NOT left EQUAL -1)
    message(FATAL_ERROR "${SRC}: the fcicons @font-face rule is still there after the edit.")
endif()
file(WRITE "${DST}" "${js}")
