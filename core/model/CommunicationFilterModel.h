#pragma once

#include <QPoint>
#include <QSortFilterProxyModel>

#include <memory>

/// A case's correspondence narrowed and ordered for reading: text search over body and sender,
/// the side that wrote, messages with attachments, and oldest-first order.
///
/// Text matches ignore case and Unicode normalisation: both sides are NFKC-normalised and
/// case-folded with QString::toCaseFolded(), which folds one character to one character.
/// So "STRASSE" finds "strasse" and "STRAẞE" finds "straße", but "STRASSE" does not find
/// "straße"; "café" finds "café" whether either is composed or decomposed, but "cafe" does
/// not. The search text is literal: no character has a special meaning.
///
/// While a criterion is active and fewer than minimumMatches() rows match, the model asks its
/// source for further pages until enough match or none remain, and says so with
/// searchProgress().
class CommunicationFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY filterChanged)

public:
    /// Roles added to those of the source (CommunicationModel::Role).
    enum Role {
        /// QVariantList of QPoint(start, length): matches in BodyRole's text, in order; empty
        /// without a search text or a match.
        MatchRangesRole = Qt::UserRole + 64,
        /// The same for SubmittedByRole's text.
        SenderMatchRangesRole,
        /// bool: the body or the sender matches the search text.
        IsMatchRole,
    };
    Q_ENUM(Role)

    /// Filter hides rows that do not match the search text; Highlight keeps them.
    enum class SearchMode { Filter, Highlight };
    Q_ENUM(SearchMode)

    /// Which side wrote the messages shown.
    enum class Side { All, FromAws, FromCustomer };
    Q_ENUM(Side)

    explicit CommunicationFilterModel(QObject *parent = nullptr);
    ~CommunicationFilterModel() override;

    void setSourceModel(QAbstractItemModel *model) override;

    void setSearchText(const QString &text);
    QString searchText() const;
    void setSearchMode(SearchMode mode);
    SearchMode searchMode() const;
    void setSide(Side side);
    Side side() const;
    void setAttachmentsOnly(bool only);
    bool attachmentsOnly() const;

    /// Clears the search text, the side and the attachment criterion; keeps mode and order.
    void clearFilters();
    /// True while a search text, a side or the attachment criterion is set.
    bool isFilterActive() const;

    /// Sorts by TimeCreatedRole, oldest first; messages written at the same time appear in the
    /// reverse of the source's order. Off: exactly the source's order.
    void setOldestFirst(bool oldestFirst);
    bool isOldestFirst() const;

    /// Rows of this model that match the search text; 0 without one.
    int matchCount() const;
    int firstMatchRow() const;
    /// The first matching row after \a row, wrapping to the first; -1 without matches.
    int nextMatch(int row) const;
    /// The last matching row before \a row, wrapping to the last; -1 without matches.
    int previousMatch(int row) const;
    /// Where \a row stands among the matching rows, from 0; -1 when it does not match.
    int matchOrdinal(int row) const;

    /// Matches wanted before the model stops asking its source for pages; 10 by default.
    void setMinimumMatches(int count);
    int minimumMatches() const;
    /// True while the model waits for pages it asked for (or would ask for) to find matches.
    bool isSearching() const;
    /// Rows the source holds, matching or not.
    int loadedRowCount() const;

    /// The matches of \a searchText in \a text as (start, length) in \a text's characters,
    /// following the folding rules above.
    static QList<QPoint> findMatches(const QString &text, const QString &searchText);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    /// A criterion, the mode or the order changed.
    void filterChanged();
    /// matchCount() or the matching rows may differ; emitted once per burst of changes.
    void matchesChanged();
    /// The source holds \a loadedRows rows; \a stillLoading is false once the model stopped
    /// asking for pages, whatever the reason.
    void searchProgress(int loadedRows, bool stillLoading);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    struct Private;
    const std::unique_ptr<Private> d;
};
