#include "models/Schema.h"

#include "models/CitationAnchors.h"
#include "models/SearchIndex.h"
#include "models/Summaries.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace talentflow {

namespace {

// Offsets in citation rows are UTF-16 code units into source.body, as QString counts them.
const char *const schemaStatements[] = {
    R"(CREATE TABLE source (
        id INTEGER PRIMARY KEY,
        file TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL,
        publisher TEXT NOT NULL DEFAULT '',
        language TEXT NOT NULL,
        published TEXT,
        published_precision TEXT NOT NULL CHECK (published_precision IN ('day', 'month', 'year', 'unknown')),
        body TEXT NOT NULL,
        sha256 TEXT NOT NULL))",
    R"(CREATE TABLE company (
        id INTEGER PRIMARY KEY,
        name_en TEXT NOT NULL DEFAULT '',
        name_zh TEXT NOT NULL DEFAULT '',
        CHECK (name_en <> '' OR name_zh <> ''),
        UNIQUE (name_en, name_zh)))",
    R"(CREATE TABLE person (
        id INTEGER PRIMARY KEY,
        name_en TEXT NOT NULL DEFAULT '',
        name_zh TEXT NOT NULL DEFAULT '',
        CHECK (name_en <> '' OR name_zh <> ''),
        UNIQUE (name_en, name_zh)))",
    R"(CREATE TABLE person_alias (
        id INTEGER PRIMARY KEY,
        person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        alias TEXT NOT NULL CHECK (alias <> ''),
        UNIQUE (person_id, alias)))",
    R"(CREATE TABLE dispute (
        id INTEGER PRIMARY KEY,
        topic_en TEXT NOT NULL,
        topic_zh TEXT NOT NULL))",
    R"(CREATE TABLE dispute_side (
        id INTEGER PRIMARY KEY,
        dispute_id INTEGER NOT NULL REFERENCES dispute(id) ON DELETE CASCADE,
        summary_en TEXT NOT NULL,
        summary_zh TEXT NOT NULL))",
    R"(CREATE TABLE role (
        id INTEGER PRIMARY KEY,
        person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        company_id INTEGER NOT NULL REFERENCES company(id),
        title_en TEXT NOT NULL,
        title_zh TEXT NOT NULL,
        start_date TEXT,
        start_precision TEXT NOT NULL CHECK (start_precision IN ('day', 'month', 'year', 'unknown')),
        end_date TEXT,
        end_precision TEXT NOT NULL CHECK (end_precision IN ('day', 'month', 'year', 'unknown')),
        dispute_id INTEGER REFERENCES dispute(id) ON DELETE SET NULL))",
    R"(CREATE TABLE movement (
        id INTEGER PRIMARY KEY,
        person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('joined', 'left', 'fired', 'founded', 'sabbatical',
                                           'role_change', 'ousted', 'reinstated')),
        company_id INTEGER NOT NULL REFERENCES company(id),
        to_company_id INTEGER REFERENCES company(id),
        date TEXT,
        precision TEXT NOT NULL CHECK (precision IN ('day', 'month', 'year', 'unknown')),
        dispute_id INTEGER REFERENCES dispute(id) ON DELETE SET NULL))",
    R"(CREATE TABLE citation (
        id INTEGER PRIMARY KEY,
        role_id INTEGER REFERENCES role(id) ON DELETE CASCADE,
        movement_id INTEGER REFERENCES movement(id) ON DELETE CASCADE,
        dispute_side_id INTEGER REFERENCES dispute_side(id) ON DELETE CASCADE,
        source_id INTEGER NOT NULL REFERENCES source(id),
        start INTEGER NOT NULL CHECK (start >= 0),
        end INTEGER NOT NULL CHECK (end > start),
        text TEXT NOT NULL,
        CHECK ((role_id IS NOT NULL) + (movement_id IS NOT NULL) + (dispute_side_id IS NOT NULL) = 1)))",
    "CREATE INDEX person_alias_alias ON person_alias(alias)",
    "CREATE INDEX role_person ON role(person_id)",
    "CREATE INDEX role_company ON role(company_id)",
    "CREATE INDEX movement_person ON movement(person_id)",
    "CREATE INDEX movement_company ON movement(company_id)",
    "CREATE INDEX movement_to_company ON movement(to_company_id)",
    "CREATE INDEX citation_role ON citation(role_id)",
    "CREATE INDEX citation_movement ON citation(movement_id)",
    "CREATE INDEX citation_dispute_side ON citation(dispute_side_id)",
    "CREATE INDEX citation_source ON citation(source_id)",
};

