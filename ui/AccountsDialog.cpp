#include "AccountsDialog.h"

#include "SupportClient.h"
#include "SupportEndpoint.h"

#include <QBoxLayout>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QStyle>
#include <QTreeWidget>

namespace {

QString secretStatusText(const KeychainProblem &problem)
{
    switch (problem.kind) {
    case KeychainProblem::Kind::None:
        return AccountsDialog::tr("in keychain");
    case KeychainProblem::Kind::EntryMissing:
        return AccountsDialog::tr("missing: enter it again");
    case KeychainProblem::Kind::NoBackend:
        return AccountsDialog::tr("no keychain available");
    case KeychainProblem::Kind::Denied:
        return AccountsDialog::tr("keyring locked or access denied");
    default:
        return AccountsDialog::tr("unreadable");
    }
}

/// The widest text the Secret column can show, so the column never has to grow later.
int widestSecretStatus(const QFontMetrics &metrics)
{
    int widest = 0;
    using Kind = KeychainProblem::Kind;
    for (Kind kind : {Kind::None, Kind::NoBackend, Kind::Denied, Kind::EntryMissing,
                      Kind::WriteRefused, Kind::Damaged, Kind::Other}) {
        KeychainProblem problem;
        problem.kind = kind;
        widest = qMax(widest, metrics.horizontalAdvance(secretStatusText(problem)));
    }
    return qMax(widest, metrics.horizontalAdvance(AccountsDialog::tr("this session only")));
}

} // namespace

AccountsDialog::AccountsDialog(AccountStore *store, QWidget *parent)
    : QDialog(parent), m_store(store)
{
    setWindowTitle(tr("Accounts"));

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("accountList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels(
        {tr("Name"), tr("Region"), tr("Partition"), tr("Default"), tr("Secret")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &AccountsDialog::updateButtons);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("accountStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(m_list, 1);
    top->addWidget(createButtons());
    layout->addLayout(top, 1);
    layout->addWidget(m_status);
    layout->addWidget(createForm());
    layout->addWidget(close);

    connect(m_store, &AccountStore::accountSaved, this, &AccountsDialog::onSaved);
    connect(m_store, &AccountStore::accountSaveFailed, this, &AccountsDialog::onSaveFailed);
    connect(m_store, &AccountStore::secretRead, this, &AccountsDialog::onSecretRead);
    connect(m_store, &AccountStore::secretReadFailed, this, &AccountsDialog::onSecretReadFailed);
    connect(m_store, &AccountStore::accountRemoved, this,
            [this](const QString &name) { showStatus(tr("Account %1 removed.").arg(name)); });
    connect(m_store, &AccountStore::accountRemoveFailed, this,
            [this](const QString &, const KeychainProblem &p) { showStatus(p.userMessage()); });
    connect(m_store, &AccountStore::accountsChanged, this, &AccountsDialog::reload);

    reload();
    startAdding();
}

AccountsDialog::~AccountsDialog()
{
    if (m_testReply)
        m_testReply->abort();
}

QWidget *AccountsDialog::createButtons()
{
    auto *column = new QWidget(this);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    const auto add
        = [&](QPushButton **button, const QString &text, void (AccountsDialog::*slot)()) {
              *button = new QPushButton(text, column);
              (*button)->setAutoDefault(false);
              connect(*button, &QPushButton::clicked, this, slot);
              layout->addWidget(*button);
          };
    add(&m_addButton, tr("&Add"), &AccountsDialog::startAdding);
    add(&m_editButton, tr("&Edit"), &AccountsDialog::startEditing);
    add(&m_removeButton, tr("&Remove"), &AccountsDialog::removeSelected);
    add(&m_defaultButton, tr("Set as &Default"), &AccountsDialog::makeSelectedDefault);
    add(&m_testButton, tr("&Test Connection"), &AccountsDialog::testSelected);
    add(&m_useButton, tr("&Use"), &AccountsDialog::useSelected);
    layout->addStretch(1);
    return column;
}

QWidget *AccountsDialog::createForm()
{
    auto *box = new QGroupBox(tr("Account"), this);
    auto *form = new QFormLayout(box);
    m_name = new QLineEdit(box);
    m_region = new QLineEdit(box);
    m_region->setPlaceholderText(QStringLiteral("us-east-1"));
    m_endpoint = new QLineEdit(box);
    m_endpoint->setPlaceholderText(tr("the partition's Support endpoint"));
    m_accessKeyId = new QLineEdit(box);
    m_secret = new QLineEdit(box);
    m_secret->setEchoMode(QLineEdit::Password);
    m_sessionToken = new QLineEdit(box);
    m_sessionToken->setEchoMode(QLineEdit::Password);
    m_sessionToken->setPlaceholderText(tr("optional; kept for this session only"));
    m_sessionOnly
        = new QCheckBox(tr("Keep for this session only (nothing is written to disk)"), box);
    m_saveButton = new QPushButton(tr("&Save"), box);
    connect(m_saveButton, &QPushButton::clicked, this, &AccountsDialog::saveForm);

    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Region:"), m_region);
    form->addRow(tr("&Endpoint URL:"), m_endpoint);
    form->addRow(tr("Access &key ID:"), m_accessKeyId);
    form->addRow(tr("Se&cret access key:"), m_secret);
    form->addRow(tr("Session &token:"), m_sessionToken);
    form->addRow(m_sessionOnly);
    form->addRow(m_saveButton);
    return box;
}

QString AccountsDialog::selectedAccount() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item && item->isSelected() ? item->text(NameColumn) : QString();
}

void AccountsDialog::selectAccount(const QString &name)
{
    const QList<QTreeWidgetItem *> found = m_list->findItems(name, Qt::MatchExactly, NameColumn);
    if (!found.isEmpty())
        m_list->setCurrentItem(found.first());
}

QString AccountsDialog::statusText() const
{
    return m_status->text();
}

void AccountsDialog::reload()
{
    const QString selected = selectedAccount();
    const QString defaultName = m_store->defaultAccountName();
    m_list->clear();
    for (const StoredAccount &account : m_store->accounts()) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(NameColumn, account.name);
        item->setText(RegionColumn, account.region);
        item->setText(PartitionColumn, account.partition);
        item->setText(DefaultColumn, account.name == defaultName ? tr("default") : QString());
        item->setText(SecretColumn,
                      account.sessionOnly ? tr("this session only") : tr("checking\u2026"));
        if (!account.sessionOnly)
            m_store->readSecret(account.name);
    }
    selectAccount(selected);
    fitList();
    updateButtons();
}

