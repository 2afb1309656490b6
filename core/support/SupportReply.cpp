#include "SupportReply.h"

#include "Logging.h"
#include "SupportJson.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>

SupportReply::SupportReply(const QString &operation, QNetworkReply *reply, QObject *parent)
    : QObject(parent)
    , m_operation(operation)
    , m_reply(reply)
{
    m_timer.start();
    if (!reply)
        return;

    reply->setParent(this);
    connect(reply, &QNetworkReply::readyRead, this, &SupportReply::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &SupportReply::onNetworkFinished);
}

SupportReply::~SupportReply()
{
    if (m_reply && m_reply->isRunning()) {
        qCDebug(lcNetwork) << m_operation << "destroyed while running; aborting";
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

void SupportReply::abort()
{
    if (m_finished)
        return;

    m_aborted = true;
    if (m_reply && m_reply->isRunning()) {
        m_reply->abort();  // onNetworkFinished() follows and reports the cancellation
        return;
    }
    finishWithError(SupportError(SupportError::Kind::Cancelled,
                                 QStringLiteral("RequestCancelled"), {}));
}

void SupportReply::onReadyRead()
{
    m_body += m_reply->readAll();
    if (m_body.size() <= maxBodySize)
        return;

    qCWarning(lcNetwork) << m_operation << "reply exceeds" << maxBodySize << "bytes; giving up";
    m_reply->disconnect(this);
    m_reply->abort();
    finishWithError(SupportError(SupportError::Kind::Protocol,
                                 QStringLiteral("ReplyTooLarge"),
                                 tr("The reply was larger than %1 MiB.")
                                     .arg(maxBodySize / (1024 * 1024))));
}

void SupportReply::onNetworkFinished()
{
    if (m_finished)
        return;

    if (m_reply->isOpen())  // an aborted reply is closed and has nothing left to read
        m_body += m_reply->readAll();
    m_requestId = QString::fromLatin1(m_reply->rawHeader("x-amzn-RequestId"));
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();

    // No HTTP status at all: the request never got an answer (DNS, TLS, refused, timeout).
    if (status == 0) {
        const bool cancelled = m_aborted;
        const bool timedOut = !cancelled
            && (m_reply->error() == QNetworkReply::OperationCanceledError
                || m_reply->error() == QNetworkReply::TimeoutError);
        const auto kind = cancelled ? SupportError::Kind::Cancelled
            : timedOut              ? SupportError::Kind::Timeout
                                    : SupportError::Kind::Network;
        const QString code = cancelled ? QStringLiteral("RequestCancelled")
            : timedOut                 ? QStringLiteral("RequestTimeout")
                                       : QStringLiteral("NetworkError");
        finishWithError(SupportError(kind, code, m_reply->errorString()));
        return;
    }

    if (status < 200 || status > 299) {
        finishWithError(SupportError::fromHttpReply(status, m_body,
                                                    m_reply->rawHeader("x-amzn-ErrorType"),
                                                    m_requestId.toLatin1()));
        return;
    }

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(m_body, &parseError);
    QString problem;
    if (!document.isObject()) {
        problem = parseError.error != QJsonParseError::NoError
            ? tr("The reply is not valid JSON: %1.").arg(parseError.errorString())
            : tr("The reply is not a JSON object.");
    } else {
        decode(document.object(), &problem);
    }

    if (!problem.isEmpty()) {
        finishWithError(SupportError(SupportError::Kind::Protocol,
                                     QStringLiteral("MalformedReply"), problem, status,
                                     m_requestId));
        return;
    }
    finish();
}

void SupportReply::finishWithError(const SupportError &error)
{
    m_error = error;
    if (m_error.requestId().isEmpty() && !m_requestId.isEmpty()) {
        m_error = SupportError(error.kind(), error.code(), error.message(), error.httpStatus(),
                               m_requestId);
    }
    qCDebug(lcNetwork) << m_operation << "failed:" << m_error.code() << m_error.httpStatus()
                      << "request id" << m_error.requestId();
    finish();
}

void SupportReply::finish()
{
    if (m_finished)
        return;

    m_finished = true;
    m_body.clear();
    qCDebug(lcNetwork) << m_operation << "finished in" << m_timer.elapsed() << "ms"
                       << "request id" << m_requestId;

    // A reply must never finish inside the call that made it, so that callers can connect
    // first; network replies are already asynchronous, errors found up front are not.
    QMetaObject::invokeMethod(this, &SupportReply::finished, Qt::QueuedConnection);
}

bool CommunicationsReply::decode(const QJsonObject &json, QString *problem)
{
    return SupportJson::readCommunicationPage(json, &m_page, problem);
}

bool CasesReply::decode(const QJsonObject &json, QString *problem)
{
    return SupportJson::readCasePage(json, &m_page, problem);
}

bool AttachmentReply::decode(const QJsonObject &json, QString *problem)
{
    const QJsonValue attachment = json.value(QLatin1String("attachment"));
    if (!attachment.isObject()) {
        *problem = tr("The reply has no attachment object.");
        return false;
    }
    return SupportJson::readAttachment(attachment.toObject(), &m_attachment, problem);
}
