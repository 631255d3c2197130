#include "models/QuoteAnchor.h"

#include <QTest>

using namespace talentflow;

// Quotes found again in a corrected text: anchored, moved, needs review or orphan, never
// re-pointed to other words without saying so.
class TestQuoteAnchor : public QObject
{
    Q_OBJECT

    static QuoteAnchor anchorOf(const QString &body, const QString &quote)
    {
        const int start = int(body.indexOf(quote));
        if (start < 0)
            qFatal("the test's own quote is not in its text: %s", qPrintable(quote));
        return QuoteAnchor::at(body, start, start + int(quote.size()));
    }

private slots:
    void anAnchorHoldsItsWordsAndTheirSurroundings()
    {
        const QString body = QStringLiteral("0123456789abcdefghijklmnopqrstuvwxyzQUOTEzyxwvutsrqponmlkjihgfedcba9876543210");
        const QuoteAnchor anchor = anchorOf(body, QStringLiteral("QUOTE"));
        QCOMPARE(anchor.start, 36);
        QCOMPARE(anchor.end, 41);
        QCOMPARE(anchor.exact, QStringLiteral("QUOTE"));
        QCOMPARE(anchor.prefix, QStringLiteral("456789abcdefghijklmnopqrstuvwxyz")); // 32 characters
        QCOMPARE(anchor.suffix, QStringLiteral("zyxwvutsrqponmlkjihgfedcba987654"));
        QCOMPARE(anchor.bodySha256.size(), 64);
        // At the text's edges the context is what there is.
        const QuoteAnchor first = anchorOf(body, QStringLiteral("0123"));
        QCOMPARE(first.prefix, QString());
        QCOMPARE(first.suffix.size(), 32);
    }

    // One corrected copy of an article, four quotes: one untouched, ten characters inserted
    // before one, a typo fixed inside one, the paragraph of one deleted.
    void theFourOutcomes()
    {
        const QString untouched = QStringLiteral("OpenAI首席技术官米拉·穆拉蒂宣布离职");
        const QString shifted = QStringLiteral("研究副总裁巴雷特·佐夫也将离开公司");
        const QString typo = QStringLiteral("Schulman said he would join Antrhopic to focus on alignment");
        const QString gone = QStringLiteral("这段话在更正后的版本里被整段删去了,包括它的上下文");
        const QString before = QStringLiteral("第一段。%1。据知情人士透露,\n\n第二段。%2,消息人士称。\n\n"
                                              "Third paragraph: %3, in a post on X.\n\n第四段。%4。\n\n第五段结束。")
                                   .arg(untouched, shifted, typo, gone);
        QString after = before;
        after.replace(QStringLiteral("\n\n第四段。%1。").arg(gone), QString());
        after.replace(QStringLiteral("Antrhopic"), QStringLiteral("Anthropic"));
        after.insert(after.indexOf(QStringLiteral("第二段")), QStringLiteral("(十个字的插入文字)")); // ten characters
        QCOMPARE(QStringLiteral("(十个字的插入文字)").size(), 10);

        const Reanchoring kept = reanchor(anchorOf(before, untouched), after);
        QCOMPARE(kept.outcome, AnchorOutcome::Anchored);
        QCOMPARE(after.mid(kept.start, kept.end - kept.start), untouched);

        const QuoteAnchor shiftedAnchor = anchorOf(before, shifted);
        const Reanchoring moved = reanchor(shiftedAnchor, after);
        QCOMPARE(moved.outcome, AnchorOutcome::Moved);
        QCOMPARE(moved.start, shiftedAnchor.start + 10);
        QCOMPARE(after.mid(moved.start, moved.end - moved.start), shifted);

        const Reanchoring review = reanchor(anchorOf(before, typo), after);
        QCOMPARE(review.outcome, AnchorOutcome::NeedsReview);
        QCOMPARE(review.found, QString(typo).replace(QStringLiteral("Antrhopic"), QStringLiteral("Anthropic")));
        QCOMPARE(after.mid(review.start, review.end - review.start), review.found);

        const Reanchoring orphan = reanchor(anchorOf(before, gone), after);
        QCOMPARE(orphan.outcome, AnchorOutcome::Orphan);
        QCOMPARE(orphan.start, -1);
    }

    // The same words twice: the one whose surroundings agree is chosen, even when the other one
    // now stands where the quote stood.
    void aRepeatedQuoteIsChosenByItsContext()
    {
        const QString quote = QStringLiteral("left the company");
        const QString before = QStringLiteral("In 2018 Karpathy %1 for Tesla. Years later, in 2024, Schulman %1 for Anthropic.").arg(quote);
        const int first = int(before.indexOf(quote));
        const int second = int(before.lastIndexOf(quote));
        const QuoteAnchor anchor = QuoteAnchor::at(before, second, second + int(quote.size()));
        const QString after = QString(second - first, QLatin1Char('*')) + before; // the first is now at the second's place
        QCOMPARE(after.mid(second, quote.size()), quote);
        const Reanchoring found = reanchor(anchor, after);
        QCOMPARE(found.outcome, AnchorOutcome::Moved);
        QCOMPARE(found.start, second + (second - first));
        QVERIFY(after.mid(found.end).startsWith(QStringLiteral(" for Anthropic")));
        // The first occurrence's anchor, by the same rule, finds the first.
        const Reanchoring firstFound = reanchor(QuoteAnchor::at(before, first, first + int(quote.size())), after);
        QCOMPARE(firstFound.start, second);
        QCOMPARE(firstFound.outcome, AnchorOutcome::Moved);
    }

