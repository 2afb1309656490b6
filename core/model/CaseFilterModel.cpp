#include "CaseFilterModel.h"

#include "CaseListModel.h"

#include <algorithm>

CaseFilterModel::CaseFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
}

void CaseFilterModel::setStatus(Status status)
{
    if (m_status == status)
        return;
    m_status = status;
    refilter();
}

void CaseFilterModel::setCreatedRange(const DateRange &range)
{
    if (m_created == range)
        return;
    m_created = range;
    refilter();
}

void CaseFilterModel::setText(const QString &text)
{
    const QString simplified = text.simplified();
    if (m_text == simplified)
        return;
    m_text = simplified;
    m_words = simplified.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    refilter();
}

void CaseFilterModel::setTimeZone(const QTimeZone &zone)
{
    if (m_zone == zone)
        return;
    m_zone = zone;
    refilter();
}

bool CaseFilterModel::isFiltering() const
{
    return !m_words.isEmpty() || !m_created.isAllTime() || m_status == Status::Resolved;
}

QModelIndex CaseFilterModel::indexOfCase(const QString &caseId) const
{
    for (int row = 0; row < rowCount(); ++row) {
        const QModelIndex proxy = index(row, 0);
        if (proxy.data(CaseListModel::CaseIdRole).toString() == caseId)
            return proxy;
    }
    return {};
}

bool CaseFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex source = sourceModel()->index(sourceRow, 0, sourceParent);
    return statusAccepts(source) && createdAccepts(source) && textAccepts(source);
}

bool CaseFilterModel::statusAccepts(const QModelIndex &source) const
{
    const bool resolved = source.data(CaseListModel::ResolvedRole).toBool();
    switch (m_status) {
    case Status::Open:
        return !resolved;
    case Status::Resolved:
        return resolved;
    case Status::All:
        return true;
    }
    return true;
}

bool CaseFilterModel::createdAccepts(const QModelIndex &source) const
{
    if (m_created.isAllTime())
        return true;

    // A case without a readable creation time cannot be placed on a day, so a date filter
    // leaves it out.
    const QDateTime created = source.data(CaseListModel::TimeCreatedRole).toDateTime();
    if (!created.isValid())
        return false;
    return (!m_createdAfter.isValid() || created >= m_createdAfter)
        && (!m_createdBefore.isValid() || created < m_createdBefore);
}

bool CaseFilterModel::textAccepts(const QModelIndex &source) const
{
    if (m_words.isEmpty())
        return true;

    const QString haystack = QStringList {source.data(CaseListModel::SubjectRole).toString(),
                                          source.data(CaseListModel::DisplayIdRole).toString(),
                                          source.data(CaseListModel::CaseIdRole).toString(),
                                          source.data(CaseListModel::ServiceCodeRole).toString()}
                                 .join(QLatin1Char('\n'));
    return std::all_of(m_words.cbegin(), m_words.cend(), [&haystack](const QString &word) {
        return haystack.contains(word, Qt::CaseInsensitive);
    });
}

void CaseFilterModel::refilter()
{
    // The bounds are worked out once per change rather than once per row.
    m_createdAfter = m_created.after(m_zone);
    m_createdBefore = m_created.before(m_zone);
    invalidateFilter();
    Q_EMIT filterChanged();
}
