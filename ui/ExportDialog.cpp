#include "ExportDialog.h"

#include "ThreadFile.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace {

struct FormatLabel
{
    ExportFormat format;
    const char *label;
};

const FormatLabel formatLabels[] = {
    {ExportFormat::Json, QT_TRANSLATE_NOOP("ExportDialog", "JSON, as the Support API returns it")},
    {ExportFormat::Markdown, QT_TRANSLATE_NOOP("ExportDialog", "Markdown")},
    {ExportFormat::Html, QT_TRANSLATE_NOOP("ExportDialog", "HTML page")},
    {ExportFormat::Text, QT_TRANSLATE_NOOP("ExportDialog", "Plain text")},
    {ExportFormat::Pdf, QT_TRANSLATE_NOOP("ExportDialog", "PDF document")},
    {ExportFormat::Mbox, QT_TRANSLATE_NOOP("ExportDialog", "Mailbox (mbox)")},
};

QString documentsFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() ? QDir::homePath() : documents;
}

} // namespace

ExportDialog::ExportDialog(SupportClient *client, QWidget *parent)
    : QDialog(parent), m_client(client)
{
    setWindowTitle(tr("Export Cases"));

    m_form = new QWidget(this);
    auto form = new QVBoxLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    form->addWidget(createScopeBox());
    form->addWidget(createOptionsBox());

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->hide();
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("exportSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_details = new QPlainTextEdit(this);
    m_details->setObjectName(QStringLiteral("exportDetails"));
    m_details->setReadOnly(true);
    m_details->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_exportButton = m_buttons->addButton(tr("&Export"), QDialogButtonBox::ActionRole);
    m_exportButton->setDefault(true);
    connect(m_exportButton, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);

    auto column = new QVBoxLayout(this);
    column->addWidget(m_form);
    column->addWidget(m_progress);
    column->addWidget(m_summary);
    column->addWidget(m_details, 1);
    column->addWidget(m_buttons);

    updateScope();
}

ExportDialog::~ExportDialog() = default;

QWidget *ExportDialog::createScopeBox()
{
    auto box = new QGroupBox(tr("Cases"), m_form);
    m_currentButton = new QRadioButton(tr("&This case"), box);
    m_selectedButton = new QRadioButton(tr("&Selected cases"), box);
    m_allButton = new QRadioButton(tr("&All cases created in the date range"), box);
    m_allButton->setToolTip(tr("Every case the service lists for the date range, each with its "
                               "messages in that range"));
    m_includeResolved = new QCheckBox(tr("Include &resolved cases"), box);
    // Until the window says which case it shows and which are selected.
    m_currentButton->setEnabled(false);
    m_selectedButton->setEnabled(false);

    m_scopes = new QButtonGroup(this);
    m_scopes->addButton(m_currentButton, int(Scope::CurrentCase));
    m_scopes->addButton(m_selectedButton, int(Scope::SelectedCases));
    m_scopes->addButton(m_allButton, int(Scope::AllCases));
    m_allButton->setChecked(true);
    connect(m_scopes, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            updateScope();
    });

    auto layout = new QVBoxLayout(box);
    layout->addWidget(m_currentButton);
    layout->addWidget(m_selectedButton);
    layout->addWidget(m_allButton);
    auto indented = new QHBoxLayout;
    indented->addSpacing(20);
    indented->addWidget(m_includeResolved);
    layout->addLayout(indented);
    return box;
}

