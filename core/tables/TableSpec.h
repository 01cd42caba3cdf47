#pragma once

#include <QFlags>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantList>
#include <QVariantMap>

#include <functional>

namespace salon::tables
{

// How a column's values are shown, edited and checked.
enum class ColumnType {
    Integer, // whole numbers; minimum below
    Text,
    Bool, // 0/1 in SQLite, BOOLEAN in PostgreSQL; shown as a check box
    DateTime, // UTC in the database, shown in the salon's time zone
    Uuid, // 36-character RFC 4122 text (staff ids)
    Choice, // one of `choices`
    Lookup, // a foreign key; the form offers `lookupSql` (id, label) rows
};

// Where a column can be edited and whether it may stay empty.
enum class ColumnRule {
    InPlace = 0x1, // editable in the table
    InForm = 0x2, // shown in the add/edit form
    Required = 0x4, // NULL / empty text not allowed
};
Q_DECLARE_FLAGS(ColumnRules, ColumnRule)
Q_DECLARE_OPERATORS_FOR_FLAGS(ColumnRules)

struct ColumnSpec {
    QString title; // translated header
    QString selectExpr; // SQL expression of the stored value, e.g. "t.service_id"
    QString displayExpr; // optional SQL expression shown instead, e.g. "s.name" for a foreign key
    QString writeColumn; // column of the base table this edits; empty = read-only
    ColumnType type = ColumnType::Text;
    bool editableInPlace = false; // editable in the table (otherwise only in the form)
    bool inForm = false; // shown in the add/edit form
    bool required = false; // NULL / empty text not allowed
    bool searchable = true;
    bool sortable = true;
    qint64 minimum = 1; // for Integer: smallest allowed value
    QStringList choices; // for Choice
    QHash<QString, QString> valueLabels; // stored value → what people read ("no_show" → "No-show")
    QString lookupSql; // for Lookup: "SELECT id, name FROM services ORDER BY name"
    // Stored text → what people read, the stored text kept for the tooltip (a raw Cal.com answer → the
    // salon's words); pure, as it runs for every shown cell.
    std::function<QString(const QString&)> readable;

    // An editable column of the base table, e.g. column(tr("Name"), "name", ColumnType::Text,
    // ColumnRule::InPlace | ColumnRule::InForm | ColumnRule::Required).
    static ColumnSpec editable(const QString& title, const QString& name, ColumnType type, ColumnRules rules);
    // A column shown but never written (ids, counts, timestamps the database sets).
    static ColumnSpec readOnly(const QString& title, const QString& expr, ColumnType type);
    // A foreign key edited in the form by picking a row of lookupSql (id, label), shown as displayExpr.
    static ColumnSpec lookup(
        const QString& title, const QString& name, const QString& displayExpr, const QString& lookupSql);
    // Builder steps for the less common settings.
    ColumnSpec& notSearchable()
    {
        searchable = false;
        return *this;
    }
    ColumnSpec& notSortable()
    {
        sortable = false;
        return *this;
    }
    ColumnSpec& notInForm()
    {
        inForm = false;
        return *this;
    }
    ColumnSpec& atLeast(qint64 value)
    {
        minimum = value;
        return *this;
    }
    ColumnSpec& shownAs(const QString& expr)
    {
        displayExpr = expr;
        return *this;
    }
    ColumnSpec& readAs(std::function<QString(const QString&)> text)
    {
        readable = std::move(text);
        return *this;
    }
};

// A predefined filter offered next to the search field ("Only failed", ...).
struct QuickFilter {
    QString title;
    QString whereSql; // a condition with ? placeholders
    QVariantList values;
};

// A table whose rows point at a row of this one; checked before a delete.
struct Dependent {
    std::function<QString(int count)> describe; // translated, e.g. "4 segments"
    QString countSql; // "SELECT COUNT(*) FROM t WHERE fk = ?"; bound with the keys named below
    QStringList keyColumns; // base-table columns of the deleted row bound to countSql, in order
    bool blocksDelete = false; // true when the database refuses (no ON DELETE CASCADE)
    QString deleteSql; // run before the row's own DELETE when not cascaded by the schema (same binding)
};

// A group of columns that must be unique together, checked before writing for a clear message.
struct UniqueGroup {
    QStringList columns;
    QString message; // translated; %1.. are the values in column order
};

// Another table whose changes alter what this table shows (change notifications, ChangeSet).
struct ShownTable {
    QString table; // e.g. "appointment_phases"
    // true: its changes name this table's rows by parent key (an appointment's phases); false: it is
    // joined for labels (a service's name), so any change refreshes the rows in view.
    bool byParentKey = false;
};

// Everything the lazy model and the generic page need to show and edit one table, and everything the
// core's TableReader and TableWriter need to read and write it (the CLI can use them too).
struct TableSpec {
    QString id; // "services", used for settings keys and the CSV file name
    QString title; // translated, e.g. "Services"
    QString baseTable; // the table writes go to
    QString fromSql; // FROM clause with joins; the base table is aliased "t"
    QString primaryKey = QStringLiteral("id"); // base-table column; also the first SELECT column
    bool textPrimaryKey = false; // staff ids are UUID text
    QList<ColumnSpec> columns; // column 0 is the primary key
    QString defaultOrder; // used after the user's sort column, e.g. "t.id"
    QList<QuickFilter> quickFilters;
    QList<Dependent> dependents;
    QList<UniqueGroup> uniqueGroups;
    QList<ShownTable> alsoShows;
    QStringList touchOnUpdate; // columns set to now on every update ("updated_at")
    QStringList stampOnInsert; // columns set to now on insert ("created_at", "updated_at")
    bool audited = true; // append writes to audit_log
    bool allowInsert = true;
    bool allowDelete = true;
    // Checks a whole row (base-table column → value) before it is written; returns a message or "".
    // Runs in the worker thread, so it must be pure.
    std::function<QString(const QVariantMap& row)> rowCheck;
    // Describes a row for messages ("service \"Root colour\""); the display values in column order.
    std::function<QString(const QVariantList& displayRow)> describeRow;

    int columnOfWrite(const QString& writeColumn) const
    {
        for (int i = 0; i < columns.size(); ++i)
            if (columns.at(i).writeColumn == writeColumn)
                return i;
        return -1;
    }
};

// The outcome of a write: an error message, or the key of the written row.
struct WriteResult {
    QString error;
    QVariant key;
    QVariantList row; // the row as shown after the write (empty after a delete)
    bool ok() const { return error.isEmpty(); }
};

// A dependent table and how many of its rows point at a row (before deleting it).
struct DependentCount {
    QString description; // translated, e.g. "4 segments"
    int count = 0;
    bool blocksDelete = false;
};

// The (id, label) rows a Lookup column's form field offers.
using LookupRows = QList<QPair<QVariant, QString>>;

} // namespace salon::tables
