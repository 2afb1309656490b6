#include "CaseHeader.h"

#include "CaseBadge.h"
#include "PaletteTones.h"
#include "SupportCase.h"

#include <QBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QTextDocument>

namespace {

/// A subject on one line: a line break or tab the service kept becomes a space.
QString oneLine(const QString &text)
{
    QString line = text;
    for (QChar &c : line) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator
            || c == QChar::ParagraphSeparator)
            c = u' ';
    }
    return line.simplified();
}

} // namespace

/// One CaseBadge as a widget, so that it sits in a layout and has an accessible name.
class BadgeLabel : public QWidget
{
public:
    explicit BadgeLabel(QWidget *parent) : QWidget(parent)
    {
        setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    }

    void setBadge(const CaseBadge &badge)
    {
        m_badge = badge;
        setVisible(!badge.isNull());
        setAccessibleName(badge.text());
        setAccessibleDescription(badge.description());
        setToolTip(badge.description());
        updateGeometry();
        update();
    }

    QSize sizeHint() const override { return m_badge.sizeHint(font()); }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        m_badge.paint(&painter, rect(), font(), palette());
    }

private:
    CaseBadge m_badge;
};

CaseHeader::CaseHeader(QWidget *parent)
    : QWidget(parent)
    , m_subject(new QLabel(this))
    , m_details(new QLabel(this))
    , m_status(new BadgeLabel(this))
    , m_severity(new BadgeLabel(this))
{
    setAccessibleName(tr("Case details"));

    QFont subjectFont = font();
    subjectFont.setPointSizeF(subjectFont.pointSizeF() * 1.3);
    subjectFont.setWeight(QFont::DemiBold);
    m_subject->setFont(subjectFont);
    m_subject->setObjectName(QStringLiteral("caseSubject"));
    m_subject->setTextFormat(Qt::PlainText);
    m_subject->setWordWrap(true);
    m_subject->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_details->setObjectName(QStringLiteral("caseDetails"));
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setForegroundRole(QPalette::PlaceholderText);
    m_details->setWordWrap(true);

    auto facts = new QHBoxLayout;
    facts->setSpacing(6);
    facts->addWidget(m_status);
    facts->addWidget(m_severity);
    facts->addSpacing(4);
    facts->addWidget(m_details, 1);

    auto column = new QVBoxLayout(this);
    column->setContentsMargins(20, 14, 20, 14);
    column->setSpacing(8);
    column->addWidget(m_subject);
    column->addLayout(facts);

    clear();
}

CaseHeader::~CaseHeader() = default;

void CaseHeader::setCase(const SupportCase &supportCase)
{
    const QString subject = oneLine(supportCase.subject);
    m_subject->setText(subject.isEmpty() ? supportCase.caseId : subject);
    m_status->setBadge(CaseBadge::forStatus(supportCase.status));
    m_severity->setBadge(CaseBadge::forSeverity(supportCase.severityCode));

    QStringList parts;
    if (!supportCase.displayId.isEmpty())
        parts << tr("Case %1").arg(supportCase.displayId);
    if (supportCase.timeCreated.isValid()) {
        const QDateTime opened = supportCase.timeCreated.toLocalTime();
        const QLocale locale;
        parts << tr("opened %1 %2", "long date, then time")
                     .arg(locale.toString(opened.date(), QLocale::LongFormat),
                          locale.toString(opened.time(), QLocale::ShortFormat));
    }
    m_details->setText(parts.join(QStringLiteral(" \u00b7 ")));
    // Tool tips guess whether text is HTML; what the service sent must never be taken for it.
    m_details->setToolTip(Qt::convertFromPlainText(
        tr("Case id: %1\nService: %2\nSubmitted by: %3")
            .arg(supportCase.caseId, supportCase.serviceCode, supportCase.submittedBy)));
}

void CaseHeader::setCaseId(const QString &caseId)
{
    clear();
    m_subject->setText(caseId);
}

void CaseHeader::clear()
{
    m_subject->clear();
    m_details->clear();
    m_details->setToolTip({});
    m_status->setBadge({});
    m_severity->setBadge({});
}

QString CaseHeader::subject() const
{
    return m_subject->text();
}

QString CaseHeader::detailText() const
{
    return m_details->text();
}

void CaseHeader::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QColor window = palette().color(QPalette::Window);
    painter.setPen(PaletteTones::mix(window, palette().color(QPalette::WindowText), 0.15));
    painter.drawLine(rect().bottomLeft(), rect().bottomRight());
}
