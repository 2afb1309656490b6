#pragma once

#include <QListView>

class QMenu;

class CaseListModel;

/// The list of support cases on the left of the main window.
///
/// Shows what the list is doing when it has no rows (loading, nothing found), and reports the
/// case the user moves to.
class CaseListView : public QListView
{
    Q_OBJECT

public:
    explicit CaseListView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;

    /// The case id of the current row, or an empty string.
    QString currentCaseId() const;
    /// The case ids of the selected rows, in list order; several when the user extends the
    /// selection (Ctrl or Shift), which leaves the case being read open.
    QStringList selectedCaseIds() const;

    /// Makes \a caseId the current and selected row. Returns false when it is not listed.
    bool selectCase(const QString &caseId);

    /// Remembers the current case and where its row sits in the viewport, so that a reload
    /// or a filter change can put it back. A reset of the model holds it by itself.
    void holdPosition();
    /// Selects the held case again with its row where it was, once the model lists it.
    /// Returns false while it is not listed (it stays held until the user picks another).
    bool restorePosition();

    /// Shown in the empty list instead of what the model's state would say: why nothing is
    /// listed when the list is not loaded on purpose. Empty: the model's state decides.
    void setNote(const QString &note);
    /// What the list shows when it has no rows.
    QString placeholderText() const;

    /// The partition whose console "Open in AWS Console" links to ("aws" unless set).
    void setConsolePartition(const QString &partition) { m_partition = partition; }

    /// The menu a right click on \a index opens: copy the case id, open the case in the AWS
    /// console, export it. The caller owns it; null for an invalid index.
    QMenu *createContextMenu(const QModelIndex &index);

Q_SIGNALS:
    void caseActivated(const QString &caseId);
    /// "Open in AWS Console" was chosen; \a url is the case's console page.
    void consoleOpenRequested(const QUrl &url);
    /// "Export…" was chosen for \a caseId.
    void exportRequested(const QString &caseId);

protected:
    void selectionChanged(const QItemSelection &selected,
                          const QItemSelection &deselected) override;
    void rowsAboutToBeRemoved(const QModelIndex &parent, int start, int end) override;
    void paintEvent(QPaintEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    CaseListModel *caseModel() const;
    QModelIndex indexOfCase(const QString &caseId) const;
    void restoreWhenListed();

    QString m_note;
    QString m_heldCaseId;
    int m_heldOffset = 0;
    QString m_partition = QStringLiteral("aws");
};
