#include "StepProgressModel.h"
#include "ui/DateTimeText.h"

#include "ui/StatePalette.h"
#include "ui/models/RowFinding.h"

#include <QApplication>

#include <algorithm>

namespace salon::ui
{

using namespace salon::lifecycle;

namespace
{
QString actionText(StepAction action)
{
    switch (action) {
    case StepAction::Cancel:
        return StepProgressModel::tr("cancel the booking");
    case StepAction::Reschedule:
        return StepProgressModel::tr("move the booking");
    case StepAction::Rebook:
        return StepProgressModel::tr("book anew, then cancel the old booking");
    case StepAction::Update:
        return StepProgressModel::tr("here only (no booking in Cal.com)");
    }
    return {};
}
} // namespace

StepProgressModel::StepProgressModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

QString StepProgressModel::availabilityText(Availability availability)
{
    switch (availability) {
    case Availability::NotNeeded:
        return tr("—");
    case Availability::Free:
        return tr("free");
    case Availability::Unverified:
        return tr("Cal.com decides");
    case Availability::Busy:
        return tr("busy");
    case Availability::NoEventType:
        return tr("no event type");
    case Availability::CheckFailed:
        return tr("could not be checked");
    }
    return {};
}

QString StepProgressModel::stageText(const QString& stage, bool undo)
{
    QString text;
    if (stage == QLatin1String("checking"))
        text = tr("checking");
    else if (stage == QLatin1String("cancelling"))
        text = tr("cancelling");
    else if (stage == QLatin1String("rescheduling"))
        text = tr("moving");
    else if (stage == QLatin1String("booking"))
        text = tr("booking");
    else if (stage == QLatin1String("done"))
        text = undo ? tr("put back") : tr("done");
    else if (stage == QLatin1String("failed"))
        text = tr("failed");
    else if (stage == QLatin1String("busy"))
        text = tr("busy");
    else if (stage == QLatin1String("owed"))
        text = tr("owed: the next run finishes it");
    else if (stage == QLatin1String("refused"))
        text = tr("nothing changed");
    else if (stage == QLatin1String("rolledBack"))
        text = tr("put back");
    else
        text = stage;
    if (undo && stage != QLatin1String("done"))
        return tr("putting back: %1").arg(text);
    return text;
}

void StepProgressModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_rowOf.clear();
    m_appointments.clear();
    endResetModel();
}

void StepProgressModel::reindex()
{
    m_rowOf.clear();
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowOf.insert({ m_rows.at(i).appointmentId, m_rows.at(i).step.phaseId }, i);
}

void StepProgressModel::setPlan(const ChangePlan& plan)
{
    QList<Row> rows;
    const QString label = plan.customerName.isEmpty()
        ? QString::number(plan.appointmentId)
        : QStringLiteral("%1 · %2").arg(plan.appointmentId).arg(plan.customerName);
    for (const PlannedStep& step : plan.steps) {
        Row row;
        row.appointmentId = plan.appointmentId;
        row.appointmentLabel = label;
        row.step = step;
        rows.append(row);
    }
    // In the order of the day, whatever order the steps run in (a move later runs the last step first).
    std::stable_sort(rows.begin(), rows.end(),
        [](const Row& a, const Row& b) { return a.step.oldStart < b.step.oldStart; });
    if (m_appointments.contains(plan.appointmentId)) {
        // Planned again (the real run after the check): the fresh plan replaces the old rows.
        beginResetModel();
        QList<Row> kept;
        bool inserted = false;
        for (const Row& row : std::as_const(m_rows)) {
            if (row.appointmentId != plan.appointmentId) {
                kept.append(row);
            } else if (!inserted) {
                kept.append(rows);
                inserted = true;
            }
        }
        m_rows = kept;
        reindex();
        endResetModel();
        return;
    }
    if (rows.isEmpty()) {
        m_appointments.append(plan.appointmentId);
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size()) - 1);
    m_appointments.append(plan.appointmentId);
    m_rows.append(rows);
    reindex();
    endInsertRows();
}

void StepProgressModel::applyProgress(const StepProgress& progress)
{
    const int r = rowOf(progress.appointmentId, progress.phaseId);
    if (r < 0)
        return; // a step of an earlier run finished first (owed work): the dialog's summary names it
    Row& row = m_rows[r];
    row.stage = progress.phase;
    row.undo = progress.undo;
    row.final = progress.final;
    row.message = progress.message;
    row.nextStep = progress.nextStep;
    changed(r);
}

