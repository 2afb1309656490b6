#pragma once

#include <QString>

#include <utility>

class QDir;

/// Turns file names that come from the service, or any other untrusted source, into names that
/// can be created as they are on Linux, Windows and macOS without escaping the chosen folder.
///
/// The rules, applied in this order:
///  - path separators (`/`, `\`) and the characters Windows reserves (`< > : " | ? *`) become
///    `_`, and so do control characters (C0, DEL, C1) and unpaired surrogates;
///  - invisible direction marks and overrides (U+200E, U+200F, U+061C, U+202A..U+202E,
///    U+2066..U+2069) and the byte order mark are dropped, so that "report\u202Etxt.exe" can
///    not pose as a text file;
///  - a run of dots becomes one dot, so no name contains `..`;
///  - leading white space and trailing dots and white space are removed (Windows drops the
///    latter itself, which would make two different names collide);
///  - a leading dot becomes `_`: a saved file is never hidden;
///  - a Windows device name (CON, PRN, AUX, NUL, COM0-9, LPT0-9, also with superscript digits,
///    CONIN$, CONOUT$) in front of the first dot, in any case, gets a `_` in front of it;
///  - the name is cut to maxBytes of UTF-8 on a character boundary, keeping its extension;
///  - what is left empty becomes fallbackName().
///
/// Other characters, letters of every script included, are kept exactly as they are.
namespace SafeFileName {

/// Longest name produced, in UTF-8 bytes: well inside the 255 bytes that ext4, APFS and NTFS
/// allow, with room left for a " (2)" and for tools that add a suffix of their own.
inline constexpr int maxBytes = 200;

/// Longest extension kept when a name is cut, dot included, in UTF-8 bytes.
inline constexpr int maxExtensionBytes = 32;

/// The name given to a file whose name is empty or has nothing usable in it.
QString fallbackName();

/// A name safe to create in any folder on every supported platform; see the namespace.
QString fromUntrusted(const QString &untrusted);

/// True when fromUntrusted() would leave \a name unchanged.
bool isSafe(const QString &name);

/// True when \a name would open a device on Windows instead of a file ("nul.txt", "COM1").
bool isReservedDeviceName(const QString &name);

/// "report.pdf" -> {"report", ".pdf"}; "logs.tar.gz" -> {"logs", ".tar.gz"}; ".profile",
/// "README" and names whose last part is long or holds spaces have no extension.
std::pair<QString, QString> splitExtension(const QString &name);

/// \a name made safe, then made free in \a dir: "name.ext", or else "name (2).ext",
/// "name (3).ext" and so on, still within maxBytes. A dangling symbolic link counts as taken.
/// Only a hint: another program may take the name before it is created, so create the file
/// with QFile::NewOnly and ask again when that fails.
QString uniqueIn(const QDir &dir, const QString &name);

} // namespace SafeFileName
