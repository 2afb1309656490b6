#include "DemoSandbox.h"

#include "AccountStore.h"
#include "AccountsDialog.h"
#include "ArchiveSearchDialog.h"
#include "CaseFilterBar.h"
#include "CaseListModel.h"
#include "CaseListView.h"
#include "ConversationView.h"
#include "DateRangeBar.h"
#include "ExportDialog.h"
#include "FindBar.h"
#include "MainWindow.h"
#include "PreferencesDialog.h"

#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>
#include <QTranslator>

#include <memory>

namespace {

constexpr int timeout = 10000;

/// Casebook's and Qt's translations for one language, with the matching default locale, for
/// as long as the object lives.
class Language
{
public:
    explicit Language(const QString &code)
    {
        QLocale::setDefault(QLocale(code));
        m_loaded
            = m_casebook.load(QStringLiteral("casebook_") + code, QStringLiteral(CASEBOOK_QM_DIR))
            && QCoreApplication::installTranslator(&m_casebook);
        // Qt's own strings (standard buttons) are optional: not every system ships them.
        if (m_qt.load(QStringLiteral("qtbase_") + code,
                      QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&m_qt);
    }
    ~Language()
    {
        QCoreApplication::removeTranslator(&m_qt);
        QCoreApplication::removeTranslator(&m_casebook);
        QLocale::setDefault(QLocale::c());
    }
    bool isLoaded() const { return m_loaded; }

private:
    QTranslator m_casebook;
    QTranslator m_qt;
    bool m_loaded = false;
};

/// Why \a widget's text does not fit, or nothing when it does.
QString truncation(const QWidget *widget)
{
    const auto *label = qobject_cast<const QLabel *>(widget);
    if (label && label->wordWrap()) {
        if (label->height() >= label->heightForWidth(label->width()))
            return {};
    } else if (widget->sizeHint().width() <= widget->width()) {
        return {};
    }
    QString text = widget->property("text").toString();
    if (const auto *box = qobject_cast<const QCheckBox *>(widget))
        text = box->text();
    return QStringLiteral("%1 \"%2\": hint %3x%4, shown %5x%6")
        .arg(QString::fromLatin1(widget->metaObject()->className()), text)
        .arg(widget->sizeHint().width())
        .arg(widget->sizeHint().height())
        .arg(widget->width())
        .arg(widget->height());
}

/// The visible labels and buttons in \a root whose text is cut off.
QStringList truncatedTexts(const QWidget *root)
{
    QStringList problems;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (const QWidget *widget : widgets) {
        const bool textWidget
            = qobject_cast<const QLabel *>(widget) || qobject_cast<const QAbstractButton *>(widget);
        if (!textWidget || !widget->isVisibleTo(root))
            continue;
        // An icon-only button (the find bar's arrows) has nothing to cut.
        if (widget->property("text").toString().isEmpty())
            continue;
        const QString problem = truncation(widget);
        if (!problem.isEmpty())
            problems << problem;
    }
    return problems;
}

QString accessibleName(QWidget *widget)
{
    QAccessibleInterface *interface = QAccessible::queryAccessibleInterface(widget);
    return interface ? interface->text(QAccessible::Name) : QString();
}

} // namespace

// The main window and its dialogs in German and Japanese: translated, nothing cut off, and
// every main control named for screen readers.
class tst_LocalizedWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void truncationIsDetected();
    void menusAreTranslated_data();
    void menusAreTranslated();
    void mainWindowTextsFit_data();
    void mainWindowTextsFit();
    void dialogTextsFit_data();
    void dialogTextsFit();
    void mainControlsHaveAccessibleNames_data();
    void mainControlsHaveAccessibleNames();

private:
    void addLanguages();
    void showAndLoad(MainWindow *window);

    std::unique_ptr<SandboxServer> m_sandbox;
};

void tst_LocalizedWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CasebookTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_localizedwindow"));
    m_sandbox = DemoSandbox::start();
    QVERIFY(m_sandbox);
}

void tst_LocalizedWindow::init()
{
    QSettings().clear();
}

void tst_LocalizedWindow::addLanguages()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("German") << QStringLiteral("de");
    QTest::newRow("Japanese") << QStringLiteral("ja");
}

void tst_LocalizedWindow::showAndLoad(MainWindow *window)
{
    window->resize(1280, 800);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QTRY_VERIFY_WITH_TIMEOUT(window->caseListModel()->isComplete(), timeout);
}

// The check itself: a button squeezed below its text's width is reported, a wide one is not.
void tst_LocalizedWindow::truncationIsDetected()
{
    QWidget root;
    auto squeezed = new QPushButton(QStringLiteral("Alle Anhänge speichern"), &root);
    squeezed->setFixedWidth(squeezed->sizeHint().width() / 2);
    auto wide = new QLabel(QStringLiteral("すべて"), &root);
    wide->move(0, 40);
    wide->resize(wide->sizeHint() + QSize(20, 0));
    root.show();
    QVERIFY(QTest::qWaitForWindowExposed(&root));

    const QStringList problems = truncatedTexts(&root);
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems.first().contains(squeezed->text()));
}

