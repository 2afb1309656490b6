#pragma once

#include "Communication.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

/// A support case as DescribeCases returns it (CaseDetails).
struct SupportCase
{
    QString caseId;
    QString displayId;
    QString subject;
    QString status;
    QString serviceCode;
    QString categoryCode;
    QString severityCode;
    QString submittedBy;
    QDateTime timeCreated;
    QString timeCreatedText;
    QStringList ccEmailAddresses;
    QString language;

    /// The newest few communications, when the case was asked for with its communications.
    CommunicationPage recentCommunications;

    bool isResolved() const { return status == QLatin1String("resolved"); }
};

/// One page of DescribeCases.
struct CasePage
{
    QList<SupportCase> cases;
    QString nextToken;
};

Q_DECLARE_METATYPE(SupportCase)
