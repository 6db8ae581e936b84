#pragma once

#include <QStringView>

namespace relais {

// How many single-character edits (insert, delete, replace, swap of two neighbours) turn `a`
// into `b`, counted up to `limit`: anything further returns limit + 1 without finishing. What
// tells "amoxicilinne" from "amoxicilline" (2) and "latex" from "amoxicilline" (far).
int editDistance(QStringView a, QStringView b, int limit);

} // namespace relais
