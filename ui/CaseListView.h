#pragma once

#include <QListView>

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

    /// Makes \a caseId the current and selected row. Returns false when it is not listed.
    bool selectCase(const QString &caseId);

Q_SIGNALS:
    void caseActivated(const QString &caseId);

protected:
    void selectionChanged(const QItemSelection &selected,
                          const QItemSelection &deselected) override;
    void paintEvent(QPaintEvent *event) override;

private:
    QString placeholderText() const;
    CaseListModel *caseModel() const;
};
