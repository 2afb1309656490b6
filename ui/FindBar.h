#pragma once

#include <QPointer>
#include <QWidget>

class QAbstractItemView;
class QAction;
class QLabel;
class QLineEdit;
class QToolButton;

class CommunicationFilterModel;

/// The find bar of a conversation: search text with a match counter and navigation, a switch
/// between hiding and highlighting what does not match, and toggles that narrow the thread to
/// one side or to messages with attachments.
///
/// Enter and F3 go to the next match, Shift+Enter and Shift+F3 to the previous one; Esc
/// clears every criterion and hides the bar.
class FindBar : public QWidget
{
    Q_OBJECT

public:
    explicit FindBar(QWidget *parent = nullptr);
    ~FindBar() override;

    /// The model to search; the bar's current criteria are applied to it.
    void setModel(CommunicationFilterModel *model);
    /// The view showing the model, whose current row follows the matches visited.
    void setView(QAbstractItemView *view);

    /// F3 and Shift+F3, for a window's Edit menu.
    QAction *findNextAction() const { return m_nextAction; }
    QAction *findPreviousAction() const { return m_previousAction; }

    /// Shows the bar with the search field focused and its text selected.
    void open();
    /// Clears the search text and the toggles, hides the bar and gives focus to the view.
    void dismiss();

    void findNext();
    void findPrevious();

    /// "3 of 17" while a search text has matches, else empty.
    QString counterText() const;
    /// What loading and searching are doing: "Searching… 300 messages loaded" or "No matches
    /// in 346 messages"; empty when there is nothing to say.
    QString statusText() const;

Q_SIGNALS:
    void dismissed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QToolButton *createToggle(const QString &text, const QString &name, const QString &toolTip);
    void createActions();
    void applyCriteria();
    void onTextChanged(const QString &text);
    void onSideToggled(QToolButton *toggle, bool checked);
    void onMatchesChanged();
    void goTo(int row);
    void selectMatchIfNone();
    int currentRow() const;
    void updateCounter();
    void updateStatus();

    QPointer<CommunicationFilterModel> m_model;
    QPointer<QAbstractItemView> m_view;
    QMetaObject::Connection m_currentConnection;

    QLineEdit *m_field = nullptr;
    QLabel *m_counter = nullptr;
    QToolButton *m_previousButton = nullptr;
    QToolButton *m_nextButton = nullptr;
    QToolButton *m_filterToggle = nullptr;
    QToolButton *m_fromAwsToggle = nullptr;
    QToolButton *m_fromUsToggle = nullptr;
    QToolButton *m_attachmentsToggle = nullptr;
    QLabel *m_status = nullptr;
    QToolButton *m_closeButton = nullptr;
    QAction *m_nextAction = nullptr;
    QAction *m_previousAction = nullptr;

    /// Set by typing: the first match to come becomes the current row.
    bool m_jumpPending = false;
};
