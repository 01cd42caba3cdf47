#include "MessageBanner.h"

#include "ui/Icons.h"
#include "ui/StatePalette.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace salon::ui
{

MessageBanner::MessageBanner(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_close(new QToolButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setAutoRaise(true);
    m_close->setText(QStringLiteral("×"));
    m_close->setToolTip(tr("Close message"));
    m_close->setAccessibleName(tr("Close message"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 4, 4);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    setAccessibleName(tr("Message"));
    hide();
}

void MessageBanner::showMessage(const QString& text, RowFinding::Severity severity)
{
    m_severity = severity;
    m_text->setText(text);
    const QIcon icon = severity == RowFinding::Severity::Error ? Icons::error()
        : severity == RowFinding::Severity::Warning            ? Icons::warning()
                                                               : Icons::info();
    m_icon->setPixmap(icon.pixmap(16, 16));
    const StatePalette states(QApplication::palette());
    QPalette colours = palette();
    colours.setColor(QPalette::Window, states.background(severity));
    colours.setColor(QPalette::WindowText, states.text());
    setPalette(colours);
    setAccessibleDescription(text);
    show();
}

QString MessageBanner::text() const
{
    return isVisible() || !m_text->text().isEmpty() ? m_text->text() : QString();
}

} // namespace salon::ui