void StepProgressModel::applyOutcome(const AppointmentOutcome& outcome)
{
    using R = AppointmentOutcome::Result;
    if (outcome.result != R::Refused && outcome.result != R::RolledBack)
        return;
    for (int r = 0; r < m_rows.size(); ++r) {
        Row& row = m_rows[r];
        if (row.appointmentId != outcome.appointmentId || row.final)
            continue;
        // Steps that never ran (or were put back) say so instead of staying "planned".
        if (outcome.result == R::Refused && row.stage.isEmpty() && !row.step.blocks()) {
            row.stage = QStringLiteral("refused");
            row.final = true;
            changed(r);
        } else if (outcome.result == R::RolledBack && !row.stage.isEmpty()) {
            row.stage = QStringLiteral("rolledBack");
            row.final = true;
            changed(r);
        }
    }
}

void StepProgressModel::changed(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int StepProgressModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StepProgressModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString StepProgressModel::timeRange(const QDateTime& start, const QDateTime& end) const
{
    if (!start.isValid())
        return {};
    const QString from = DateTimeText::dateTime(start, m_zone);
    return end.isValid() ? tr("%1–%2").arg(from, DateTimeText::time(end, m_zone)) : from;
}

QString StepProgressModel::details(const Row& row) const
{
    QString text = row.message.isEmpty() ? row.step.note : row.message;
    if (!row.nextStep.isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral(" ")) + tr("Next step: %1").arg(row.nextStep);
    return text;
}

int StepProgressModel::severityOf(const Row& row) const
{
    if (row.stage == QLatin1String("failed") || row.stage == QLatin1String("busy"))
        return int(RowFinding::Severity::Error);
    if (row.stage == QLatin1String("owed") || row.stage == QLatin1String("rolledBack"))
        return int(RowFinding::Severity::Warning);
    if (row.stage.isEmpty() || row.stage == QLatin1String("refused")) {
        if (row.step.blocks())
            return int(RowFinding::Severity::Error);
        if (row.step.availability == Availability::Unverified)
            return int(RowFinding::Severity::Info);
    }
    return -1;
}

QVariant StepProgressModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows.at(index.row());
    const PlannedStep& s = row.step;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case AppointmentColumn:
            return row.appointmentLabel;
        case StepColumn:
            return s.staffRequired ? s.segmentKey : tr("%1 (no staff)").arg(s.segmentKey);
        case BeforeColumn:
            return tr("%1 · %2").arg(
                s.oldStaffName.isEmpty() ? tr("—") : s.oldStaffName, timeRange(s.oldStart, s.oldEnd));
        case AfterColumn:
            if (s.action == StepAction::Cancel || (s.statusAfter == QLatin1String("cancelled")))
                return tr("cancelled");
            return tr("%1 · %2").arg(
                s.newStaffName.isEmpty() ? tr("—") : s.newStaffName, timeRange(s.newStart, s.newEnd));
        case AvailabilityColumn:
            return availabilityText(s.availability);
        case StatusColumn:
            return row.stage.isEmpty() ? actionText(s.action) : stageText(row.stage, row.undo);
        case DetailsColumn:
            return details(row);
        }
        return {};
    case Qt::BackgroundRole: {
        const int severity = severityOf(row);
        if (severity < 0)
            return {};
        return StatePalette(QApplication::palette()).background(RowFinding::Severity(severity));
    }
    case Qt::ForegroundRole:
        if (severityOf(row) < 0)
            return {};
        return StatePalette(QApplication::palette()).text();
    case AvailabilityRole:
        return int(s.availability);
    case StageRole:
        return row.stage;
    case PhaseIdRole:
        return s.phaseId;
    default:
        return {};
    }
}

QVariant StepProgressModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AppointmentColumn:
        return tr("Appointment");
    case StepColumn:
        return tr("Step");
    case BeforeColumn:
        return tr("Before");
    case AfterColumn:
        return tr("After");
    case AvailabilityColumn:
        return tr("Availability");
    case StatusColumn:
        return tr("Status");
    case DetailsColumn:
        return tr("Details");
    }
    return {};
}

} // namespace salon::ui
