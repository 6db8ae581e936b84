#include "PatientNames.h"

#include "PatientRepository.h"

namespace relais {

Status PatientNames::fetch(const Vault &vault, const QStringList &ids)
{
    auto stamp = vault.readStamp(QStringLiteral("patient"));
    if (!stamp)
        return std::unexpected(stamp.error());
    if (m_stamp != *stamp || m_names.size() > MostKept) {
        m_names.clear();
        m_stamp = *stamp;
    }
    QStringList missing;
    for (const QString &id : ids) {
        if (!id.isEmpty() && !m_names.contains(id)) {
            missing.append(id);
            m_names.insert(id, std::nullopt); // until found live below; also dedups `missing`
        }
    }
    if (missing.isEmpty())
        return {};
    auto found = PatientRepository(vault).findLive(missing);
    if (!found) {
        m_names.clear(); // the absent marks above were not checked
        m_stamp.reset();
        return std::unexpected(found.error());
    }
    for (PatientIdentity &p : *found) {
        const QString id = p.id; // the key, before p is moved into the value
        QString shown = p.displayName();
        QString initials = p.initials();
        m_names.insert(id, Name{std::move(p), std::move(shown), std::move(initials)});
    }
    return {};
}

const PatientNames::Name *PatientNames::find(const QString &id) const
{
    const auto kept = m_names.constFind(id);
    return kept == m_names.cend() || !kept->has_value() ? nullptr : &**kept;
}

} // namespace relais
