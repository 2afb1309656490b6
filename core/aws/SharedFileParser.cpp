#include "SharedFileParser.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringDecoder>
#include <QStringList>

#include <limits>

namespace {

const QString defaultSection = QStringLiteral("DEFAULT");

int indentOf(const QString &line)
{
    int indent = 0;
    while (indent < line.size() && line.at(indent).isSpace())
        ++indent;
    return indent;
}

bool isComment(const QString &trimmed)
{
    return trimmed.startsWith(u'#') || trimmed.startsWith(u';');
}

/// Universal newlines: "\r\n", "\r" and "\n" all end a line.
QStringList splitLines(const QString &text)
{
    QString normalized = text;
    normalized.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    normalized.replace(u'\r', u'\n');
    QStringList lines = normalized.split(u'\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

/// The state of one pass over a file, line by line.
class Reader
{
public:
    static constexpr int noSection = -1;
    static constexpr int inDefaults = -2;

    SharedFileParser::Result run(const QStringList &lines);

private:
    bool readLine(const QString &line);
    void startSection(const QString &name);
    bool readSetting(const QString &trimmed);
    bool fail(const QString &message);
    void finish();

    SharedFileParser::Result m_result;
    SharedFileParser::Section *current();
    void applyDefaults();

    SharedFileParser::Section m_defaults;
    int m_section = noSection; ///< an index into the sections, or noSection, inDefaults
    QSet<QString> m_names;
    QHash<QString, QStringList> m_pending; ///< value lines of the current section's keys
    QString m_key; ///< the setting that continuation lines extend
    int m_indent = std::numeric_limits<int>::max();
    int m_lineNumber = 0;
};

SharedFileParser::Result Reader::run(const QStringList &lines)
{
    for (const QString &line : lines) {
        ++m_lineNumber;
        if (!readLine(line))
            return m_result;
    }
    finish();
    applyDefaults();
    return m_result;
}

SharedFileParser::Section *Reader::current()
{
    if (m_section == inDefaults)
        return &m_defaults;
    return m_section == noSection ? nullptr : &m_result.sections[m_section];
}

// Settings in [DEFAULT] are a fallback for every section, wherever [DEFAULT] stands.
void Reader::applyDefaults()
{
    for (SharedFileParser::Section &section : m_result.sections) {
        for (auto it = m_defaults.values.cbegin(); it != m_defaults.values.cend(); ++it) {
            if (section.values.contains(it.key()))
                continue;
            section.values.insert(it.key(), it.value());
            section.lines.insert(it.key(), m_defaults.lines.value(it.key()));
        }
    }
}

bool Reader::readLine(const QString &line)
{
    const QString trimmed = line.trimmed();
    if (trimmed.isEmpty()) {
        // A blank line inside a multi-line value is part of it.
        if (m_section != noSection && !m_key.isEmpty())
            m_pending[m_key].append(QString());
        return true;
    }
    if (isComment(trimmed))
        return true;

    const int indent = indentOf(line);
    if (m_section != noSection && !m_key.isEmpty() && indent > m_indent) {
        m_pending[m_key].append(trimmed);
        return true;
    }

    m_indent = indent;
    const qsizetype close = trimmed.lastIndexOf(u']');
    if (trimmed.startsWith(u'[') && close >= 2) {
        startSection(trimmed.mid(1, close - 1));
        return m_result.ok();
    }
    if (m_section == noSection)
        return fail(SharedFileParser::tr("a setting comes before the first [section]"));
    return readSetting(trimmed);
}

void Reader::startSection(const QString &name)
{
    finish();
    m_key.clear();
    if (name == defaultSection) {
        m_section = inDefaults;
        return;
    }

    if (m_names.contains(name)) {
        fail(SharedFileParser::tr("the section [%1] appears a second time").arg(name));
        return;
    }
    m_names.insert(name);
    m_result.sections.append({name, m_lineNumber, {}, {}});
    m_section = int(m_result.sections.size() - 1);
}

bool Reader::readSetting(const QString &trimmed)
{
    qsizetype separator = trimmed.indexOf(u'=');
    const qsizetype colon = trimmed.indexOf(u':');
    if (separator < 0 || (colon >= 0 && colon < separator))
        separator = colon;
    if (separator < 0)
        return fail(SharedFileParser::tr("the line is not a 'key = value' setting"));

    const QString key = trimmed.left(separator).trimmed().toLower();
    if (key.isEmpty())
        return fail(SharedFileParser::tr("the setting has no name"));
    if (current()->lines.contains(key))
        return fail(
            SharedFileParser::tr("the setting %1 appears a second time in its section").arg(key));

    m_key = key;
    m_pending.insert(key, {trimmed.mid(separator + 1).trimmed()});
    current()->lines.insert(key, m_lineNumber);
    return true;
}

bool Reader::fail(const QString &message)
{
    m_result.error = message;
    m_result.errorLine = m_lineNumber;
    m_result.sections.clear();
    return false;
}

// Joins the value lines of the section just read, then forgets them.
void Reader::finish()
{
    SharedFileParser::Section *section = current();
    if (!section)
        return;
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
        QString value = it.value().join(u'\n');
        while (!value.isEmpty() && value.back().isSpace())
            value.chop(1);
        section->values.insert(it.key(), value);
    }
    m_pending.clear();
}

} // namespace

SharedFileParser::Result SharedFileParser::parse(const QByteArray &bytes)
{
    Result failed;
    failed.errorLine = 1;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        failed.error = tr("the file starts with a byte order mark; save it as UTF-8 without one");
        return failed;
    }

    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        const qsizetype bad = text.indexOf(QChar::ReplacementCharacter);
        failed.errorLine = int(text.left(qMax<qsizetype>(bad, 0)).count(u'\n')) + 1;
        failed.error = tr("the file is not UTF-8 text");
        return failed;
    }

    return Reader().run(splitLines(text));
}

bool SharedFileParser::parseNested(const QString &value, QHash<QString, QString> *settings)
{
    const QStringList lines = value.split(u'\n');
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty())
            continue;
        const qsizetype equals = trimmed.indexOf(u'=');
        if (equals < 0)
            return false;
        settings->insert(trimmed.left(equals).trimmed(), trimmed.mid(equals + 1).trimmed());
    }
    return true;
}

bool SharedFileParser::splitWords(const QString &text, QStringList *words)
{
    QString word;
    bool inWord = false;
    QChar quote;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quote == u'\'') {
            if (c == quote)
                quote = QChar();
            else
                word += c;
        } else if (quote == u'"') {
            if (c == quote) {
                quote = QChar();
            } else if (c == u'\\' && i + 1 < text.size()
                       && QStringView(u"\\\"$`").contains(text.at(i + 1))) {
                word += text.at(++i);
            } else {
                word += c;
            }
        } else if (c.isSpace()) {
            if (inWord)
                words->append(word);
            word.clear();
            inWord = false;
        } else if (c == u'\'' || c == u'"') {
            quote = c;
            inWord = true;
        } else if (c == u'\\') {
            if (i + 1 >= text.size())
                return false;
            word += text.at(++i);
            inWord = true;
        } else {
            word += c;
            inWord = true;
        }
    }
    if (!quote.isNull())
        return false;
    if (inWord)
        words->append(word);
    return true;
}
