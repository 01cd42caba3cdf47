#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace salon::history
{

// One row of audit_log as history shows it: when, who, what (action, subject), before/after, and the run
// that made it (empty for entries written before run ids existed, schema version 6).
struct AuditEntry {
    qint64 id = 0;
    QDateTime at; // UTC
    QString actor;
    QString action;
    QString subject; // "calcom_event_map:7", "appointment_phases/12", "calcom_event_type:3982562"
    QJsonObject before; // empty when NULL
    QJsonObject after;
    QString runId;

    // The subject's table and key: "calcom_event_map:7" -> ("calcom_event_map", "7"); both separators occur.
    QString subjectTable() const;
    QString subjectKey() const;

    QJsonObject toJson() const;
};

} // namespace salon::history
