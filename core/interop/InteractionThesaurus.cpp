#include "InteractionThesaurus.h"

#include "BdpmText.h"
#include "util/SearchKey.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace relais {

namespace {

enum class Kind
{
    Other,
    Interactions,
    Classes,
};

// A field as written: some tables quote every field ("amoxicilline"), doubling inner quotes.
QString unquoted(const QString &field)
{
    QString trimmed = field.trimmed();
    if (trimmed.size() >= 2 && trimmed.startsWith(QLatin1Char('"')) &&
        trimmed.endsWith(QLatin1Char('"')))
        return trimmed.mid(1, trimmed.size() - 2)
            .replace(QStringLiteral("\"\""), QStringLiteral("\""));
    return trimmed;
}

// What a file is, from its first line.
Kind kindOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Kind::Other;
    QByteArray head = file.read(4096);
    const qsizetype end = head.indexOf('\n');
    if (end >= 0)
        head.truncate(end);
    QStringList fields = BdpmText::decodeLine(head).split(QLatin1Char('\t'));
    for (QString &field : fields)
        field = searchKey(unquoted(field));
    if (fields.size() >= 5 && fields.at(0) == QLatin1String("PROTAGONISTE1") &&
        fields.at(1) == QLatin1String("PROTAGONISTE2"))
        return Kind::Interactions;
    if (fields.size() == 2 && fields.at(0) == QLatin1String("MOLECULE") &&
        (fields.at(1) == QLatin1String("FAMILLE") || fields.at(1) == QLatin1String("CLASSE")))
        return Kind::Classes;
    return Kind::Other;
}

// The rows of a table after its header line.
QList<BdpmRow> bodyOf(const BdpmTable &table)
{
    QList<BdpmRow> rows = table.rows;
    if (!rows.isEmpty() && rows.constFirst().line == 1)
        rows.removeFirst();
    return rows;
}

// "Interactions en propre seulement": the molecule has interactions of its own, no class.
bool namesNoClass(const QString &key)
{
    return key.startsWith(QLatin1String("INTERACTIONS EN PROPRE"));
}

} // namespace

QString ThesaurusReader::versionOf(const QString &fileName)
{
    static const QRegularExpression yearMonth(
        QStringLiteral("(?:^|\\D)((?:19|20)\\d\\d)[-_.]?(0[1-9]|1[0-2])(?:\\D|$)"));
    const auto m = yearMonth.match(fileName);
    return m.hasMatch() ? m.captured(1) + QLatin1Char('-') + m.captured(2) : QString();
}

InteractionLevels ThesaurusReader::levelsOf(const QString &description, QString *conduct)
{
    InteractionLevels levels;
    QString rest = description.trimmed();
    // "CI - ASDEC - APEC Contre-indication avec : …": the levels abbreviated first.
    static const QRegularExpression abbreviated(
        QStringLiteral("^((?:CI|ASDEC|AD|PE|APEC)(?:\\s*-\\s*(?:CI|ASDEC|AD|PE|APEC))*)\\s+"));
    if (const auto m = abbreviated.match(rest); m.hasMatch()) {
        const QStringList codes = m.captured(1).split(QLatin1Char('-'), Qt::SkipEmptyParts);
        for (const QString &code : codes) {
            const QString c = code.trimmed();
            if (c == QLatin1String("CI"))
                levels |= InteractionLevel::Contraindicated;
            else if (c == QLatin1String("ASDEC") || c == QLatin1String("AD"))
                levels |= InteractionLevel::Inadvisable;
            else if (c == QLatin1String("PE"))
                levels |= InteractionLevel::Precaution;
            else
                levels |= InteractionLevel::ToConsider;
        }
        rest = rest.mid(m.capturedLength());
    } else {
        static const QRegularExpression spelt(
            QStringLiteral("^(contre-indication|association d[eé]conseill[eé]e|"
                           "pr[eé]caution d.emploi|[aà] prendre en compte)\\s*:?\\s*"),
            QRegularExpression::CaseInsensitiveOption);
        if (const auto spelled = spelt.match(rest); spelled.hasMatch()) {
            const QString head = searchKey(spelled.captured(1));
            if (head.startsWith(QLatin1String("CONTRE")))
                levels |= InteractionLevel::Contraindicated;
            else if (head.startsWith(QLatin1String("ASSOCIATION")))
                levels |= InteractionLevel::Inadvisable;
            else if (head.startsWith(QLatin1String("PRECAUTION")))
                levels |= InteractionLevel::Precaution;
            else
                levels |= InteractionLevel::ToConsider;
            rest = rest.mid(spelled.capturedLength());
        }
    }
    if (conduct)
        *conduct = rest.trimmed();
    return levels;
}

