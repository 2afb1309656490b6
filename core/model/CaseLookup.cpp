#include "CaseLookup.h"

#include "Logging.h"
#include "SupportClient.h"

#include <QTimer>

#include <algorithm>

CaseLookup::Kind CaseLookup::kindOf(const QString &text)
{
    const QString key = text.trimmed();
    if (key.isEmpty())
        return Kind::None;
    if (key.startsWith(QLatin1String("case-"), Qt::CaseInsensitive))
        return Kind::CaseId;
    const bool digits = std::all_of(key.cbegin(), key.cend(), [](QChar c) {
        return c >= QLatin1Char('0') && c <= QLatin1Char('9');
    });
    return digits ? Kind::DisplayId : Kind::None;
}

CaseLookup::CaseLookup(SupportClient *client, QObject *parent) : QObject(parent), m_client(client)
{ }

CaseLookup::~CaseLookup()
{
    cancel();
}

void CaseLookup::lookUp(const QString &text, const QList<SupportCase> &listed)
{
    cancel();
    const Kind kind = kindOf(text);
    // Case ids are lower case on the wire; people may paste them otherwise.
    const QString key = kind == Kind::CaseId ? text.trimmed().toLower() : text.trimmed();

    if (kind == Kind::None) {
        QTimer::singleShot(0, this, [this, key] { Q_EMIT caseNotFound(key); });
        return;
    }

    for (const SupportCase &supportCase : listed) {
        const QString &candidate
            = kind == Kind::CaseId ? supportCase.caseId : supportCase.displayId;
        if (candidate == key) {
            QTimer::singleShot(0, this, [this, supportCase] { Q_EMIT caseFound(supportCase); });
            return;
        }
    }
    ask(kind, key);
}

void CaseLookup::ask(Kind kind, const QString &key)
{
    CasesQuery query;
    if (kind == Kind::CaseId)
        query.caseIds = {key};
    else
        query.displayId = key;
    query.includeResolved = true;
    query.includeCommunications = false;

    CasesReply *reply = m_client->describeCases(query);
    m_reply = reply;
    connect(reply, &SupportReply::finished, this,
            [this, reply, key] { onReplyFinished(reply, key); });
    qCDebug(lcModel) << "looking up a case by" << kind;
}

void CaseLookup::onReplyFinished(CasesReply *reply, const QString &key)
{
    reply->deleteLater();
    if (reply != m_reply)
        return;
    m_reply.clear();

    if (reply->error().code() == QLatin1String("CaseIdNotFound")
        || (!reply->hasError() && reply->page().cases.isEmpty())) {
        Q_EMIT caseNotFound(key);
    } else if (reply->hasError()) {
        Q_EMIT lookupFailed(reply->error());
    } else {
        Q_EMIT caseFound(reply->page().cases.first());
    }
}

void CaseLookup::cancel()
{
    if (!m_reply)
        return;
    CasesReply *reply = m_reply;
    m_reply.clear();
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
}
