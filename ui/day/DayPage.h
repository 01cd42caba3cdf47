#pragma once

#include "DayView.h"
#include "core/day/DayScheduleReader.h"
#include "ui/lifecycle/LifecycleActionDialog.h"

#include <QTimeZone>
#include <QWidget>

class QDateEdit;
class QTextBrowser;
class QPrinter;

namespace salon
{
class ChangeSet;
class DatabaseSession;
} // namespace salon

namespace salon::ui
{

class LifecycleJobBuilder;
class MessageBanner;
class MoveUndo;

// The Day page: the salon's day as a picture (DayView) with a date picker, previous/next day, Today,
// Export PNG… and Print…, and a side pane with the selected appointment (a failed step's advice too). It
// reads the day through DayScheduleReader on the shared worker and reads it again whenever the change
// watcher reports appointments, phases or staff changed — whoever changed them. A drop, a Shift+arrow or
// the menu opens the lifecycle dialogs (Move…, Change staff…, Cancel appointment…) prefilled, so the
// availability check is shown before anything changes. After a move (from here or any other page) Undo
// move (Ctrl+Z, and a notice) moves it back through the lifecycle's move (MoveUndo). Object names: "date",
// "previousDay", "nextDay", "today", "exportPng", "print", "undoMove", "details", "banner", "notice".
class DayPage : public QWidget
{
    Q_OBJECT
    // The ScreenshotTaker waits for it.
    Q_PROPERTY(bool loaded READ isLoaded NOTIFY dayLoaded)
public:
    explicit DayPage(DatabaseSession* session, QWidget* parent = nullptr);

    void setLifecycle(LifecycleJobBuilder* jobs);
    void setTimeZone(const QTimeZone& zone);
    void setActor(const QString& actor) { m_actor = actor; }

    QDate date() const { return m_date; }
    void setDate(const QDate& date);
    DayView* view() const { return m_view; }
    bool isLoaded() const { return m_loaded; }
    QString detailsText() const;

    // What a drop does (the view's drops, Shift+arrows and tests come here): opens Move… at the new
    // start, or Change staff… with the step (every staff step when wholeAppointment) and the new staff.
    LifecycleActionDialog* drop(const DayDrop& drop);
    LifecycleActionDialog* cancelAppointment(qint64 appointmentId);
    // Asks for the appointment's failed steps to be booked again now (retryRequested: the sync console
    // runs the same retry as its own Retry, with live status there); false when none failed.
    bool retry(qint64 appointmentId);
    // The last move and its undo (nullptr before setLifecycle); undoMove() starts it (false: nothing to
    // undo, or it runs already).
    MoveUndo* moveUndo() const { return m_undo; }
    bool undoMove();
    QString noticeText() const;
    QString detailsOf(qint64 appointmentId) const;
    QString exportPng(const QString& path) const;
    void print(QPrinter* printer) const;

public slots:
    void reload();
    void exportPngInteractive();
    void printInteractive();

signals:
    void statusMessage(const QString& text);
    // The day was read (again) and is shown.
    void dayLoaded();
    void dialogOpened(salon::ui::LifecycleActionDialog* dialog);
    void showInConsoleRequested(qint64 appointmentId);
    void retryRequested(qint64 appointmentId, const QList<qint64>& failedPhaseIds);
    void openAppointmentRequested(qint64 appointmentId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void onChanges(const ChangeSet& changes);
    void showDetails();
    void showMenu(qint64 phaseId, const QPoint& globalPos);
    void copyDetails(qint64 appointmentId) const;
    QString describe(const day::DayAppointment& appointment) const;
    QString stateText(const day::DayStep& step) const;
    // A time of day in the salon's zone and format.
    QString timeOf(const QDateTime& time) const;
    LifecycleActionDialog* present(LifecycleActionDialog* dialog);
    void updateUndoAction();

    DatabaseSession* m_session;
    day::DayScheduleReader m_reader;
    LifecycleJobBuilder* m_jobs = nullptr;
    MoveUndo* m_undo = nullptr;
    QAction* m_undoAction = nullptr;
    QTimeZone m_zone { QByteArrayLiteral("Europe/Berlin") };
    QString m_actor;
    QDate m_date;
    int m_generation = 0;
    bool m_loaded = false;
    bool m_reloadAgain = false;
    bool m_stale = false; // changed while hidden: read again when shown
    bool m_reading = false;

    QDateEdit* m_dateEdit;
    DayView* m_view;
    QTextBrowser* m_details;
    MessageBanner* m_banner;
    MessageBanner* m_notice; // what a move or its undo did (the banner is for the day's reading)
};

} // namespace salon::ui
