#include "PreferencesDialog.h"

#include "Settings.h"

#include <QBoxLayout>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace {

// The font size box shows "System" one below the smallest size it offers.
constexpr int systemFontValue = Settings::minFontSize - 1;

QSpinBox *spinBox(QWidget *parent, const QString &name, int low, int high)
{
    auto box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setRange(low, high);
    return box;
}

/// A line edit with a "Browse…" button beside it.
QWidget *pathRow(QWidget *parent, QLineEdit *edit, QPushButton *browse)
{
    auto row = new QWidget(parent);
    auto layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    layout->addWidget(browse);
    return row;
}

void selectData(QComboBox *box, const QVariant &data)
{
    const int index = box->findData(data);
    box->setCurrentIndex(qMax(0, index));
}

} // namespace

PreferencesDialog::PreferencesDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));

    m_account = new QComboBox(this);
    m_account->setObjectName(QStringLiteral("defaultAccount"));
    m_account->setEditable(true);
    m_account->setToolTip(tr("The account Casebook opens with; empty for the first one "
                             "available"));
    auto accountGroup = new QGroupBox(tr("Account"), this);
    auto accountForm = new QFormLayout(accountGroup);
    accountForm->addRow(tr("&Default account:"), m_account);

    m_buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            &PreferencesDialog::apply);

    auto column = new QVBoxLayout(this);
    column->addWidget(accountGroup);
    column->addWidget(createReadingGroup());
    column->addWidget(createNetworkGroup());
    column->addWidget(createFilesGroup());
    column->addStretch(1);
    column->addWidget(m_buttons);

    load(Settings());
}

QWidget *PreferencesDialog::createReadingGroup()
{
    auto group = new QGroupBox(tr("Reading"), this);

    m_pageSize
        = spinBox(group, QStringLiteral("pageSize"), Settings::minPageSize, Settings::maxPageSize);
    m_pageSize->setSuffix(tr(" messages", "page size, after a number"));
    m_pageSize->setToolTip(tr("How many messages each request to AWS asks for"));

    m_order = new QComboBox(group);
    m_order->setObjectName(QStringLiteral("messageOrder"));
    m_order->addItem(tr("Newest first"), false);
    m_order->addItem(tr("Oldest first", "message order, as in a chat"), true);

    m_theme = new QComboBox(group);
    m_theme->setObjectName(QStringLiteral("theme"));
    m_theme->addItem(tr("System", "theme: follow the desktop"), int(Settings::Theme::System));
    m_theme->addItem(tr("Light", "theme"), int(Settings::Theme::Light));
    m_theme->addItem(tr("Dark", "theme"), int(Settings::Theme::Dark));

    m_fontSize
        = spinBox(group, QStringLiteral("threadFontSize"), systemFontValue, Settings::maxFontSize);
    m_fontSize->setSpecialValueText(tr("System", "font size: the desktop's own"));
    m_fontSize->setSuffix(tr(" pt", "font size in points"));

    m_language = new QComboBox(group);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("System", "language: the desktop's own"),
                        int(Settings::Language::System));
    // Each language is named in itself, so that a reader can find their own.
    m_language->addItem(QStringLiteral("English"), int(Settings::Language::English));
    m_language->addItem(QStringLiteral("Deutsch"), int(Settings::Language::German));
    m_language->addItem(QStringLiteral("日本語"), int(Settings::Language::Japanese));
    auto languageNote = new QLabel(tr("Takes effect when Casebook starts again."), group);
    languageNote->setForegroundRole(QPalette::PlaceholderText);

    auto form = new QFormLayout(group);
    form->addRow(tr("&Page size:"), m_pageSize);
    form->addRow(tr("Message &order:"), m_order);
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(tr("Thread &font size:"), m_fontSize);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), languageNote);
    return group;
}

QWidget *PreferencesDialog::createNetworkGroup()
{
    auto group = new QGroupBox(tr("Network"), this);

    m_timeout = spinBox(group, QStringLiteral("transferTimeout"), Settings::minTransferTimeout,
                        Settings::maxTransferTimeout);
    m_timeout->setSuffix(tr(" s", "seconds, after a number"));
    m_timeout->setToolTip(tr("A request that receives nothing for this long fails and is "
                             "tried again"));

    m_attempts = spinBox(group, QStringLiteral("maxAttempts"), Settings::minRetryAttempts,
                         Settings::maxRetryAttempts);
    m_attempts->setToolTip(tr("Attempts per request, the first included. AWS_MAX_ATTEMPTS "
                              "or max_attempts in the AWS config take precedence."));

    auto form = new QFormLayout(group);
    form->addRow(tr("Transfer &timeout:"), m_timeout);
    form->addRow(tr("&Retry attempts:", "how many times a request is tried"), m_attempts);
    return group;
}

