#pragma once

#include "models/Records.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

namespace talentflow {

// Turns the reviewable seed (resources/seed/seed.json) into records. The seed names its
// citations by verbatim excerpt; the reader finds each one in its article and records the
// offsets, so a wrong or ambiguous excerpt fails loudly instead of citing the wrong words.
class SeedReader
{
public:
    using BodyLookup = std::function<QString(const QString &file)>;

    static std::optional<DataSet> read(const QByteArray &seedJson, const BodyLookup &bodyOf, QString *error);
    static std::optional<DataSet> readBuiltIn(QString *error);
};

} // namespace talentflow
