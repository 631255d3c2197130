#pragma once

#include "models/MovementKind.h"
#include "models/PartialDate.h"

#include <QString>

#include <optional>

namespace talentflow {

// What a selected sentence seems to say, read only to pre-fill a form the person confirms.
// Nothing here is stored without that confirmation.

// The first date the text states, with the precision it states: 2024年9月26日 (day),
// 2024年9月 (month), 2024年 (year), September 26, 2024 / 26 September 2024 (day),
// September 2024 (month), a year alone (year). A day without its year (9月26日, September 26)
// takes the article's year, and is not read when the article's date is unknown.
std::optional<PartialDate> readStatedDate(const QString &text, const PartialDate &published);

// The kind of move the words name: 解雇 / fired, 离开 / left, 加入 / joined, and the other kinds.
// Where several are named, the most specific wins (fired over left, reinstated over joined).
std::optional<MovementKind> readMovementKind(const QString &text);

} // namespace talentflow
