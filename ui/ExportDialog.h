#pragma once

#include "DateRange.h"
#include "ExportJob.h"
#include "SupportCase.h"
#include "ThreadExport.h"

#include <QDialog>
#include <QPointer>

#include <optional>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;

class SupportClient;

/// File > Export: writes the open case, the cases selected in the list, or every case of a
/// date range to files, with progress, a way to cancel, and what became of each case.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Scope { CurrentCase, SelectedCases, AllCases };
    Q_ENUM(Scope)

    explicit ExportDialog(SupportClient *client, QWidget *parent = nullptr);
    ~ExportDialog() override;

    /// The case the window shows; an empty case id: none.
    void setCurrentCase(const SupportCase &supportCase);
    /// The thread the window shows was read from a file: "this case" exports it as read.
    void setCurrentThread(const ThreadExport &thread);
    void setSelectedCases(const QList<SupportCase> &cases);
    void setDateRange(const DateRange &range);
    DateRange dateRange() const;
    void setIncludeResolved(bool include);
    /// Writes the formats ThreadRenderer cannot render (PDF); without it they are not offered.
    void setWriter(const ExportJob::Writer &writer);

    void setScope(Scope scope);
    Scope scope() const;
    void setFormat(ExportFormat format);
    ExportFormat format() const;
    /// Whether each case's attachments are saved beside its file, NAME_attachments/.
    void setIncludeAttachments(bool include);
    bool includesAttachments() const;
    /// A file when the export covers one case, a folder otherwise.
    void setDestination(const QString &path);
    QString destination() const;
    /// Whether the destination is a single file.
    bool exportsOneFile() const;

    /// Starts the export, as the Export button does; asks before replacing files.
    void startExport();
    /// The running or last export; null before the first.
    ExportJob *job() const { return m_job; }
    QString summaryText() const;

    /// While exporting, Cancel and Escape stop the export and the dialog stays open.
    void reject() override;

Q_SIGNALS:
    void exportFinished();

private:
    QWidget *createScopeBox();
    QWidget *createOptionsBox();
    QWidget *createDestinationRow();
    void updateScope();
    void updateDefaultDestination();
    void browse();
    bool confirmReplacing(bool *force);
    ExportJob *createJob(bool force);
    void setRunning(bool running);
    void showProgress(int done, int total);
    void showResult();

    SupportClient *m_client = nullptr;
    SupportCase m_currentCase;
    std::optional<ThreadExport> m_currentThread;
    QList<SupportCase> m_selectedCases;
    ExportJob::Writer m_writer;
    QPointer<ExportJob> m_job;
    bool m_destinationEdited = false;

    QWidget *m_form = nullptr;
    QButtonGroup *m_scopes = nullptr;
    QRadioButton *m_currentButton = nullptr;
    QRadioButton *m_selectedButton = nullptr;
    QRadioButton *m_allButton = nullptr;
    QComboBox *m_format = nullptr;
    QCheckBox *m_fromEnabled = nullptr;
    QDateEdit *m_from = nullptr;
    QCheckBox *m_toEnabled = nullptr;
    QDateEdit *m_to = nullptr;
    QCheckBox *m_includeResolved = nullptr;
    QCheckBox *m_attachments = nullptr;
    QLabel *m_destinationLabel = nullptr;
    QLineEdit *m_destination = nullptr;
    QCheckBox *m_replace = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_summary = nullptr;
    QPlainTextEdit *m_details = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_exportButton = nullptr;
};
