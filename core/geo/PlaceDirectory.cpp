#include "PlaceDirectory.h"

#include "util/SearchKey.h"

#include <QFile>
#include <QHash>
#include <QIODevice>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace relais {

namespace {

constexpr auto FormatLine = "#relais-places 1";

bool knownKind(QChar c)
{
    return QStringView(u"CDARPT").contains(c);
}

// Today's communes, arrondissements and countries come before the merged communes and
// territories whose name is the same or longer.
int kindRank(Place::Kind kind)
{
    switch (kind) {
    case Place::Kind::Commune:
    case Place::Kind::Arrondissement:
    case Place::Kind::Country: return 0;
    case Place::Kind::Delegated:
    case Place::Kind::Associated:
    case Place::Kind::Territory: return 1;
    }
    return 1;
}

bool isDepartement(const QString &word)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{2}|2[AB]|97\\d)$"));
    return pattern.match(word).hasMatch();
}

} // namespace

QString PlaceDirectory::nameKey(const QString &text)
{
    QStringList words = searchKey(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString &w : words) {
        if (w == QLatin1String("ST"))
            w = QStringLiteral("SAINT");
        else if (w == QLatin1String("STE"))
            w = QStringLiteral("SAINTE");
    }
    return words.join(QLatin1Char(' '));
}

Result<PlaceDirectory> PlaceDirectory::read(QIODevice &device, const QString &sourceName)
{
    const auto damaged = [&sourceName](int line, const QString &why) {
        return fail(ErrorCode::Corrupt,
                    tr("The table of birth places %1 cannot be read at line %2 (%3): INSEE "
                       "codes can still be typed by hand.")
                        .arg(sourceName)
                        .arg(line)
                        .arg(why));
    };
    PlaceDirectory directory;
    const QByteArray first = device.readLine().trimmed();
    const QList<QByteArray> header = first.split('\t');
    if (header.value(0) != FormatLine || header.size() != 3)
        return damaged(1, tr("not a table of places"));
    directory.m_release =
        QString::fromUtf8(header.at(1)) + QStringLiteral(", ") + QString::fromUtf8(header.at(2));
    static const QRegularExpression codePattern(QStringLiteral("^(\\d{5}|2[AB]\\d{3})$"));
    int lineNumber = 1;
    while (!device.atEnd()) {
        ++lineNumber;
        const QByteArray raw = device.readLine();
        if (!raw.endsWith('\n'))
            return damaged(lineNumber, tr("the file ends in the middle of a line"));
        if (!QByteArrayView(raw).isValidUtf8())
            return damaged(lineNumber, tr("not UTF-8 text"));
        const QStringList fields = QString::fromUtf8(raw.chopped(1)).split(QLatin1Char('\t'));
        if (fields.size() != 6)
            return damaged(lineNumber, tr("%n columns instead of 6", nullptr, int(fields.size())));
        Place p;
        p.code = fields.at(0);
        const QString &kind = fields.at(1);
        p.name = fields.at(2);
        p.departement = fields.at(3);
        p.parentCode = fields.at(4);
        p.postcodes = fields.at(5).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (!codePattern.match(p.code).hasMatch())
            return damaged(lineNumber, tr("“%1” is not an INSEE code").arg(p.code.left(10)));
        if (kind.size() != 1 || !knownKind(kind.at(0)))
            return damaged(lineNumber, tr("unknown kind of place"));
        p.kind = Place::Kind(kind.at(0).toLatin1());
        if (p.name.trimmed().isEmpty())
            return damaged(lineNumber, tr("a place without a name"));
        if (p.isAbroad() != p.departement.isEmpty() || p.isAbroad() != p.code.startsWith(u"99"))
            return damaged(lineNumber, tr("a place both in France and abroad"));
        if (!directory.m_places.empty() && directory.m_places.back().code > p.code)
            return damaged(lineNumber, tr("the lines are out of order"));
        directory.m_places.push_back(std::move(p));
    }
    if (directory.m_places.empty())
        return damaged(lineNumber, tr("no place at all"));

    directory.m_index.reserve(directory.m_places.size() * 2);
    for (int i = 0; i < int(directory.m_places.size()); ++i) {
        const Place &p = directory.m_places.at(size_t(i));
        if (p.kind == Place::Kind::Arrondissement)
            directory.m_dividedCities.insert(p.parentCode);
        // The commune déléguée that was the seat of a merger often keeps name and code: one entry.
        if (i > 0 && directory.m_places.at(size_t(i - 1)).code == p.code &&
            directory.m_places.at(size_t(i - 1)).name == p.name)
            continue;
        const QString key = nameKey(p.name);
        qsizetype start = 0;
        while (start < key.size()) {
            directory.m_index.push_back({key.mid(start), i, start == 0});
            const qsizetype space = key.indexOf(QLatin1Char(' '), start);
            if (space < 0)
                break;
            start = space + 1;
        }
        if (p.kind == Place::Kind::Commune || p.kind == Place::Kind::Delegated ||
            p.kind == Place::Kind::Associated) {
            for (const QString &postcode : p.postcodes)
                directory.m_byPostcode[postcode].append(i);
        }
    }
    std::sort(directory.m_index.begin(), directory.m_index.end(),
              [](const Entry &a, const Entry &b) { return a.key < b.key; });
    return directory;
}

const Result<PlaceDirectory> &PlaceDirectory::shipped()
{
    static const Result<PlaceDirectory> table = []() -> Result<PlaceDirectory> {
        QFile file(QStringLiteral(":/relais/geo/places.tsv"));
        if (!file.open(QIODevice::ReadOnly))
            return fail(ErrorCode::NotFound,
                        tr("The table of birth places is missing from this installation of "
                           "Relais: INSEE codes can still be typed by hand."));
        return read(file, QStringLiteral("places.tsv"));
    }();
    return table;
}

