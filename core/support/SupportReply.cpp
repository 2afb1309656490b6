#include "SupportReply.h"

#include "Logging.h"
#include "SupportClient.h"
#include "SupportJson.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>

SupportReply::SupportReply(const QString &operation, const QJsonObject &payload,
                           SupportClient *client)
    : QObject(client)
    , m_operation(operation)
    , m_payload(payload)
    , m_client(client)
{
    m_timer.start();
}

SupportReply::~SupportReply()
{
    if (m_reply && m_reply->isRunning()) {
        qCDebug(lcNetwork) << m_operation << "destroyed while running; aborting";
        m_reply->disconnect(this);
        m_reply->abort();
    }
    if (m_client && !m_finished)
        m_client->forget(this);
}

void SupportReply::attach(QNetworkReply *reply)
{
    ++m_attempt;
    m_body.clear();
    m_sslErrors.clear();
    m_reply = reply;
    reply->setParent(this);
    connect(reply, &QNetworkReply::readyRead, this, &SupportReply::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &SupportReply::onNetworkFinished);
    connect(reply, &QNetworkReply::sslErrors, this,
            [this](const QList<QSslError> &errors) { m_sslErrors = errors; });
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

    // Waiting in the client's queue or for a retry: nothing is on the wire.
    if (m_client)
        m_client->forget(this);
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
    m_reply->deleteLater();
    m_reply = nullptr;
    endAttempt(SupportError(SupportError::Kind::Protocol, QStringLiteral("ReplyTooLarge"),
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
    m_dateHeader = m_reply->rawHeader("Date");

    const SupportError error = errorOf(m_reply);
    m_reply->deleteLater();
    m_reply = nullptr;
    endAttempt(error);
}

void SupportReply::endAttempt(const SupportError &error)
{
    // The client decides whether the call is over or worth another attempt.
    if (m_client)
        m_client->attemptFinished(this, error);
    else if (error.isError())
        finishWithError(error);
    else
        finish();
}

SupportError SupportReply::errorOf(QNetworkReply *reply)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0)
        return SupportError::fromNetworkFailure(reply->error(), reply->errorString(),
                                                m_aborted, m_sslErrors);

    if (status < 200 || status > 299) {
        return SupportError::fromHttpReply(status, m_body, reply->rawHeader("x-amzn-ErrorType"),
                                           m_requestId.toLatin1());
    }

    // A reply cut short still carries a 200; Qt reports the broken transfer separately.
    if (reply->error() != QNetworkReply::NoError) {
        return SupportError::fromNetworkFailure(reply->error(), reply->errorString(),
                                                m_aborted, m_sslErrors);
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

    if (problem.isEmpty())
        return {};
    return SupportError(SupportError::Kind::Protocol, QStringLiteral("MalformedReply"), problem,
                        status, m_requestId);
}

void SupportReply::finishWithError(const SupportError &error)
{
    m_error = error.withRequestId(m_requestId);
    qCDebug(lcNetwork) << m_operation << "failed:" << m_error.code() << m_error.httpStatus()
                       << "request id" << m_error.requestId() << "attempts" << m_attempt;
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
