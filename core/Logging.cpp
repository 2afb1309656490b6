#include "Logging.h"

Q_LOGGING_CATEGORY(lcAuth, "casebook.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNetwork, "casebook.network", QtInfoMsg)
Q_LOGGING_CATEGORY(lcModel, "casebook.model", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSandbox, "casebook.sandbox", QtInfoMsg)
Q_LOGGING_CATEGORY(lcExport, "casebook.export", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "casebook.ui", QtInfoMsg)
