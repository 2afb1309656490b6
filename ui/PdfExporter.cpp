#include "PdfExporter.h"

#include "ExportFile.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace {

constexpr int dotsPerInch = 300;
constexpr qreal bodyPointSize = 10;
constexpr qreal bandPointSize = 8;

QString subjectOf(const ThreadExport &thread)
{
    if (thread.hasCase && !thread.supportCase.subject.isEmpty())
        return thread.supportCase.subject.simplified();
    return QCoreApplication::translate("PdfExporter", "(no subject)");
}

/// The subject atop the page and the page number below, each with a thin rule.
void drawBands(QPainter *painter, const QRectF &page, qreal band, const QString &subject,
               int number, int count)
{
    QFont font = painter->font();
    font.setPointSizeF(bandPointSize);
    painter->setFont(font);
    painter->setPen(QColor(0x55, 0x55, 0x55));

    const QFontMetricsF metrics(font, painter->device());
    const QRectF top(page.left(), page.top(), page.width(), band * 0.6);
    painter->drawText(top, Qt::AlignLeft | Qt::AlignTop,
                      metrics.elidedText(subject, Qt::ElideRight, top.width()));
    painter->drawLine(QLineF(page.left(), band * 0.7, page.right(), band * 0.7));

    const QRectF bottom(page.left(), page.bottom() - band * 0.6, page.width(), band * 0.6);
    painter->drawLine(
        QLineF(page.left(), page.bottom() - band * 0.7, page.right(), page.bottom() - band * 0.7));
    painter->drawText(
        bottom, Qt::AlignHCenter | Qt::AlignBottom,
        QCoreApplication::translate("PdfExporter", "Page %1 of %2").arg(number).arg(count));
}

} // namespace

QByteArray PdfExporter::toPdf(const ThreadExport &thread)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(dotsPerInch);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(18, 15, 18, 15), QPageLayout::Millimeter);
    writer.setTitle(subjectOf(thread));
    writer.setCreator(QStringLiteral("Casebook"));

    // Point sizes in the document are measured on the writer, so they print at their size.
    QTextDocument document;
    document.documentLayout()->setPaintDevice(&writer);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(bodyPointSize);
    document.setDefaultFont(font);
    document.setHtml(QString::fromUtf8(ThreadRenderer::toHtml(thread)));

    QPainter painter(&writer);
    const QRectF page(QPointF(0, 0), writer.pageLayout().paintRectPixels(dotsPerInch).size());
    const qreal band = 2.5 * bandPointSize * dotsPerInch / 72;
    const QSizeF body(page.width(), page.height() - 2 * band);
    document.setPageSize(body);

    const int count = document.pageCount();
    for (int index = 0; index < count; ++index) {
        if (index > 0)
            writer.newPage();
        drawBands(&painter, page, band, subjectOf(thread), index + 1, count);

        painter.save();
        painter.translate(0, band - index * body.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(QPointF(0, index * body.height()), body);
        painter.setClipRect(context.clip);
        document.documentLayout()->draw(&painter, context);
        painter.restore();
    }
    painter.end();
    return buffer.data();
}

bool PdfExporter::writeFile(const ThreadExport &thread, const QString &path, QString *errorMessage)
{
    return ExportFile::write(path, toPdf(thread), ExportFile::Overwrite::Replace, errorMessage)
        == ExportFile::Result::Written;
}
