#pragma once

#include <QString>
#include <QUrl>

/// Links to a support case in the AWS Management Console of the case's partition.
namespace ConsoleLink {

/// The console host for \a partition ("aws", "aws-us-gov", "aws-cn"); the commercial one for
/// anything else.
QString consoleHost(const QString &partition);

/// The console page of the case numbered \a displayId; the Support Center's home page when
/// the number is not known.
QUrl forCase(const QString &partition, const QString &displayId);

} // namespace ConsoleLink
