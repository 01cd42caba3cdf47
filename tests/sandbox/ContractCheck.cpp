#include "ContractCheck.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace salon::sandbox::test
{

QString ContractCheck::specPath()
{
    const QString fromEnv = qEnvironmentVariable("SALON_OPENAPI_SPEC");
    if (!fromEnv.isEmpty())
        return fromEnv;
    // The copy kept in the repository, so a clone alone runs the full contract test.
    return validatorDir() + QStringLiteral("/openapi-v2.json");
}

QString ContractCheck::validatorDir()
{
    return QStringLiteral(SALON_SOURCE_DIR "/tests/contract");
}

QString ContractCheck::unavailableReason()
{
    if (QStandardPaths::findExecutable(QStringLiteral("node")).isEmpty())
        return QStringLiteral("node is not installed");
    if (!QFile::exists(validatorDir() + QStringLiteral("/node_modules/ajv/package.json")))
        return QStringLiteral("tests/contract/node_modules is missing; run scripts/contract-setup.sh");
    if (!QFile::exists(specPath()))
        return QStringLiteral("the OpenAPI document %1 is missing").arg(specPath());
    return {};
}

QByteArray ContractCheck::toJsonLines(
    const QList<LoggedRequest>& entries, const QSet<qint64>& requestsNotChecked)
{
    QByteArray lines;
    for (const LoggedRequest& e : entries) {
        if (e.status == 0)
            continue; // reset: nothing was answered
        QJsonObject headers;
        for (const auto& [name, value] : e.headers)
            headers.insert(QString::fromLatin1(name), QString::fromUtf8(value));
        const QJsonObject line { { QStringLiteral("method"), e.method }, { QStringLiteral("path"), e.path },
            { QStringLiteral("query"), e.query }, { QStringLiteral("requestHeaders"), headers },
            { QStringLiteral("requestBody"),
                e.body.isEmpty() ? QJsonValue() : QJsonValue(QString::fromUtf8(e.body)) },
            { QStringLiteral("status"), e.status },
            { QStringLiteral("responseBody"), QString::fromUtf8(e.responseBody) },
            { QStringLiteral("checkRequest"), !requestsNotChecked.contains(e.sequence) },
            { QStringLiteral("checkResponse"), e.fault.isEmpty() },
            { QStringLiteral("label"), QStringLiteral("#%1").arg(e.sequence) } };
        lines += QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    }
    return lines;
}

ContractCheck::Result ContractCheck::validate(
    const QList<LoggedRequest>& entries, const QSet<qint64>& requestsNotChecked)
{
    Result result;
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("exchanges.jsonl"));
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly)) {
        result.output = QStringLiteral("cannot write %1").arg(file);
        return result;
    }
    out.write(toJsonLines(entries, requestsNotChecked));
    out.close();
    QProcess node;
    node.setWorkingDirectory(validatorDir());
    node.setProcessChannelMode(QProcess::MergedChannels);
    node.start(QStandardPaths::findExecutable(QStringLiteral("node")),
        { QStringLiteral("validate.mjs"), QStringLiteral("--spec"), specPath(), file });
    if (!node.waitForFinished(120'000)) {
        result.output = QStringLiteral("the validator did not finish: %1").arg(node.errorString());
        return result;
    }
    result.output = QString::fromUtf8(node.readAll());
    result.passed = node.exitStatus() == QProcess::NormalExit && node.exitCode() == 0;
    return result;
}

} // namespace salon::sandbox::test
