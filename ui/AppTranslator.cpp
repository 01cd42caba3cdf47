#include "AppTranslator.h"

#include "common/Logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace salon::ui
{

AppTranslator::AppTranslator(QObject* parent)
    : QObject(parent)
    , m_app(new QTranslator(this))
    , m_qt(new QTranslator(this))
{
}

QString AppTranslator::install(AppSettings::Language language)
{
    QCoreApplication::removeTranslator(m_app);
    QCoreApplication::removeTranslator(m_qt);
    const QString code = AppSettings::languageCode(language);
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    if (!m_app->load(locale, QStringLiteral("salon-admin"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        // A language we do not ship (or the C locale): English, whose .qm also has the plural forms.
        qCDebug(lcUi) << "no translation for" << locale.uiLanguages() << "- using English";
        if (!m_app->load(QStringLiteral(":/i18n/salon-admin_en.qm")))
            return {};
        QCoreApplication::installTranslator(m_app);
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(m_app);
    // Qt's own dialogs and buttons (OK, Cancel, the file dialog) in the same language.
    if (m_qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qt);
    if (!code.isEmpty())
        QLocale::setDefault(locale);
    return m_app->language();
}

} // namespace salon::ui
