#pragma once

#include "SupportCase.h"
#include "SupportError.h"

#include <QAbstractListModel>

#include <memory>

class SupportClient;

/// The account's support cases, newest first, fetched page by page with DescribeCases.
class CaseListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
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
    void fetchAll();

    /// Asks for the page that failed again, keeping the pages already loaded.
    void retry();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    const SupportCase &supportCase(int row) const;
    const QList<SupportCase> &cases() const;
    /// The row of \a caseId, or -1.
    int rowOf(const QString &caseId) const;

    bool isLoading() const;
    bool isComplete() const;
    SupportError lastError() const;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void includeResolvedChanged(bool includeResolved);
    void pageLoaded(int rowsAdded);
    void loadCompleted();
    void loadFailed(const SupportError &error);

private:
    void requestNextPage();
    void onPageFinished();

    struct Private;
    const std::unique_ptr<Private> d;
};
