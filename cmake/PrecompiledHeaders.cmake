# Precompiled headers. Most files parse the same Qt headers, which is most of a cold Debug build's time
# (and two cold builds are most of CI's time): parsed once per target instead. A test reuses the headers
# of the first test in its folder with the same libraries (GCC only: clang refuses a precompiled header whose macros
# differ from the file's, and each test defines its own paths). SALON_PCH=OFF builds without them, which
# also shows a file that does not include what it uses.
option(SALON_PCH "Precompile the Qt headers most files include" ON)

set(SALON_PCH_base
    <QCoreApplication> <QDateTime> <QHash> <QJsonArray> <QJsonDocument> <QJsonObject> <QList> <QObject>
    <QPointer> <QSet> <QString> <QStringList> <QTimeZone> <QTimer> <QVariant> <algorithm> <functional>
    <memory> <optional>)
set(SALON_PCH_core ${SALON_PCH_base} <QSqlDatabase> <QSqlQuery>)
set(SALON_PCH_widgets ${SALON_PCH_core}
    <QAbstractItemModel> <QApplication> <QHBoxLayout> <QLabel> <QPushButton> <QVBoxLayout> <QWidget>)
set(SALON_PCH_test <QSignalSpy> <QTemporaryDir> <QTest>)

# salon_precompile(TARGET base|core|widgets): the target's own precompiled headers.
function(salon_precompile target kind)
    if(SALON_PCH)
        target_precompile_headers(${target} PRIVATE ${SALON_PCH_${kind}})
    endif()
endfunction()

# salon_precompile_test(TARGET LIBS...): the tests of a folder share one precompiled header per set of
# libraries.
function(salon_precompile_test target)
    if(NOT SALON_PCH OR NOT CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
        return()
    endif()
    # Qt Test defines QT_TESTCASE_BUILDDIR per folder, and the header uses it: one header per folder too.
    set(libs ${ARGN})
    list(SORT libs)
    string(MD5 key "${CMAKE_CURRENT_SOURCE_DIR};${libs}")
    string(SUBSTRING ${key} 0 8 key)
    get_property(owner GLOBAL PROPERTY salon_test_pch_${key})
    if(owner)
        target_precompile_headers(${target} REUSE_FROM ${owner})
        return()
    endif()
    set(kind core)
    if(salon_ui IN_LIST libs)
        set(kind widgets)
    endif()
    target_precompile_headers(${target} PRIVATE ${SALON_PCH_${kind}} ${SALON_PCH_test})
    set_property(GLOBAL PROPERTY salon_test_pch_${key} ${target})
endfunction()
