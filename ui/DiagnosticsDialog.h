#pragma once

#include <QDialog>

class QPlainTextEdit;

class SupportClient;

/// Help > Diagnostics: what a bug report needs to know about this installation and
/// connection, with a button that copies it. Never shows a secret.
class DiagnosticsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DiagnosticsDialog(const SupportClient *client, QWidget *parent = nullptr);

    /// Versions, TLS, keychain, endpoint, region, credential source and file locations, one
    /// "Name: value" line each.
    static QString report(const SupportClient *client);

    QString text() const;
    /// Puts text() on the clipboard.
    void copy();

private:
    QPlainTextEdit *m_text = nullptr;
};
