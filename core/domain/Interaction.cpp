#include "Interaction.h"

namespace relais {

InteractionLevel mostSerious(InteractionLevels levels)
{
    for (const InteractionLevel level :
         {InteractionLevel::Contraindicated, InteractionLevel::Inadvisable,
          InteractionLevel::Precaution})
        if (levels.testFlag(level))
            return level;
    return InteractionLevel::ToConsider;
}

QString levelCode(InteractionLevel level)
{
    switch (level) {
    case InteractionLevel::Contraindicated: return QStringLiteral("CI");
    case InteractionLevel::Inadvisable: return QStringLiteral("AD");
    case InteractionLevel::Precaution: return QStringLiteral("PE");
    case InteractionLevel::ToConsider: break;
    }
    return QStringLiteral("APEC");
}

} // namespace relais
