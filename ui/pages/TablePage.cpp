#include "TablePage.h"

#include "ChoiceDelegate.h"
#include "MessageBanner.h"
#include "core/db/DatabaseSession.h"
#include "ui/Icons.h"
#include "ui/models/CsvExportJob.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace salon::ui
{

TablePage::TablePage(tables::TableSpec spec, DatabaseSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new LazyTableModel(std::move(spec), session, this))
    , m_findings(new FindingsProxyModel(LazyTableModel::PrimaryKeyRole, m_model->spec().baseTable, this))
    , m_view(new QTableView(this))
    , m_layout(new QVBoxLayout(this))
    , m_toolBar(new QToolBar(this))
    , m_search(new QLineEdit(this))
    , m_searchColumn(new QComboBox(this))
    , m_quickFilter(new QComboBox(this))
    , m_countLabel(new QLabel(this))
    , m_banner(new MessageBanner(this))
    , m_searchDelay(new QTimer(this))
    , m_zone(QTimeZone::utc())
{
    const tables::TableSpec& tableSpec = m_model->spec();
    m_findings->setSourceModel(m_model);
    // Findings about rows that changed may no longer hold.
    connect(session->changes(), &ChangeWatcher::changed, m_findings, &FindingsProxyModel::forgetChanged);
    setObjectName(tableSpec.id + QStringLiteral("Page"));
    setAccessibleName(tableSpec.title);

    // Actions live on the page, so their shortcuts work while the page (or a child) has focus and
    // each page's Ctrl+N adds to its own table.
    auto makeAction = [this](const QString& name, const QIcon& icon, const QString& text,
                          const QKeySequence& shortcut) {
        auto* action = new QAction(icon, text, this);
        action->setObjectName(name);
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(QStringLiteral("%1 (%2)").arg(text, shortcut.toString(QKeySequence::NativeText)));
        addAction(action);
        return action;
    };
    m_addAction = makeAction(QStringLiteral("addAction"), Icons::add(), tr("Add…"), QKeySequence::New);
    m_editAction = makeAction(
        QStringLiteral("editAction"), Icons::edit(), tr("Edit…"), QKeySequence(Qt::CTRL | Qt::Key_E));
    m_deleteAction
        = makeAction(QStringLiteral("deleteAction"), Icons::remove(), tr("Delete…"), QKeySequence::Delete);
    m_exportAction = makeAction(QStringLiteral("exportAction"), Icons::exportCsv(), tr("Export CSV…"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_refreshAction
        = makeAction(QStringLiteral("refreshAction"), Icons::refresh(), tr("Refresh"), QKeySequence::Refresh);
    m_findAction
        = makeAction(QStringLiteral("findAction"), Icons::search(), tr("Search"), QKeySequence::Find);
    m_addAction->setVisible(tableSpec.allowInsert);
    m_deleteAction->setVisible(tableSpec.allowDelete);
    bool anyFormColumn = false;
    for (const tables::ColumnSpec& column : tableSpec.columns)
        anyFormColumn = anyFormColumn || (column.inForm && !column.writeColumn.isEmpty());
    m_editAction->setVisible(anyFormColumn);
    connect(m_addAction, &QAction::triggered, this, &TablePage::addRow);
    connect(m_editAction, &QAction::triggered, this, &TablePage::editCurrentRow);
    connect(m_deleteAction, &QAction::triggered, this, &TablePage::deleteCurrentRow);
    connect(m_exportAction, &QAction::triggered, this, &TablePage::exportCsv);
    connect(m_refreshAction, &QAction::triggered, m_model, &LazyTableModel::refresh);
    connect(m_findAction, &QAction::triggered, this, &TablePage::focusSearch);

    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->setAccessibleName(tr("%1 actions").arg(tableSpec.title));
    for (QAction* action : { m_addAction, m_editAction, m_deleteAction, m_exportAction, m_refreshAction })
        if (action->isVisible())
            m_toolBar->addAction(action);

    m_search->setPlaceholderText(tr("Search…"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(Icons::search(), QLineEdit::LeadingPosition);
    m_search->setAccessibleName(tr("Search %1").arg(tableSpec.title));
    m_search->setObjectName(QStringLiteral("search"));
    m_searchColumn->addItem(tr("All columns"), -1);
    for (int i = 0; i < tableSpec.columns.size(); ++i)
        if (tableSpec.columns.at(i).searchable)
            m_searchColumn->addItem(tableSpec.columns.at(i).title, i);
    m_searchColumn->setAccessibleName(tr("Search in column"));
    m_searchColumn->setObjectName(QStringLiteral("searchColumn"));
    m_quickFilter->addItem(tr("All rows"), -1);
    for (int i = 0; i < tableSpec.quickFilters.size(); ++i)
        m_quickFilter->addItem(tableSpec.quickFilters.at(i).title, i);
    m_quickFilter->setAccessibleName(tr("Filter"));
    m_quickFilter->setObjectName(QStringLiteral("quickFilter"));
    m_quickFilter->setVisible(!tableSpec.quickFilters.isEmpty());
    m_countLabel->setAccessibleName(tr("Row count"));
    m_countLabel->setObjectName(QStringLiteral("rowCount"));
    m_banner->setObjectName(QStringLiteral("banner"));

    // Typing shows results after a pause, not a query per keystroke.
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, [this] { m_model->setSearchText(m_search->text()); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay->stop();
        m_model->setSearchText(m_search->text());
    });
    connect(m_searchColumn, &QComboBox::currentIndexChanged, this,
        [this] { m_model->setSearchColumn(m_searchColumn->currentData().toInt()); });
    connect(m_quickFilter, &QComboBox::currentIndexChanged, this,
        [this] { m_model->setQuickFilter(m_quickFilter->currentData().toInt()); });

    // Actions on one row, search and filters below: neither squeezes the other on a narrow window.
    auto* filterRow = new QHBoxLayout;
    m_search->setMinimumWidth(220);
    filterRow->addWidget(m_search, 1);
    filterRow->addWidget(m_searchColumn);
    filterRow->addWidget(m_quickFilter);

    m_view->setModel(m_findings);
    m_view->setItemDelegate(new ChoiceDelegate(tableSpec, m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::AnyKeyPressed);
    m_view->setAccessibleName(tableSpec.title);
    m_view->setObjectName(QStringLiteral("table"));
    // Uniform rows: the view never asks every row for its height, which keeps 500,000 rows smooth.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSortIndicator(0, Qt::AscendingOrder);
    m_view->horizontalHeader()->setResizeContentsPrecision(64);
    m_view->setSortingEnabled(true);
    m_view->setWordWrap(false);
    // Tab moves on to the next control, as everywhere else; the arrow keys move between cells.
    m_view->setTabKeyNavigation(false);

    m_layout->setContentsMargins(6, 6, 6, 6);
    m_layout->addWidget(m_toolBar);
    m_layout->addLayout(filterRow);
    // The banner below the table: when it comes or goes, nothing above it moves (tool bar, filters and
    // the rows under the mouse stay put; the table only gets shorter).
    m_layout->addWidget(m_view, 1);
    m_layout->addWidget(m_banner);
    m_layout->addWidget(m_countLabel);

    connect(m_model, &LazyTableModel::countChanged, this, &TablePage::updateCountLabel);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TablePage::updateCountLabel);
    connect(m_model, &LazyTableModel::rowsLoaded, this, [this] {
        if (m_resizedColumns)
            return;
        m_resizedColumns = true;
        m_view->resizeColumnsToContents();
        for (int i = 0; i < m_model->columnCount(); ++i)
            m_view->setColumnWidth(i, qBound(60, m_view->columnWidth(i) + 12, 320));
        // A UUID says nothing to people: its first group is enough to tell rows apart (the form shows it
        // all), so the names get the room.
        const QList<tables::ColumnSpec>& columns = m_model->spec().columns;
        const int headerMargin = 2 * style()->pixelMetric(QStyle::PM_HeaderMargin) + 24;
        for (int i = 0; i < columns.size(); ++i)
            if (columns.at(i).type == tables::ColumnType::Uuid)
                m_view->setColumnWidth(i,
                    std::max(m_view->fontMetrics().horizontalAdvance(QStringLiteral("9f47fda1-000…")) + 12,
                        m_view->horizontalHeader()->fontMetrics().horizontalAdvance(columns.at(i).title)
                            + headerMargin));
    });
    connect(m_model, &LazyTableModel::editRejected, this,
        [this](const QString& message) { showMessage(message, RowFinding::Severity::Error); });
    connect(m_model, &LazyTableModel::writeFailed, this,
        [this](const QString& message) { showMessage(message, RowFinding::Severity::Error); });
    connect(m_model, &LazyTableModel::loadFailed, this,
        [this](const QString& message) { showMessage(message, RowFinding::Severity::Error); });
    // The selected row, not just the current one: selectRow() may keep the current index.
    auto selectionMoved = [this] {
        updateActions();
        const QVariant key = currentKey();
        if (key != m_lastKey || key.isNull() != m_lastKey.isNull()) {
            m_lastKey = key;
            emit currentKeyChanged(key);
        }
    };
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, selectionMoved);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, selectionMoved);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateActions();
        m_lastKey = QVariant();
        emit currentKeyChanged(QVariant());
    });
    // showRow(): the row's count or rows may arrive after its position.
    connect(m_model, &LazyTableModel::countChanged, this, &TablePage::selectShownRow);
    connect(m_model, &LazyTableModel::rowsLoaded, this, &TablePage::selectShownRow);
    updateCountLabel();
    updateActions();
}

