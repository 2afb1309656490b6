#pragma once

#include "Communication.h"
#include "CommunicationModel.h"

#include <QAbstractListModel>
#include <QTimer>

/// A thread made up in memory, with CommunicationModel's roles, for view tests and benchmarks.
///
/// Pages queued with queuePage() arrive through fetchMore(), after \a delayMs or at once,
/// appended (service order) or prepended (oldest-first order); one page is in flight at most.
class SyntheticThread : public QAbstractListModel
{
public:
    explicit SyntheticThread(QObject *parent = nullptr) : QAbstractListModel(parent) { }

    /// A deterministic message: \a lines lines of prose, every seventh from AWS.
    static Communication message(int number, int lines = 3, const QDateTime &base = {})
    {
        static const QStringList words
            = {QStringLiteral("instance"),   QStringLiteral("the"), QStringLiteral("replication"),
               QStringLiteral("lag"),        QStringLiteral("of"),  QStringLiteral("eu-west-1"),
               QStringLiteral("throughput"), QStringLiteral("we")};
        Communication c;
        c.caseId = QStringLiteral("case-synthetic");
        c.submittedBy = number % 7 == 0 ? QStringLiteral("Amazon Web Services")
                                        : QStringLiteral("Priya Raman <priya.raman@example.com>");
        const QDateTime start
            = base.isValid() ? base : QDateTime(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC);
        c.timeCreated = start.addSecs(-qint64(number) * 3 * 3600);
        QStringList text;
        for (int line = 0; line < lines; ++line) {
            QStringList sentence;
            for (int w = 0; w < 8 + (number + line) % 9; ++w)
                sentence << words.at((number * 3 + line * 5 + w) % words.size());
            text << sentence.join(QLatin1Char(' '));
        }
        c.body = QStringLiteral("Message %1\n").arg(number) + text.join(QLatin1Char('\n'));
        return c;
    }

    void append(const QList<Communication> &rows)
    {
        if (rows.isEmpty())
            return;
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size()) - 1);
        m_rows.append(rows);
        endInsertRows();
    }

    void prepend(const QList<Communication> &rows)
    {
        if (rows.isEmpty())
            return;
        beginInsertRows({}, 0, int(rows.size()) - 1);
        m_rows = rows + m_rows;
        endInsertRows();
    }

    void queuePage(const QList<Communication> &rows) { m_pages.append(rows); }
    void setPrependPages(bool prepend) { m_prependPages = prepend; }
    void setFetchDelay(int ms) { m_delayMs = ms; }
    int fetchCount() const { return m_fetches; }
    bool isLoading() const { return m_inFlight; }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid))
            return {};
        const Communication &c = m_rows.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
        case CommunicationModel::BodyRole:
            return c.body;
        case CommunicationModel::SubmittedByRole:
            return c.submittedBy;
        case CommunicationModel::TimeCreatedRole:
            return c.timeCreated;
        case CommunicationModel::AttachmentsRole: {
            QVariantList list;
            for (const AttachmentInfo &info : c.attachments)
                list << QVariant::fromValue(info);
            return list;
        }
        case CommunicationModel::FromAwsRole:
            return c.isFromAws();
        case CommunicationModel::CaseIdRole:
            return c.caseId;
        }
        return {};
    }

    bool canFetchMore(const QModelIndex &parent) const override
    {
        return !parent.isValid() && !m_pages.isEmpty();
    }

    void fetchMore(const QModelIndex &parent) override
    {
        if (parent.isValid() || m_inFlight || m_pages.isEmpty())
            return;
        m_inFlight = true;
        ++m_fetches;
        auto deliver = [this] {
            m_inFlight = false;
            const QList<Communication> page = m_pages.takeFirst();
            m_prependPages ? prepend(page) : append(page);
        };
        if (m_delayMs < 0)
            deliver();
        else
            QTimer::singleShot(m_delayMs, this, deliver);
    }

private:
    QList<Communication> m_rows;
    QList<QList<Communication>> m_pages;
    bool m_prependPages = false;
    bool m_inFlight = false;
    int m_delayMs = 0;
    int m_fetches = 0;
};
