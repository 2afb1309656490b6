#include "CaseFilterBar.h"

#include "CaseLookup.h"
#include "DateRangeBar.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>

CaseFilterBar::CaseFilterBar(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Case filters"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("caseSearchEdit"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Filter cases, or type a case number and press Enter"));
    m_search->setAccessibleName(tr("Filter cases or go to a case"));
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_message->hide();
        Q_EMIT textChanged(text);
    });
    connect(m_search, &QLineEdit::returnPressed, this, &CaseFilterBar::onReturnPressed);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("caseLookupMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);  // it repeats what was typed and what came back
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    auto statusLabel = new QLabel(tr("&Status"), this);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("caseStatusBox"));
    m_status->addItem(tr("Open", "case status"), int(CaseFilterModel::Status::Open));
    m_status->addItem(tr("Resolved", "case status"), int(CaseFilterModel::Status::Resolved));
    m_status->addItem(tr("All", "case status: open and resolved"),
                      int(CaseFilterModel::Status::All));
    statusLabel->setBuddy(m_status);
    connect(m_status, &QComboBox::activated, this, [this] { Q_EMIT statusChanged(status()); });

    m_created = new DateRangeBar(this);
    m_created->setObjectName(QStringLiteral("caseCreatedBar"));
    m_created->setTitle(tr("Created", "when the case was opened"));
    m_created->setCompact(true);
    connect(m_created, &DateRangeBar::rangeChanged, this, &CaseFilterBar::createdRangeChanged);

    m_statusRow = new QHBoxLayout;
    m_statusRow->setContentsMargins(12, 0, 6, 0);
    m_statusRow->addWidget(statusLabel);
    m_statusRow->addWidget(m_status);
    m_statusRow->addStretch();

    auto column = new QVBoxLayout(this);
    column->setContentsMargins(0, 6, 0, 2);
    column->setSpacing(2);
    auto searchRow = new QVBoxLayout;
    searchRow->setContentsMargins(12, 0, 6, 2);
    searchRow->addWidget(m_search);
    searchRow->addWidget(m_message);
    column->addLayout(searchRow);
    column->addLayout(m_statusRow);
    column->addWidget(m_created);
}

CaseFilterModel::Status CaseFilterBar::status() const
{
    return CaseFilterModel::Status(m_status->currentData().toInt());
}

void CaseFilterBar::setStatus(CaseFilterModel::Status status)
{
    m_status->setCurrentIndex(m_status->findData(int(status)));
}

DateRange CaseFilterBar::createdRange() const
{
    return m_created->range();
}

QString CaseFilterBar::text() const
{
    return m_search->text();
}

void CaseFilterBar::addTrailingWidget(QWidget *widget)
{
    m_statusRow->addWidget(widget);
}

void CaseFilterBar::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

QString CaseFilterBar::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void CaseFilterBar::onReturnPressed()
{
    const QString text = m_search->text().trimmed();
    if (CaseLookup::kindOf(text) == CaseLookup::Kind::None)
        return;
    m_message->hide();
    Q_EMIT lookupRequested(text);
}
