#include "FindBar.h"

#include "CommunicationFilterModel.h"

#include <QAbstractItemView>
#include <QAction>
#include <QBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QToolButton>

FindBar::FindBar(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Find in conversation"));
    createActions();

    m_field = new QLineEdit(this);
    m_field->setObjectName(QStringLiteral("findField"));
    m_field->setClearButtonEnabled(true);
    m_field->setPlaceholderText(tr("Find in messages and senders"));
    m_field->setAccessibleName(tr("Search text"));
    m_field->setMinimumWidth(180);
    m_field->installEventFilter(this);
    connect(m_field, &QLineEdit::textChanged, this, &FindBar::onTextChanged);

    m_counter = new QLabel(this);
    m_counter->setObjectName(QStringLiteral("findCounter"));
    m_counter->setAccessibleName(tr("Match counter"));
    // Wide enough for large threads, so the controls beside it do not move while counting.
    const QString widest = tr("%1 of %2", "match counter").arg(9999).arg(9999);
    m_counter->setMinimumWidth(m_counter->fontMetrics().horizontalAdvance(widest));

    m_previousButton = new QToolButton(this);
    m_previousButton->setObjectName(QStringLiteral("findPreviousButton"));
    m_previousButton->setDefaultAction(m_previousAction);
    m_previousButton->setAccessibleName(tr("Previous match"));
    m_previousButton->setAutoRaise(true);

    m_nextButton = new QToolButton(this);
    m_nextButton->setObjectName(QStringLiteral("findNextButton"));
    m_nextButton->setDefaultAction(m_nextAction);
    m_nextButton->setAccessibleName(tr("Next match"));
    m_nextButton->setAutoRaise(true);

    m_filterToggle = createToggle(tr("Filter", "show only matching messages"),
                                  QStringLiteral("findFilterToggle"),
                                  tr("Show only the messages that match; otherwise every message "
                                     "stays and the matches are marked"));
    m_filterToggle->setChecked(true);
    m_fromAwsToggle = createToggle(tr("From AWS"), QStringLiteral("findFromAwsToggle"),
                                   tr("Show only messages written by AWS Support"));
    m_fromUsToggle = createToggle(tr("From us"), QStringLiteral("findFromUsToggle"),
                                  tr("Show only messages written by your side"));
    m_attachmentsToggle
        = createToggle(tr("Has attachments"), QStringLiteral("findAttachmentsToggle"),
                       tr("Show only messages with attached files"));
    connect(m_filterToggle, &QToolButton::toggled, this, &FindBar::applyCriteria);
    connect(m_attachmentsToggle, &QToolButton::toggled, this, &FindBar::applyCriteria);
    connect(m_fromAwsToggle, &QToolButton::toggled, this,
            [this](bool checked) { onSideToggled(m_fromAwsToggle, checked); });
    connect(m_fromUsToggle, &QToolButton::toggled, this,
            [this](bool checked) { onSideToggled(m_fromUsToggle, checked); });

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("findStatus"));
    m_status->setAccessibleName(tr("Search status"));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    // A long status must not widen the window; it may be cut off instead.
    m_status->setMinimumWidth(1);

    m_closeButton = new QToolButton(this);
    m_closeButton->setObjectName(QStringLiteral("findCloseButton"));
    m_closeButton->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton, nullptr, this));
    m_closeButton->setToolTip(tr("Close the find bar and show every message (Esc)"));
    m_closeButton->setAccessibleName(tr("Close find bar"));
    m_closeButton->setAutoRaise(true);
    connect(m_closeButton, &QToolButton::clicked, this, &FindBar::dismiss);

    auto row = new QHBoxLayout(this);
    row->setContentsMargins(8, 4, 4, 4);
    row->setSpacing(4);
    row->addWidget(m_field, 2);
    row->addWidget(m_counter);
    row->addWidget(m_previousButton);
    row->addWidget(m_nextButton);
    row->addSpacing(8);
    row->addWidget(m_filterToggle);
    row->addWidget(m_fromAwsToggle);
    row->addWidget(m_fromUsToggle);
    row->addWidget(m_attachmentsToggle);
    row->addWidget(m_status, 1);
    row->addWidget(m_closeButton);
}

FindBar::~FindBar() = default;

void FindBar::setModel(CommunicationFilterModel *model)
{
    if (m_model)
        m_model->disconnect(this);
    m_model = model;
    if (!model)
        return;

    connect(model, &CommunicationFilterModel::matchesChanged, this, &FindBar::onMatchesChanged);
    connect(model, &CommunicationFilterModel::searchProgress, this, &FindBar::updateStatus);
    connect(model, &CommunicationFilterModel::filterChanged, this, &FindBar::updateStatus);
    applyCriteria();
}

void FindBar::setView(QAbstractItemView *view)
{
    disconnect(m_currentConnection);
    m_view = view;
    if (view && view->selectionModel()) {
        m_currentConnection = connect(view->selectionModel(), &QItemSelectionModel::currentChanged,
                                      this, &FindBar::updateCounter);
    }
    updateCounter();
}

