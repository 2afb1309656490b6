#include "DiagnosticsDialog.h"

#include "LogFile.h"
#include "Settings.h"
#include "SupportClient.h"

#include <QBoxLayout>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSslSocket>
#include <QSysInfo>

namespace {

QString line(const QString &name, const QString &value)
{
    return name + QStringLiteral(": ") + (value.isEmpty() ? QStringLiteral("-") : value);
}

QString tlsDescription()
{
    if (!QSslSocket::supportsSsl())
        return DiagnosticsDialog::tr("none available");
    return QSslSocket::activeBackend() + QStringLiteral(" (")
        + QSslSocket::sslLibraryVersionString() + u')';
}

QString keychainDescription()
{
#if defined(Q_OS_MACOS)
    return QStringLiteral("macOS Keychain (QtKeychain)");
#elif defined(Q_OS_WIN)
    return QStringLiteral("Windows Credential Manager (QtKeychain)");
#else
    return QStringLiteral("Secret Service (QtKeychain)");
#endif
}

} // namespace

DiagnosticsDialog::DiagnosticsDialog(const SupportClient *client, QWidget *parent)
    : QDialog(parent), m_text(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("diagnosticsDialog"));
    setWindowTitle(tr("Diagnostics"));

    m_text->setObjectName(QStringLiteral("diagnosticsText"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setPlainText(report(client));

    auto buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copyButton = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copyButton->setObjectName(QStringLiteral("copyButton"));
    connect(copyButton, &QPushButton::clicked, this, &DiagnosticsDialog::copy);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto column = new QVBoxLayout(this);
    column->addWidget(m_text, 1);
    column->addWidget(buttons);
    resize(640, 380);
}

QString DiagnosticsDialog::report(const SupportClient *client)
{
    const SupportEndpoint endpoint = client ? client->endpoint() : SupportEndpoint();
    const QString source = client ? client->credentials().source : QString();
    const QString logFile = LogFile::path();
    const Settings settings;

    // Labels stay in English: the report is pasted into bug reports and read by maintainers.
    const QStringList lines = {
        line(QStringLiteral("Casebook"), QCoreApplication::applicationVersion()),
        line(QStringLiteral("Qt (runtime)"), QString::fromLatin1(qVersion())),
        line(QStringLiteral("Qt (build)"), QStringLiteral(QT_VERSION_STR)),
        line(QStringLiteral("System"),
             QSysInfo::prettyProductName() + QStringLiteral(" ")
                 + QSysInfo::currentCpuArchitecture()),
        line(QStringLiteral("Platform"), QGuiApplication::platformName()),
        line(QStringLiteral("TLS"), tlsDescription()),
        line(QStringLiteral("Keychain"), keychainDescription()),
        line(QStringLiteral("Endpoint"), endpoint.url.toDisplayString()),
        line(QStringLiteral("Partition"), endpoint.partition),
        line(QStringLiteral("Signing region"), endpoint.signingRegion),
        line(QStringLiteral("Credential source"), source),
        line(QStringLiteral("Settings"), settings.fileName()),
        line(QStringLiteral("Log file"), logFile.isEmpty() ? tr("none") : logFile),
    };
    return lines.join(u'\n') + u'\n';
}

QString DiagnosticsDialog::text() const
{
    return m_text->toPlainText();
}

void DiagnosticsDialog::copy()
{
    QGuiApplication::clipboard()->setText(text());
}
