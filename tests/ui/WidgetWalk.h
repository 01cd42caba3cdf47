#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace salon::test
{

// Walks what a salon admin sees of a window — labels, buttons, tab bars, table headers, tool bars, the
// cells of the first rows and the status bar — and names what reads badly: text cut or elided because its
// widget is too narrow, a tool bar whose actions hide behind "»", raw enum values (no_show), placeholders
// ({service}, %1) and date/time formats that are not the locale's short ones. In German it also names
// English words outside a short list of names (Cal.com, CSV, ID, ...). Each finding reads
// "<kind>: <widget path>: <text>", so a failure says where to look.
class WidgetWalk
{
public:
    explicit WidgetWalk(bool german)
        : m_german(german)
    {
    }

    // Everything visible under root (root included), in a stable order.
    QStringList findings(QWidget* root) const;

    // The English words a German text is checked for, and the names allowed anyway.
    static const QStringList& englishWords();
    static const QStringList& allowedNames();

private:
    void checkText(QStringList& out, const QString& where, const QString& text, bool data = false) const;
    void checkLabel(QStringList& out, QWidget* widget) const;
    void checkButton(QStringList& out, QWidget* widget) const;
    void checkTabBar(QStringList& out, QWidget* widget) const;
    void checkHeader(QStringList& out, QWidget* widget) const;
    void checkToolBar(QStringList& out, QWidget* widget) const;
    void checkItemView(QStringList& out, QWidget* widget) const;
    void checkStatusBar(QStringList& out, QWidget* widget) const;

    bool m_german;
};

// "MainWindow/pages/TablePage:staff/QToolBar:toolBar/QToolButton": a widget's place by class and object name.
QString widgetPath(const QWidget* widget);

} // namespace salon::test
