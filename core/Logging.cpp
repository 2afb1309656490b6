#include "Logging.h"

Q_LOGGING_CATEGORY(lcAuth, "casebook.auth", QtWarningMsg)
Q_LOGGING_CATEGORY(lcNetwork, "casebook.network", QtWarningMsg)
Q_LOGGING_CATEGORY(lcModel, "casebook.model", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSandbox, "casebook.sandbox", QtWarningMsg)
Q_LOGGING_CATEGORY(lcExport, "casebook.export", QtWarningMsg)
Q_LOGGING_CATEGORY(lcUi, "casebook.ui", QtWarningMsg)
Q_LOGGING_CATEGORY(lcArchive, "casebook.archive", QtWarningMsg)
