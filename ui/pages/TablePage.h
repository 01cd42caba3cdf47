#pragma once

#include "RecordFormDialog.h"
#include "ui/models/CsvWriter.h"
#include "ui/models/FindingsProxyModel.h"
#include "ui/models/LazyTableModel.h"
#include "ui/models/RowFinding.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class QToolBar;
class QVBoxLayout;

namespace salon
{
class DatabaseSession;
}

namespace salon::ui
{

class MessageBanner;

// One table of the main window: search field, column and quick filters, a lazy table with sorting and
// in-place editing, a form for adding and editing, delete with a check of what depends on a row, CSV
// export, and findings laid over the rows (FindingsProxyModel). Changes anyone makes show without Refresh
// (the model follows the session's ChangeWatcher). Pages with more (appointments) derive from it.
// Children have object names ("search", "table", "banner", "addAction", ...) for tests and scripts.
class TablePage : public QWidget
{
    Q_OBJECT
public:
    TablePage(tables::TableSpec spec, DatabaseSession* session, QWidget* parent = nullptr);

    QString pageId() const { return m_model->spec().id; }
    QString title() const { return m_model->spec().title; }
    LazyTableModel* model() const { return m_model; }
    FindingsProxyModel* findings() const { return m_findings; }
    QTableView* view() const { return m_view; }

    virtual void setTimeZone(const QTimeZone& zone);
    void setActor(const QString& actor);
    void showMessage(const QString& text, RowFinding::Severity severity = RowFinding::Severity::Info);
    // The key of the selected row, invalid when none is selected or it is still loading.
    QVariant currentKey() const;
    int currentRow() const;
    // Selects the row of key and scrolls to it, loading its rows first; a search or filter that hides it
    // is cleared. rowShown follows (found = false: the row does not exist, with a message).
    void showRow(const QVariant& key);

    // Writes the current rows (search, filter and order) to a CSV file without asking for a name; by
    // default for spreadsheets in the app's language (German: semicolons).
    void exportCsvTo(
        const QString& filePath, CsvWriter::Format format = CsvWriter::Format::forSpreadsheets());

public slots:
    void focusSearch();
    void addRow();
    void editCurrentRow();
    // Appointments override it: their live bookings are cancelled first.
    virtual void deleteCurrentRow();
    void exportCsv();

signals:
    // A short text for the main window's status bar.
    void statusMessage(const QString& text);
    // An export finished (ok = the file is complete).
    void exported(const QString& filePath, bool ok);
    void currentKeyChanged(const QVariant& key);
    void rowShown(const QVariant& key, bool found);

protected:
    // Opens the form for a new row; appointments override it with their own dialog.
    virtual void openAddForm();
    // Values a new row starts with (base-table column → value).
    virtual QVariantMap newRowDefaults() const;
    QVBoxLayout* pageLayout() const { return m_layout; }
    QToolBar* toolBar() const { return m_toolBar; }
    QTimeZone timeZone() const { return m_zone; }

    // Loads the lookup lists of the spec's Lookup columns in the worker, then calls done.
    void loadLookups(std::function<void(QHash<QString, tables::LookupRows>)> done);
    DatabaseSession* session() const { return m_session; }
    void openForm(const QHash<QString, tables::LookupRows>& lookups, const QVariantMap& values,
        const QVariant& key, const QString& error);

private:
    void updateCountLabel();
    void updateActions();
    void locateShownKey(bool clearFiltersIfHidden);
    void selectShownRow();
    void finishShowRow(bool found);

    DatabaseSession* m_session;
    LazyTableModel* m_model;
    FindingsProxyModel* m_findings;
    QTableView* m_view;
    QVBoxLayout* m_layout;
    QToolBar* m_toolBar;
    QLineEdit* m_search;
    QComboBox* m_searchColumn;
    QComboBox* m_quickFilter;
    QLabel* m_countLabel;
    MessageBanner* m_banner;
    QTimer* m_searchDelay;
    QTimeZone m_zone;
    bool m_resizedColumns = false;
    QVariant m_lastKey;
    // showRow(): the key asked for and its row once located (-1: not yet).
    QVariant m_shownKey;
    int m_shownRow = -1;
    int m_shownLocates = 0; // bounded: rows moving under a busy table do not locate forever
    QAction* m_addAction;
    QAction* m_editAction;
    QAction* m_deleteAction;
    QAction* m_exportAction;
    QAction* m_refreshAction;
    QAction* m_findAction;
};

} // namespace salon::ui
