#pragma once

#include "Communication.h"
#include "PagedListModel.h"

#include <QDateTime>

#include <memory>

class SupportClient;

/// The correspondence of one support case, fetched page by page as a view asks for more.
///
/// Rows are in service order (newest first); PagedListModel does the paging.
class CommunicationModel : public PagedListModel
{
    Q_OBJECT

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

    /// Shows \a communications (service order, newest first) as \a caseId's complete thread,
    /// read from a file rather than the service: nothing is fetched until setCase().
    void setCommunications(const QString &caseId, const QList<Communication> &communications);

    /// Communications per request, 10..100.
    void setPageSize(int size);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const Communication &communication(int row) const;
    const QList<Communication> &communications() const;

private:
    bool hasListing() const override;
    SupportReply *requestPage(const QString &nextToken) override;
    QString appendPage(SupportReply *reply) override;

    struct Private;
    const std::unique_ptr<Private> d;
};
