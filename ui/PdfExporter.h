#pragma once

#include "ThreadExport.h"

#include <QByteArray>
#include <QString>

/// Lays out a thread's HTML rendering on A4 pages as a PDF, with the case subject at the top
/// and "Page N of M" at the bottom of every page.
///
/// Needs a QGuiApplication (fonts); the offscreen platform is enough, no display is.
class PdfExporter
{
public:
    static QByteArray toPdf(const ThreadExport &thread);
    /// Writes toPdf() to \a path atomically, replacing a file there: an ExportJob::Writer.
    static bool writeFile(const ThreadExport &thread, const QString &path, QString *errorMessage);
};