Result<InteractionThesaurus> ThesaurusReader::read(const QString &source)
{
    const QFileInfo info(source);
    if (!info.exists())
        return fail(ErrorCode::NotFound, tr("%1 does not exist.").arg(source));
    const QDir folder = info.isDir() ? QDir(source) : info.dir();
    QString interactionsPath;
    QStringList classPaths;
    if (!info.isDir()) {
        if (kindOf(source) != Kind::Interactions)
            return fail(ErrorCode::InvalidInput,
                        tr("%1 is not the ANSM interaction thesaurus: its first line should name "
                           "the columns protagoniste1, protagoniste2, description…")
                            .arg(info.fileName()));
        interactionsPath = info.absoluteFilePath();
    }
    const QStringList names = folder.entryList(
        {QStringLiteral("*.tsv"), QStringLiteral("*.csv"), QStringLiteral("*.txt")},
        QDir::Files | QDir::Readable, QDir::Name);
    for (const QString &name : names) {
        const QString path = folder.filePath(name);
        switch (kindOf(path)) {
        case Kind::Interactions:
            // Two editions side by side: the newest, whose name sorts last, is the one.
            if (info.isDir())
                interactionsPath = path;
            break;
        case Kind::Classes: classPaths.append(path); break;
        case Kind::Other: break;
        }
    }
    if (interactionsPath.isEmpty())
        return fail(ErrorCode::InvalidInput,
                    tr("%1 holds no interaction thesaurus: a tab-separated file whose first line "
                       "names the columns protagoniste1, protagoniste2, description… is expected.")
                        .arg(QDir::toNativeSeparators(folder.absolutePath())));

    InteractionThesaurus thesaurus;
    const QFileInfo interactionsInfo(interactionsPath);
    thesaurus.interactionsFile = interactionsInfo.fileName();
    thesaurus.version = versionOf(thesaurus.interactionsFile);
    if (thesaurus.version.isEmpty())
        thesaurus.version = interactionsInfo.lastModified().date().toString(Qt::ISODate);

    const auto take = [&thesaurus](const BdpmTable &table, const QString &name) {
        thesaurus.skipped += table.skipped;
        thesaurus.lines += table.lines;
        if (table.endsMidLine)
            thesaurus.cutShort.append(name);
    };
    // One name per key, spelt as first met: the interactions table first, then the class table
    // of the same edition, then the others ("AMOXICILLINE" in 2016, "amoxicilline" in 2019).
    QHash<QString, QString> spelling;
    const auto spell = [&spelling](const QString &name) {
        const QString key = searchKey(name);
        if (!spelling.contains(key))
            spelling.insert(key, name);
        return key;
    };

    auto table = BdpmText::read(interactionsPath, 9);
    if (!table)
        return std::unexpected(table.error());
    take(*table, thesaurus.interactionsFile);
    QStringList protagonists;
    for (const BdpmRow &row : bodyOf(*table)) {
        const QStringList &c = row.columns;
        DrugInteraction interaction;
        interaction.first = c.at(0).trimmed();
        interaction.second = c.at(1).trimmed();
        if (interaction.first.isEmpty() || interaction.second.isEmpty()) {
            thesaurus.skipped.append(tr("%1, line %2: a protagonist is missing")
                                         .arg(thesaurus.interactionsFile)
                                         .arg(row.line));
            continue;
        }
        interaction.levels = levelsOf(c.at(2), &interaction.conduct);
        // The level columns, where filled, say the same or add to it.
        const InteractionLevel columns[] = {
            InteractionLevel::Contraindicated, InteractionLevel::Inadvisable,
            InteractionLevel::Precaution, InteractionLevel::ToConsider};
        for (int i = 0; i < 4; ++i)
            if (!c.at(5 + i).trimmed().isEmpty())
                interaction.levels |= columns[i];
        if (!interaction.levels) {
            thesaurus.skipped.append(
                tr("%1, line %2: no level (CI, AD, PE or APEC) can be read in \"%3\"")
                    .arg(thesaurus.interactionsFile)
                    .arg(row.line)
                    .arg(c.at(2).left(60)));
            continue;
        }
        interaction.mechanism = c.at(4).trimmed();
        if (interaction.conduct.isEmpty())
            interaction.conduct = c.at(3).trimmed();
        protagonists << spell(interaction.first) << spell(interaction.second);
        thesaurus.interactions.append(interaction);
    }

    std::stable_sort(classPaths.begin(), classPaths.end(),
                     [&thesaurus](const QString &a, const QString &b) {
                         const auto sameEdition = [&thesaurus](const QString &path) {
                             return versionOf(QFileInfo(path).fileName()) == thesaurus.version;
                         };
                         return sameEdition(a) && !sameEdition(b);
                     });
    QStringList moleculeKeys;
    QSet<QString> classKeys;
    QSet<QString> seenMolecules;
    for (const QString &path : std::as_const(classPaths)) {
        auto classTable = BdpmText::read(path, 2);
        if (!classTable)
            return std::unexpected(classTable.error());
        const QString name = QFileInfo(path).fileName();
        thesaurus.classFiles.append(name);
        take(*classTable, name);
        for (const BdpmRow &row : bodyOf(*classTable)) {
            const QString molecule = unquoted(row.columns.at(0));
            if (molecule.isEmpty()) {
                thesaurus.skipped.append(
                    tr("%1, line %2: the molecule is missing").arg(name).arg(row.line));
                continue;
            }
            const QString moleculeKey = spell(molecule);
            if (!seenMolecules.contains(moleculeKey)) {
                seenMolecules.insert(moleculeKey);
                moleculeKeys.append(moleculeKey);
            }
            // No class, or "interactions en propre seulement": a molecule with interactions
            // of its own only.
            const QString interactionClass = unquoted(row.columns.at(1));
            if (interactionClass.isEmpty() || namesNoClass(searchKey(interactionClass)))
                continue;
            const QString classKey = spell(interactionClass);
            if (!classKeys.contains(classKey)) {
                classKeys.insert(classKey);
                thesaurus.classes.append(spelling.value(classKey));
            }
            thesaurus.memberships.append({molecule, interactionClass});
        }
    }
    // The protagonists that are no class are molecules, some of them in no class table.
    for (const QString &key : std::as_const(protagonists))
        if (!classKeys.contains(key) && !seenMolecules.contains(key)) {
            seenMolecules.insert(key);
            moleculeKeys.append(key);
        }
    for (const QString &key : std::as_const(moleculeKeys))
        if (!classKeys.contains(key))
            thesaurus.molecules.append(spelling.value(key));
    return thesaurus;
}

} // namespace relais
