#include "ChangeSet.h"

namespace salon
{

void ChangeSet::addRow(const QString& table, const QString& key, const QString& parentKey)
{
    Rows& rows = m_tables[table];
    if (rows.whole)
        return;
    rows.keys.insert(key);
    if (!parentKey.isEmpty())
        rows.parents.insert(parentKey);
    if (rows.keys.size() > kMaxRowsPerTable)
        addTable(table);
}

void ChangeSet::addTable(const QString& table)
{
    Rows& rows = m_tables[table];
    rows.whole = true;
    rows.keys.clear();
    rows.parents.clear();
}

void ChangeSet::addEverything()
{
    m_everything = true;
}

void ChangeSet::merge(const ChangeSet& other)
{
    m_everything = m_everything || other.m_everything;
    for (auto it = other.m_tables.cbegin(); it != other.m_tables.cend(); ++it) {
        if (it->whole) {
            addTable(it.key());
            continue;
        }
        Rows& rows = m_tables[it.key()];
        if (rows.whole)
            continue;
        rows.keys.unite(it->keys);
        rows.parents.unite(it->parents);
        if (rows.keys.size() > kMaxRowsPerTable)
            addTable(it.key());
    }
}

bool ChangeSet::isWholeTable(const QString& table) const
{
    if (m_everything)
        return true;
    const auto it = m_tables.constFind(table);
    return it != m_tables.cend() && it->whole;
}

QSet<QString> ChangeSet::keys(const QString& table) const
{
    return m_tables.value(table).keys;
}

QSet<QString> ChangeSet::parentKeys(const QString& table) const
{
    return m_tables.value(table).parents;
}

int ChangeSet::rowCount() const
{
    int count = 0;
    for (const Rows& rows : m_tables)
        count += int(rows.keys.size());
    return count;
}

} // namespace salon
