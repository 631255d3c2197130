#pragma once

#include "models/Records.h"

#include <QString>

namespace talentflow {

// How an article is named where a publication prints it: in a chart's numbered sources, in a
// tooltip, and in a citation copied for an editor. Chinese follows Chinese conventions (《title》,
// full-width punctuation), English the English ones.
class SourceCitation
{
public:
    // The outlet, or the title cut short where the outlet is not known.
    static QString shortName(const SourceRecord &source);
    // "AIGC.BAR, “Title”, 4 Sep 2024, https://…" or "AIGC.BAR《Title》,2024年9月4日,https://…";
    // "undated" where the article states no date.
    static QString entry(const SourceRecord &source, bool chinese);
    // The excerpt, the article's entry, and the file and character offsets on a line "for the record".
    static QString citation(const QString &excerpt, const SourceRecord &source, int start, int end, bool chinese);
};

} // namespace talentflow