QList<Place> PlaceDirectory::search(const QString &key, const QString &departement, int limit) const
{
    struct Hit
    {
        int place;
        int rank;
    };
    // Ranks by place in a flat array: a short prefix ("sa") reaches thousands of entries.
    constexpr int Unseen = 255;
    std::vector<unsigned char> best(m_places.size(), Unseen);
    std::vector<int> seen;
    const auto first = std::lower_bound(m_index.begin(), m_index.end(), key,
                                        [](const Entry &e, const QString &k) { return e.key < k; });
    for (auto it = first; it != m_index.end() && it->key.startsWith(key); ++it) {
        const Place &p = m_places[size_t(it->place)];
        if (p.kind == Place::Kind::Commune && m_dividedCities.contains(p.code))
            continue; // born in Paris, Lyon or Marseille: coded by arrondissement
        if (!departement.isEmpty() && p.departement != departement)
            continue;
        const int exact = it->wholeName && it->key.size() == key.size() ? 0 : 1;
        const int rank = (it->wholeName ? 0 : 4) + exact * 2 + kindRank(p.kind);
        unsigned char &slot = best[size_t(it->place)];
        if (slot == Unseen)
            seen.push_back(it->place);
        slot = static_cast<unsigned char>(std::min<int>(slot, rank));
    }
    std::vector<Hit> hits;
    hits.reserve(seen.size());
    for (int place : seen)
        hits.push_back({place, best[size_t(place)]});
    const auto better = [this](const Hit &a, const Hit &b) {
        if (a.rank != b.rank)
            return a.rank < b.rank;
        const Place &pa = m_places.at(size_t(a.place));
        const Place &pb = m_places.at(size_t(b.place));
        if (pa.name.size() != pb.name.size())
            return pa.name.size() < pb.name.size();
        return pa.code < pb.code;
    };
    const auto end = hits.begin() + std::min<qsizetype>(limit, qsizetype(hits.size()));
    std::partial_sort(hits.begin(), end, hits.end(), better);
    QList<Place> places;
    for (auto it = hits.begin(); it != end; ++it)
        places.append(m_places.at(size_t(it->place)));
    return places;
}

QList<Place> PlaceDirectory::findBirthPlaces(const QString &typed, int limit) const
{
    const QString compact = typed.simplified().toUpper().remove(QLatin1Char(' '));
    static const QRegularExpression codeStart(QStringLiteral("^(\\d{2,5}|2[AB]\\d{0,3})$"));
    if (codeStart.match(compact).hasMatch()) {
        QList<Place> places;
        const auto first =
            std::lower_bound(m_places.begin(), m_places.end(), compact,
                             [](const Place &p, const QString &code) { return p.code < code; });
        for (auto it = first;
             it != m_places.end() && it->code.startsWith(compact) && places.size() < limit; ++it)
            places.append(*it);
        return places;
    }
    const QString key = nameKey(typed);
    if (key.isEmpty())
        return {};
    // "st" being typed may be the start of "Strasbourg" as well as "saint": look for both.
    QList<Place> places = search(searchKey(typed), {}, limit);
    if (key != searchKey(typed)) {
        for (const Place &p : search(key, {}, limit)) {
            if (places.size() >= limit)
                break;
            if (std::none_of(places.cbegin(), places.cend(),
                             [&p](const Place &q) { return q.code == p.code && q.name == p.name; }))
                places.append(p);
        }
    }
    if (!places.isEmpty())
        return places;
    const qsizetype space = key.lastIndexOf(QLatin1Char(' '));
    if (space > 0 && isDepartement(key.mid(space + 1)))
        return search(key.left(space), key.mid(space + 1), limit);
    return places;
}

const Place *PlaceDirectory::byCode(const QString &code) const
{
    const QString wanted = code.trimmed().toUpper();
    const auto it = std::lower_bound(m_places.begin(), m_places.end(), wanted,
                                     [](const Place &p, const QString &c) { return p.code < c; });
    if (it == m_places.end() || it->code != wanted)
        return nullptr;
    return &*it;
}

QList<Place> PlaceDirectory::communesOfPostcode(const QString &postcode) const
{
    QList<Place> places;
    for (int i : m_byPostcode.value(postcode.trimmed()))
        places.append(m_places.at(size_t(i)));
    std::stable_sort(places.begin(), places.end(), [](const Place &a, const Place &b) {
        if (kindRank(a.kind) != kindRank(b.kind))
            return kindRank(a.kind) < kindRank(b.kind);
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return places;
}

QString PlaceDirectory::describe(const Place &place) const
{
    switch (place.kind) {
    case Place::Kind::Country:
    case Place::Kind::Territory: return tr("%1 (abroad)").arg(place.name);
    case Place::Kind::Delegated:
    case Place::Kind::Associated:
        if (const Place *today = byCode(place.parentCode); today && today->name != place.name)
            return tr("%1 (%2), today part of %3").arg(place.name, place.departement, today->name);
        return tr("%1 (%2)").arg(place.name, place.departement);
    case Place::Kind::Commune:
    case Place::Kind::Arrondissement: break;
    }
    return tr("%1 (%2)").arg(place.name, place.departement);
}

QString PlaceDirectory::nameOf(const QString &code) const
{
    if (const Place *p = byCode(code))
        return describe(*p);
    return code;
}

} // namespace relais
