#pragma once

#include "Attachment.h"
#include "Communication.h"
#include "SupportCase.h"
#include "SupportError.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSslError>

class QNetworkReply;
class SupportClient;

/// The pending result of one Support API call. Emits finished() exactly once, never from
/// inside the call that created it. The receiver deletes it, as with QNetworkReply.
///
/// A call may take several attempts: the client retries throttling and transient failures
/// and re-signs once after a clock-skew refusal. finished() reports the last attempt.
class SupportReply : public QObject
{
    Q_OBJECT

public:
    ~SupportReply() override;

    QString operation() const { return m_operation; }
    bool isFinished() const { return m_finished; }
    bool hasError() const { return m_error.isError(); }
    SupportError error() const { return m_error; }
    QString requestId() const { return m_requestId; }

    /// How many times the request was sent (1 without retries).
    int attempts() const { return m_attempt; }

    /// Stops the call; finished() follows with a Cancelled error unless it already came.
    void abort();

    /// Largest reply body accepted; a larger one ends the call with a protocol error.
    static constexpr qint64 maxBodySize = 64 * 1024 * 1024;

Q_SIGNALS:
    void finished();

protected:
    SupportReply(const QString &operation, const QJsonObject &payload, SupportClient *client);

    /// Reads the operation's result; returns false with \a problem set for a wrong shape.
    virtual bool decode(const QJsonObject &json, QString *problem) = 0;

private:
    friend class SupportClient;

    /// Takes over \a reply as the current attempt.
    void attach(QNetworkReply *reply);
    void onReadyRead();
    void onNetworkFinished();
    SupportError errorOf(QNetworkReply *reply);
    void endAttempt(const SupportError &error);
    void finishWithError(const SupportError &error);
    void finish();

    QString m_operation;
    QJsonObject m_payload;
    QPointer<SupportClient> m_client;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_body;
    QByteArray m_dateHeader;
    QList<QSslError> m_sslErrors;
    SupportError m_error;
    QString m_requestId;
    QElapsedTimer m_timer;
    int m_attempt = 0;
    bool m_skewRetried = false;
    bool m_credentialsRetried = false;
    bool m_signedWithToken = false;
    quint64 m_credentialsGeneration = 0; ///< which credentials signed the last attempt
    bool m_finished = false;
    bool m_aborted = false;
};

/// The result of DescribeCommunications.
class CommunicationsReply : public SupportReply
{
    Q_OBJECT

public:
    CommunicationPage page() const { return m_page; }

private:
    friend class SupportClient;
    using SupportReply::SupportReply;
    bool decode(const QJsonObject &json, QString *problem) override;

    CommunicationPage m_page;
};

/// The result of DescribeCases.
class CasesReply : public SupportReply
{
    Q_OBJECT

public:
    CasePage page() const { return m_page; }

private:
    friend class SupportClient;
    using SupportReply::SupportReply;
    bool decode(const QJsonObject &json, QString *problem) override;

    CasePage m_page;
};

/// The result of DescribeAttachment, its content already decoded from base64.
class AttachmentReply : public SupportReply
{
    Q_OBJECT

public:
    Attachment attachment() const { return m_attachment; }

private:
    friend class SupportClient;
    using SupportReply::SupportReply;
    bool decode(const QJsonObject &json, QString *problem) override;

    Attachment m_attachment;
};
