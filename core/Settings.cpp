#include "Settings.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace {

const QString defaultAccountKey = QStringLiteral("account/default");
// Where the accounts dialog kept the default before both used one key.
const QString oldDefaultAccountKey = QStringLiteral("accounts/default");
const QString accountsGroup = QStringLiteral("accounts");
const QString pageSizeKey = QStringLiteral("view/pageSize");
const QString oldestFirstKey = QStringLiteral("view/oldestFirst");
const QString themeKeyName = QStringLiteral("view/theme");
const QString fontSizeKey = QStringLiteral("view/threadFontSize");
const QString lastCaseKey = QStringLiteral("view/lastCase");
const QString transferTimeoutKey = QStringLiteral("network/transferTimeout");
const QString maxAttemptsKey = QStringLiteral("network/maxAttempts");
const QString downloadFolderKey = QStringLiteral("files/downloadFolder");
const QString languageKeyName = QStringLiteral("general/language");
const QString logToFileKey = QStringLiteral("diagnostics/logToFile");
const QString logFileKey = QStringLiteral("diagnostics/logFile");

constexpr int defaultPageSize = 100;
constexpr int defaultTransferTimeout = 60;
constexpr int defaultAttempts = 3;

const Settings::Theme themes[]
    = {Settings::Theme::System, Settings::Theme::Light, Settings::Theme::Dark};
const Settings::Language languages[] = {Settings::Language::System, Settings::Language::English,
                                        Settings::Language::German, Settings::Language::Japanese};

void moveOldDefaultAccount(QSettings *settings)
{
    if (!settings->contains(oldDefaultAccountKey))
        return;
    if (!settings->contains(defaultAccountKey))
        settings->setValue(defaultAccountKey, settings->value(oldDefaultAccountKey));
    settings->remove(oldDefaultAccountKey);
}

} // namespace

Settings::Settings() : m_settings(new QSettings), m_owned(true) { }

Settings::Settings(QSettings *settings) : m_settings(settings) { }

Settings::~Settings()
{
    if (m_owned)
        delete m_settings;
}

QString Settings::defaultAccount() const
{
    moveOldDefaultAccount(m_settings);
    return m_settings->value(defaultAccountKey).toString().trimmed();
}

void Settings::setDefaultAccount(const QString &name)
{
    moveOldDefaultAccount(m_settings);
    m_settings->setValue(defaultAccountKey, name.trimmed());
}

QStringList Settings::storedAccounts() const
{
    // Accounts may be stored as keys or as groups of their own; either way the name counts.
    moveOldDefaultAccount(m_settings);
    m_settings->beginGroup(accountsGroup);
    QStringList names = m_settings->childGroups() + m_settings->childKeys();
    m_settings->endGroup();

    names.removeDuplicates();
    names.sort(Qt::CaseInsensitive);
    return names;
}

int Settings::pageSize() const
{
    return boundedInt(pageSizeKey, defaultPageSize, minPageSize, maxPageSize);
}

void Settings::setPageSize(int size)
{
    m_settings->setValue(pageSizeKey, qBound(minPageSize, size, maxPageSize));
}

bool Settings::oldestFirst() const
{
    return boolValue(oldestFirstKey, false);
}

void Settings::setOldestFirst(bool oldestFirst)
{
    m_settings->setValue(oldestFirstKey, oldestFirst);
}

Settings::Theme Settings::theme() const
{
    const QString key = m_settings->value(themeKeyName).toString().toLower();
    for (Theme theme : themes) {
        if (themeKey(theme) == key)
            return theme;
    }
    return Theme::System;
}

void Settings::setTheme(Theme theme)
{
    m_settings->setValue(themeKeyName, themeKey(theme));
}

int Settings::threadFontSize() const
{
    // 0 is the "system font" value and lies outside the range on purpose.
    const int size = boundedInt(fontSizeKey, 0, 0, maxFontSize);
    return size == 0 ? 0 : qMax(size, minFontSize);
}

