#pragma once

#include "Attachment.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

/// One message in a support case's correspondence.
struct Communication
{
    QString caseId;
    QString body;
    QString submittedBy;
    QDateTime timeCreated;    ///< parsed, UTC; invalid if the service sent something unreadable
    QString timeCreatedText;  ///< as the service sent it, so exports stay faithful
    QList<AttachmentInfo> attachments;

    /// True when AWS wrote the message rather than the customer's side.
    bool isFromAws() const;

    friend bool operator==(const Communication &a, const Communication &b)
    {
        return a.caseId == b.caseId && a.body == b.body && a.submittedBy == b.submittedBy
            && a.timeCreatedText == b.timeCreatedText && a.attachments == b.attachments;
    }
};

/// One page of DescribeCommunications: newest first, with the token for the next page.
struct CommunicationPage
{
    QList<Communication> communications;
    QString nextToken;
};

Q_DECLARE_METATYPE(Communication)
