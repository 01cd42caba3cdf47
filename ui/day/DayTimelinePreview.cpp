#include "DayTimelinePreview.h"

#include "DayPainter.h"
#include "core/day/DayScheduleReader.h"

#include <QPainter>

#include <algorithm>

namespace salon::ui
{

DayTimelinePreview::DayTimelinePreview(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("timeline"));
    setAccessibleName(tr("The new appointment on the staff's day"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setMinimumHeight(120);
}

DayTimelinePreview::~DayTimelinePreview() = default;

void DayTimelinePreview::setWorker(DatabaseWorker* worker)
{
    m_worker = worker;
    m_reader = worker ? std::make_unique<day::DayScheduleReader>(worker) : nullptr;
    m_read = {};
    compose();
}

void DayTimelinePreview::setTimeZone(const QTimeZone& zone)
{
    if (!zone.isValid() || zone == m_zone)
        return;
    m_zone = zone;
    m_read = {};
    compose();
}

void DayTimelinePreview::setPlan(const QString& customer, const QString& service, const QList<Step>& steps,
    const QList<QPair<QString, QString>>& staff)
{
    m_customer = customer;
    m_service = service;
    m_steps = steps;
    m_staff = staff;
    compose();
}

bool DayTimelinePreview::isCurrent() const
{
    return !m_worker || (!m_reading && m_read.date.isValid() && m_read.date == m_shown.date);
}

QSize DayTimelinePreview::sizeHint() const
{
    return { 480, 220 };
}

void DayTimelinePreview::readDay(const QDate& date)
{
    if (!m_reader || m_reading)
        return;
    m_reading = true;
    m_reader->load(date, m_zone, this, [this, date](Expected<day::DaySchedule, QString> read) {
        m_reading = false;
        // A day that cannot be read shows only the new steps, and says so (the dialog's own checks still
        // apply).
        m_readError = read ? QString() : read.error();
        m_read = read ? std::move(read).value() : day::DaySchedule {};
        m_read.date = date;
        setToolTip(m_readError.isEmpty() ? QString() : notShownText());
        compose();
        emit dayRead();
    });
}

void DayTimelinePreview::compose()
{
    m_shown = {};
    m_shown.zone = m_zone;
    if (m_steps.isEmpty()) {
        m_layout = DayLayout();
        update();
        return;
    }
    const QDateTime first
        = std::min_element(m_steps.cbegin(), m_steps.cend(), [](const Step& l, const Step& r) {
              return l.startsAt < r.startsAt;
          })->startsAt;
    const QDateTime last
        = std::max_element(m_steps.cbegin(), m_steps.cend(), [](const Step& l, const Step& r) {
              return l.endsAt < r.endsAt;
          })->endsAt;
    m_shown.date = first.toTimeZone(m_zone).date();
    // The columns: the staff the steps have; before anyone is chosen, who may do them.
    for (const auto& [id, name] : std::as_const(m_staff))
        if (std::any_of(m_steps.cbegin(), m_steps.cend(), [&](const Step& s) { return s.staffId == id; }))
            m_shown.staff.append({ id, name, true });
    if (m_shown.staff.isEmpty())
        for (const auto& [id, name] : std::as_const(m_staff))
            m_shown.staff.append({ id, name, true });

    day::DayAppointment planned;
    planned.customerName = m_customer.isEmpty() ? tr("New appointment") : m_customer;
    planned.serviceName = m_service;
    planned.startsAt = first;
    qint64 phase = 0;
    for (const Step& s : std::as_const(m_steps)) {
        day::DayStep step;
        step.phaseId = --phase; // not a stored phase
        step.segmentName = s.name;
        step.staffId = s.staffId;
        step.staffRequired = s.staffRequired;
        step.startsAt = s.startsAt;
        step.endsAt = s.endsAt;
        step.state = day::StepState::Pending;
        planned.steps.append(step);
    }
    m_shown.appointments.append(planned);

    if (m_worker && m_read.date != m_shown.date)
        readDay(m_shown.date);
    if (m_read.date == m_shown.date) {
        // Everything else the shown staff have that day, grey: other appointments and Cal.com's busy time.
        for (const day::DayAppointment& a : std::as_const(m_read.appointments))
            for (const day::DayStep& s : a.steps)
                if (s.staffRequired && s.state != day::StepState::Cancelled
                    && m_shown.staffIndex(s.staffId) >= 0)
                    m_shown.busy.append({ QString(), s.staffId, s.startsAt, s.endsAt,
                        QStringLiteral("%1 · %2").arg(a.customerName, s.segmentName) });
        for (const day::DayBusy& b : std::as_const(m_read.busy))
            if (m_shown.staffIndex(b.staffId) >= 0)
                m_shown.busy.append(b);
    }
    resizeEvent(nullptr);
}

double DayTimelinePreview::scale() const
{
    if (!m_layout.day())
        return 1.0;
    const double naturalHeight = m_layout.yOf(m_layout.lastMinute()) + 1;
    const double naturalWidth
        = DayLayout::kGutterWidth + std::max<qsizetype>(1, m_shown.staff.size()) * DayLayout::kMinColumnWidth;
    return std::min({ 1.0, height() / naturalHeight, width() / naturalWidth });
}

void DayTimelinePreview::resizeEvent(QResizeEvent*)
{
    if (m_shown.appointments.isEmpty()) {
        update();
        return;
    }
    const day::DayAppointment& planned = m_shown.appointments.first();
    int from = 24 * 60;
    int until = 0;
    for (const day::DayStep& s : planned.steps) {
        from = std::min(from, m_shown.minuteOf(s.startsAt));
        until = std::max(until, m_shown.minuteOf(s.endsAt));
    }
    // Half an hour around the appointment, on the quarter-hour grid.
    from = std::max(0, (from - 30) / DayLayout::kGridMinutes * DayLayout::kGridMinutes);
    until = std::min(24 * 60,
        (until + 30 + DayLayout::kGridMinutes - 1) / DayLayout::kGridMinutes * DayLayout::kGridMinutes);
    m_layout = DayLayout(&m_shown, width(), from, until);
    const double s = scale();
    if (s < 1.0)
        m_layout = DayLayout(&m_shown, width() / s, from, until);
    update();
}

void DayTimelinePreview::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    if (!m_layout.day()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect().adjusted(8, 8, -8, -8), Qt::AlignCenter | Qt::TextWordWrap,
            tr("Choose a service and a start to see the appointment on the staff's day."));
        return;
    }
    painter.save();
    painter.scale(scale(), scale());
    DayPainter(m_layout, palette(), font()).paintAll(painter);
    painter.restore();
    if (!m_readError.isEmpty()) {
        // Over the foot of the strip, readable on any palette; the whole message is in the tooltip.
        const QFontMetrics metrics(font());
        const QRect strip(0, height() - metrics.height() - 8, width(), metrics.height() + 8);
        painter.fillRect(strip, palette().color(QPalette::ToolTipBase));
        painter.setPen(palette().color(QPalette::ToolTipText));
        painter.drawText(strip.adjusted(6, 0, -6, 0), Qt::AlignVCenter | Qt::AlignLeft,
            metrics.elidedText(notShownText(), Qt::ElideRight, strip.width() - 12));
    }
}

QString DayTimelinePreview::notShownText() const
{
    return tr("The staff's other bookings cannot be shown: %1").arg(m_readError);
}

} // namespace salon::ui