QWidget *ExportDialog::createOptionsBox()
{
    auto box = new QWidget(m_form);
    m_format = new QComboBox(box);
    m_format->setObjectName(QStringLiteral("exportFormat"));
    for (const FormatLabel &entry : formatLabels) {
        m_format->addItem(
            QStringLiteral("%1 (.%2)").arg(tr(entry.label), ExportFormats::suffix(entry.format)),
            int(entry.format));
    }
    connect(m_format, &QComboBox::currentIndexChanged, this,
            &ExportDialog::updateDefaultDestination);
    setWriter({});

    m_fromEnabled = new QCheckBox(tr("&From"), box);
    m_from = new QDateEdit(QDate::currentDate(), box);
    m_toEnabled = new QCheckBox(tr("T&o"), box);
    m_to = new QDateEdit(QDate::currentDate(), box);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
    }
    connect(m_fromEnabled, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_toEnabled, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    auto range = new QHBoxLayout;
    range->addWidget(m_fromEnabled);
    range->addWidget(m_from);
    range->addSpacing(12);
    range->addWidget(m_toEnabled);
    range->addWidget(m_to);
    range->addStretch();

    m_attachments = new QCheckBox(tr("Include &attachments"), box);
    m_attachments->setObjectName(QStringLiteral("exportAttachments"));
    m_attachments->setToolTip(tr("Saves each case's attached files in a folder beside its "
                                 "export, NAME_attachments, and links them from it"));

    auto layout = new QFormLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addRow(tr("Fo&rmat:"), m_format);
    layout->addRow(tr("Dates:"), range);
    layout->addRow(QString(), m_attachments);
    layout->addRow(createDestinationRow());
    m_replace = new QCheckBox(tr("Re&place existing files that differ from the export"), box);
    m_replace->setToolTip(tr("Files Casebook wrote are kept while complete and written again "
                             "when their case has something new; files changed since, or not "
                             "written by Casebook, are left alone unless this is checked."));
    layout->addRow(QString(), m_replace);
    return box;
}

QWidget *ExportDialog::createDestinationRow()
{
    auto row = new QWidget(m_form);
    m_destinationLabel = new QLabel(row);
    m_destination = new QLineEdit(row);
    m_destination->setObjectName(QStringLiteral("exportDestination"));
    m_destinationLabel->setBuddy(m_destination);
    connect(m_destination, &QLineEdit::textEdited, this, [this] { m_destinationEdited = true; });
    auto browse = new QPushButton(tr("&Browse\u2026"), row);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);

    auto layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_destinationLabel);
    layout->addWidget(m_destination, 1);
    layout->addWidget(browse);
    return row;
}

void ExportDialog::setCurrentCase(const SupportCase &supportCase)
{
    m_currentCase = supportCase;
    m_currentThread.reset();
    m_currentButton->setEnabled(!supportCase.caseId.isEmpty());
    if (!supportCase.caseId.isEmpty() && m_selectedCases.size() < 2)
        m_currentButton->setChecked(true);
    updateScope();
}

void ExportDialog::setCurrentThread(const ThreadExport &thread)
{
    SupportCase supportCase = thread.supportCase;
    if (supportCase.caseId.isEmpty() && !thread.communications.isEmpty())
        supportCase.caseId = thread.communications.first().caseId;
    setCurrentCase(supportCase);
    m_currentButton->setEnabled(true);
    m_currentButton->setChecked(true);
    m_currentThread = thread;
    updateScope();
}

void ExportDialog::setSelectedCases(const QList<SupportCase> &cases)
{
    m_selectedCases = cases;
    m_selectedButton->setText(tr("&Selected cases (%1)").arg(cases.size()));
    m_selectedButton->setEnabled(!cases.isEmpty());
    if (cases.size() > 1)
        m_selectedButton->setChecked(true);
    updateScope();
}

void ExportDialog::setDateRange(const DateRange &range)
{
    m_fromEnabled->setChecked(!range.from().isNull());
    m_toEnabled->setChecked(!range.to().isNull());
    if (!range.from().isNull())
        m_from->setDate(range.from());
    if (!range.to().isNull())
        m_to->setDate(range.to());
}

DateRange ExportDialog::dateRange() const
{
    const QDate from = m_fromEnabled->isChecked() ? m_from->date() : QDate();
    const QDate to = m_toEnabled->isChecked() ? m_to->date() : QDate();
    return from.isNull() && to.isNull() ? DateRange() : DateRange::custom(from, to);
}

void ExportDialog::setIncludeResolved(bool include)
{
    m_includeResolved->setChecked(include);
}

