#pragma once

#include "DayLayout.h"
#include "core/day/DaySchedule.h"

#include <QTimeZone>
#include <QWidget>

#include <memory>

namespace salon
{
class DatabaseWorker;
}
namespace salon::day
{
class DayScheduleReader;
}

namespace salon::ui
{

// The new-appointment dialog's time line: the chosen staff members' part of the day as the Day page draws
// it (DayLayout, DayPainter), read-only and scaled to fit, with the new appointment's steps placed and
// whatever else those staff have then — other appointments, Cal.com's busy time — grey. The day is read
// through DayScheduleReader on the worker (once per date), never on the GUI thread.
class DayTimelinePreview : public QWidget
{
    Q_OBJECT
public:
    struct Step {
        QString name; // "A – Waschen"
        QString staffId; // empty: processing time or not chosen yet
        bool staffRequired = true;
        QDateTime startsAt; // UTC
        QDateTime endsAt;
    };

    explicit DayTimelinePreview(QWidget* parent = nullptr);
    ~DayTimelinePreview() override;

    // Without a worker only the new steps are shown.
    void setWorker(DatabaseWorker* worker);
    void setTimeZone(const QTimeZone& zone);
    // The new appointment: its steps, and the staff whose columns show (id, name).
    void setPlan(const QString& customer, const QString& service, const QList<Step>& steps,
        const QList<QPair<QString, QString>>& staff);

    // What is drawn (tests): the new appointment is appointments[0]; the rest is in busy.
    const day::DaySchedule& schedule() const { return m_shown; }
    const DayLayout& layout() const { return m_layout; }
    // The day of the plan has been read (or there is no worker).
    bool isCurrent() const;
    // Why the staff's other bookings are not shown (the day could not be read); empty when they are.
    QString readError() const { return m_readError; }
    QSize sizeHint() const override;

signals:
    void dayRead();

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void compose();
    void readDay(const QDate& date);
    double scale() const;
    QString notShownText() const;

    DatabaseWorker* m_worker = nullptr;
    std::unique_ptr<day::DayScheduleReader> m_reader;
    QTimeZone m_zone { QByteArrayLiteral("Europe/Berlin") };
    QString m_customer;
    QString m_service;
    QList<Step> m_steps;
    QList<QPair<QString, QString>> m_staff;
    day::DaySchedule m_read; // the staff's day as read
    QString m_readError;
    bool m_reading = false;
    day::DaySchedule m_shown;
    DayLayout m_layout;
};

} // namespace salon::ui
