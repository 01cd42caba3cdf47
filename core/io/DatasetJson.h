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
    QString toString() const { return path.isEmpty() ? message : path + QStringLiteral(": ") + message; }
};

// The salon dataset's JSON form (camelCase keys; docs/import-format.md). Parsing checks the shape of
// every record and the references inside the file; references to rows already in the database are
// checked by DatasetImporter.
class DatasetJson
{
public:
    static constexpr int FormatVersion = 1;

    static Expected<SalonDataset, DatasetError> parse(const QByteArray& json);
    static QByteArray serialize(const SalonDataset& dataset);
    static QJsonObject toJson(const SalonDataset& dataset);
};

} // namespace salon
