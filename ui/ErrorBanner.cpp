#include "ErrorBanner.h"

#include "PaletteTones.h"

#include <QBoxLayout>
#include <QFontDatabase>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

ErrorBanner::ErrorBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_message(new QLabel(this))
    , m_details(new QLabel(this))
    , m_detailsButton(new QToolButton(this))
    , m_retryButton(new QPushButton(tr("&Retry"), this))
    , m_closeButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("errorBanner"));
    setAccessibleName(tr("Error"));
    setFrameShape(QFrame::NoFrame);

    const int iconExtent = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this) + 8;
    m_icon->setPixmap(style()
                          ->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this)
                          .pixmap(iconExtent, iconExtent));
    m_icon->setAlignment(Qt::AlignTop);

    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setObjectName(QStringLiteral("errorMessage"));

    m_details->setTextFormat(Qt::PlainText);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setObjectName(QStringLiteral("errorDetails"));
    m_details->setAccessibleName(tr("Error details"));
    m_details->hide();

    // Not a checkable button: a pressed-in look would read as a state, not a disclosure.
    m_detailsButton->setText(tr("&Details"));
    m_detailsButton->setAutoRaise(true);
    m_detailsButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_detailsButton->setArrowType(Qt::RightArrow);
    m_detailsButton->setObjectName(QStringLiteral("errorDetailsButton"));
    connect(m_detailsButton, &QToolButton::clicked, this,
            [this] { setDetailsVisible(!isDetailsVisible()); });

    m_retryButton->setObjectName(QStringLiteral("errorRetryButton"));
    connect(m_retryButton, &QPushButton::clicked, this, &ErrorBanner::retryClicked);

    m_closeButton->setIcon(
        QIcon::fromTheme(QStringLiteral("window-close"),
                         style()->standardIcon(QStyle::SP_DialogCloseButton, nullptr, this)));
    m_closeButton->setAutoRaise(true);
    m_closeButton->setToolTip(tr("Dismiss"));
    m_closeButton->setAccessibleName(tr("Dismiss error"));
    m_closeButton->setObjectName(QStringLiteral("errorCloseButton"));
    connect(m_closeButton, &QToolButton::clicked, this, [this] {
        hide();
        Q_EMIT dismissed();
    });

    auto text = new QVBoxLayout;
    text->setSpacing(4);
    text->addWidget(m_message);
    text->addWidget(m_details);

    auto buttons = new QHBoxLayout;
    buttons->setSpacing(6);
    buttons->addWidget(m_detailsButton);
    buttons->addStretch();
    buttons->addWidget(m_retryButton);
    text->addLayout(buttons);

    auto row = new QHBoxLayout(this);
    row->setContentsMargins(12, 10, 6, 8);
    row->setSpacing(10);
    row->addWidget(m_icon, 0, Qt::AlignTop);
    row->addLayout(text, 1);
    row->addWidget(m_closeButton, 0, Qt::AlignTop);

    // The tinted panel is painted inset by these margins; the labels keep the palette's text.
    setContentsMargins(4, 4, 4, 0);
    hide();
}

void ErrorBanner::showError(const SupportError &error)
{
    m_error = error;
    m_message->setText(error.userMessage());
    m_details->setText(error.details());
    setDetailsVisible(false);
    setAccessibleDescription(error.userMessage());
    show();
}

QString ErrorBanner::messageText() const
{
    return m_message->text();
}

QString ErrorBanner::detailsText() const
{
    return m_details->text();
}

bool ErrorBanner::isDetailsVisible() const
{
    return m_detailsShown;
}

void ErrorBanner::paintEvent(QPaintEvent *)
{
    const QColor base = palette().color(QPalette::Base);
    const QColor red = PaletteTones::accent(palette(), PaletteTones::redHue);

    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(PaletteTones::mix(base, red, 0.45));
    painter.setBrush(PaletteTones::mix(base, red, 0.1));
    painter.drawRoundedRect(QRectF(rect()).adjusted(4.5, 4.5, -4.5, -0.5), 6, 6);
}

void ErrorBanner::setDetailsVisible(bool visible)
{
    m_detailsShown = visible;
    m_details->setVisible(visible);
    m_detailsButton->setArrowType(visible ? Qt::DownArrow : Qt::RightArrow);
}
