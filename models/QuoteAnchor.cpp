#include "models/QuoteAnchor.h"

#include "models/BundledArticles.h"

#include <QList>

#include <algorithm>
#include <vector>

namespace talentflow {

namespace {

// A close match must share this much with the quote to be offered for review at all.
constexpr double reviewSimilarity = 0.75;
// Context that must agree (prefix's end plus suffix's start) before the same words elsewhere are
// taken for the quote without asking: a shared space and " for " is not a shared statement.
constexpr int trustedContext = 12;
// Places a close match is looked for at most: a short context at a text's edge ("\n") recurs.
constexpr int mostCandidates = 200;

// A context boundary that would cut a surrogate pair moves inward, leaving the pair out.
int contextStart(const QString &body, int start)
{
    int from = std::max(0, start - QuoteAnchor::contextLength);
    if (from > 0 && from < start && body.at(from).isLowSurrogate())
        ++from;
    return from;
}

int contextEnd(const QString &body, int end)
{
    int to = std::min(int(body.size()), end + QuoteAnchor::contextLength);
    if (to < body.size() && to > end && body.at(to - 1).isHighSurrogate())
        --to;
    return to;
}

// A span's edges moved inward where they would cut a surrogate pair.
std::pair<int, int> wholeCharacters(const QString &body, int start, int end)
{
    if (start > 0 && start < body.size() && body.at(start).isLowSurrogate())
        ++start;
    if (end > start && end < body.size() && body.at(end - 1).isHighSurrogate())
        --end;
    return {start, end};
}

// How many characters two strings share at their ends (a prefix's end meets the quote).
int commonTail(const QString &a, const QString &b)
{
    int n = 0;
    while (n < a.size() && n < b.size() && a.at(a.size() - 1 - n) == b.at(b.size() - 1 - n))
        ++n;
    return n;
}

int commonHead(const QString &a, const QString &b)
{
    int n = 0;
    while (n < a.size() && n < b.size() && a.at(n) == b.at(n))
        ++n;
    return n;
}

// How well the text around [start, end) of body agrees with the anchor's context.
int contextScore(const QuoteAnchor &anchor, const QString &body, int start, int end)
{
    const int from = contextStart(body, start);
    const int to = contextEnd(body, end);
    return commonTail(anchor.prefix, body.mid(from, start - from)) + commonHead(anchor.suffix, body.mid(end, to - end));
}

Reanchoring closeMatch(const QuoteAnchor &anchor, const QString &body)
{
    // Where the context is still found, the words between it are the candidate.
    const int length = int(anchor.exact.size());
    QList<std::pair<int, int>> candidates;
    const auto consider = [&](int start, int end) {
        const auto span = wholeCharacters(body, start, end);
        // A span too long or too short to reach the similarity is not worth measuring.
        const int spanLength = span.second - span.first;
        if (std::min(spanLength, length) < reviewSimilarity * std::max(spanLength, length))
            return;
        if (!candidates.contains(span))
            candidates.append(span);
    };
    const QString prefixTail = anchor.prefix.right(std::min(12, int(anchor.prefix.size())));
    const QString suffixHead = anchor.suffix.left(std::min(12, int(anchor.suffix.size())));
    if (!prefixTail.isEmpty()) {
        for (int at = body.indexOf(prefixTail); at >= 0 && candidates.size() < mostCandidates;
             at = body.indexOf(prefixTail, at + 1)) {
            const int start = at + int(prefixTail.size());
            int end = std::min(int(body.size()), start + length);
            if (!suffixHead.isEmpty()) {
                // The suffix is looked for only as far as a close match could reach.
                const int reach = 2 * length + int(suffixHead.size());
                const int suffixAt = int(QStringView(body).mid(start, reach).indexOf(suffixHead));
                if (suffixAt >= 0)
                    end = start + suffixAt;
            }
            consider(start, end);
        }
    }
    if (!suffixHead.isEmpty()) {
        for (int at = body.indexOf(suffixHead); at >= 0 && candidates.size() < mostCandidates;
             at = body.indexOf(suffixHead, at + 1))
            consider(std::max(0, at - length), at);
    }
    Reanchoring best;
    double bestSimilarity = reviewSimilarity;
    for (const auto &[start, end] : candidates) {
        const QString words = body.mid(start, end - start);
        const double similarity = textSimilarity(anchor.exact, words);
        if (similarity >= bestSimilarity && (best.outcome == AnchorOutcome::Orphan || similarity > bestSimilarity)) {
            bestSimilarity = similarity;
            best = Reanchoring{AnchorOutcome::NeedsReview, start, end, words};
        }
    }
    return best;
}

} // namespace

QuoteAnchor QuoteAnchor::at(const QString &body, int start, int end)
{
    return at(body, start, end, digest(body));
}

QuoteAnchor QuoteAnchor::at(const QString &body, int start, int end, const QByteArray &bodyDigest)
{
    QuoteAnchor anchor;
    if (start < 0 || end <= start || end > body.size())
        return anchor; // no words: an anchor that finds nothing
    anchor.start = start;
    anchor.end = end;
    anchor.exact = body.mid(start, end - start);
    const int from = contextStart(body, start);
    anchor.prefix = body.mid(from, start - from);
    anchor.suffix = body.mid(end, contextEnd(body, end) - end);
    anchor.bodySha256 = bodyDigest;
    return anchor;
}

QByteArray QuoteAnchor::digest(const QString &body)
{
    return talentflow::bodySha256(body).toLatin1();
}

Reanchoring reanchor(const QuoteAnchor &anchor, const QString &newBody)
{
    if (anchor.exact.isEmpty())
        return {};
    // Every occurrence of the words: the one whose surroundings agree best, then the nearest.
    int bestStart = -1;
    int bestScore = -1;
    bool tied = false;
    int scoreAtOldPlace = -1;
    for (int at = newBody.indexOf(anchor.exact); at >= 0; at = newBody.indexOf(anchor.exact, at + 1)) {
        const int score = contextScore(anchor, newBody, at, at + int(anchor.exact.size()));
        if (at == anchor.start)
            scoreAtOldPlace = score;
        if (score > bestScore) {
            tied = false;
        } else if (score == bestScore) {
            tied = true;
            if (std::abs(at - anchor.start) >= std::abs(bestStart - anchor.start))
                continue;
        } else {
            continue;
        }
        bestScore = score;
        bestStart = at;
    }
    const int needed = std::min(trustedContext, int(anchor.prefix.size() + anchor.suffix.size()));
    if (bestScore >= needed && scoreAtOldPlace == bestScore)
        return {AnchorOutcome::Anchored, anchor.start, anchor.end, anchor.exact}; // unchanged, even among twins
    if (bestStart >= 0 && bestScore >= needed && !tied) {
        const AnchorOutcome outcome = bestStart == anchor.start ? AnchorOutcome::Anchored : AnchorOutcome::Moved;
        return {outcome, bestStart, bestStart + int(anchor.exact.size()), anchor.exact};
    }
    // The words where their context no longer agrees, or in two places alike: a person decides,
    // between them and a close match in the old context.
    const Reanchoring close = closeMatch(anchor, newBody);
    if (close.outcome != AnchorOutcome::Orphan || bestStart < 0)
        return close;
    return {AnchorOutcome::NeedsReview, bestStart, bestStart + int(anchor.exact.size()), anchor.exact};
}

double textSimilarity(const QString &a, const QString &b)
{
    const int n = int(a.size());
    const int m = int(b.size());
    if (n == 0 && m == 0)
        return 1.0;
    // Levenshtein distance over UTF-16 units, one row at a time.
    std::vector<int> row(m + 1);
    for (int j = 0; j <= m; ++j)
        row[j] = j;
    for (int i = 1; i <= n; ++i) {
        int diagonal = row[0];
        row[0] = i;
        for (int j = 1; j <= m; ++j) {
            const int above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a.at(i - 1) == b.at(j - 1) ? 0 : 1)});
            diagonal = above;
        }
    }
    return 1.0 - double(row[m]) / double(std::max(n, m));
}

} // namespace talentflow
