#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace talentflow {

// What a search key was derived from a name or alias by. The numbers are stored.
enum class KeyKind {
    Folded = 1,     // the whole name, compatibility-normalised, case-folded, without spaces or marks
    FoldedWord = 2, // one word of it ("murati" of "Mira Murati", "穆拉蒂" of "米拉·穆拉蒂")
    Pinyin = 3,     // toneless pinyin of a word with Chinese characters, syllables run together
    Initials = 4,   // the first letter of each syllable of that pinyin
    Simplified = 5, // the simplified form of a name written in traditional characters
};

struct NameKey
{
    KeyKind kind;
    QString key;

    bool operator==(const NameKey &other) const { return kind == other.kind && key == other.key; }
};

// Readings that replace the transliterator's for a name or a leading part of a word, such as a
// polyphonic surname (曾 read zeng, not ceng): Chinese text → pinyin syllables separated by spaces.
using NameReadings = QHash<QString, QString>;

// Keys to find a person by, never to merge one: derived from text alone, the same for the same
// text, so a search derives the same keys from what a reader types.
namespace NameKeys {

// Full-width forms to ASCII, accents dropped, case folded, spaces and punctuation removed:
// "ｍｕｒａｔｉ", "Murati" and "mu ra ti" all give "murati"; "米拉·穆拉蒂" gives "米拉穆拉蒂".
QString fold(const QString &text);
// The simplified characters for traditional ones, phrase by phrase (OpenCC's t2s); other text unchanged.
QString simplified(const QString &text);
// The toneless pinyin syllables of a word, one per Chinese character, other runs of letters
// kept as they are folded; a reading for the whole word, or for its first characters, wins.
QStringList pinyinSyllables(const QString &word, const NameReadings &readings);
// Whether the text has a Chinese character.
bool hasHan(const QString &text);
// The names a reading may be stored under for this name: every start and the whole of each
// Chinese part, as written and simplified. Empty without Chinese characters.
QStringList readingCandidates(const QString &name);
// Every key of a name or alias, each once.
QList<NameKey> keysOf(const QString &name, const NameReadings &readings);

// How alike two folded keys are: shared trigrams over all trigrams, with the word's ends padded
// as pg_trgm does (1: the same; "muratti" and "murati" about 0.67).
double similarity(const QString &a, const QString &b);

} // namespace NameKeys

} // namespace talentflow
