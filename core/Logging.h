#pragma once

#include <QLoggingCategory>

// One category per area. Enable with QT_LOGGING_RULES="casebook.*.debug=true".
// Messages name events, counts and ids: never keys, tokens, signatures or message bodies.
Q_DECLARE_LOGGING_CATEGORY(lcAuth)     // casebook.auth
Q_DECLARE_LOGGING_CATEGORY(lcNetwork)  // casebook.network
Q_DECLARE_LOGGING_CATEGORY(lcModel)    // casebook.model
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)  // casebook.sandbox
Q_DECLARE_LOGGING_CATEGORY(lcExport)   // casebook.export
Q_DECLARE_LOGGING_CATEGORY(lcUi)       // casebook.ui
Q_DECLARE_LOGGING_CATEGORY(lcArchive)  // casebook.archive
