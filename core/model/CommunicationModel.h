#pragma once

#include "Communication.h"
#include "SupportError.h"

#include <QAbstractListModel>
#include <QDateTime>

#include <memory>

class SupportClient;

/// The correspondence of one support case, fetched page by page as a view asks for more.
///
/// Rows are in service order (newest first). Each page is appended with beginInsertRows();
/// only one page request is in flight at a time.
class CommunicationModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)

public:
    enum Role {
        BodyRole = Qt::UserRole + 1,
        SubmittedByRole,
        TimeCreatedRole,  ///< QDateTime in UTC
        AttachmentsRole,  ///< QVariantList of AttachmentInfo
        FromAwsRole,
        CaseIdRole,
    };
    Q_ENUM(Role)

    explicit CommunicationModel(SupportClient *client, QObject *parent = nullptr);
    ~CommunicationModel() override;

    /// Shows \a caseId's correspondence between \a after and \a before (either may be
    /// invalid for no bound). Clears the rows; the first page comes with fetchMore().
    void setCase(const QString &caseId, const QDateTime &after = {},
                 const QDateTime &before = {});
    QString caseId() const;

    /// Communications per request, 10..100.
    void setPageSize(int size);

    /// Keeps fetching pages until none remain or one fails.
    void fetchAll();

    /// Asks for the page that failed again.
    void retry();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    const Communication &communication(int row) const;
    const QList<Communication> &communications() const;

    bool isLoading() const;
    /// True once every page has arrived.
    bool isComplete() const;
    SupportError lastError() const;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void pageLoaded(int rowsAdded);
    void loadCompleted();
    void loadFailed(const SupportError &error);

private:
    void requestNextPage();
    void onPageFinished();

    struct Private;
    const std::unique_ptr<Private> d;
};
