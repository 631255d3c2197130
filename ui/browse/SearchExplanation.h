#pragma once

#include "models/SearchRepository.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>

class QLabel;

namespace talentflow {

// Why each person matched a search, in the interface's language.
class MatchReasonText
{
    Q_DECLARE_TR_FUNCTIONS(MatchReasonText)

public:
    // "alias “Murati”", "pinyin of 米拉·穆拉提", "cited excerpt".
    static QString of(const PersonMatch &match);
    // The person's name in the interface's language (the other when it has none).
    static QString nameOf(const PersonMatch &match);
    // Why another record may be the same person: "same pinyin: “穆拉提” and “穆拉蒂”".
    static QString sameAs(const PersonMatch &candidate);
    // "穆拉蒂 and Mira Murati (same pinyin: “穆拉蒂” and “米拉·穆拉提”)".
    static QString pair(const MergeCandidate &candidate);
    // "Did you mean Mira Murati?", with each suggested name a link to search for it; empty without suggestions.
    static QString didYouMean(const SearchOutcome &outcome, bool links);
};

// The status bar's account of the current search: who matched and why, best first, or the
// names spelled close to it when it found no one. A suggestion's link searches for that name.
class SearchExplanation : public QObject
{
    Q_OBJECT

public:
    explicit SearchExplanation(QLabel *label, QObject *parent = nullptr);

    // Makes the label as tall as a line with Chinese in it, and keeps it shown even when empty: a
    // status bar that grew with the first Chinese name would lay out and redraw the whole window
    // under it. Measured once the window's first frame is painted (measuring Chinese loads a CJK
    // font, 2 ms that an English first frame does not need); a window that holds the worker start
    // gate asks for it before its chart asks for data, so the chart is laid out after it.
    void reserveChineseLineHeight();

    void show(const QString &search, const SearchOutcome &outcome);
    QString text() const;
    // Says it again in the interface's current language.
    void retranslate();

signals:
    // A suggestion was clicked: search for this name instead.
    void searchFor(const QString &name);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fit();

    QLabel *m_label;
    QString m_text; // the whole account; the label shows as much as fits
    QString m_search;
    SearchOutcome m_outcome;
};

} // namespace talentflow
