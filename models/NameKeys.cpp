#include "models/NameKeys.h"

#include <QMutex>
#include <QMutexLocker>
#include <QSet>

#include <opencc.h>
#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <memory>

namespace talentflow::NameKeys {

namespace {

bool isMark(char32_t c)
{
    const QChar::Category category = QChar::category(c);
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining || category == QChar::Mark_Enclosing;
}

bool isHan(char32_t c)
{
    return QChar::script(c) == QChar::Script_Han;
}

bool isWordChar(char32_t c)
{
    return QChar::isLetterOrNumber(c);
}

QString fromCodePoints(const QList<char32_t> &points)
{
    return QString::fromUcs4(points.constData(), points.size());
}

// The words of a name, split at spaces and punctuation (the middle dot of 米拉·穆拉蒂 included).
QStringList wordsOf(const QString &text)
{
    QStringList words;
    QList<char32_t> word;
    for (const char32_t c : text.normalized(QString::NormalizationForm_KC).toUcs4()) {
        if (isWordChar(c) || isMark(c)) {
            word.append(c);
        } else if (!word.isEmpty()) {
            words.append(fromCodePoints(word));
            word.clear();
        }
    }
    if (!word.isEmpty())
        words.append(fromCodePoints(word));
    return words;
}

// ICU's Han-Latin, one character at a time, remembered: a name's characters repeat across a
// large database, and a transliterator serves one thread at a time.
QString pinyinOfCharacter(char32_t c)
{
    static QMutex mutex;
    static QHash<char32_t, QString> known;
    static std::unique_ptr<icu::Transliterator> transliterator;
    static bool tried = false;
    QMutexLocker lock(&mutex);
    const auto found = known.constFind(c);
    if (found != known.constEnd())
        return *found;
    if (!tried) {
        tried = true;
        UErrorCode status = U_ZERO_ERROR;
        transliterator.reset(icu::Transliterator::createInstance(icu::UnicodeString("Han-Latin"), UTRANS_FORWARD, status));
        if (U_FAILURE(status))
            transliterator.reset();
    }
    QString syllable;
    if (transliterator) {
        icu::UnicodeString text = icu::UnicodeString::fromUTF32(reinterpret_cast<const UChar32 *>(&c), 1);
        transliterator->transliterate(text);
        syllable = fold(QString(reinterpret_cast<const QChar *>(text.getBuffer()), text.length()));
        // A character the transliterator does not know comes back as itself: no reading.
        if (syllable.size() == 1 && isHan(syllable.at(0).unicode()))
            syllable.clear();
    }
    known.insert(c, syllable);
    return syllable;
}

} // namespace

QString fold(const QString &text)
{
    QList<char32_t> kept;
    for (const char32_t c : text.normalized(QString::NormalizationForm_KD).toUcs4()) {
        if (isWordChar(c))
            kept.append(c);
    }
    return fromCodePoints(kept).toCaseFolded().normalized(QString::NormalizationForm_KC);
}

bool hasHan(const QString &text)
{
    for (const char32_t c : text.toUcs4()) {
        if (isHan(c))
            return true;
    }
    return false;
}

QString simplified(const QString &text)
{
    if (!hasHan(text))
        return text;
    static QMutex mutex;
    static opencc_t converter = opencc_t(-1);
    static bool tried = false;
    QMutexLocker lock(&mutex);
    if (!tried) {
        tried = true; // a missing configuration is not looked for again on every name
        converter = opencc_open("t2s.json"); // stays open for the process
    }
    if (converter == opencc_t(-1))
        return text;
    const QByteArray utf8 = text.toUtf8();
    char *converted = opencc_convert_utf8(converter, utf8.constData(), size_t(utf8.size()));
    if (!converted)
        return text;
    const QString result = QString::fromUtf8(converted);
    opencc_convert_utf8_free(converted);
    return result;
}

QStringList pinyinSyllables(const QString &word, const NameReadings &readings)
{
    QStringList syllables;
    QString rest = word;
    // The longest reading that covers the word's start (the whole word, or its surname).
    QString readingOf;
    for (auto it = readings.constBegin(); it != readings.constEnd(); ++it) {
        if (!it.key().isEmpty() && rest.startsWith(it.key()) && it.key().size() > readingOf.size())
            readingOf = it.key();
    }
    if (!readingOf.isEmpty()) {
        for (const QString &syllable : readings.value(readingOf).split(QLatin1Char(' '), Qt::SkipEmptyParts))
            syllables.append(fold(syllable));
        rest = rest.mid(readingOf.size());
    }
    QList<char32_t> run;
    const auto endRun = [&] {
        if (!run.isEmpty())
            syllables.append(fold(fromCodePoints(run)));
        run.clear();
    };
    for (const char32_t c : rest.toUcs4()) {
        if (!isHan(c)) {
            run.append(c);
            continue;
        }
        endRun();
        const QString syllable = pinyinOfCharacter(c);
        if (!syllable.isEmpty())
            syllables.append(syllable);
    }
    endRun();
    syllables.removeAll(QString());
    return syllables;
}

// The Chinese parts of a name that get pinyin: the whole name's words run together, and each word.
QStringList chinesePartsOf(const QString &name)
{
    QStringList parts;
    if (!hasHan(name))
        return parts;
    const QStringList words = wordsOf(name);
    parts.append(words.join(QString()));
    for (const QString &word : words) {
        if (words.size() > 1 && hasHan(word))
            parts.append(word);
    }
    return parts;
}

QStringList readingCandidates(const QString &name)
{
    QStringList candidates;
    for (const QString &part : chinesePartsOf(name)) {
        for (const QString &form : {part, simplified(part)}) {
            // Every start of the part, as the transliteration looks for the longest (a long alias: its first 32).
            for (qsizetype length = 1; length <= std::min<qsizetype>(form.size(), 32); ++length)
                candidates.append(form.left(length));
            candidates.append(form);
        }
    }
    candidates.removeDuplicates();
    return candidates;
}

QList<NameKey> keysOf(const QString &name, const NameReadings &readings)
{
    QList<NameKey> keys;
    const auto add = [&keys](KeyKind kind, const QString &key) {
        const NameKey candidate{kind, key};
        if (!key.isEmpty() && !keys.contains(candidate))
            keys.append(candidate);
    };
    const QString whole = fold(name);
    if (whole.isEmpty())
        return keys;
    add(KeyKind::Folded, whole);
    const QStringList words = wordsOf(name);
    for (const QString &word : words) {
        const QString folded = fold(word);
        bool digitsOnly = true;
        for (const QChar c : folded)
            digitsOnly = digitsOnly && c.isDigit();
        if (words.size() > 1 && !digitsOnly)
            add(KeyKind::FoldedWord, folded);
    }
    for (const QString &part : chinesePartsOf(name)) {
        const QString simple = simplified(part);
        if (simple != part)
            add(KeyKind::Simplified, fold(simple));
        // A reading is looked up under the name as written, then under its simplified form.
        QStringList syllables = pinyinSyllables(part, readings);
        if (simple != part && syllables == pinyinSyllables(part, {}))
            syllables = pinyinSyllables(simple, readings);
        add(KeyKind::Pinyin, syllables.join(QString()));
        QString initials;
        for (const QString &syllable : syllables)
            initials.append(syllable.left(1));
        if (syllables.size() > 1)
            add(KeyKind::Initials, initials);
    }
    return keys;
}

double similarity(const QString &a, const QString &b)
{
    const auto trigrams = [](const QString &word) {
        const QString padded = QStringLiteral("  ") + word + QLatin1Char(' ');
        QSet<QString> grams;
        for (int i = 0; i + 3 <= padded.size(); ++i)
            grams.insert(padded.mid(i, 3));
        return grams;
    };
    const QSet<QString> left = trigrams(a);
    const QSet<QString> right = trigrams(b);
    if (left.isEmpty() || right.isEmpty())
        return 0;
    const qsizetype shared = QSet<QString>(left).intersect(right).size();
    return double(shared) / double(left.size() + right.size() - shared);
}

} // namespace talentflow::NameKeys