void ExportDialog::setWriter(const ExportJob::Writer &writer)
{
    m_writer = writer;
    auto model = qobject_cast<QStandardItemModel *>(m_format->model());
    const int pdf = m_format->findData(int(ExportFormat::Pdf));
    QStandardItem *item = model ? model->item(pdf) : nullptr;
    if (item) {
        item->setEnabled(bool(writer));
        item->setToolTip(writer ? QString() : tr("PDF export is not available in this build."));
    }
    if (!writer && format() == ExportFormat::Pdf)
        setFormat(ExportFormat::Json);
}

void ExportDialog::setScope(Scope scope)
{
    m_scopes->button(int(scope))->setChecked(true);
    updateScope();
}

ExportDialog::Scope ExportDialog::scope() const
{
    return Scope(m_scopes->checkedId());
}

void ExportDialog::setFormat(ExportFormat format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

ExportFormat ExportDialog::format() const
{
    return ExportFormat(m_format->currentData().toInt());
}

void ExportDialog::setIncludeAttachments(bool include)
{
    m_attachments->setChecked(include);
}

bool ExportDialog::includesAttachments() const
{
    return m_attachments->isChecked();
}

void ExportDialog::setDestination(const QString &path)
{
    m_destination->setText(path);
    m_destinationEdited = true;
}

QString ExportDialog::destination() const
{
    return m_destination->text().trimmed();
}

bool ExportDialog::exportsOneFile() const
{
    return scope() == Scope::CurrentCase
        || (scope() == Scope::SelectedCases && m_selectedCases.size() == 1);
}

void ExportDialog::updateScope()
{
    // A scope that has nothing to export gives way to all cases.
    if (!m_scopes->checkedButton() || !m_scopes->checkedButton()->isEnabled())
        m_allButton->setChecked(true);
    m_includeResolved->setEnabled(scope() == Scope::AllCases);
    m_destinationLabel->setText(exportsOneFile() ? tr("F&ile:") : tr("Fo&lder:"));
    updateDefaultDestination();
}

void ExportDialog::updateDefaultDestination()
{
    if (m_destinationEdited || !m_destination)
        return;

    QString path = QDir(documentsFolder()).filePath(tr("Casebook export"));
    if (exportsOneFile()) {
        const SupportCase &supportCase
            = scope() == Scope::CurrentCase ? m_currentCase : m_selectedCases.first();
        path = QDir(documentsFolder())
                   .filePath(ExportFormats::defaultFileName(supportCase, format()));
    }
    m_destination->setText(QDir::toNativeSeparators(path));
}

void ExportDialog::browse()
{
    QString chosen;
    if (exportsOneFile()) {
        const QString suffix = ExportFormats::suffix(format());
        chosen = QFileDialog::getSaveFileName(this, tr("Export To"), destination(),
                                              tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix),
                                              nullptr, QFileDialog::DontConfirmOverwrite);
    } else {
        chosen = QFileDialog::getExistingDirectory(this, tr("Export To Folder"), destination());
    }
    if (!chosen.isEmpty())
        setDestination(QDir::toNativeSeparators(chosen));
}

void ExportDialog::startExport()
{
    if (m_job && m_job->isRunning())
        return;
    if (destination().isEmpty()) {
        m_summary->setText(tr("Choose where to save the export."));
        return;
    }

    bool force = false;
    if (!confirmReplacing(&force))
        return;

    // The default lies in ~/Documents, which a fresh home may not have yet.
    const QString folder = QFileInfo(destination()).absolutePath();
    if (exportsOneFile() && !QDir().mkpath(folder)) {
        m_summary->setText(tr("The folder %1 could not be created.")
                               .arg(QDir::toNativeSeparators(folder)));
        return;
    }

    if (m_job)
        m_job->deleteLater();
    m_job = createJob(force);
    setRunning(true);
    m_job->start();
}

bool ExportDialog::confirmReplacing(bool *force)
{
    const QString shown = QDir::toNativeSeparators(destination());
    if (exportsOneFile() && QFileInfo::exists(destination())) {
        *force = QMessageBox::question(this, tr("Replace File"),
                                       tr("%1 already exists. Replace it?").arg(shown))
            == QMessageBox::Yes;
        return *force;
    }
    if (!exportsOneFile() && m_replace->isChecked()) {
        *force = QMessageBox::question(this, tr("Replace Files"),
                                       tr("Files in %1 that differ from this export will be "
                                          "replaced. Go on?")
                                           .arg(shown))
            == QMessageBox::Yes;
        return *force;
    }
    return true;
}

