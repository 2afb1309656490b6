#pragma once

#include <QString>
#include <QStringList>

class QSettings;

/// Typed access to Casebook's saved preferences, with defaults and bounds.
///
/// Every value lives in QSettings under the key named beside its getter. Values read back are
/// checked: a number out of range is clamped, anything unreadable gives the default.
///
/// | Key                      | Type    | Default                 |
/// |--------------------------|---------|-------------------------|
/// | account/default          | string  | empty (first available) |
/// | view/pageSize            | int     | 100 (10..100)           |
/// | view/oldestFirst         | bool    | false                   |
/// | view/theme               | string  | "system", light, dark   |
/// | view/threadFontSize      | int     | 0 = system font (6..32) |
/// | view/lastCase            | string  | empty                   |
/// | network/transferTimeout  | int     | 60 seconds (5..600)     |
/// | network/maxAttempts      | int     | 3 (1..10)               |
/// | files/downloadFolder     | string  | the Downloads folder    |
/// | general/language         | string  | "system", en, de, ja    |
/// | diagnostics/logToFile    | bool    | false                   |
/// | diagnostics/logFile      | string  | defaultLogFile()        |
///
/// The group "accounts" is read only, for the names of stored accounts. The main window keeps
/// its own keys: window/geometry, window/splitter and view/caseStatus (Open, Resolved, All).
class Settings
{
public:
    enum class Theme { System, Light, Dark };
    enum class Language { System, English, German, Japanese };

    static constexpr int minPageSize = 10;
    static constexpr int maxPageSize = 100;
    static constexpr int minFontSize = 6;
    static constexpr int maxFontSize = 32;
    static constexpr int minTransferTimeout = 5;
    static constexpr int maxTransferTimeout = 600;
    static constexpr int minRetryAttempts = 1;
    static constexpr int maxRetryAttempts = 10;

    /// Reads and writes the application's default QSettings.
    Settings();
    /// Reads and writes \a settings, which must outlive this object (for tests).
    explicit Settings(QSettings *settings);
    ~Settings();

    Settings(const Settings &) = delete;
    Settings &operator=(const Settings &) = delete;

    QString defaultAccount() const;
    void setDefaultAccount(const QString &name);
    /// Names under the "accounts" group, sorted; empty when there is none.
    QStringList storedAccounts() const;

    int pageSize() const;
    void setPageSize(int size);

    bool oldestFirst() const;
    void setOldestFirst(bool oldestFirst);

    Theme theme() const;
    void setTheme(Theme theme);

    /// Point size of the thread's text; 0 means the system font's size.
    int threadFontSize() const;
    void setThreadFontSize(int points);

    QString lastCase() const;
    void setLastCase(const QString &caseId);

    /// Seconds without a byte before a request attempt fails.
    int transferTimeout() const;
    void setTransferTimeout(int seconds);

    /// Attempts per request, the first included.
    int maxAttempts() const;
    void setMaxAttempts(int attempts);
    /// Whether the user has chosen a number of attempts at all.
    bool hasMaxAttempts() const;

    QString downloadFolder() const;
    void setDownloadFolder(const QString &folder);

    /// Takes effect at the next start.
    Language language() const;
    void setLanguage(Language language);
    /// "de", "ja", "en", or an empty string for the system's language.
    static QString languageCode(Language language);

    bool logToFile() const;
    void setLogToFile(bool enabled);
    QString logFile() const;
    void setLogFile(const QString &path);
    /// casebook.log in the cache folder.
    static QString defaultLogFile();

    /// The file the settings are stored in, for diagnostics.
    QString fileName() const;

    static QString themeKey(Theme theme);
    static QString languageKey(Language language);

private:
    int boundedInt(const QString &key, int fallback, int low, int high) const;
    bool boolValue(const QString &key, bool fallback) const;

    QSettings *m_settings = nullptr;
    bool m_owned = false;
};
