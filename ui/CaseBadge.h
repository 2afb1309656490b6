#pragma once

#include <QCoreApplication>
#include <QString>

class QFont;
class QPainter;
class QPalette;
class QRect;
class QSize;

/// A small rounded label for a case's status or severity, painted from the palette.
class CaseBadge
{
    Q_DECLARE_TR_FUNCTIONS(CaseBadge)

public:
    enum class Tone { Neutral, Accent, Attention, Warning, Critical, Success, Muted };

    CaseBadge() = default;
    CaseBadge(const QString &text, Tone tone, const QString &description = {});

    /// The badge for a DescribeCases status such as "pending-customer-action".
    static CaseBadge forStatus(const QString &status);
    /// The badge for a severity code such as "urgent".
    static CaseBadge forSeverity(const QString &severityCode);

    QString text() const { return m_text; }
    /// A longer explanation, for tool tips and accessible descriptions.
    QString description() const { return m_description; }
    Tone tone() const { return m_tone; }
    bool isNull() const { return m_text.isEmpty(); }

    /// The size of the badge beside text in \a font.
    QSize sizeHint(const QFont &font) const;
    /// Draws the badge as sized for \a font; \a muted (a resolved case) uses greys only.
    void paint(QPainter *painter, const QRect &rect, const QFont &font, const QPalette &palette,
               bool muted = false) const;

    /// The smaller font badges are drawn in, derived from the surrounding \a font.
    static QFont badgeFont(const QFont &font);

private:
    QString m_text;
    QString m_description;
    Tone m_tone = Tone::Neutral;
};
