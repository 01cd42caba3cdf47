#pragma once

#include "core/domain/AppointmentAccess.h"
#include "core/domain/AppointmentPhasePlanner.h"
#include "core/domain/AppointmentStore.h"

#include <QDialog>

#include <QList>
#include <QTimeZone>
#include <functional>

class QComboBox;
class QDateTimeEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace salon::ui
{

class DayTimelinePreview;

// Creates an appointment for a (composite) service: the phases follow from the service's segments and are
// previewed as the user picks the start and the staff for each staff-required segment — as a list and on
// the chosen staff's day (DayTimelinePreview: their other bookings grey). A start in the past is refused.
class NewAppointmentDialog : public QDialog
{
    Q_OBJECT
public:
    NewAppointmentDialog(QList<ServiceChoice> services, const QTimeZone& zone, QWidget* parent = nullptr);

    // The appointment to write, or the reason it cannot be made yet.
    Expected<NewAppointment, QString> appointment() const;
    void showError(const QString& message);
    QComboBox* serviceBox() const { return m_service; }
    QLineEdit* customerField() const { return m_customer; }
    QDateTimeEdit* startField() const { return m_start; }
    // The start in the salon's time zone; setting it counts as edited by hand.
    QDateTime startTime() const;
    void setStartTime(const QDateTime& time);
    // The staff box of a segment (null for gap segments).
    QComboBox* staffBox(const QString& segmentKey) const;
    // The steps on the staff's day; give it the worker to grey their other bookings.
    DayTimelinePreview* timeline() const { return m_timeline; }

    // Called with the checked appointment when OK is pressed; the dialog waits for finishSubmit().
    void setSubmit(std::function<void(const NewAppointment&)> submit) { m_submit = std::move(submit); }
    // The write finished: close on success, or show why it failed and let the user correct it.
    void finishSubmit(const QString& error);

    void accept() override;

    // Asks the core where the appointment starts by default for these segments and staff (NextFreeTime,
    // through the worker) and calls back with the time; the dialog asks again when the service or a staff
    // member changes, until the start is edited by hand.
    using FreeTimeFinder = std::function<void(const QList<SegmentTemplate>& segments,
        const QHash<QString, QString>& staffBySegment, std::function<void(const QDateTime&)> found)>;
    void setFreeTimeFinder(FreeTimeFinder finder);
    // The start was edited by hand: the next free time no longer replaces it.
    bool startEditedByHand() const { return m_startEdited; }

private:
    void rebuildSegments();
    void updatePreview();
    void recheck();
    QHash<QString, QString> chosenStaff() const;
    void askForFreeTime();
    // Sets the start field without counting it as edited by hand.
    void showStart(const QDateTime& time);
    const ServiceChoice* currentService() const;

    QList<ServiceChoice> m_services;
    QTimeZone m_zone;
    QComboBox* m_service;
    QLineEdit* m_customer;
    QLineEdit* m_email;
    QDateTimeEdit* m_start;
    QFormLayout* m_segmentForm;
    QList<QPair<QString, QComboBox*>> m_staffBoxes;
    QTreeWidget* m_preview;
    DayTimelinePreview* m_timeline;
    QLabel* m_error;
    QPushButton* m_ok = nullptr;
    bool m_submitting = false;
    bool m_startEdited = false;
    bool m_settingStart = false;
    int m_freeTimeAsked = 0; // drops answers of superseded questions
    FreeTimeFinder m_findFreeTime;
    std::function<void(const NewAppointment&)> m_submit;
};

} // namespace salon::ui
