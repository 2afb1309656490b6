#pragma once

#include <QWidget>

class QLabel;
struct SupportCase;

class BadgeLabel;

/// The strip above the conversation: the case's subject, display id, status, severity and age.
class CaseHeader : public QWidget
{
    Q_OBJECT

public:
    explicit CaseHeader(QWidget *parent = nullptr);
    ~CaseHeader() override;

    void setCase(const SupportCase &supportCase);
    /// Shows a case of which only the id is known yet.
    void setCaseId(const QString &caseId);
    void clear();

    QString subject() const;
    QString detailText() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QLabel *m_subject = nullptr;
    QLabel *m_details = nullptr;
    BadgeLabel *m_status = nullptr;
    BadgeLabel *m_severity = nullptr;
};