void TablePage::showRow(const QVariant& key)
{
    m_shownKey = key;
    m_shownRow = -1;
    m_shownLocates = 0;
    locateShownKey(true);
}

void TablePage::locateShownKey(bool clearFiltersIfHidden)
{
    const QVariant key = m_shownKey;
    ++m_shownLocates;
    m_model->access().positionOf(
        m_model->queryState(), key, this, [this, key, clearFiltersIfHidden](Expected<int, QString> row) {
            if (key != m_shownKey)
                return; // another row was asked for meanwhile
            if (!row) {
                showMessage(row.error(), RowFinding::Severity::Error);
                finishShowRow(false);
                return;
            }
            const bool filtered = !m_search->text().isEmpty() || m_quickFilter->currentIndex() > 0;
            if (*row < 0 && clearFiltersIfHidden && filtered) {
                m_searchDelay->stop();
                {
                    const QSignalBlocker block(m_search);
                    m_search->clear();
                }
                m_model->setSearchText(QString());
                m_quickFilter->setCurrentIndex(0);
                locateShownKey(false);
                return;
            }
            if (*row < 0) {
                showMessage(tr("Row %1 is not in the table (any more): it may have been deleted.")
                                .arg(key.toString()),
                    RowFinding::Severity::Warning);
                finishShowRow(false);
                return;
            }
            m_shownRow = *row;
            selectShownRow();
        });
}

