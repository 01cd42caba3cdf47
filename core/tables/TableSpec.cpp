#include "TableSpec.h"

namespace salon::tables
{

ColumnSpec ColumnSpec::editable(const QString& title, const QString& name, ColumnType type, ColumnRules rules)
{
    ColumnSpec spec;
    spec.title = title;
    spec.selectExpr = QStringLiteral("t.") + name;
    spec.writeColumn = name;
    spec.type = type;
    spec.editableInPlace = rules.testFlag(ColumnRule::InPlace);
    spec.inForm = rules.testFlag(ColumnRule::InForm);
    spec.required = rules.testFlag(ColumnRule::Required);
    spec.searchable = type != ColumnType::Bool;
    return spec;
}

ColumnSpec ColumnSpec::readOnly(const QString& title, const QString& expr, ColumnType type)
{
    ColumnSpec spec;
    spec.title = title;
    spec.selectExpr = expr;
    spec.type = type;
    spec.searchable = type != ColumnType::Bool;
    return spec;
}

ColumnSpec ColumnSpec::lookup(
    const QString& title, const QString& name, const QString& displayExpr, const QString& lookupSql)
{
    ColumnSpec spec = editable(title, name, ColumnType::Lookup, ColumnRule::InForm | ColumnRule::Required);
    spec.displayExpr = displayExpr;
    spec.lookupSql = lookupSql;
    return spec;
}

} // namespace salon::tables
