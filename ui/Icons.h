#pragma once

#include <QIcon>
#include <QString>

namespace salon::ui
{

// Icons from the desktop theme, with the bundled ones in resources/icons as the fallback
// (Windows, macOS, minimal desktops and the offscreen test platform have no theme).
class Icons
{
public:
    static QIcon themed(const QString& themeName, const QString& bundledName);

    static QIcon app();
    static QIcon add();
    static QIcon edit();
    static QIcon remove();
    static QIcon exportCsv();
    static QIcon refresh();
    static QIcon settings();
    static QIcon search();
    static QIcon services();
    static QIcon segments();
    static QIcon staff();
    static QIcon eventMap();
    static QIcon appointments();
    static QIcon phases();
    static QIcon warning();
    static QIcon error();
    static QIcon info();
};

} // namespace salon::ui
