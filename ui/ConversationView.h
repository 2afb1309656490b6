#pragma once

#include <QListView>

class ConversationDelegate;
class CommunicationModel;

/// The correspondence of one case as a column of cards, newest first.
///
/// Asks its model for the next page as the reader nears the end, and says in the pane what it
/// is doing when there is nothing to show yet.
class ConversationView : public QListView
{
    Q_OBJECT

public:
    explicit ConversationView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    ConversationDelegate *conversationDelegate() const { return m_delegate; }

    /// Puts the body of the current communication on the clipboard as plain text.
    void copyCurrentMessage();

    /// What the empty pane says: no case chosen, loading, or no messages.
    QString placeholderText() const;

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void fetchMoreIfNearEnd();
    void paintPlaceholder(QPainter *painter, const QString &text);
    void paintLoadingPill(QPainter *painter);
    CommunicationModel *communicationModel() const;

    ConversationDelegate *m_delegate = nullptr;
    bool m_fetchQueued = false;
};