// Version 2: a trigram full-text index over names, aliases, titles and excerpts, so search finds a
// person in either script by any part of a name or of the words cited about them. It is
// rebuilt by code after every write, not by triggers (a file's triggers are not trusted; since
// version 12, but for the summaries' own, word for word).
const char *const searchIndexStatements[] = {
    R"(CREATE VIRTUAL TABLE search_index USING fts5(
        person_id UNINDEXED,
        text,
        tokenize = 'trigram'))",
};

// Version 3: indexes on the natural keys an import matches records by. Without them SQLite
// may pick the destination index for "to_company_id IS NULL" and scan most moves per record.
const char *const identityIndexStatements[] = {
    "CREATE INDEX movement_identity ON movement(person_id, company_id, kind, date)",
    "CREATE INDEX role_identity ON role(person_id, company_id, title_en, title_zh)",
    "CREATE INDEX citation_identity ON citation(source_id, start, end)",
};

// Version 4: indexes in the exact form of the table's sort keys, in both languages, so the
// first screen of a sorted table streams from an index instead of sorting every role.
const char *const sortIndexStatements[] = {
    "CREATE INDEX person_display_en ON person(COALESCE(NULLIF(name_en, ''), name_zh) COLLATE NOCASE)",
    "CREATE INDEX person_display_zh ON person(COALESCE(NULLIF(name_zh, ''), name_en) COLLATE NOCASE)",
    "CREATE INDEX company_display_en ON company(COALESCE(NULLIF(name_en, ''), name_zh) COLLATE NOCASE)",
    "CREATE INDEX company_display_zh ON company(COALESCE(NULLIF(name_zh, ''), name_en) COLLATE NOCASE)",
    "CREATE INDEX role_title_en ON role(COALESCE(NULLIF(title_en, ''), title_zh) COLLATE NOCASE)",
    "CREATE INDEX role_title_zh ON role(COALESCE(NULLIF(title_zh, ''), title_en) COLLATE NOCASE)",
    "CREATE INDEX role_start ON role(start_date)",
    "CREATE INDEX role_end ON role(end_date)",
};

// Version 5: the company indexes also hold the person, so "the moves and roles of the people who
// worked at this company" is answered from the indexes alone instead of by reading every row.
const char *const companyPersonIndexStatements[] = {
    "DROP INDEX IF EXISTS role_company",
    "DROP INDEX IF EXISTS movement_company",
    "DROP INDEX IF EXISTS movement_to_company",
    "CREATE INDEX role_company_person ON role(company_id, person_id)",
    "CREATE INDEX movement_company_person ON movement(company_id, person_id)",
    "CREATE INDEX movement_to_company_person ON movement(to_company_id, person_id)",
};

// Version 6: why a date is what it is, where the articles do not spell it out (the seed's "why"),
// shown next to the date; and roles the articles call former although they do not say when they
// ended, so the table does not show them as current.
const char *const dateNoteStatements[] = {
    "ALTER TABLE role ADD COLUMN date_note TEXT",
    "ALTER TABLE role ADD COLUMN ended_undated INTEGER NOT NULL DEFAULT 0 CHECK (ended_undated IN (0, 1))",
    "ALTER TABLE movement ADD COLUMN date_note TEXT",
};

// Version 7: where an article can be read (the bundled ones have no address yet), and the log
// of every edit made through Talentflow.
const char *const articleUrlStatements[] = {
    "ALTER TABLE source ADD COLUMN url TEXT NOT NULL DEFAULT ''",
    R"(CREATE TABLE change_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id INTEGER NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('add', 'edit', 'remove')),
        before TEXT,
        after TEXT))",
    "CREATE INDEX change_log_entity ON change_log(entity, entity_id)",
};

