#include "ArchiveSearchDialog.h"

#include "ArchiveStore.h"
#include "CaseBadge.h"

#include <QAbstractTextDocumentLayout>
#include <QBoxLayout>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTextDocument>
#include <QTimer>
#include <QTreeWidget>

#include <utility>

namespace {

enum Column { CaseColumn, SenderColumn, TimeColumn, TextColumn };
constexpr int CaseIdRole = Qt::UserRole + 1;
constexpr int TimeRole = Qt::UserRole + 2;
constexpr int typingDelayMs = 250;

/// Paints a snippet with its matches in bold; the text stays plain otherwise.
class SnippetDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem item = option;
        initStyleOption(&item, index);
        const QString snippet = item.text;
        item.text.clear();
        item.widget->style()->drawControl(QStyle::CE_ItemViewItem, &item, painter, item.widget);

        QTextDocument document;
        document.setDefaultFont(item.font);
        document.setDocumentMargin(0);
        document.setHtml(ArchiveSearchDialog::snippetHtml(snippet));
        QAbstractTextDocumentLayout::PaintContext context;
        const bool selected = item.state & QStyle::State_Selected;
        context.palette.setColor(
            QPalette::Text,
            item.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        painter->save();
        // Centred like the other columns' text; the item's own margin on the left.
        const int margin = item.widget->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 1;
        const qreal top = (item.rect.height() - document.size().height()) / 2;
        painter->translate(item.rect.left() + margin, item.rect.top() + top);
        painter->setClipRect(QRectF(0, -top, item.rect.width() - margin, item.rect.height()));
        document.documentLayout()->draw(painter, context);
        painter->restore();
    }
};

QString oneLine(QString text)
{
    text.replace(u'\n', u' ');
    text.replace(u'\r', u' ');
    return text;
}

// Dates run longer in some languages ("2026/11/30 16:12") and a case number cut short is no
// use, so the short columns fit their texts; a long subject or address takes at most a share.
void fitColumns(QTreeWidget *results)
{
    const int width = results->viewport()->width();
    const std::pair<int, int> shares[] = {{CaseColumn, 3}, {SenderColumn, 4}, {TimeColumn, 4}};
    for (const auto &[column, share] : shares) {
        results->resizeColumnToContents(column);
        if (results->columnWidth(column) > width / share)
            results->setColumnWidth(column, width / share);
    }
}

} // namespace

ArchiveSearchDialog::ArchiveSearchDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Search All Cases"));
    setObjectName(QStringLiteral("archiveSearchDialog"));

    m_text = new QLineEdit(this);
    m_text->setPlaceholderText(tr("Words, \"a phrase\" or the start of a word*"));
    m_text->setClearButtonEnabled(true);
    m_text->setAccessibleName(tr("Search text"));

    m_message = new QLabel(this);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);

    m_results = new QTreeWidget(this);
    m_results->setRootIsDecorated(false);
    m_results->setUniformRowHeights(true);
    // "From" names the sender here and the start of a date range below: two translations.
    m_results->setHeaderLabels({tr("Case"), tr("From", "the sender"), tr("Time"), tr("Text")});
    m_results->setItemDelegateForColumn(TextColumn, new SnippetDelegate(m_results));
    m_results->header()->setStretchLastSection(true);
    m_results->setAccessibleName(tr("Search results"));

    auto layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(createFilters());
    layout->addWidget(m_message);
    layout->addWidget(m_results, 1);
    resize(900, 520);

    m_delay = new QTimer(this);
    m_delay->setSingleShot(true);
    m_delay->setInterval(typingDelayMs);
    connect(m_delay, &QTimer::timeout, this, &ArchiveSearchDialog::runSearch);
    connect(m_text, &QLineEdit::textChanged, m_delay, qOverload<>(&QTimer::start));
    connect(m_text, &QLineEdit::returnPressed, this, &ArchiveSearchDialog::runSearch);
    connect(m_results, &QTreeWidget::itemActivated, this, &ArchiveSearchDialog::choose);
}

