#include "Communication.h"

bool Communication::isFromAws() const
{
    // The service names its own engineers "Amazon Web Services"; the customer's side appears
    // as an email address, sometimes with a display name.
    return submittedBy.contains(QLatin1String("Amazon Web Services"), Qt::CaseInsensitive)
        || submittedBy.endsWith(QLatin1String("@amazon.com"), Qt::CaseInsensitive);
}