void FindBar::open()
{
    show();
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void FindBar::dismiss()
{
    {
        const QSignalBlocker blockAws(m_fromAwsToggle);
        const QSignalBlocker blockUs(m_fromUsToggle);
        const QSignalBlocker blockAttachments(m_attachmentsToggle);
        m_fromAwsToggle->setChecked(false);
        m_fromUsToggle->setChecked(false);
        m_attachmentsToggle->setChecked(false);
    }
    m_field->clear();
    applyCriteria();
    m_jumpPending = false;
    hide();

    // The reader stays with the message they had reached, now among all the others.
    if (m_view) {
        m_view->setFocus(Qt::OtherFocusReason);
        if (m_view->currentIndex().isValid())
            m_view->scrollTo(m_view->currentIndex());
    }
    Q_EMIT dismissed();
}

void FindBar::findNext()
{
    if (m_field->text().isEmpty() || !isVisible()) {
        open();
        if (m_field->text().isEmpty())
            return;
    }
    if (m_model)
        goTo(m_model->nextMatch(currentRow()));
}

void FindBar::findPrevious()
{
    if (m_field->text().isEmpty() || !isVisible()) {
        open();
        if (m_field->text().isEmpty())
            return;
    }
    if (m_model)
        goTo(m_model->previousMatch(currentRow()));
}

QString FindBar::counterText() const
{
    return m_counter->text();
}

QString FindBar::statusText() const
{
    return m_status->text();
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_field || event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);

    const auto key = static_cast<QKeyEvent *>(event);
    switch (key->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (key->modifiers().testFlag(Qt::ShiftModifier))
            findPrevious();
        else
            findNext();
        return true;
    case Qt::Key_Escape:
        dismiss();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    // Reaches here from the buttons and toggles, which leave Esc to their parent.
    if (event->key() == Qt::Key_Escape) {
        dismiss();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

QToolButton *FindBar::createToggle(const QString &text, const QString &name, const QString &toolTip)
{
    auto toggle = new QToolButton(this);
    toggle->setObjectName(name);
    toggle->setText(text);
    toggle->setAccessibleName(text);
    toggle->setToolTip(toolTip);
    toggle->setCheckable(true);
    toggle->setAutoRaise(true);
    toggle->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return toggle;
}

void FindBar::createActions()
{
    m_nextAction = new QAction(tr("Find &Next"), this);
    m_nextAction->setShortcut(QKeySequence::FindNext);
    m_nextAction->setIcon(style()->standardIcon(QStyle::SP_ArrowDown, nullptr, this));
    m_nextAction->setToolTip(tr("Next match (Enter, F3)"));
    connect(m_nextAction, &QAction::triggered, this, &FindBar::findNext);

    m_previousAction = new QAction(tr("Find &Previous"), this);
    m_previousAction->setShortcut(QKeySequence::FindPrevious);
    m_previousAction->setIcon(style()->standardIcon(QStyle::SP_ArrowUp, nullptr, this));
    m_previousAction->setToolTip(tr("Previous match (Shift+Enter, Shift+F3)"));
    connect(m_previousAction, &QAction::triggered, this, &FindBar::findPrevious);
}

void FindBar::applyCriteria()
{
    if (!m_model)
        return;

    using Filter = CommunicationFilterModel;
    m_model->setSearchMode(m_filterToggle->isChecked() ? Filter::SearchMode::Filter
                                                       : Filter::SearchMode::Highlight);
    m_model->setSide(m_fromAwsToggle->isChecked()      ? Filter::Side::FromAws
                         : m_fromUsToggle->isChecked() ? Filter::Side::FromCustomer
                                                       : Filter::Side::All);
    m_model->setAttachmentsOnly(m_attachmentsToggle->isChecked());
    m_model->setSearchText(m_field->text());
    updateCounter();
    updateStatus();
}

void FindBar::onTextChanged(const QString &text)
{
    if (!m_model)
        return;

    m_model->setSearchText(text);
    m_jumpPending = !text.isEmpty();
    selectMatchIfNone();
    updateCounter();
    updateStatus();
}

void FindBar::onSideToggled(QToolButton *toggle, bool checked)
{
    // The two sides exclude each other, and neither checked means both.
    QToolButton *other = toggle == m_fromAwsToggle ? m_fromUsToggle : m_fromAwsToggle;
    if (checked && other->isChecked()) {
        const QSignalBlocker block(other);
        other->setChecked(false);
    }
    applyCriteria();
}

void FindBar::onMatchesChanged()
{
    if (m_jumpPending)
        selectMatchIfNone();
    updateCounter();
    updateStatus();
}

void FindBar::goTo(int row)
{
    if (!m_model || !m_view || row < 0)
        return;

    const QModelIndex index = m_model->index(row, 0);
    m_jumpPending = false;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index, QAbstractItemView::PositionAtTop);
    updateCounter();
}

void FindBar::selectMatchIfNone()
{
    if (!m_model || !m_view || m_model->matchCount() == 0)
        return;

    const int current = currentRow();
    if (current >= 0 && m_model->matchOrdinal(current) >= 0) {
        m_jumpPending = false;
        return;
    }
    // The first match at or after where the reader is.
    goTo(m_model->nextMatch(current < 0 ? -1 : current - 1));
}

int FindBar::currentRow() const
{
    if (!m_view || !m_model || m_view->model() != m_model)
        return -1;
    return m_view->currentIndex().row();
}

void FindBar::updateCounter()
{
    if (!m_model || m_model->searchText().isEmpty() || m_model->matchCount() == 0) {
        m_counter->clear();
        return;
    }

    const int ordinal = m_model->matchOrdinal(currentRow());
    m_counter->setText(tr("%1 of %2", "match counter")
                           .arg(ordinal < 0 ? 0 : ordinal + 1)
                           .arg(m_model->matchCount()));
}

void FindBar::updateStatus()
{
    if (!m_model) {
        m_status->clear();
        return;
    }

    const int loaded = m_model->loadedRowCount();
    const int hits = m_model->searchText().isEmpty() ? m_model->rowCount() : m_model->matchCount();
    if (m_model->isSearching())
        m_status->setText(tr("Searching\u2026 %n messages loaded", nullptr, loaded));
    else if (m_model->isFilterActive() && hits == 0)
        m_status->setText(tr("No matches in %n messages", nullptr, loaded));
    else
        m_status->clear();
}
