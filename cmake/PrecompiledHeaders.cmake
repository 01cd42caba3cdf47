# Precompiled headers. Most files of the libraries parse the same Qt headers, which is most of a cold Debug
# build's time (and two cold builds are most of CI's time): parsed once per library instead. The tests do
# without: each has one or two files, and sharing a header between them cost more than it saved (Qt Test
# defines QT_TESTCASE_BUILDDIR per folder and each test its own paths, so GCC needs one header per folder
# and set of definitions, and every small generated moc file would load it). SALON_PCH=OFF builds without
# them, which also shows a file that does not include what it uses.
option(SALON_PCH "Precompile the Qt headers most files include" ON)

set(SALON_PCH_base
    <QCoreApplication> <QDateTime> <QHash> <QJsonArray> <QJsonDocument> <QJsonObject> <QList> <QObject>
    <QPointer> <QSet> <QString> <QStringList> <QTimeZone> <QTimer> <QVariant> <algorithm> <functional>
    <memory> <optional>)
set(SALON_PCH_core ${SALON_PCH_base} <QSqlDatabase> <QSqlQuery>)
set(SALON_PCH_widgets ${SALON_PCH_core}
    <QAbstractItemModel> <QApplication> <QHBoxLayout> <QLabel> <QPushButton> <QVBoxLayout> <QWidget>)

# salon_precompile(TARGET base|core|widgets): the target's own precompiled headers.
function(salon_precompile target kind)
    if(SALON_PCH)
        target_precompile_headers(${target} PRIVATE ${SALON_PCH_${kind}})
    endif()
endfunction()