void AccountsDialog::fitList()
{
    // Every column whole, without a horizontal scroll bar, whatever the secret's status.
    const QFontMetrics metrics = m_list->fontMetrics();
    const int margin
        = 2 * (style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_list) + 1);
    int width = 2 * m_list->frameWidth() + m_list->verticalScrollBar()->sizeHint().width();
    for (int column = 0; column < SecretColumn; ++column) {
        int widest = m_list->header()->sectionSizeHint(column);
        for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
            const QString text = m_list->topLevelItem(row)->text(column);
            widest = qMax(widest, metrics.horizontalAdvance(text) + margin);
        }
        width += widest;
    }
    width += qMax(widestSecretStatus(metrics) + margin,
                  m_list->header()->sectionSizeHint(SecretColumn));
    m_list->setMinimumWidth(width);
}

void AccountsDialog::updateButtons()
{
    const bool chosen = !selectedAccount().isEmpty();
    for (QPushButton *button :
         {m_editButton, m_removeButton, m_defaultButton, m_testButton, m_useButton})
        button->setEnabled(chosen);
}

void AccountsDialog::showStatus(const QString &text)
{
    m_status->setText(text);
}

void AccountsDialog::clearSecretFields()
{
    m_accessKeyId->clear();
    m_secret->clear();
    m_sessionToken->clear();
}

void AccountsDialog::startAdding()
{
    m_editing = false;
    m_name->clear();
    m_name->setReadOnly(false);
    m_region->clear();
    m_endpoint->clear();
    clearSecretFields();
    m_secret->setPlaceholderText({});
}

void AccountsDialog::startEditing()
{
    const StoredAccount account = m_store->account(selectedAccount());
    if (!account.isValid())
        return;

    m_editing = true;
    m_name->setText(account.name);
    m_name->setReadOnly(true);
    m_region->setText(account.region);
    m_endpoint->setText(account.endpointUrl.toString());
    m_sessionOnly->setChecked(account.sessionOnly);
    clearSecretFields();
    m_secret->setPlaceholderText(tr("leave empty to keep the stored secret"));
}

