#pragma once

#include <QByteArray>
#include <QString>

class QDateTime;

/// The pieces of RFC 5322 and MIME that an mbox export needs: header encodings, body transfer
/// encodings, dates, and mboxrd quoting. Lines end in LF, as mbox files on disk do.
namespace MailEncoding {

/// Longest line an encoder writes, without its line end (RFC 2045 allows 76).
inline constexpr int maxLineLength = 76;

/// \a text as quoted-printable: line breaks (LF, CRLF or CR) become hard breaks, long lines get
/// soft breaks, and a line starting "From " starts with "=46" so no mbox reader can misread it.
QByteArray quotedPrintable(const QString &text);

/// \a data in base64, in lines of maxLineLength characters, each ending in LF.
QByteArray base64Lines(const QByteArray &data);

/// A header value: \a text as it is when it is printable ASCII, else as RFC 2047 encoded words
/// (UTF-8, base64), folded so that no line grows past 76 characters. \a used is how much of the
/// first line the field name already takes. Line breaks and controls never reach the header.
QByteArray headerText(const QString &text, int used);

/// An address for the From field from a submittedBy value: "Name <a@b>" and "a@b" are kept,
/// the AWS side and anything that is not an address get a name and an address that cannot be
/// delivered to by mistake.
QByteArray mailbox(const QString &submittedBy, bool fromAws, int used);

/// The bare address mailbox() uses, for the mbox "From " separator line.
QByteArray address(const QString &submittedBy, bool fromAws);

/// "Tue, 01 Dec 2026 12:00:00 +0000" (RFC 5322 section 3.3), in UTC and English whatever the
/// locale.
QByteArray date(const QDateTime &time);

/// "Tue Dec  1 12:00:00 2026", the asctime() form of the mbox separator line, in UTC.
QByteArray asctime(const QDateTime &time);

/// A filename parameter for Content-Disposition, the name made safe by SafeFileName first:
/// quoted when ASCII, RFC 2231 when not.
QByteArray fileNameParameter(const QString &fileName);

/// mboxrd quoting: every line of \a message that starts with zero or more '>' then "From "
/// gets one more '>'; readers remove one again.
QByteArray quoteFromLines(const QByteArray &message);

} // namespace MailEncoding
