#pragma once

#include "RowFinding.h"
#include "core/db/ChangeSet.h"

#include <QHash>
#include <QIdentityProxyModel>
#include <QList>

namespace salon::ui
{

// Lays findings (the event-map verifier's, later others) over a table: the rows they name — by the
// source model's PrimaryKeyRole — get a background of the worst severity, an icon in the first column and
// the messages as a tooltip. Findings are dropped when the rows they describe change (forgetChanged), so
// a page never shows old news; every count of problems comes from counts() here.
class FindingsProxyModel : public QIdentityProxyModel
{
    Q_OBJECT
public:
    // Errors and warnings the findings shown hold (one count for the banner and the status bar).
    struct Counts {
        int errors = 0;
        int warnings = 0;
        int notes = 0;
        int total() const { return errors + warnings + notes; }
    };

    // keyRole: the source's role holding a row's key; table: the SQL table the rows are of.
    FindingsProxyModel(int keyRole, QString table, QObject* parent = nullptr);

    // Replaces the findings; an empty list clears them.
    void setFindings(const QList<RowFinding>& findings);
    // Drops the findings whose rows changed (their data changed; the finding may no longer hold).
    void forgetChanged(const ChangeSet& changes);
    void clearFindings();
    bool hasFindings() const { return !m_findings.isEmpty(); }
    QList<RowFinding> findingsOf(const QVariant& key) const { return m_findings.value(key.toString()); }
    Counts counts() const;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

signals:
    // The findings shown changed (set, cleared or some dropped).
    void findingsChanged();

private:
    void repaintAll();

    bool isStale(const RowFinding& finding, const ChangeSet& changes) const;

    int m_keyRole;
    QString m_table;
    QHash<QString, QList<RowFinding>> m_findings;
    // Findings about no row of the table (a MANAGED parent, a staff member).
    QList<RowFinding> m_general;
};

} // namespace salon::ui
