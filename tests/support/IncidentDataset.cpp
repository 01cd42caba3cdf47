#include "IncidentDataset.h"

#include "io/DatasetImporter.h"
#include "io/DatasetJson.h"

#include <QFile>

namespace salon::test
{

QString importIncidentSalon(const QSqlDatabase& db)
{
    QFile file(QStringLiteral(SALON_SOURCE_DIR "/resources/scenarios/incident-salon.json"));
    if (!file.open(QIODevice::ReadOnly))
        return file.fileName() + QStringLiteral(": ") + file.errorString();
    const auto dataset = DatasetJson::parse(file.readAll());
    if (!dataset)
        return dataset.error().toString();
    const auto report = DatasetImporter(db, QStringLiteral("test")).import(*dataset, false);
    return report ? QString() : report.error().toString();
}

} // namespace salon::test