void AccountsDialog::saveForm()
{
    StoredAccount account;
    account.name = m_name->text().trimmed();
    account.region = m_region->text().trimmed().isEmpty() ? QStringLiteral("us-east-1")
                                                          : m_region->text().trimmed();
    account.sessionOnly = m_sessionOnly->isChecked();
    const QString url = m_endpoint->text().trimmed();
    account.endpointUrl = QUrl(url, QUrl::StrictMode);
    const AccountSecret secret {m_accessKeyId->text().trimmed(), m_secret->text().trimmed(),
                                m_sessionToken->text().trimmed()};

    const QString nameProblem = AccountStore::nameProblem(account.name);
    const bool web = account.endpointUrl.scheme() == QLatin1String("https")
        || account.endpointUrl.scheme() == QLatin1String("http");
    if (!nameProblem.isEmpty())
        return showStatus(nameProblem);
    if (!url.isEmpty() && (!web || account.endpointUrl.host().isEmpty()))
        return showStatus(tr("Not an http or https URL: %1").arg(url));

    const bool keepSecret
        = m_editing && secret.accessKeyId.isEmpty() && secret.secretAccessKey.isEmpty();
    if (keepSecret) {
        m_store->updateAccount(account);
        return showStatus(tr("Account %1 updated.").arg(account.name));
    }
    if (!secret.isValid())
        return showStatus(tr("Enter both the access key ID and the secret access key."));

    showStatus(tr("Saving account %1\u2026").arg(account.name));
    m_store->saveAccount(account, secret);
}

void AccountsDialog::onSaved(const QString &name)
{
    clearSecretFields();
    showStatus(m_store->account(name).sessionOnly
                   ? tr("Account %1 is kept for this session only.").arg(name)
                   : tr("Account %1 saved; its secret is in the keychain.").arg(name));
    selectAccount(name);
}

void AccountsDialog::onSaveFailed(const QString &, const KeychainProblem &problem)
{
    // The secret stays in the form so that the user can keep it for this session instead.
    showStatus(problem.userMessage());
    if (problem.kind == KeychainProblem::Kind::NoBackend
        || problem.kind == KeychainProblem::Kind::WriteRefused)
        m_sessionOnly->setFocus();
}

void AccountsDialog::removeSelected()
{
    const QString name = selectedAccount();
    if (name.isEmpty())
        return;
    m_store->removeAccount(name);
}

void AccountsDialog::makeSelectedDefault()
{
    const QString name = selectedAccount();
    if (name.isEmpty())
        return;
    m_store->setDefaultAccountName(name);
    showStatus(tr("Account %1 is now the default.").arg(name));
}

void AccountsDialog::useSelected()
{
    const QString name = selectedAccount();
    if (!name.isEmpty())
        emit accountChosen(name);
}

void AccountsDialog::testSelected()
{
    const QString name = selectedAccount();
    if (name.isEmpty())
        return;
    if (m_testReply)
        m_testReply->abort();
    m_testingAccount = name;
    showStatus(tr("Reading the secret of account %1\u2026").arg(name));
    m_store->readSecret(name);
}

void AccountsDialog::setSecretStatus(const QString &name, const QString &text)
{
    const QList<QTreeWidgetItem *> found = m_list->findItems(name, Qt::MatchExactly, NameColumn);
    if (!found.isEmpty())
        found.first()->setText(SecretColumn, text);
}

void AccountsDialog::onSecretRead(const QString &name, const AccountSecret &secret)
{
    if (!m_store->account(name).sessionOnly)
        setSecretStatus(name, secretStatusText({}));
    if (name != m_testingAccount)
        return;
    m_testingAccount.clear();
    runTest(m_store->account(name), secret);
}

void AccountsDialog::onSecretReadFailed(const QString &name, const KeychainProblem &problem)
{
    setSecretStatus(name, secretStatusText(problem));
    if (name != m_testingAccount)
        return;
    m_testingAccount.clear();
    showStatus(problem.userMessage());
    emit connectionTested(false);
}

void AccountsDialog::runTest(const StoredAccount &account, const AccountSecret &secret)
{
    if (!m_testClient)
        m_testClient = new SupportClient(this);
    m_testClient->setEndpoint(SupportEndpoint::forRegion(account.region, account.endpointUrl));
    m_testClient->setCredentials(
        {secret.accessKeyId, secret.secretAccessKey, secret.sessionToken, account.name, {}});
    showStatus(tr("Testing account %1\u2026").arg(account.name));

    CasesQuery query;
    query.maxResults = 10;
    query.includeCommunications = false;
    m_testReply = m_testClient->describeCases(query);
    CasesReply *reply = m_testReply;
    connect(reply, &SupportReply::finished, this, [this, reply, name = account.name] {
        reply->deleteLater();
        const bool ok = !reply->hasError();
        showStatus(
            ok ? tr("Account %1 works: the service answered with %n case(s).", nullptr,
                    int(reply->page().cases.size()))
                     .arg(name)
               : tr("Account %1 could not connect: %2").arg(name, reply->error().userMessage()));
        emit connectionTested(ok);
    });
}