QWidget *ArchiveSearchDialog::createFilters()
{
    auto filters = new QWidget(this);
    m_status = new QComboBox(filters);
    m_status->setAccessibleName(tr("Case status"));
    m_status->addItem(tr("Any status"), QString());
    for (const char *status :
         {"opened", "unassigned", "work-in-progress", "pending-customer-action",
          "customer-action-completed", "reopened", "resolved"})
        m_status->addItem(CaseBadge::forStatus(QString::fromLatin1(status)).text(),
                          QString::fromLatin1(status));

    m_side = new QComboBox(filters);
    m_side->setAccessibleName(tr("Written by"));
    m_side->addItem(tr("Written by anyone"), int(ArchiveSearchQuery::Side::Anyone));
    m_side->addItem(tr("Written by AWS"), int(ArchiveSearchQuery::Side::Aws));
    m_side->addItem(tr("Written by my side"), int(ArchiveSearchQuery::Side::Customer));

    m_fromEnabled = new QCheckBox(tr("From", "the first day"), filters);
    m_from = new QDateEdit(QDate::currentDate().addYears(-1), filters);
    m_toEnabled = new QCheckBox(tr("Until"), filters);
    m_to = new QDateEdit(QDate::currentDate(), filters);
    for (QDateEdit *edit : {m_from, m_to})
        edit->setCalendarPopup(true);

    auto row = new QHBoxLayout(filters);
    row->setContentsMargins(0, 0, 0, 0);
    for (QWidget *widget : std::initializer_list<QWidget *> {m_status, m_side, m_fromEnabled,
                                                             m_from, m_toEnabled, m_to})
        row->addWidget(widget);
    row->addStretch(1);

    for (QComboBox *box : {m_status, m_side})
        connect(box, &QComboBox::currentIndexChanged, this, &ArchiveSearchDialog::runSearch);
    for (QCheckBox *box : {m_fromEnabled, m_toEnabled})
        connect(box, &QCheckBox::toggled, this, &ArchiveSearchDialog::runSearch);
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &ArchiveSearchDialog::runSearch);
    return filters;
}

void ArchiveSearchDialog::setArchive(ArchiveStore *store, const QString &account)
{
    m_store = store;
    m_account = account;
}

void ArchiveSearchDialog::search(const QString &text)
{
    m_text->setText(text);
    m_delay->stop();
    runSearch();
}

QString ArchiveSearchDialog::statusText() const
{
    return m_message->text();
}

QString ArchiveSearchDialog::snippetHtml(const QString &snippet)
{
    QString html = snippet.toHtmlEscaped();
    html.replace(ArchiveStore::highlightStart, QLatin1String("<b>"));
    html.replace(ArchiveStore::highlightEnd, QLatin1String("</b>"));
    html.replace(u'\n', u' ');
    return html;
}

void ArchiveSearchDialog::runSearch()
{
    m_results->clear();
    if (m_text->text().trimmed().isEmpty()) {
        m_message->clear();
        return;
    }
    if (!m_store || !m_store->isOpen()) {
        m_message->setText(tr("There is no local archive to search."));
        return;
    }

    ArchiveSearchQuery query;
    query.text = m_text->text();
    query.status = m_status->currentData().toString();
    query.side = ArchiveSearchQuery::Side(m_side->currentData().toInt());
    if (m_fromEnabled->isChecked())
        query.after = m_from->date().startOfDay();
    if (m_toEnabled->isChecked())
        query.before = m_to->date().addDays(1).startOfDay();

    QString problem;
    const QList<ArchiveSearchHit> hits = m_store->search(m_account, query, &problem);
    for (const ArchiveSearchHit &hit : hits) {
        auto item = new QTreeWidgetItem(m_results);
        item->setText(CaseColumn, oneLine(hit.displayId + u' ' + hit.subject).trimmed());
        item->setText(SenderColumn, oneLine(hit.submittedBy));
        item->setToolTip(CaseColumn, item->text(CaseColumn).toHtmlEscaped());
        item->setToolTip(SenderColumn, item->text(SenderColumn).toHtmlEscaped());
        item->setText(TimeColumn,
                      QLocale().toString(hit.timeCreated.toLocalTime(), QLocale::ShortFormat));
        item->setText(TextColumn, oneLine(hit.snippet));
        item->setData(CaseColumn, CaseIdRole, hit.caseId);
        item->setData(CaseColumn, TimeRole, hit.inSubject ? QDateTime() : hit.timeCreated);
    }
    fitColumns(m_results);

    if (!problem.isEmpty())
        m_message->setText(problem);
    else if (hits.isEmpty())
        m_message->setText(tr("No archived message or subject matches."));
    else if (hits.size() >= query.limit)
        m_message->setText(
            tr("The newest %1 matches; add words to narrow the search.").arg(hits.size()));
    else
        m_message->setText(tr("Matches: %1").arg(hits.size()));
}

void ArchiveSearchDialog::choose(QTreeWidgetItem *item)
{
    if (!item)
        return;
    Q_EMIT messageChosen(item->data(CaseColumn, CaseIdRole).toString(),
                         item->data(CaseColumn, TimeRole).toDateTime());
}
