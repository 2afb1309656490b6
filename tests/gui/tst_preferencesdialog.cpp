#include "DemoSandbox.h"

#include "CaseListModel.h"
#include "CommunicationFilterModel.h"
#include "CommunicationModel.h"
#include "ConversationView.h"
#include "LogFile.h"
#include "MainWindow.h"
#include "PreferencesDialog.h"
#include "Settings.h"
#include "Theme.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr int timeout = 10000;

template<typename T>
T *field(QWidget *dialog, const char *name)
{
    return dialog->findChild<T *>(QString::fromLatin1(name));
}

} // namespace

// The Preferences dialog on its own, and the main window taking on what it applies.
class tst_PreferencesDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void showsSavedValues();
    void okSavesEveryField();
    void cancelSavesNothing();
    void offersStoredAccounts();
    void fontSizeOffersTheSystemFont();
    void themesSetStyleAndPalette();
    void shortcutOpensItAndWindowAppliesLive();
    void lastCaseComesBack();
    void logFilePreferenceOpensAndCloses();

private:
    std::unique_ptr<SandboxServer> m_sandbox;
};

void tst_PreferencesDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CasebookTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_preferencesdialog"));
    m_sandbox = DemoSandbox::start();
    QVERIFY(m_sandbox);
}

void tst_PreferencesDialog::init()
{
    QSettings().clear();
    Theme::apply(Settings::Theme::System);
}

void tst_PreferencesDialog::cleanupTestCase()
{
    Theme::apply(Settings::Theme::System);
    QSettings().clear();
}

void tst_PreferencesDialog::showsSavedValues()
{
    {
        Settings settings;
        settings.setDefaultAccount(QStringLiteral("production"));
        settings.setPageSize(30);
        settings.setOldestFirst(true);
        settings.setTheme(Settings::Theme::Dark);
        settings.setThreadFontSize(15);
        settings.setTransferTimeout(120);
        settings.setMaxAttempts(7);
        settings.setDownloadFolder(QStringLiteral("/tmp/case-files"));
        settings.setLanguage(Settings::Language::German);
        settings.setLogToFile(true);
        settings.setLogFile(QStringLiteral("/tmp/casebook-prefs.log"));
    }

    PreferencesDialog dialog;
    QCOMPARE(field<QComboBox>(&dialog, "defaultAccount")->currentText(),
             QStringLiteral("production"));
    QCOMPARE(field<QSpinBox>(&dialog, "pageSize")->value(), 30);
    QCOMPARE(field<QComboBox>(&dialog, "messageOrder")->currentData().toBool(), true);
    QCOMPARE(field<QComboBox>(&dialog, "theme")->currentData().toInt(), int(Settings::Theme::Dark));
    QCOMPARE(field<QSpinBox>(&dialog, "threadFontSize")->value(), 15);
    QCOMPARE(field<QSpinBox>(&dialog, "transferTimeout")->value(), 120);
    QCOMPARE(field<QSpinBox>(&dialog, "maxAttempts")->value(), 7);
    QCOMPARE(field<QLineEdit>(&dialog, "downloadFolder")->text(),
             QStringLiteral("/tmp/case-files"));
    QCOMPARE(field<QComboBox>(&dialog, "language")->currentData().toInt(),
             int(Settings::Language::German));
    QVERIFY(field<QCheckBox>(&dialog, "logToFile")->isChecked());
    QCOMPARE(field<QLineEdit>(&dialog, "logFile")->text(),
             QStringLiteral("/tmp/casebook-prefs.log"));
}

void tst_PreferencesDialog::okSavesEveryField()
{
    PreferencesDialog dialog;
    QSignalSpy applied(&dialog, &PreferencesDialog::applied);
    field<QComboBox>(&dialog, "defaultAccount")->setCurrentText(QStringLiteral("staging"));
    field<QSpinBox>(&dialog, "pageSize")->setValue(20);
    field<QComboBox>(&dialog, "messageOrder")->setCurrentIndex(1);
    field<QComboBox>(&dialog, "theme")->setCurrentIndex(1);
    field<QSpinBox>(&dialog, "threadFontSize")->setValue(11);
    field<QSpinBox>(&dialog, "transferTimeout")->setValue(30);
    field<QSpinBox>(&dialog, "maxAttempts")->setValue(2);
    field<QLineEdit>(&dialog, "downloadFolder")->setText(QStringLiteral("/tmp/dl"));
    field<QComboBox>(&dialog, "language")->setCurrentIndex(3);
    field<QCheckBox>(&dialog, "logToFile")->setChecked(true);

    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(applied.count(), 1);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    const Settings settings;
    QCOMPARE(settings.defaultAccount(), QStringLiteral("staging"));
    QCOMPARE(settings.pageSize(), 20);
    QCOMPARE(settings.oldestFirst(), true);
    QCOMPARE(settings.theme(), Settings::Theme::Light);
    QCOMPARE(settings.threadFontSize(), 11);
    QCOMPARE(settings.transferTimeout(), 30);
    QCOMPARE(settings.maxAttempts(), 2);
    QCOMPARE(settings.downloadFolder(), QStringLiteral("/tmp/dl"));
    QCOMPARE(settings.language(), Settings::Language::Japanese);
    QCOMPARE(settings.logToFile(), true);
    QCOMPARE(settings.logFile(), Settings::defaultLogFile());
}

void tst_PreferencesDialog::cancelSavesNothing()
{
    PreferencesDialog dialog;
    QSignalSpy applied(&dialog, &PreferencesDialog::applied);
    field<QSpinBox>(&dialog, "pageSize")->setValue(10);
    field<QComboBox>(&dialog, "theme")->setCurrentIndex(2);
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();

    QCOMPARE(applied.count(), 0);
    QVERIFY(QSettings().allKeys().isEmpty());
}