void TablePage::selectShownRow()
{
    // Waits for the count (a query restarted by clearing the search) and the row's chunk.
    if (m_shownRow < 0 || m_shownRow >= m_model->rowCount())
        return;
    const QModelIndex index = m_findings->mapFromSource(m_model->index(m_shownRow, 0));
    m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
    if (!m_model->isRowLoaded(m_shownRow)) {
        m_model->data(m_model->index(m_shownRow, 0)); // asks for its chunk, even while hidden
        return;
    }
    if (m_model->keyOf(m_shownRow).toString() != m_shownKey.toString() && m_shownLocates < 3) {
        // Rows moved since it was located (a change elsewhere): locate it again.
        m_shownRow = -1;
        locateShownKey(false);
        return;
    }
    if (m_model->keyOf(m_shownRow).toString() != m_shownKey.toString()) {
        finishShowRow(false);
        return;
    }
    m_view->setCurrentIndex(index);
    m_view->selectRow(index.row());
    finishShowRow(true);
}

void TablePage::finishShowRow(bool found)
{
    const QVariant key = m_shownKey;
    m_shownKey = QVariant();
    m_shownRow = -1;
    emit rowShown(key, found);
}

void TablePage::setTimeZone(const QTimeZone& zone)
{
    m_zone = zone;
    m_model->setTimeZone(zone);
}

