#pragma once

#include "settings/AppSettings.h"

#include <QObject>
#include <QString>

class QTranslator;

namespace salon::ui
{

// Installs the app's and Qt's own translations for the chosen language (or the system's), from the
// .qm files compiled into the executable under :/i18n. Lives as long as the application.
class AppTranslator : public QObject
{
    Q_OBJECT
public:
    explicit AppTranslator(QObject* parent = nullptr);
    // Returns the language code installed ("de", "en"), or "" when the source texts (English) are used.
    QString install(AppSettings::Language language);

private:
    QTranslator* m_app;
    QTranslator* m_qt;
};

} // namespace salon::ui
