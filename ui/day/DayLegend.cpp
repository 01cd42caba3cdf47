#include "DayLegend.h"

#include "DayPainter.h"
#include "DayView.h"

#include <QPainter>

namespace salon::ui
{

using day::StepState;

namespace
{
const QList<StepState> kStates { StepState::Synced, StepState::Pending, StepState::Failed,
    StepState::Cancelled, StepState::Owed };
constexpr int kBadge = 14;
constexpr int kGap = 6;
constexpr int kSpacing = 18;
} // namespace

DayLegend::DayLegend(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("legend"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setAccessibleName(tr("Legend"));
    setToolTip(labels().join(QStringLiteral(" · ")));
}

QStringList DayLegend::labels() const
{
    QStringList labels;
    for (StepState state : kStates)
        labels << DayView::stateLabel(state);
    labels << tr("Processing time") << DayPainter::busyLabel();
    return labels;
}

QSize DayLegend::sizeHint() const
{
    int width = 0;
    for (const QString& label : labels())
        width += kBadge + kGap + fontMetrics().horizontalAdvance(label) + kSpacing;
    return { width, std::max(kBadge, fontMetrics().height()) + 8 };
}

void DayLegend::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QStringList texts = labels();
    const double y = (height() - kBadge) / 2.0;
    double x = 4;
    for (int i = 0; i < texts.size(); ++i) {
        const QRectF badge(x, y, kBadge, kBadge);
        if (i < kStates.size()) {
            DayPainter::paintBadge(painter, kStates[i], badge, palette());
        } else if (i == texts.size() - 1) {
            DayPainter::paintBusy(painter, badge.adjusted(-2, -1, 2, 1), palette(), font(), {}, false);
        } else {
            painter.setPen(palette().color(QPalette::Mid));
            painter.fillRect(badge, QBrush(palette().color(QPalette::Mid), Qt::BDiagPattern));
            painter.drawRect(badge);
        }
        x += kBadge + kGap;
        painter.setPen(palette().color(QPalette::WindowText));
        const int w = fontMetrics().horizontalAdvance(texts[i]);
        painter.drawText(QRectF(x, 0, w + 2, height()), Qt::AlignLeft | Qt::AlignVCenter, texts[i]);
        x += w + kSpacing;
    }
}

} // namespace salon::ui
