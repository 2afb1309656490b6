#pragma once

#include "AwsCredentials.h"
#include "SupportEndpoint.h"
#include "SupportReply.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>

#include <memory>

class QNetworkAccessManager;

/// What to ask DescribeCommunications for.
struct CommunicationsQuery
{
    QString caseId;
    QDateTime after;   ///< invalid: no lower bound
    QDateTime before;  ///< invalid: no upper bound
    QString nextToken;
    int maxResults = 100;
};

/// What to ask DescribeCases for.
struct CasesQuery
{
    QStringList caseIds;
    QString displayId;
    QDateTime after;
    QDateTime before;
    bool includeResolved = false;
    bool includeCommunications = false;
    QString language;
    QString nextToken;
    int maxResults = 100;
};

/// The AWS Support API: asynchronous calls with typed results over one network manager.
class SupportClient : public QObject
{
    Q_OBJECT

public:
    static constexpr int minPageSize = 10;
    static constexpr int maxPageSize = 100;

    explicit SupportClient(QObject *parent = nullptr);
    ~SupportClient() override;

    void setEndpoint(const SupportEndpoint &endpoint);
    SupportEndpoint endpoint() const;

    void setCredentials(const AwsCredentials &credentials);
    AwsCredentials credentials() const;

    /// Seconds without a byte before a call fails with a timeout.
    void setTransferTimeout(int seconds);

    CommunicationsReply *describeCommunications(const CommunicationsQuery &query);
    CasesReply *describeCases(const CasesQuery &query);
    AttachmentReply *describeAttachment(const QString &attachmentId);

    /// The JSON body of a DescribeCommunications request, as sent on the wire.
    static QJsonObject toJson(const CommunicationsQuery &query);
    static QJsonObject toJson(const CasesQuery &query);

private:
    template<typename Reply>
    Reply *send(const QString &operation, const QJsonObject &payload);

    struct Private;
    const std::unique_ptr<Private> d;
};
