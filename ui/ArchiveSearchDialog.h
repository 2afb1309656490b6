#pragma once

#include <QDateTime>
#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

class ArchiveStore;

/// Edit > Search All Cases: full-text search over every archived case of the account, with
/// filters by date, status and who wrote; choosing a hit opens its thread at the message.
class ArchiveSearchDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ArchiveSearchDialog(QWidget *parent = nullptr);

    void setArchive(ArchiveStore *store, const QString &account);

    /// Runs the search for \a text at once, as if typed.
    void search(const QString &text);

    QLineEdit *searchField() const { return m_text; }
    QTreeWidget *results() const { return m_results; }
    /// What the last search said: a count, or why it found nothing.
    QString statusText() const;

    /// Plain text of a snippet with its highlight marks turned into HTML bold, everything
    /// else escaped: service text is never read as HTML.
    static QString snippetHtml(const QString &snippet);

Q_SIGNALS:
    /// The user chose a hit: the message of \a caseId written at \a timeCreated, or the
    /// case itself when \a timeCreated is invalid (a subject matched).
    void messageChosen(const QString &caseId, const QDateTime &timeCreated);

private:
    QWidget *createFilters();
    void runSearch();
    void choose(QTreeWidgetItem *item);

    QPointer<ArchiveStore> m_store;
    QString m_account;
    QLineEdit *m_text = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_side = nullptr;
    QCheckBox *m_fromEnabled = nullptr;
    QDateEdit *m_from = nullptr;
    QCheckBox *m_toEnabled = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_message = nullptr;
    QTreeWidget *m_results = nullptr;
    QTimer *m_delay = nullptr;
};
