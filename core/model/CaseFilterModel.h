#pragma once

#include "DateRange.h"

#include <QSortFilterProxyModel>
#include <QTimeZone>

/// Narrows the case list by status, by the day a case was created and by text, locally.
///
/// Works over any model that answers CaseListModel's roles. Only the status filter has a
/// counterpart in the service (resolved cases come only when asked for): see needsResolved().
class CaseFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class Status { Open, Resolved, All };
    Q_ENUM(Status)

    explicit CaseFilterModel(QObject *parent = nullptr);

    Status status() const { return m_status; }
    void setStatus(Status status);

    /// Cases created on the range's days (local days of timeZone()).
    DateRange createdRange() const { return m_created; }
    void setCreatedRange(const DateRange &range);

    /// Words that must all appear, ignoring case, in the subject, display id, case id or
    /// service code.
    QString text() const { return m_text; }
    void setText(const QString &text);

    /// The zone whose days the created range counts; the system zone unless set.
    QTimeZone timeZone() const { return m_zone; }
    void setTimeZone(const QTimeZone &zone);

    /// True when any filter hides cases the source lists for the chosen status.
    bool isFiltering() const;

    /// Whether the list must ask the service for resolved cases to show \a status.
    static bool needsResolved(Status status) { return status != Status::Open; }

    /// The row that shows \a caseId, or an invalid index when it is hidden or not listed.
    QModelIndex indexOfCase(const QString &caseId) const;

Q_SIGNALS:
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool statusAccepts(const QModelIndex &source) const;
    bool createdAccepts(const QModelIndex &source) const;
    bool textAccepts(const QModelIndex &source) const;
    void refilter();

    Status m_status = Status::Open;
    DateRange m_created;
    QString m_text;
    QStringList m_words;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QDateTime m_createdAfter;
    QDateTime m_createdBefore;
};
