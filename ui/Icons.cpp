#include "Icons.h"

namespace salon::ui
{

QIcon Icons::themed(const QString& themeName, const QString& bundledName)
{
    QIcon fallback;
    fallback.addFile(QStringLiteral(":/icons/%1.png").arg(bundledName));
    fallback.addFile(QStringLiteral(":/icons/%1@2x.png").arg(bundledName));
    return QIcon::fromTheme(themeName, fallback);
}

QIcon Icons::app()
{
    return themed(QStringLiteral("salon-admin"), QStringLiteral("salon-admin"));
}
QIcon Icons::add()
{
    return themed(QStringLiteral("list-add"), QStringLiteral("add"));
}
QIcon Icons::edit()
{
    return themed(QStringLiteral("document-edit"), QStringLiteral("edit"));
}
QIcon Icons::remove()
{
    return themed(QStringLiteral("edit-delete"), QStringLiteral("delete"));
}
QIcon Icons::exportCsv()
{
    return themed(QStringLiteral("document-export"), QStringLiteral("export"));
}
QIcon Icons::refresh()
{
    return themed(QStringLiteral("view-refresh"), QStringLiteral("refresh"));
}
QIcon Icons::settings()
{
    return themed(QStringLiteral("preferences-system"), QStringLiteral("settings"));
}
QIcon Icons::search()
{
    return themed(QStringLiteral("edit-find"), QStringLiteral("search"));
}
QIcon Icons::services()
{
    return themed(QStringLiteral("view-list-details"), QStringLiteral("services"));
}
QIcon Icons::segments()
{
    return themed(QStringLiteral("view-list-tree"), QStringLiteral("segments"));
}
QIcon Icons::staff()
{
    return themed(QStringLiteral("system-users"), QStringLiteral("staff"));
}
QIcon Icons::eventMap()
{
    return themed(QStringLiteral("x-office-address-book"), QStringLiteral("eventmap"));
}
QIcon Icons::appointments()
{
    return themed(QStringLiteral("x-office-calendar"), QStringLiteral("appointments"));
}
QIcon Icons::phases()
{
    return themed(QStringLiteral("view-calendar-list"), QStringLiteral("phases"));
}
QIcon Icons::warning()
{
    return themed(QStringLiteral("dialog-warning"), QStringLiteral("warning"));
}
QIcon Icons::error()
{
    return themed(QStringLiteral("dialog-error"), QStringLiteral("error"));
}
QIcon Icons::info()
{
    return themed(QStringLiteral("dialog-information"), QStringLiteral("info"));
}

} // namespace salon::ui
