#pragma once

#include <QString>

namespace relais {

// The form of a name that search compares: upper case, no diacritics (É→E, Œ→OE, ß→SS),
// hyphens and apostrophes read as spaces, runs of spaces collapsed. "Lefèvre-d'Argent " and
// "LEFEVRE D ARGENT" give the same key.
QString searchKey(const QString &text);

} // namespace relais