void TablePage::setActor(const QString& actor)
{
    m_model->setActor(actor);
}

void TablePage::showMessage(const QString& text, RowFinding::Severity severity)
{
    m_banner->showMessage(text, severity);
    emit statusMessage(text);
}

int TablePage::currentRow() const
{
    const QModelIndex index = m_view->selectionModel()->currentIndex();
    return index.isValid() && m_view->selectionModel()->isRowSelected(index.row(), {}) ? index.row() : -1;
}

QVariant TablePage::currentKey() const
{
    const int row = currentRow();
    return row >= 0 ? m_model->keyOf(row) : QVariant();
}

void TablePage::updateCountLabel()
{
    if (!m_model->isCountKnown()) {
        m_countLabel->setText(tr("Counting rows…"));
        return;
    }
    m_countLabel->setText(tr("%n row(s)", nullptr, m_model->rowCount()));
}

void TablePage::updateActions()
{
    const bool hasRow = currentKey().isValid();
    m_editAction->setEnabled(hasRow);
    m_deleteAction->setEnabled(hasRow);
}

void TablePage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

QVariantMap TablePage::newRowDefaults() const
{
    QVariantMap values;
    for (const tables::ColumnSpec& column : m_model->spec().columns) {
        // New rows are active; a bool column is otherwise unchecked.
        if (column.writeColumn == QLatin1String("active")
            || column.writeColumn == QLatin1String("staff_required"))
            values.insert(column.writeColumn, true);
    }
    return values;
}

void TablePage::loadLookups(std::function<void(QHash<QString, tables::LookupRows>)> done)
{
    m_model->access().lookups(
        this, [this, done](Expected<QHash<QString, tables::LookupRows>, QString> lookups) {
            if (!lookups) {
                showMessage(lookups.error(), RowFinding::Severity::Error);
                return;
            }
            done(lookups.value());
        });
}

void TablePage::addRow()
{
    if (!m_model->spec().allowInsert)
        return;
    openAddForm();
}

void TablePage::openAddForm()
{
    loadLookups([this](QHash<QString, tables::LookupRows> lookups) {
        openForm(lookups, newRowDefaults(), QVariant(), QString());
    });
}

void TablePage::editCurrentRow()
{
    const int row = currentRow();
    if (row < 0 || !m_model->isRowLoaded(row))
        return;
    const QVariant key = m_model->keyOf(row);
    const QVariantMap values = m_model->recordValues(row);
    loadLookups([this, key, values](QHash<QString, tables::LookupRows> lookups) {
        openForm(lookups, values, key, QString());
    });
}