void tst_LocalizedWindow::menusAreTranslated_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>("menus");
    QTest::newRow("German") << QStringLiteral("de")
                            << QStringList {QStringLiteral("&Datei"), QStringLiteral("&Bearbeiten"),
                                            QStringLiteral("&Ansicht"), QStringLiteral("&Hilfe")};
    QTest::newRow("Japanese") << QStringLiteral("ja")
                              << QStringList {
                                     QStringLiteral("ファイル(&F)"), QStringLiteral("編集(&E)"),
                                     QStringLiteral("表示(&V)"), QStringLiteral("ヘルプ(&H)")};
}

void tst_LocalizedWindow::menusAreTranslated()
{
    QFETCH(QString, code);
    QFETCH(QStringList, menus);
    const Language language(code);
    QVERIFY(language.isLoaded());
    SupportClient client;
    DemoSandbox::configure(&client, *m_sandbox);
    MainWindow window(&client);

    QStringList titles;
    for (const QAction *menu : window.menuBar()->actions())
        titles << menu->text();
    QCOMPARE(titles.mid(0, menus.size()), menus);

    // The actions keep an accelerator and no longer read as the English source.
    const QList<QAction *> actions
        = {window.exportAction(), window.preferencesAction(), window.diagnosticsAction()};
    const QStringList english
        = {QStringLiteral("&Export\u2026"), QStringLiteral("&Preferences\u2026"),
           QStringLiteral("&Diagnostics\u2026")};
    for (int i = 0; i < actions.size(); ++i) {
        QVERIFY2(actions.at(i)->text() != english.at(i), qPrintable(english.at(i)));
        QVERIFY2(actions.at(i)->text().contains(u'&'), qPrintable(actions.at(i)->text()));
    }
}

void tst_LocalizedWindow::mainWindowTextsFit_data()
{
    addLanguages();
}

void tst_LocalizedWindow::mainWindowTextsFit()
{
    QFETCH(QString, code);
    const Language language(code);
    SupportClient client;
    DemoSandbox::configure(&client, *m_sandbox);
    MainWindow window(&client);
    showAndLoad(&window);
    if (QTest::currentTestFailed())
        return;
    window.findBar()->show();
    QTRY_VERIFY(window.findBar()->isVisible());

    // The case header gets its text when the list completes, and its layout only on a later
    // pass of the event loop: until then a Japanese line, taller than a Latin one, looks cut.
    QTRY_VERIFY2_WITH_TIMEOUT(truncatedTexts(&window).isEmpty(),
                              qPrintable(truncatedTexts(&window).join(u'\n')), timeout);
}

void tst_LocalizedWindow::dialogTextsFit_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("dialog");
    for (const char *code : {"de", "ja"}) {
        for (const char *dialog : {"preferences", "export", "accounts", "search"}) {
            QTest::addRow("%s %s", code, dialog)
                << QString::fromLatin1(code) << QString::fromLatin1(dialog);
        }
    }
}

void tst_LocalizedWindow::dialogTextsFit()
{
    QFETCH(QString, code);
    QFETCH(QString, dialog);
    const Language language(code);
    SupportClient client;
    DemoSandbox::configure(&client, *m_sandbox);
    AccountStore store;
    store.setKeychainService(QStringLiteral("casebook-tst-localizedwindow"));

    std::unique_ptr<QDialog> shown;
    if (dialog == QLatin1String("preferences"))
        shown = std::make_unique<PreferencesDialog>();
    else if (dialog == QLatin1String("export"))
        shown = std::make_unique<ExportDialog>(&client);
    else if (dialog == QLatin1String("search"))
        shown = std::make_unique<ArchiveSearchDialog>();
    else
        shown = std::make_unique<AccountsDialog>(&store);
    shown->show();
    QVERIFY(QTest::qWaitForWindowExposed(shown.get()));

    // Texts set after the dialog is shown (a keychain answer) are laid out a pass later.
    QTRY_VERIFY2_WITH_TIMEOUT(truncatedTexts(shown.get()).isEmpty(),
                              qPrintable(truncatedTexts(shown.get()).join(u'\n')), timeout);
}

void tst_LocalizedWindow::mainControlsHaveAccessibleNames_data()
{
    addLanguages();
}

void tst_LocalizedWindow::mainControlsHaveAccessibleNames()
{
    QFETCH(QString, code);
    const Language language(code);
    SupportClient client;
    DemoSandbox::configure(&client, *m_sandbox);
    MainWindow window(&client);
    showAndLoad(&window);
    if (QTest::currentTestFailed())
        return;

    const QList<QWidget *> controls = {
        window.caseListView(),
        window.conversationView(),
        window.findBar()->findChild<QLineEdit *>(QStringLiteral("findField")),
        window.dateRangeBar(),
        window.caseFilterBar(),
        window.caseFilterBar()->findChild<QLineEdit *>(QStringLiteral("caseSearchEdit")),
    };
    for (QWidget *control : controls) {
        QVERIFY(control);
        const QString name = accessibleName(control);
        QVERIFY2(!name.isEmpty(), qPrintable(control->objectName()));
        QVERIFY2(name == control->accessibleName(), qPrintable(name));
    }
}

QTEST_MAIN(tst_LocalizedWindow)
#include "tst_localizedwindow.moc"
