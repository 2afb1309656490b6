#pragma once

#include "Communication.h"
#include "PagedListModel.h"

#include <QDateTime>

#include <memory>

class ArchiveStore;
class SupportClient;

/// The correspondence of one support case, fetched page by page as a view asks for more.
///
/// Rows are in service order (newest first); PagedListModel does the paging. With an archive,
/// a case opens with its archived messages at once and the service is asked only for what is
/// newer (or, when the archived thread is incomplete, for the whole thread in the background);
/// messages that arrive are merged in time order and archived.
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

    /// Serves threads from \a store's \a account partition first and archives every page
    /// that arrives; takes effect from the next setCase(). Null turns the archive off.
    void setArchive(ArchiveStore *store, const QString &account);

    /// Rows of the open case that came from the archive when it was opened.
    int archivedRowCount() const;

    /// When the archived copy of the open case was last brought up to date by a complete
    /// listing; invalid when never.
    QDateTime archiveLastSynced() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const Communication &communication(int row) const;
    const QList<Communication> &communications() const;

private:
    bool hasListing() const override;
    SupportReply *requestPage(const QString &nextToken) override;
    QString appendPage(SupportReply *reply) override;
    int itemCount(SupportReply *reply) const override;
    void seedFromArchive();
    void mergePage(const QList<Communication> &communications);
    void archiveCompleted();

    struct Private;
    const std::unique_ptr<Private> d;
};
