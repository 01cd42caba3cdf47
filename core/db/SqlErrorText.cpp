#include "SqlErrorText.h"

#include <QCoreApplication>
#include <QSqlError>

namespace salon
{

namespace
{
// tr() through one declared context, so that lupdate files every string where run time looks for it.
struct SqlErrorTextText {
    Q_DECLARE_TR_FUNCTIONS(salon::SqlErrorText)
};

bool mentions(const QString& text, const char* part)
{
    return text.contains(QLatin1String(part), Qt::CaseInsensitive);
}

QString sqliteCause(int code, const QString& text)
{
    // Extended result codes carry the primary code in the low byte.
    switch (code & 0xff) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return SqlErrorTextText::tr("the database is locked by another program");
    case 13: // SQLITE_FULL
        return SqlErrorTextText::tr("the disk is full");
    case 8: // SQLITE_READONLY
        return SqlErrorTextText::tr("the database file is read-only");
    case 10: // SQLITE_IOERR
        return SqlErrorTextText::tr("the disk reported an input/output error");
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return SqlErrorTextText::tr("the database file is damaged");
    case 14: // SQLITE_CANTOPEN
        return SqlErrorTextText::tr("the database file cannot be opened");
    default:
        break;
    }
    // A trigger or another layer may report the same causes in words only.
    if (mentions(text, "database is locked") || mentions(text, "database table is locked"))
        return SqlErrorTextText::tr("the database is locked by another program");
    if (mentions(text, "disk is full") || mentions(text, "no space left on device"))
        return SqlErrorTextText::tr("the disk is full");
    if (mentions(text, "readonly database"))
        return SqlErrorTextText::tr("the database file is read-only");
    return {};
}

QString postgresCause(const QString& sqlState, const QString& text)
{
    if (sqlState == QLatin1String("53100") || mentions(text, "no space left on device"))
        return SqlErrorTextText::tr("the disk of the database server is full");
    if (sqlState == QLatin1String("53200") || sqlState == QLatin1String("53300"))
        return SqlErrorTextText::tr("the database server is out of memory or connections");
    if (sqlState == QLatin1String("55P03") || sqlState == QLatin1String("40P01"))
        return SqlErrorTextText::tr("the database is locked by another program");
    if (sqlState == QLatin1String("25006"))
        return SqlErrorTextText::tr("the database is read-only");
    if (sqlState.startsWith(QLatin1String("08")) || sqlState.startsWith(QLatin1String("57P"))
        || mentions(text, "server closed the connection") || mentions(text, "no connection to the server"))
        return SqlErrorTextText::tr("the connection to the database server was lost");
    return {};
}

} // namespace

QString sqlErrorCause(const QSqlError& error)
{
    const QString text = error.databaseText() + QLatin1Char(' ') + error.driverText();
    const QString code = error.nativeErrorCode();
    // QPSQL reports five-character SQLSTATEs, QSQLITE the numeric result code.
    bool numeric = false;
    const int sqliteCode = code.toInt(&numeric);
    if (numeric && code.size() < 5)
        return sqliteCause(sqliteCode, text);
    if (!code.isEmpty())
        return postgresCause(code, text);
    if (const QString cause = sqliteCause(0, text); !cause.isEmpty())
        return cause;
    return postgresCause(code, text);
}

QString sqlErrorText(const QSqlError& error)
{
    QString said = error.databaseText().trimmed();
    if (said.isEmpty())
        said = error.driverText().trimmed();
    const QString cause = sqlErrorCause(error);
    if (cause.isEmpty())
        return said;
    if (said.isEmpty())
        return cause;
    return SqlErrorTextText::tr("%1 (%2)").arg(cause, said);
}

} // namespace salon
