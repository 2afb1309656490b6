#pragma once

#include "PagedListModel.h"
#include "SupportCase.h"

#include <QDateTime>

#include <memory>

class ArchiveStore;
class SupportClient;

/// The account's support cases, newest first, fetched page by page with DescribeCases.
class CaseListModel : public PagedListModel
{
    Q_OBJECT
    Q_PROPERTY(bool includeResolved READ includeResolved WRITE setIncludeResolved
                   NOTIFY includeResolvedChanged)

public:
    enum Role {
        CaseIdRole = Qt::UserRole + 1,
        DisplayIdRole,
        SubjectRole,
        StatusRole,
        SeverityRole,
        ServiceCodeRole,
        SubmittedByRole,
        TimeCreatedRole,  ///< QDateTime in UTC
        ResolvedRole,
        LanguageRole,
        HasAttachmentsRole,  ///< files came with one of the case's recent messages
        ArchivedOnlyRole,  ///< the service did not list the case; it is shown from the archive
    };
    Q_ENUM(Role)

    explicit CaseListModel(SupportClient *client, QObject *parent = nullptr);
    ~CaseListModel() override;

    bool includeResolved() const;
    /// Shows or hides resolved cases; reloads the list.
    void setIncludeResolved(bool include);

    /// Lists only cases created at or after \a after and before \a before (either may be
    /// invalid for no bound); reloads the list.
    void setTimeRange(const QDateTime &after, const QDateTime &before);

    /// Clears the list; the first page comes with fetchMore().
    void reload();

    /// Archives each page of cases in \a store's \a account partition; once the listing is
    /// complete, or has failed (offline), archived cases it lacks are added at the end, marked
    /// ArchivedOnlyRole. Takes effect from the next page.
    void setArchive(ArchiveStore *store, const QString &account);

    /// Whether the case in \a row is known only from the archive.
    bool isArchivedOnly(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const SupportCase &supportCase(int row) const;
    const QList<SupportCase> &cases() const;
    /// The row of \a caseId, or -1.
    int rowOf(const QString &caseId) const;

Q_SIGNALS:
    void includeResolvedChanged(bool includeResolved);

private:
    SupportReply *requestPage(const QString &nextToken) override;
    QString appendPage(SupportReply *reply) override;
    int itemCount(SupportReply *reply) const override;
    void addArchivedCases();
    bool matchesQuery(const SupportCase &supportCase) const;

    struct Private;
    const std::unique_ptr<Private> d;
};
