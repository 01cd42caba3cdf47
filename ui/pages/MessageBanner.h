#pragma once

#include "ui/models/RowFinding.h"

#include <QFrame>

class QLabel;
class QToolButton;

namespace salon::ui
{

// An inline message above a table or a console (KMessageWidget-like): errors and confirmations without a
// modal box, so a refused edit never interrupts typing. Colours come from the palette (StatePalette).
class MessageBanner : public QFrame
{
    Q_OBJECT
public:
    explicit MessageBanner(QWidget* parent = nullptr);
    void showMessage(const QString& text, RowFinding::Severity severity);
    QString text() const;
    RowFinding::Severity severity() const { return m_severity; }

private:
    QLabel* m_icon;
    QLabel* m_text;
    QToolButton* m_close;
    RowFinding::Severity m_severity = RowFinding::Severity::Info;
};

} // namespace salon::ui
