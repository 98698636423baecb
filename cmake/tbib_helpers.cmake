# SPDX-License-Identifier: GPL-3.0-or-later
# tbib_add_test(NAME tst_x SOURCES tst_x.cpp LIBS tbib_core [ENV K=V ...])
# One Qt Test executable registered with CTest; runs on the offscreen platform.
# BOTH_ENGINES: the suite touches the database; it is registered twice, on
# SQLite files and, as NAME_postgresql (label "postgresql"), on PostgreSQL
# (tests/core/testdatabase.h: it needs TBIB_TEST_POSTGRES at run time, which
# ./test.sh sets after starting a throw-away cluster).
function(tbib_add_test)
    cmake_parse_arguments(T "BOTH_ENGINES" "NAME" "SOURCES;LIBS;ENV" ${ARGN})
    qt_add_executable(${T_NAME} ${T_SOURCES})
    target_link_libraries(${T_NAME} PRIVATE Qt6::Test tbib_options ${T_LIBS})
    # Test tables are full of string literals: let literals (only literals)
    # convert to QString in tests.
    target_compile_options(${T_NAME} PRIVATE -UQT_NO_CAST_FROM_ASCII)
    target_compile_definitions(${T_NAME} PRIVATE QT_RESTRICTED_CAST_FROM_ASCII)
    add_test(NAME ${T_NAME} COMMAND ${T_NAME})
    set_tests_properties(${T_NAME} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;${T_ENV}"
        TIMEOUT 600)
    if(T_BOTH_ENGINES)
        add_test(NAME ${T_NAME}_postgresql COMMAND ${T_NAME})
        set_tests_properties(${T_NAME}_postgresql PROPERTIES
            ENVIRONMENT "QT_QPA_PLATFORM=offscreen;TBIB_TEST_ENGINE=postgresql;${T_ENV}"
            LABELS postgresql
            TIMEOUT 600)
    endif()
endfunction()

# Fails the configure step when a target links anything outside its allowed list
# (DESIGN §1: core = Qt Core + Sql only; server never Widgets). The ctest
# "layering" test checks the same on the linked binaries.
function(tbib_allow_links target)
    get_target_property(libs ${target} LINK_LIBRARIES)
    foreach(lib ${libs})
        string(REGEX REPLACE "^\\$<LINK_ONLY:(.*)>$" "\\1" lib "${lib}")
        if(NOT lib IN_LIST ARGN)
            message(FATAL_ERROR "${target} links ${lib}, outside its layer (allowed: ${ARGN})")
        endif()
    endforeach()
endfunction()