// Version 8: a citation's anchor (up to 32 characters either side of its words, and the digest of
// the text its offsets belong to), so a corrected text can find the words again; the date a
// citation states, so a fact dated by one article and another date from a second keeps both; and
// a row version, so an edit based on a row another window has changed since is refused.
const char *const citationAnchorStatements[] = {
    "ALTER TABLE citation ADD COLUMN prefix TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE citation ADD COLUMN suffix TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE citation ADD COLUMN body_sha256 TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE citation ADD COLUMN stated_date TEXT",
    "ALTER TABLE citation ADD COLUMN stated_precision TEXT NOT NULL DEFAULT 'unknown' "
    "CHECK (stated_precision IN ('day', 'month', 'year', 'unknown'))",
    "ALTER TABLE citation ADD COLUMN stated_field TEXT CHECK (stated_field IN ('date', 'start', 'end'))",
    "ALTER TABLE movement ADD COLUMN row_version INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE role ADD COLUMN row_version INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE person ADD COLUMN row_version INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE company ADD COLUMN row_version INTEGER NOT NULL DEFAULT 0",
};

// Version 9: an article's text can be replaced by a corrected one. Each replaced text is kept, so
// that a citation whose words the new text no longer holds still names the text they are in
// (its body_sha256 is that version's digest); such a citation waits for a person's review, with
// the close match the new text offers, or is an orphan when there is none.
const char *const textVersionStatements[] = {
    R"(CREATE TABLE source_version (
        id INTEGER PRIMARY KEY,
        source_id INTEGER NOT NULL REFERENCES source(id) ON DELETE CASCADE,
        body TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        replaced_at TEXT NOT NULL))",
    "CREATE INDEX source_version_source ON source_version(source_id, sha256)",
    "ALTER TABLE citation ADD COLUMN anchor_state TEXT NOT NULL DEFAULT 'anchored' "
    "CHECK (anchor_state IN ('anchored', 'review', 'orphan'))",
    "ALTER TABLE citation ADD COLUMN review_start INTEGER CHECK (review_start >= 0)",
    // A span is offered exactly while a citation waits for review, and holds words.
    "ALTER TABLE citation ADD COLUMN review_end INTEGER CHECK ((review_end IS NULL) = (review_start IS NULL) "
    "AND (review_end IS NULL OR review_end > review_start) AND (review_start IS NULL) = (anchor_state <> 'review'))",
};

// Version 10: what an edit looks up, found without reading a whole table. The search index is
// rebuilt (as after every upgrade) with each entry's rowid naming its row (models/SearchIndex);
// an article's facts are counted from an index alone; an article's text is found by its digest;
// a name, as the forms match it, by either column.
const char *const editLookupStatements[] = {
    "DROP INDEX IF EXISTS citation_source",
    "CREATE INDEX citation_source_fact ON citation(source_id, role_id, movement_id)",
    "CREATE INDEX source_sha256 ON source(sha256)",
    "CREATE INDEX person_name_en ON person(name_en COLLATE NOCASE)",
    "CREATE INDEX person_name_zh ON person(name_zh)",
    "CREATE INDEX person_alias_nocase ON person_alias(alias COLLATE NOCASE)",
    "CREATE INDEX company_name_en ON company(name_en COLLATE NOCASE)",
    "CREATE INDEX company_name_zh ON company(name_zh)",
};

// Version 11: keys to find a person by in any script (models/NameKeys), each naming the search
// index entry (a name or an alias) it was derived from; and the readings a user gave for names
// the transliterator reads wrongly. Filled by the search index's rebuild, as after every upgrade.
const char *const nameKeyStatements[] = {
    "CREATE TABLE IF NOT EXISTS search_key (entry INTEGER NOT NULL, person_id INTEGER NOT NULL, kind INTEGER NOT NULL, "
    "key TEXT NOT NULL CHECK (key <> ''))",
    "CREATE TABLE IF NOT EXISTS name_reading (name TEXT PRIMARY KEY CHECK (name <> ''), pinyin TEXT NOT NULL CHECK (pinyin <> ''))",
};

// Indexes that serve reads alone. A merge finds records by primary keys, unique constraints and
// the identity indexes, so a large import can drop these and build them once at the end.
const char *const readIndexNames[] = {
    "person_alias_alias", "role_person", "movement_person", "citation_role", "citation_movement",
    "citation_dispute_side", "citation_source_fact", "person_display_en", "person_display_zh", "company_display_en",
    "company_display_zh", "role_title_en", "role_title_zh", "role_start", "role_end", "role_company_person",
    "movement_company_person", "movement_to_company_person",
};

