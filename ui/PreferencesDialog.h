#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QSpinBox;

class Settings;

/// Edit > Preferences: the reader's choices, stored through Settings.
///
/// OK and Apply write every value and emit applied(), so that the window can take them on at
/// once; the language takes effect at the next start.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    /// Shows the values \a settings holds.
    void load(const Settings &settings);
    /// Writes the values shown into \a settings.
    void save(Settings *settings) const;

    /// Saves into the application's settings and emits applied().
    void apply();

Q_SIGNALS:
    void applied();

private:
    QWidget *createReadingGroup();
    QWidget *createNetworkGroup();
    QWidget *createFilesGroup();
    void browseDownloadFolder();
    void browseLogFile();

    QComboBox *m_account = nullptr;
    QSpinBox *m_pageSize = nullptr;
    QComboBox *m_order = nullptr;
    QComboBox *m_theme = nullptr;
    QSpinBox *m_fontSize = nullptr;
    QSpinBox *m_timeout = nullptr;
    QSpinBox *m_attempts = nullptr;
    QLineEdit *m_downloadFolder = nullptr;
    QComboBox *m_language = nullptr;
    QCheckBox *m_logToFile = nullptr;
    QLineEdit *m_logFile = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
