#pragma once

#include "SupportCase.h"
#include "SupportError.h"

#include <QObject>
#include <QPointer>

class CasesReply;
class SupportClient;

/// Finds one case from what a user types: its case id ("case-…") or its number (display id),
/// among the cases already listed or else by asking the service.
class CaseLookup : public QObject
{
    Q_OBJECT

public:
    enum class Kind { None, CaseId, DisplayId };
    Q_ENUM(Kind)

    /// What \a text names, once trimmed: digits are a display id, "case-…" a case id.
    static Kind kindOf(const QString &text);

    explicit CaseLookup(SupportClient *client, QObject *parent = nullptr);
    ~CaseLookup() override;

    /// Looks for \a text in \a listed first, then asks DescribeCases (resolved cases
    /// included). Answers later, through the event loop, with caseFound(), caseNotFound() or
    /// lookupFailed(); a new lookup cancels the one before.
    void lookUp(const QString &text, const QList<SupportCase> &listed = {});
    bool isBusy() const { return !m_reply.isNull(); }

Q_SIGNALS:
    void caseFound(const SupportCase &supportCase);
    void caseNotFound(const QString &text);
    void lookupFailed(const SupportError &error);

private:
    void ask(Kind kind, const QString &key);
    void onReplyFinished(CasesReply *reply, const QString &key);
    void cancel();

    SupportClient *m_client = nullptr;
    QPointer<CasesReply> m_reply;
};
