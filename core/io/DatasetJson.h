#pragma once

#include "common/Expected.h"
#include "domain/SalonDataset.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace salon
{

// A problem in an import file, named by the JSON path of the offending record,
// e.g. "$.services[1].segments[0].durationMinutes".
struct DatasetError {
    QString path;
    QString message;
    bool cancelled = false; // stopped on request (a signal), not because of the data
    QString toString() const { return path.isEmpty() ? message : path + QStringLiteral(": ") + message; }
};

// The salon dataset's JSON form (camelCase keys; docs/import-format.md). Parsing checks the shape of
// every record and the references inside the file; references to rows already in the database are
// checked by DatasetImporter.
class DatasetJson
{
public:
    static constexpr int FormatVersion = 1;
    // The largest file readFile() takes by default (the CLI's --max-size changes it): an export of a salon
    // with 100,000 appointments is about 60 MiB.
    static constexpr qint64 DefaultMaxFileBytes = qint64(256) * 1024 * 1024;

    // Reads at most maxBytes (a file, a pipe or a device such as /dev/zero); a longer input is refused
    // without reading the rest. The error names the file.
    static Expected<QByteArray, QString> readFile(const QString& path, qint64 maxBytes = DefaultMaxFileBytes);
    // Every key must be one the format knows (or start with "x-", for comments); text must not hold NUL.
    static Expected<SalonDataset, DatasetError> parse(const QByteArray& json);
    static QByteArray serialize(const SalonDataset& dataset);
    static QJsonObject toJson(const SalonDataset& dataset);
};

} // namespace salon
