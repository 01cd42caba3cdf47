#pragma once

#include "DriftWording.h"
#include "core/drift/DriftChoice.h"

#include <QUrl>
#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QListView;
class QMenu;
class QProgressBar;
class QPushButton;
class QToolButton;

namespace salon::ui
{

class DriftApplier;
class DriftItemModel;

// The sync console's "Changed in Cal.com" part: the changes the looks found, filtered by kind with counts,
// and for the selected one what changed in the salon's words, the proposal and its buttons: Apply (the
// proposal, or one of the choices from the button's menu), Keep ours (put Cal.com back where that is a
// choice; otherwise leave Cal.com's change alone: it comes back only when Cal.com changes the booking again)
// and Open in Cal.com (the booking's page in the browser). Objects are named for tests ("driftView",
// "groupFilter", "applyButton", "keepOursButton", "openInCalcomButton", "applyProgress").
class DriftPanel : public QWidget
{
    Q_OBJECT
public:
    DriftPanel(DriftItemModel* model, DriftApplier* applier, QWidget* parent = nullptr);

    void setCalcomBaseUrl(const QUrl& apiBaseUrl) { m_apiBaseUrl = apiBaseUrl; }
    // How a page is opened (tests record it); default: QDesktopServices::openUrl.
    void setUrlOpener(std::function<bool(const QUrl&)> opener) { m_openUrl = std::move(opener); }
    void setTimeZone(const QTimeZone& zone);
    // "Cal.com checked 10:42", or why the last look failed.
    void setLastLook(const QString& text);

    // "Changed in Cal.com (3)", for the console's tab.
    QString title() const;
    void selectRow(int row);

public slots:
    // The selected change: its proposal, or the given choice.
    void applySelected(std::optional<salon::drift::DriftChoice> choice = std::nullopt);
    void keepOursForSelected();
    void openSelectedInCalcom();

signals:
    void statusMessage(const QString& text);
    void titleChanged(const QString& title);
    void lookNowRequested();

private:
    void updateFilter();
    void updateDetails();
    QString selectedKey() const;

    DriftItemModel* m_model;
    DriftApplier* m_applier;
    QComboBox* m_groupFilter;
    QLabel* m_lastLook;
    QListView* m_view;
    QLabel* m_whatChanged;
    QLabel* m_proposal;
    QToolButton* m_apply;
    QMenu* m_applyMenu;
    QPushButton* m_keepOurs;
    QPushButton* m_open;
    QProgressBar* m_progress;
    QUrl m_apiBaseUrl;
    QTimeZone m_zone = QTimeZone("Europe/Berlin");
    std::function<bool(const QUrl&)> m_openUrl;
    QString m_keptKey; // selected while the list resets
};

} // namespace salon::ui