void Settings::setThreadFontSize(int points)
{
    m_settings->setValue(fontSizeKey, points <= 0 ? 0 : qBound(minFontSize, points, maxFontSize));
}

QString Settings::lastCase() const
{
    return m_settings->value(lastCaseKey).toString();
}

void Settings::setLastCase(const QString &caseId)
{
    m_settings->setValue(lastCaseKey, caseId);
}

int Settings::transferTimeout() const
{
    return boundedInt(transferTimeoutKey, defaultTransferTimeout, minTransferTimeout,
                      maxTransferTimeout);
}

void Settings::setTransferTimeout(int seconds)
{
    m_settings->setValue(transferTimeoutKey,
                         qBound(minTransferTimeout, seconds, maxTransferTimeout));
}

int Settings::maxAttempts() const
{
    return boundedInt(maxAttemptsKey, defaultAttempts, minRetryAttempts, maxRetryAttempts);
}

void Settings::setMaxAttempts(int attempts)
{
    m_settings->setValue(maxAttemptsKey, qBound(minRetryAttempts, attempts, maxRetryAttempts));
}

bool Settings::hasMaxAttempts() const
{
    bool ok = false;
    m_settings->value(maxAttemptsKey).toInt(&ok);
    return ok;
}

QString Settings::downloadFolder() const
{
    const QString folder = m_settings->value(downloadFolderKey).toString();
    if (!folder.isEmpty())
        return folder;
    return QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
}

void Settings::setDownloadFolder(const QString &folder)
{
    m_settings->setValue(downloadFolderKey, folder);
}

Settings::Language Settings::language() const
{
    const QString key = m_settings->value(languageKeyName).toString().toLower();
    for (Language language : languages) {
        if (languageKey(language) == key)
            return language;
    }
    return Language::System;
}

void Settings::setLanguage(Language language)
{
    m_settings->setValue(languageKeyName, languageKey(language));
}

QString Settings::languageCode(Language language)
{
    return language == Language::System ? QString() : languageKey(language);
}

bool Settings::logToFile() const
{
    return boolValue(logToFileKey, false);
}

void Settings::setLogToFile(bool enabled)
{
    m_settings->setValue(logToFileKey, enabled);
}

QString Settings::logFile() const
{
    const QString path = m_settings->value(logFileKey).toString();
    return path.isEmpty() ? defaultLogFile() : path;
}

void Settings::setLogFile(const QString &path)
{
    // The default is not stored, so that it follows the cache folder if that moves.
    if (path.isEmpty() || path == defaultLogFile())
        m_settings->remove(logFileKey);
    else
        m_settings->setValue(logFileKey, path);
}

QString Settings::defaultLogFile()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    return QDir(folder).filePath(QStringLiteral("casebook.log"));
}

QString Settings::fileName() const
{
    return m_settings->fileName();
}

QString Settings::themeKey(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    case Theme::System:
        break;
    }
    return QStringLiteral("system");
}

QString Settings::languageKey(Language language)
{
    switch (language) {
    case Language::English:
        return QStringLiteral("en");
    case Language::German:
        return QStringLiteral("de");
    case Language::Japanese:
        return QStringLiteral("ja");
    case Language::System:
        break;
    }
    return QStringLiteral("system");
}

int Settings::boundedInt(const QString &key, int fallback, int low, int high) const
{
    bool ok = false;
    const int value = m_settings->value(key).toInt(&ok);
    return ok ? qBound(low, value, high) : fallback;
}

bool Settings::boolValue(const QString &key, bool fallback) const
{
    // QVariant calls any text but "false" and "0" true; a value typed by hand deserves better.
    const QVariant value = m_settings->value(key);
    if (value.typeId() == QMetaType::Bool)
        return value.toBool();
    const QString text = value.toString().trimmed().toLower();
    if (text == QLatin1String("true") || text == QLatin1String("1"))
        return true;
    if (text == QLatin1String("false") || text == QLatin1String("0"))
        return false;
    return fallback;
}