ExportJob *ExportDialog::createJob(bool force)
{
    auto job = new ExportJob(m_client, this);
    const DateRange range = dateRange();
    job->setTimeRange(range.after(), range.before());
    job->setFormat(format());
    job->setForce(force);
    job->setAttachments(m_attachments->isChecked());
    if (m_writer)
        job->setWriter(m_writer);

    if (scope() == Scope::AllCases) {
        job->setAllCases(m_includeResolved->isChecked());
    } else if (scope() == Scope::SelectedCases) {
        job->setCases(m_selectedCases);
    } else if (m_currentThread) {
        // Read from a file: exported as read, narrowed to the range here.
        ThreadExport thread = *m_currentThread;
        thread.after = range.after();
        thread.before = range.before();
        thread.communications
            = ThreadFile::between(thread.communications, thread.after, thread.before);
        thread.exportedAt = QDateTime::currentDateTimeUtc();
        job->setThread(thread);
    } else {
        job->setCases({m_currentCase});
    }

    if (exportsOneFile())
        job->setOutputFile(destination());
    else
        job->setOutputDirectory(destination());

    connect(job, &ExportJob::casesListed, this, [this](int total) { showProgress(0, total); });
    connect(job, &ExportJob::progressChanged, this, &ExportDialog::showProgress);
    connect(job, &ExportJob::finished, this, &ExportDialog::showResult);
    return job;
}

void ExportDialog::setRunning(bool running)
{
    m_form->setEnabled(!running);
    m_exportButton->setEnabled(!running);
    m_buttons->button(QDialogButtonBox::Close)->setText(running ? tr("&Cancel") : tr("&Close"));
    if (!running)
        return;

    m_progress->setRange(0, 0); // busy until the cases are known
    m_progress->show();
    m_details->clear();
    m_details->hide();
    m_summary->setText(tr("Exporting\u2026"));
}

void ExportDialog::showProgress(int done, int total)
{
    m_progress->setRange(0, qMax(total, 1));
    m_progress->setValue(done);
    m_summary->setText(tr("Exporting\u2026 %1 of %2 cases").arg(done).arg(total));
}

void ExportDialog::showResult()
{
    setRunning(false);
    const ExportJob *job = m_job;
    if (!job->failureMessage().isEmpty()) {
        m_summary->setText(job->failureMessage());
        Q_EMIT exportFinished();
        return;
    }

    QString text = tr("Written: %1 \u00b7 Already complete: %2 \u00b7 Failed: %3")
                       .arg(job->count(ExportJob::Outcome::Written))
                       .arg(job->count(ExportJob::Outcome::Skipped))
                       .arg(job->count(ExportJob::Outcome::Failed));
    if (job->wasCancelled())
        text += tr(" \u00b7 Cancelled");
    m_summary->setText(text);

    QStringList problems;
    int notSaved = 0;
    for (const ExportJob::CaseResult &result : job->results()) {
        const QString id = result.displayId.isEmpty() ? result.caseId : result.displayId;
        if (result.outcome == ExportJob::Outcome::Failed)
            problems << tr("%1: %2").arg(id, result.message);
        for (const QString &problem : result.attachmentProblems)
            problems << tr("%1: %2").arg(id, problem);
        notSaved += int(result.attachmentProblems.size());
    }
    if (notSaved > 0)
        m_summary->setText(text + tr(" \u00b7 Attachments not saved: %1").arg(notSaved));
    m_details->setPlainText(problems.join(u'\n'));
    m_details->setVisible(!problems.isEmpty());
    Q_EMIT exportFinished();
}

QString ExportDialog::summaryText() const
{
    return m_summary->text();
}

void ExportDialog::reject()
{
    // While exporting, Cancel and Escape stop the export; the dialog stays to show the result.
    if (m_job && m_job->isRunning()) {
        m_job->cancel();
        return;
    }
    QDialog::reject();
}