void TablePage::openForm(const QHash<QString, tables::LookupRows>& lookups, const QVariantMap& values,
    const QVariant& key, const QString& error)
{
    const bool isNew = !key.isValid();
    auto* dialog = new RecordFormDialog(m_model->spec(), lookups, m_zone, isNew, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setValues(values);
    dialog->showError(error);
    QPointer<LazyTableModel> model = m_model;
    dialog->setCheck([model](const QVariantMap& input) {
        if (!model)
            return QString();
        auto checked = model->validateRecord(input);
        return checked ? QString() : checked.error();
    });
    connect(dialog, &QDialog::accepted, this, [this, dialog, lookups, key, isNew] {
        const QVariantMap input = dialog->values();
        auto afterWrite = [this, lookups, input, key, isNew](const tables::WriteResult& result) {
            if (!result.error.isEmpty()) {
                // Back to the form with what was typed, and why it was refused.
                openForm(lookups, input, key, result.error);
                return;
            }
            showMessage(isNew ? tr("Added to %1.").arg(m_model->spec().title)
                              : tr("Saved changes to %1.").arg(m_model->spec().title));
        };
        if (isNew)
            m_model->insertRecord(input, afterWrite);
        else
            m_model->updateRecord(key, input, afterWrite);
    });
    dialog->open();
}

void TablePage::deleteCurrentRow()
{
    const int row = currentRow();
    if (row < 0 || !m_model->spec().allowDelete || !m_model->isRowLoaded(row))
        return;
    const QVariant key = m_model->keyOf(row);
    const QString what = m_model->describeRow(row);
    m_model->countDependents(key, [this, key, what](QList<tables::DependentCount> counts, QString error) {
        if (!error.isEmpty()) {
            showMessage(error, RowFinding::Severity::Error);
            return;
        }
        QStringList blocking;
        QStringList alsoRemoved;
        for (const auto& count : counts)
            (count.blocksDelete ? blocking : alsoRemoved).append(count.description);
        if (!blocking.isEmpty()) {
            QMessageBox::information(this, tr("Cannot delete"),
                tr("%1 cannot be deleted: %2 still refer to it. Delete or change those "
                   "first.")
                    .arg(what, QLocale().createSeparatedList(blocking)));
            return;
        }
        QString question = tr("Delete %1?").arg(what);
        if (!alsoRemoved.isEmpty())
            question += QLatin1Char('\n')
                + tr("This also deletes %1.").arg(QLocale().createSeparatedList(alsoRemoved));
        if (QMessageBox::question(
                this, tr("Delete"), question, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            != QMessageBox::Yes)
            return;
        m_model->deleteRecord(key, [this, what](const tables::WriteResult& result) {
            if (result.error.isEmpty())
                showMessage(tr("Deleted %1.").arg(what));
        });
    });
}

void TablePage::exportCsv()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(m_model->spec().id + QStringLiteral(".csv"));
    // The choice of format is the dialog's file type: for spreadsheets in this language (preselected) or
    // plain RFC 4180 for other programs.
    const CsvWriter::Format spreadsheets = CsvWriter::Format::forSpreadsheets();
    const CsvWriter::Format plain = CsvWriter::Format::plain();
    QString chosen = spreadsheets.fileDialogFilter();
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Export %1 as CSV").arg(m_model->spec().title), suggested,
            spreadsheets.fileDialogFilter() + QStringLiteral(";;") + plain.fileDialogFilter(), &chosen);
    if (!path.isEmpty())
        exportCsvTo(path, chosen == plain.fileDialogFilter() ? plain : spreadsheets);
}

void TablePage::exportCsvTo(const QString& filePath, CsvWriter::Format format)
{
    emit statusMessage(tr("Exporting %1…").arg(m_model->spec().title));
    auto* job = new CsvExportJob(m_model->access(), m_model->queryState(), filePath, format, this);
    connect(job, &Job::finished, this, [this, job, filePath] {
        if (job->hasError())
            showMessage(
                tr("Cannot export to %1: %2").arg(QDir::toNativeSeparators(filePath), job->errorString()),
                RowFinding::Severity::Error);
        else
            showMessage(tr("Exported %n row(s) to %1.", nullptr, job->rowCount())
                            .arg(QDir::toNativeSeparators(filePath)));
        emit exported(filePath, !job->hasError());
    });
    job->start();
}

} // namespace salon::ui