    // 𠮷 is two UTF-16 units: offsets count units, and no context cuts the pair in half.
    void aCharacterOutsideTheBasicPlaneStaysWhole()
    {
        const QString ji = QStringLiteral("𠮷");
        QCOMPARE(ji.size(), 2);
        // The 32-unit boundary of the prefix falls between the two units of 𠮷.
        const QString body = QStringLiteral("开头") + ji + QString(31, QLatin1Char('x')) + QStringLiteral("吉野家的") + ji
            + QStringLiteral("野家") + QString(31, QLatin1Char('y')) + ji + QStringLiteral("结尾");
        const QuoteAnchor anchor = anchorOf(body, QStringLiteral("吉野家的") + ji + QStringLiteral("野家"));
        QCOMPARE(anchor.end - anchor.start, 8);
        // At most 32 units: the pair the boundary would cut is left out whole.
        QCOMPARE(anchor.prefix, QString(31, QLatin1Char('x')));
        QCOMPARE(anchor.suffix, QString(31, QLatin1Char('y')));
        const QString after = ji + QStringLiteral("新加的开头。") + body;
        const Reanchoring found = reanchor(anchor, after);
        QCOMPARE(found.outcome, AnchorOutcome::Moved);
        QCOMPARE(found.start, anchor.start + 8);
        QCOMPARE(found.found, anchor.exact);
    }

    void similarity()
    {
        QCOMPARE(textSimilarity(QStringLiteral("kitten"), QStringLiteral("sitting")), 1.0 - 3.0 / 7.0);
        QCOMPARE(textSimilarity(QString(), QString()), 1.0);
        QCOMPARE(textSimilarity(QStringLiteral("abc"), QString()), 0.0);
        QCOMPARE(textSimilarity(QStringLiteral("穆拉蒂"), QStringLiteral("穆拉蒂")), 1.0);
    }

    void nothingLikeItIsAnOrphan()
    {
        const QString body = QStringLiteral("Zoph was fired by Thinking Machines Lab.");
        const QuoteAnchor anchor = anchorOf(body, QStringLiteral("fired"));
        QCOMPARE(reanchor(anchor, QStringLiteral("An entirely different article.")).outcome, AnchorOutcome::Orphan);
        QCOMPARE(reanchor(QuoteAnchor{}, body).outcome, AnchorOutcome::Orphan);
        // A span that is not one is no anchor.
        QCOMPARE(QuoteAnchor::at(body, 5, 5).exact, QString());
        QCOMPARE(QuoteAnchor::at(body, -1, 4).exact, QString());
        QCOMPARE(QuoteAnchor::at(body, 3, int(body.size()) + 1).exact, QString());
    }

    // The same words in another statement, their own sentence rewritten: never "moved" there on
    // the strength of a shared space and " for ".
    void theSameWordsInAnotherStatementNeedReview()
    {
        const QString before = QStringLiteral("In 2018 Karpathy left the company for Tesla. In 2024 Schulman left the company for Anthropic.");
        const QString quote = QStringLiteral("left the company");
        const int schulman = int(before.lastIndexOf(quote));
        const QuoteAnchor anchor = QuoteAnchor::at(before, schulman, schulman + int(quote.size()));
        const QString after = QStringLiteral("In 2018 Karpathy left the company for Tesla. In 2024 Schulman left the firm for Anthropic.");
        const Reanchoring found = reanchor(anchor, after);
        QCOMPARE(found.outcome, AnchorOutcome::NeedsReview);
        // Twin paragraphs whose surroundings agree as far as an anchor sees, the text unchanged:
        // the quote stays where it was.
        const QString paragraph = QStringLiteral("The same paragraph, written twice over by a careless editor, with the same words. ");
        const QString twins = paragraph + paragraph + paragraph + paragraph;
        const int second = int(paragraph.size() + paragraph.indexOf(QStringLiteral("same words")));
        const QuoteAnchor twin = QuoteAnchor::at(twins, second, second + 10);
        QCOMPARE(reanchor(twin, twins).outcome, AnchorOutcome::Anchored);
        // After an insertion the second and third agree alike: which is meant cannot be told.
        QCOMPARE(reanchor(twin, QStringLiteral("New. ") + twins).outcome, AnchorOutcome::NeedsReview);
    }

    // A 5 MB article of one repeated line: the close-match search stays bounded (a quadratic one
    // would not finish within the suite's time).
    void aLargeRepetitiveArticleStaysBounded()
    {
        QString body;
        const QString line = QStringLiteral("\n她离开了。\n");
        while (body.size() < 2 * 1024 * 1024)
            body += line;
        const QString text = body + QStringLiteral("穆拉蒂于2024年9月宣布离开OpenAI") + body;
        const QuoteAnchor anchor = anchorOf(text, QStringLiteral("穆拉蒂于2024年9月宣布离开OpenAI"));
        QString corrected = text;
        corrected.replace(QStringLiteral("穆拉蒂于2024年9月宣布离开OpenAI"), QStringLiteral("穆拉蒂于2024年9月宣布离开了OpenAI"));
        const Reanchoring found = reanchor(anchor, corrected);
        QCOMPARE(found.outcome, AnchorOutcome::NeedsReview);
        QCOMPARE(found.found, QStringLiteral("穆拉蒂于2024年9月宣布离开了OpenAI"));
    }
};

QTEST_GUILESS_MAIN(TestQuoteAnchor)
#include "tst_quoteanchor.moc"
