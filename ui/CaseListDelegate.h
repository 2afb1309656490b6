#pragma once

#include <QStyledItemDelegate>

/// Paints one support case in the case list: subject, display id and date, status and severity.
class CaseListDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit CaseListDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// "Case 1234 · 14/10/2026 10:21": the line under the subject.
    static QString detailLine(const QModelIndex &index);

private:
    void paintBackground(QPainter *painter, const QStyleOptionViewItem &option) const;
    void paintBadges(QPainter *painter, const QStyleOptionViewItem &option, const QRect &line,
                     const QModelIndex &index) const;
};
