#pragma once

#include "Attachment.h"
#include "Communication.h"
#include "SupportCase.h"
#include "SupportError.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class QJsonObject;
class QNetworkReply;

/// The pending result of one Support API call. Emits finished() exactly once, never from
/// inside the call that created it. The receiver deletes it, as with QNetworkReply.
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

    /// Stops the call; finished() follows with a Cancelled error unless it already came.
    void abort();

    /// Largest reply body accepted; a larger one ends the call with a protocol error.
    static constexpr qint64 maxBodySize = 64 * 1024 * 1024;

Q_SIGNALS:
    void finished();

protected:
    SupportReply(const QString &operation, QNetworkReply *reply, QObject *parent);

    /// Reads the operation's result; returns false with \a problem set for a wrong shape.
    virtual bool decode(const QJsonObject &json, QString *problem) = 0;

private:
    friend class SupportClient;

    void onReadyRead();
    void onNetworkFinished();
    void finishWithError(const SupportError &error);
    void finish();

    QString m_operation;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_body;
    SupportError m_error;
    QString m_requestId;
    QElapsedTimer m_timer;
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
