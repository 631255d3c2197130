#pragma once

#include <QByteArray>
#include <QString>

namespace talentflow {

// Where a citation's words stand in its article, told in enough ways to find them again in a
// corrected copy of the text: offsets (UTF-16 code units), the exact words, up to 32 characters
// on either side, and the digest of the text the offsets belong to.
struct QuoteAnchor
{
    static constexpr int contextLength = 32;

    int start = 0;
    int end = 0;
    QString exact;
    QString prefix;
    QString suffix;
    QByteArray bodySha256; // hex

    // The anchor of body[start, end). Context never splits a surrogate pair (𠮷 is two units).
    static QuoteAnchor at(const QString &body, int start, int end);
    // The same, with the body's digest already known (an article's stored sha256).
    static QuoteAnchor at(const QString &body, int start, int end, const QByteArray &bodyDigest);
    static QByteArray digest(const QString &body);
};

// What became of a quote in a new text.
enum class AnchorOutcome {
    Anchored,    // the same words at the same place
    Moved,       // the same words elsewhere, chosen by their context
    NeedsReview, // only a close match: a person decides
    Orphan,      // not found
};

struct Reanchoring
{
    AnchorOutcome outcome = AnchorOutcome::Orphan;
    // The span in the new text: the quote's (anchored, moved) or the close match's (needs review).
    int start = -1;
    int end = -1;
    QString found; // the new text's words there

    bool operator==(const Reanchoring &other) const
    {
        return outcome == other.outcome && start == other.start && end == other.end && found == other.found;
    }
};

// Finds the anchor's words in a new text; never re-points to different words without saying so.
Reanchoring reanchor(const QuoteAnchor &anchor, const QString &newBody);

// 1 for equal texts, 0 for texts with nothing in common: 1 - edit distance / longer length.
double textSimilarity(const QString &a, const QString &b);

} // namespace talentflow