QWidget *PreferencesDialog::createFilesGroup()
{
    auto group = new QGroupBox(tr("Files"), this);

    m_downloadFolder = new QLineEdit(group);
    m_downloadFolder->setObjectName(QStringLiteral("downloadFolder"));
    auto browseFolder = new QPushButton(tr("Browse\u2026"), group);
    connect(browseFolder, &QPushButton::clicked, this, &PreferencesDialog::browseDownloadFolder);

    m_logToFile = new QCheckBox(tr("&Write a log file"), group);
    m_logToFile->setObjectName(QStringLiteral("logToFile"));
    m_logFile = new QLineEdit(group);
    m_logFile->setObjectName(QStringLiteral("logFile"));
    m_logFile->setPlaceholderText(Settings::defaultLogFile());
    auto browseLog = new QPushButton(tr("Browse\u2026"), group);
    connect(browseLog, &QPushButton::clicked, this, &PreferencesDialog::browseLogFile);
    connect(m_logToFile, &QCheckBox::toggled, m_logFile, &QWidget::setEnabled);
    connect(m_logToFile, &QCheckBox::toggled, browseLog, &QWidget::setEnabled);

    auto form = new QFormLayout(group);
    form->addRow(tr("&Download folder:"), pathRow(group, m_downloadFolder, browseFolder));
    form->addRow(m_logToFile);
    form->addRow(tr("Log f&ile:"), pathRow(group, m_logFile, browseLog));
    return group;
}

void PreferencesDialog::load(const Settings &settings)
{
    m_account->clear();
    m_account->addItems(settings.storedAccounts());
    m_account->setCurrentText(settings.defaultAccount());

    m_pageSize->setValue(settings.pageSize());
    selectData(m_order, settings.oldestFirst());
    selectData(m_theme, int(settings.theme()));
    const int fontSize = settings.threadFontSize();
    m_fontSize->setValue(fontSize == 0 ? systemFontValue : fontSize);
    selectData(m_language, int(settings.language()));

    m_timeout->setValue(settings.transferTimeout());
    m_attempts->setValue(settings.maxAttempts());

    m_downloadFolder->setText(settings.downloadFolder());
    m_logToFile->setChecked(settings.logToFile());
    m_logFile->setEnabled(settings.logToFile());
    const QString logFile = settings.logFile();
    m_logFile->setText(logFile == Settings::defaultLogFile() ? QString() : logFile);
}

void PreferencesDialog::save(Settings *settings) const
{
    settings->setDefaultAccount(m_account->currentText());
    settings->setPageSize(m_pageSize->value());
    settings->setOldestFirst(m_order->currentData().toBool());
    settings->setTheme(Settings::Theme(m_theme->currentData().toInt()));
    const int fontSize = m_fontSize->value();
    settings->setThreadFontSize(fontSize == systemFontValue ? 0 : fontSize);
    settings->setLanguage(Settings::Language(m_language->currentData().toInt()));

    settings->setTransferTimeout(m_timeout->value());
    settings->setMaxAttempts(m_attempts->value());

    settings->setDownloadFolder(m_downloadFolder->text().trimmed());
    settings->setLogToFile(m_logToFile->isChecked());
    settings->setLogFile(m_logFile->text().trimmed());
}

void PreferencesDialog::apply()
{
    Settings settings;
    save(&settings);
    Q_EMIT applied();
}

void PreferencesDialog::browseDownloadFolder()
{
    const QString folder
        = QFileDialog::getExistingDirectory(this, tr("Download Folder"), m_downloadFolder->text());
    if (!folder.isEmpty())
        m_downloadFolder->setText(folder);
}

void PreferencesDialog::browseLogFile()
{
    const QString start
        = m_logFile->text().isEmpty() ? Settings::defaultLogFile() : m_logFile->text();
    const QString path = QFileDialog::getSaveFileName(this, tr("Log File"), start);
    if (!path.isEmpty())
        m_logFile->setText(path);
}
