#pragma once

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QSet>
#include <QString>

namespace salon
{

// Which rows changed, per table (SQL table names: "appointment_phases", ...), as the change watcher
// reports them. Keys are the rows' primary keys as text ("service_id/staff_id" for service_staff); parent
// keys name the row that shows a child (the appointment of a phase, the service of a segment, a map row
// or a performer). A table can be changed as a whole (a bulk write, or a watcher that fell behind).
class ChangeSet
{
public:
    void addRow(const QString& table, const QString& key, const QString& parentKey = {});
    void addTable(const QString& table);
    // Everything may have changed (the watcher lost track).
    void addEverything();
    void merge(const ChangeSet& other);

    bool isEmpty() const { return !m_everything && m_tables.isEmpty(); }
    bool isEverything() const { return m_everything; }
    bool touches(const QString& table) const { return m_everything || m_tables.contains(table); }
    // The table as a whole changed: re-read everything shown of it.
    bool isWholeTable(const QString& table) const;
    QSet<QString> keys(const QString& table) const;
    QSet<QString> parentKeys(const QString& table) const;
    QStringList tables() const { return m_tables.keys(); }
    int rowCount() const;

    // More rows than this in one table become a whole-table change.
    static constexpr int kMaxRowsPerTable = 2000;

private:
    struct Rows {
        bool whole = false;
        QSet<QString> keys;
        QSet<QString> parents;
    };
    QHash<QString, Rows> m_tables;
    bool m_everything = false;
};

} // namespace salon

Q_DECLARE_METATYPE(salon::ChangeSet)
