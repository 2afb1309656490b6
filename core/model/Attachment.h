#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

/// A reference to a file attached to a communication, as listed in its attachment set.
struct AttachmentInfo
{
    QString attachmentId;
    QString fileName;

    friend bool operator==(const AttachmentInfo &a, const AttachmentInfo &b)
    {
        return a.attachmentId == b.attachmentId && a.fileName == b.fileName;
    }
};

/// The content of an attachment, decoded from the base64 the service sends.
struct Attachment
{
    QString fileName;
    QByteArray data;
};

Q_DECLARE_METATYPE(AttachmentInfo)
Q_DECLARE_METATYPE(Attachment)