void tst_PreferencesDialog::offersStoredAccounts()
{
    QSettings().setValue(QStringLiteral("accounts/staging/region"), QStringLiteral("eu-west-1"));
    QSettings().setValue(QStringLiteral("accounts/production/region"), QStringLiteral("us-east-1"));

    PreferencesDialog dialog;
    auto account = field<QComboBox>(&dialog, "defaultAccount");
    QVERIFY(account->isEditable());
    QCOMPARE(account->count(), 2);
    QCOMPARE(account->itemText(0), QStringLiteral("production"));
    QCOMPARE(account->itemText(1), QStringLiteral("staging"));
}

void tst_PreferencesDialog::fontSizeOffersTheSystemFont()
{
    PreferencesDialog dialog;
    auto size = field<QSpinBox>(&dialog, "threadFontSize");
    QCOMPARE(size->value(), size->minimum());
    QVERIFY(!size->specialValueText().isEmpty());
    QCOMPARE(size->maximum(), Settings::maxFontSize);

    size->setValue(size->minimum() + 1);
    dialog.apply();
    QCOMPARE(Settings().threadFontSize(), Settings::minFontSize);
    size->setValue(size->minimum());
    dialog.apply();
    QCOMPARE(Settings().threadFontSize(), 0);
}

void tst_PreferencesDialog::themesSetStyleAndPalette()
{
    const QString systemStyle = QApplication::style()->name();
    const QColor systemWindow = QApplication::palette().color(QPalette::Window);

    Theme::apply(Settings::Theme::Dark);
    QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
    QCOMPARE(QApplication::palette().color(QPalette::Window),
             Theme::darkPalette().color(QPalette::Window));
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness()
            < QApplication::palette().color(QPalette::WindowText).lightness());

    Theme::apply(Settings::Theme::Light);
    QCOMPARE(QApplication::palette().color(QPalette::Base),
             Theme::lightPalette().color(QPalette::Base));
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness()
            > QApplication::palette().color(QPalette::WindowText).lightness());

    Theme::apply(Settings::Theme::System);
    QCOMPARE(QApplication::style()->name(), systemStyle);
    QCOMPARE(QApplication::palette().color(QPalette::Window), systemWindow);
}

void tst_PreferencesDialog::shortcutOpensItAndWindowAppliesLive()
{
    SupportClient client;
    DemoSandbox::configure(&client, *m_sandbox);
    MainWindow window(&client);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openCase(DemoSandbox::longCaseId);
    QTRY_VERIFY_WITH_TIMEOUT(window.communicationModel()->rowCount() > 0, timeout);

    QVERIFY(
        window.preferencesAction()->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)));
    QTest::keyClick(&window, Qt::Key_Comma, Qt::ControlModifier);
    PreferencesDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<PreferencesDialog *>()) && dialog->isVisible());

    field<QComboBox>(dialog, "theme")->setCurrentIndex(2);
    field<QSpinBox>(dialog, "threadFontSize")->setValue(17);
    field<QComboBox>(dialog, "messageOrder")->setCurrentIndex(1);
    field<QSpinBox>(dialog, "maxAttempts")->setValue(6);
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Apply)->click();

    QCOMPARE(QApplication::palette().color(QPalette::Window),
             Theme::darkPalette().color(QPalette::Window));
    QCOMPARE(window.conversationView()->font().pointSize(), 17);
    QVERIFY(window.conversationView()->isOldestFirst());
    QVERIFY(window.threadFilterModel()->isOldestFirst());
    QCOMPARE(client.maxAttempts(), 6);
    QVERIFY(dialog->isVisible());

    // Back to the system's look and font.
    field<QComboBox>(dialog, "theme")->setCurrentIndex(0);
    field<QSpinBox>(dialog, "threadFontSize")->setValue(Settings::minFontSize - 1);
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(window.conversationView()->font().pointSize(), QApplication::font().pointSize());
    QTRY_VERIFY(!window.findChild<PreferencesDialog *>());
}

void tst_PreferencesDialog::lastCaseComesBack()
{
    SupportClient client;
    DemoSandbox::configure(&client, *m_sandbox);
    QString chosen;
    {
        MainWindow window(&client);
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(window.caseListModel()->rowCount() > 1, timeout);
        chosen = window.caseListModel()->supportCase(1).caseId;
        window.openCase(chosen);
        QCOMPARE(window.currentCaseId(), chosen);
        window.close();
    }
    QCOMPARE(Settings().lastCase(), chosen);

    MainWindow again(&client);
    again.show();
    QTRY_COMPARE_WITH_TIMEOUT(again.currentCaseId(), chosen, timeout);
    QTRY_COMPARE_WITH_TIMEOUT(again.communicationModel()->caseId(), chosen, timeout);
}

void tst_PreferencesDialog::logFilePreferenceOpensAndCloses()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("logs/casebook.log"));
    SupportClient client;
    DemoSandbox::configure(&client, *m_sandbox);
    MainWindow window(&client);
    QCOMPARE(LogFile::path(), QString());

    window.showPreferences();
    auto dialog = window.findChild<PreferencesDialog *>();
    QVERIFY(dialog);
    field<QCheckBox>(dialog, "logToFile")->setChecked(true);
    field<QLineEdit>(dialog, "logFile")->setText(path);
    dialog->apply();
    QCOMPARE(LogFile::path(), path);
    QVERIFY(QFileInfo::exists(path));

    field<QCheckBox>(dialog, "logToFile")->setChecked(false);
    dialog->apply();
    QCOMPARE(LogFile::path(), QString());
    dialog->close();
}

QTEST_MAIN(tst_PreferencesDialog)
#include "tst_preferencesdialog.moc"
