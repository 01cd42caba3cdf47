#include "NewAppointmentDialog.h"
#include "core/common/Clock.h"
#include "core/domain/NextFreeTime.h"
#include "ui/DateTimeText.h"
#include "ui/day/DayTimelinePreview.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace salon::ui
{

NewAppointmentDialog::NewAppointmentDialog(
    QList<ServiceChoice> services, const QTimeZone& zone, QWidget* parent)
    : QDialog(parent)
    , m_services(std::move(services))
    , m_zone(zone)
    , m_service(new QComboBox(this))
    , m_customer(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_start(new QDateTimeEdit(this))
    , m_segmentForm(new QFormLayout)
    , m_preview(new QTreeWidget(this))
    , m_timeline(new DayTimelinePreview(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("New appointment"));
    for (const ServiceChoice& service : m_services)
        m_service->addItem(service.name, service.id);
    m_service->setAccessibleName(tr("Service"));
    m_customer->setAccessibleName(tr("Customer name"));
    m_email->setAccessibleName(tr("Customer email"));
    m_email->setPlaceholderText(tr("optional"));
    // Qt 6.4's QDateTimeEdit has no time zone: it holds the salon's wall-clock time as naive UTC.
    m_start->setTimeSpec(Qt::UTC);
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(DateTimeText::dateTimeFormat());
    // Within working hours, never in the past, never 22:00; the staff's next free time once asked.
    showStart(NextFreeTime::find({}, {}, {}, Clock::instance().nowUtc(), zone));
    connect(m_start, &QDateTimeEdit::dateTimeChanged, this, [this] { m_startEdited |= !m_settingStart; });
    m_start->setAccessibleName(tr("Start"));

    auto* form = new QFormLayout;
    form->addRow(tr("Service *"), m_service);
    form->addRow(tr("Customer *"), m_customer);
    form->addRow(tr("Email"), m_email);
    form->addRow(tr("Start (%1) *").arg(QString::fromUtf8(zone.id())), m_start);

    auto* segmentsBox = new QGroupBox(tr("Staff per segment"), this);
    segmentsBox->setLayout(m_segmentForm);

    m_preview->setColumnCount(4);
    m_preview->setHeaderLabels({ tr("Segment"), tr("Staff"), tr("Starts"), tr("Ends") });
    m_preview->setRootIsDecorated(false);
    m_preview->setAccessibleName(tr("Phases"));
    m_preview->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #a40000;"));
    m_error->setAccessibleName(tr("Problem"));
    m_error->setObjectName(QStringLiteral("error"));
    m_error->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewAppointmentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(segmentsBox);
    layout->addWidget(new QLabel(tr("Phases"), this));
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_timeline, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(580, 720);
    m_timeline->setTimeZone(zone);

    connect(m_service, &QComboBox::currentIndexChanged, this, &NewAppointmentDialog::rebuildSegments);
    connect(m_service, &QComboBox::currentIndexChanged, this, &NewAppointmentDialog::recheck);
    connect(m_start, &QDateTimeEdit::dateTimeChanged, this, &NewAppointmentDialog::updatePreview);
    connect(m_customer, &QLineEdit::textChanged, this, &NewAppointmentDialog::recheck);
    connect(m_customer, &QLineEdit::textChanged, this, &NewAppointmentDialog::updatePreview);
    rebuildSegments();
}

void NewAppointmentDialog::setFreeTimeFinder(FreeTimeFinder finder)
{
    m_findFreeTime = std::move(finder);
    askForFreeTime();
}

QHash<QString, QString> NewAppointmentDialog::chosenStaff() const
{
    QHash<QString, QString> staff;
    for (const auto& [key, box] : m_staffBoxes)
        staff.insert(key, box->currentData().toString());
    return staff;
}

void NewAppointmentDialog::askForFreeTime()
{
    const ServiceChoice* service = currentService();
    if (!m_findFreeTime || !service || m_startEdited)
        return;
    const int asked = ++m_freeTimeAsked;
    QPointer<NewAppointmentDialog> guard(this);
    m_findFreeTime(service->segments, chosenStaff(), [guard, asked](const QDateTime& time) {
        if (!guard || asked != guard->m_freeTimeAsked || guard->m_startEdited || !time.isValid())
            return;
        guard->showStart(time);
        guard->recheck();
    });
}

void NewAppointmentDialog::recheck()
{
    if (m_error->isHidden() || m_submitting)
        return;
    // A shown problem goes once it is fixed (or names what is still missing).
    auto result = appointment();
    showError(result ? QString() : result.error());
}

QDateTime NewAppointmentDialog::startTime() const
{
    const QDateTime wallClock = m_start->dateTime();
    return QDateTime(wallClock.date(), wallClock.time(), m_zone);
}

void NewAppointmentDialog::setStartTime(const QDateTime& time)
{
    showStart(time);
    m_startEdited = true;
}

void NewAppointmentDialog::showStart(const QDateTime& time)
{
    const QDateTime local = time.toTimeZone(m_zone);
    m_settingStart = true;
    m_start->setDateTime(QDateTime(local.date(), local.time(), Qt::UTC));
    m_settingStart = false;
}

const ServiceChoice* NewAppointmentDialog::currentService() const
{
    const int index = m_service->currentIndex();
    return index >= 0 && index < m_services.size() ? &m_services.at(index) : nullptr;
}

QComboBox* NewAppointmentDialog::staffBox(const QString& segmentKey) const
{
    for (const auto& [key, box] : m_staffBoxes)
        if (key == segmentKey)
            return box;
    return nullptr;
}

void NewAppointmentDialog::rebuildSegments()
{
    while (m_segmentForm->rowCount() > 0)
        m_segmentForm->removeRow(0);
    m_staffBoxes.clear();
    const ServiceChoice* service = currentService();
    if (service) {
        for (const SegmentTemplate& segment : service->segments) {
            // A form label takes "&" for a shortcut: "Föhnen & Styling" keeps its "&" as "&&".
            const QString label
                = tr("%1 – %2 (%n min)", nullptr, segment.durationMinutes)
                      .arg(segment.key, QString(segment.name).replace(u'&', QLatin1String("&&")));
            if (!segment.staffRequired) {
                m_segmentForm->addRow(label, new QLabel(tr("processing time, no staff"), this));
                continue;
            }
            auto* box = new QComboBox(this);
            box->addItem(tr("Choose…"), QString());
            for (const auto& [id, name] : service->staff)
                box->addItem(name, id);
            // One qualified person is the obvious choice.
            if (service->staff.size() == 1)
                box->setCurrentIndex(1);
            box->setAccessibleName(tr("Staff for %1").arg(segment.name));
            connect(box, &QComboBox::currentIndexChanged, this, &NewAppointmentDialog::updatePreview);
            connect(box, &QComboBox::currentIndexChanged, this, &NewAppointmentDialog::recheck);
            connect(box, &QComboBox::currentIndexChanged, this, &NewAppointmentDialog::askForFreeTime);
            m_segmentForm->addRow(label, box);
            m_staffBoxes.append({ segment.key, box });
        }
        if (service->segments.isEmpty())
            m_segmentForm->addRow(new QLabel(tr("This service has no segments yet."), this));
    }
    updatePreview();
    askForFreeTime();
}

Expected<NewAppointment, QString> NewAppointmentDialog::appointment() const
{
    const ServiceChoice* service = currentService();
    if (!service)
        return Unexpected(tr("Add a service first."));
    if (m_customer->text().trimmed().isEmpty())
        return Unexpected(tr("Enter the customer's name."));
    // A minute's grace: the default start is the next full hour, and typing takes a moment.
    if (startTime() < Clock::instance().nowUtc().addSecs(-60))
        return Unexpected(tr("The start %1 is in the past: choose a time from now on.")
                              .arg(DateTimeText::dateTime(startTime(), m_zone)));
    auto phases = AppointmentPhasePlanner::plan(service->segments, startTime(), chosenStaff());
    if (!phases)
        return Unexpected(phases.error());
    NewAppointment result;
    result.serviceId = service->id;
    result.customerName = m_customer->text().trimmed();
    result.customerEmail = m_email->text().trimmed();
    result.startsAt = startTime().toUTC();
    result.phases = phases.value();
    return result;
}

void NewAppointmentDialog::updatePreview()
{
    m_preview->clear();
    const ServiceChoice* service = currentService();
    if (!service) {
        m_timeline->setPlan({}, {}, {}, {});
        return;
    }
    QHash<QString, QString> staffNames;
    for (const auto& [id, name] : service->staff)
        staffNames.insert(id, name);
    QHash<QString, QString> chosen;
    for (const auto& [key, box] : m_staffBoxes)
        chosen.insert(key, box->currentData().toString());
    // Preview even before all staff are chosen: plan with placeholders, show "—" for the missing.
    QHash<QString, QString> planned = chosen;
    for (const SegmentTemplate& segment : service->segments)
        if (segment.staffRequired && planned.value(segment.key).isEmpty())
            planned.insert(segment.key, QStringLiteral("?"));
    auto phases = AppointmentPhasePlanner::plan(service->segments, startTime(), planned);
    if (!phases) {
        m_timeline->setPlan({}, {}, {}, {});
        return;
    }
    // A segment by its letter and name ("A – Apply colour"): the letter alone says nothing.
    QHash<QString, QString> segmentNames;
    for (const SegmentTemplate& segment : service->segments)
        segmentNames.insert(segment.key, QStringLiteral("%1 – %2").arg(segment.key, segment.name));
    QList<DayTimelinePreview::Step> steps;
    for (const PlannedPhase& phase : phases.value()) {
        steps.append({ segmentNames.value(phase.segmentKey, phase.segmentKey),
            phase.staffRequired ? chosen.value(phase.segmentKey) : QString(), phase.staffRequired,
            phase.startsAt, phase.endsAt });
        QString staff = phase.staffRequired
            ? staffNames.value(chosen.value(phase.segmentKey), QStringLiteral("—"))
            : tr("(no staff)");
        new QTreeWidgetItem(m_preview,
            { segmentNames.value(phase.segmentKey, phase.segmentKey), staff,
                DateTimeText::time(phase.startsAt, m_zone), DateTimeText::time(phase.endsAt, m_zone) });
    }
    m_timeline->setPlan(m_customer->text().trimmed(), service->name, steps, service->staff);
}

void NewAppointmentDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void NewAppointmentDialog::accept()
{
    if (m_submitting)
        return; // a second OK while the first write runs would book twice
    auto result = appointment();
    if (!result) {
        showError(result.error());
        return;
    }
    if (!m_submit) {
        QDialog::accept();
        return;
    }
    showError(QString());
    m_ok->setEnabled(false);
    m_submitting = true;
    m_submit(result.value());
}

void NewAppointmentDialog::finishSubmit(const QString& error)
{
    m_submitting = false;
    m_ok->setEnabled(true);
    if (error.isEmpty())
        QDialog::accept();
    else
        showError(error);
}

} // namespace salon::ui