template<size_t N>
bool execAll(QSqlDatabase &db, const char *const (&statements)[N], QString *error)
{
    QSqlQuery query(db);
    for (const char *statement : statements) {
        if (!query.exec(QString::fromUtf8(statement))) {
            if (error)
                *error = QStringLiteral("cannot create schema: %1").arg(query.lastError().text());
            return false;
        }
    }
    return true;
}

} // namespace

bool createSchema(QSqlDatabase &db, QString *error)
{
    return execAll(db, schemaStatements, error) && migrateSchema(db, 1, error);
}

bool migrateSchema(QSqlDatabase &db, int fromVersion, QString *error)
{
    if (fromVersion < 2 && !execAll(db, searchIndexStatements, error))
        return false;
    if (fromVersion < 3 && !execAll(db, identityIndexStatements, error))
        return false;
    if (fromVersion < 4 && !execAll(db, sortIndexStatements, error))
        return false;
    if (fromVersion < 5 && !execAll(db, companyPersonIndexStatements, error))
        return false;
    if (fromVersion < 6 && !execAll(db, dateNoteStatements, error))
        return false;
    if (fromVersion < 7 && !execAll(db, articleUrlStatements, error))
        return false;
    if (fromVersion < 8 && !(execAll(db, citationAnchorStatements, error) && fillMissingAnchors(db, error)))
        return false;
    if (fromVersion < 9 && !execAll(db, textVersionStatements, error))
        return false;
    if (fromVersion < 10 && !execAll(db, editLookupStatements, error))
        return false;
    if (fromVersion < 11 && !(execAll(db, nameKeyStatements, error) && createIndexes(db, SearchIndex::keyIndexStatements(), error)))
        return false;
    // Version 12: counts per person and company, and in all, kept by triggers (models/Summaries).
    if (fromVersion < 12 && !Summaries(db).create(error))
        return false;
    return true;
}

namespace {

// The statement this schema creates an index with: the last version's, for an index made again.
QString createStatementOf(const char *name)
{
    const QString prefix = QStringLiteral("CREATE INDEX %1 ON ").arg(QLatin1String(name));
    QString found;
    const auto search = [&](const auto &statements) {
        for (const char *statement : statements) {
            if (QLatin1String(statement).startsWith(prefix))
                found = QString::fromLatin1(statement);
        }
    };
    search(schemaStatements);
    search(identityIndexStatements);
    search(sortIndexStatements);
    search(companyPersonIndexStatements);
    search(editLookupStatements);
    return found;
}

} // namespace

std::optional<QStringList> dropReadIndexes(QSqlDatabase &db, QString *error)
{
    // Built again from this schema's own statements, never from the file's text of them.
    QSqlQuery exists(db);
    exists.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = :name"));
    QSqlQuery drop(db);
    QStringList definitions;
    for (const char *name : readIndexNames) {
        exists.bindValue(QStringLiteral(":name"), QString::fromLatin1(name));
        if (!exists.exec()) {
            if (error)
                *error = QStringLiteral("cannot read the schema: %1").arg(exists.lastError().text());
            return std::nullopt;
        }
        const bool present = exists.next();
        exists.finish();
        const QString definition = createStatementOf(name);
        if (!present || definition.isEmpty())
            continue;
        // The name is one of this file's constants, never data.
        if (!drop.exec(QStringLiteral("DROP INDEX %1").arg(QLatin1String(name)))) {
            if (error)
                *error = QStringLiteral("cannot drop an index: %1").arg(drop.lastError().text());
            return std::nullopt;
        }
        definitions.append(definition);
    }
    // The summaries are filled after the indexes, whose order their GROUP BYs read.
    if (!Summaries(db).dropTriggers(error))
        return std::nullopt;
    definitions += Summaries::rebuildStatements();
    return definitions;
}

bool createIndexes(QSqlDatabase &db, const QStringList &definitions, QString *error)
{
    QSqlQuery query(db);
    for (const QString &definition : definitions) {
        if (!query.exec(definition)) {
            if (error)
                *error = QStringLiteral("cannot build an index or a summary: %1").arg(query.lastError().text());
            return false;
        }
    }
    return true;
}

bool rebuildSearchIndex(QSqlDatabase &db, QString *error)
{
    return SearchIndex(db).rebuild(error);
}

} // namespace talentflow
