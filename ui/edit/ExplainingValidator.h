#pragma once

#include <QValidator>

namespace talentflow {

// A validator that says why it refuses. Any text can be typed, so the person sees what they
// wrote; only an acceptable one is committed, and problemWith() says what is wrong with the rest.
class ExplainingValidator : public QValidator
{
    Q_OBJECT

public:
    using QValidator::QValidator;

    // Why this text cannot be stored, in the interface's language; empty when it can.
    virtual QString problemWith(const QString &text) const = 0;

    State validate(QString &input, int &pos) const override;
    // Spaces around the text are not part of it.
    void fixup(QString &input) const override;
};

} // namespace talentflow
