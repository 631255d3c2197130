// Writes a deterministic synthetic data set in Talentflow's JSON format 1 (plus the import-only
// "body" of each source): bilingual names, a few thousand companies, realistic spreads of dates
// and precisions, and every role and movement citing a verbatim sentence of a synthetic article.
//
// With --citations-from SEED.json (a format-2 export of the seeded database), the facts cite the
// seed's real articles instead: each role copies the citations of a seed role and each movement
// those of a seed movement (at least --fewest-citations, 2 by default, at most 5; a move the seed
// cites less often borrows citations of other seed facts), and the file carries the seed's articles with their bodies so
// the import can check every citation. Articles the export leaves without a body (the bundled
// ones) are read from --articles DIR, by default the source tree's resources/articles.
//
//   talentflow_generate_dataset OUT.json [--people N] [--roles N] [--movements N]
//                               [--companies N] [--sources N] [--seed N]
//                               [--citations-from SEED.json [--articles DIR] [--fewest-citations N]]

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QHash>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <string>
#include <vector>

namespace {

// splitmix64: the same numbers on every machine and standard library.
struct Random
{
    uint64_t state;
    uint64_t next()
    {
        uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return int(next() % uint64_t(n)); }
};

const char *const syllables[] = {"al", "an", "ar", "be", "ca", "da", "el", "en", "fa", "ga", "ha", "ir", "jo", "ka", "la",
                                 "li", "ma", "mi", "na", "no", "or", "pa", "ra", "re", "sa", "se", "ta", "to", "va", "zo"};
const char *const hanzi[] = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭",
                             "明", "华", "伟", "芳", "娜", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛", "超", "晨", "宇"};
const char *const kinds[] = {"joined", "left", "left", "left", "fired", "founded", "sabbatical", "role_change", "ousted",
                             "reinstated", "joined", "left"};
const char *const titlesEn[] = {"Engineer", "Researcher", "Vice President", "Director", "Chief Technology Officer",
                                "Chief Executive Officer", "Product Manager", "Partner", "Scientist", "Founder"};
const char *const titlesZh[] = {"工程师", "研究员", "副总裁", "总监", "首席技术官", "首席执行官", "产品经理", "合伙人",
                                "科学家", "创始人"};

std::string word(Random &random, int parts)
{
    std::string text;
    for (int i = 0; i < parts; ++i)
        text += syllables[random.below(30)];
    text[0] = char(text[0] - 'a' + 'A');
    return text;
}

std::string chineseName(Random &random, int characters)
{
    std::string text;
    for (int i = 0; i < characters; ++i)
        text += hanzi[random.below(32)];
    return text;
}

struct Date
{
    std::string iso; // empty: unknown
    const char *precision;
};

Date date(Random &random)
{
    const int year = 1990 + random.below(36);
    const int month = 1 + random.below(12);
    const int day = 1 + random.below(28);
    const int roll = random.below(100);
    char text[16];
    if (roll < 50) {
        std::snprintf(text, sizeof text, "%04d-%02d-%02d", year, month, day);
        return {text, "day"};
    }
    if (roll < 80) {
        std::snprintf(text, sizeof text, "%04d-%02d", year, month);
        return {text, "month"};
    }
    if (roll < 95) {
        std::snprintf(text, sizeof text, "%04d", year);
        return {text, "year"};
    }
    return {std::string(), "unknown"};
}

// Sentences are appended to one of the articles; a citation records where its sentence landed.
struct Article
{
    std::string body;
    size_t utf16 = 0; // ASCII only, so bytes and UTF-16 units agree
};

struct Citation
{
    int source;
    size_t start;
    size_t end;
    std::string text;
};

Citation cite(std::vector<Article> &articles, Random &random, const std::string &sentence)
{
    const int source = random.below(int(articles.size()));
    Article &article = articles[size_t(source)];
    const size_t start = article.utf16;
    article.body += sentence;
    article.body += ' ';
    article.utf16 += sentence.size() + 1;
    return {source + 1, start, start + sentence.size(), sentence};
}

void writeDate(FILE *out, const char *field, const char *precisionField, const Date &d)
{
    if (d.iso.empty())
        std::fprintf(out, "\"%s\": null, \"%s\": \"unknown\"", field, precisionField);
    else
        std::fprintf(out, "\"%s\": \"%s\", \"%s\": \"%s\"", field, d.iso.c_str(), precisionField, d.precision);
}

void writeCitation(FILE *out, const Citation &c)
{
    std::fprintf(out, "\"citations\": [{\"source_id\": %d, \"start\": %zu, \"end\": %zu, \"text\": \"%s\"}]", c.source,
                 c.start, c.end, c.text.c_str());
}

const char *textOption(int argc, char **argv, const char *name, const char *fallback)
{
    for (int i = 2; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], name) == 0)
            return argv[i + 1];
    }
    return fallback;
}

long option(int argc, char **argv, const char *name, long fallback)
{
    const char *text = textOption(argc, argv, name, nullptr);
    return text ? std::strtol(text, nullptr, 10) : fallback;
}

// A fact's "citations" array, written once and copied into every generated fact that uses it.
struct CitationGroup
{
    std::string json;
    int count = 0;
};

// What --citations-from brings: the seed's articles as format-1 sources, and the citation groups
// generated facts copy.
struct Evidence
{
    std::vector<std::string> sources;
    std::vector<CitationGroup> roleGroups;
    std::vector<CitationGroup> movementGroups;
};

std::string compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact).toStdString();
}

// A seed citation, verbatim, and what tells two apart.
struct SeedCitation
{
    QString key; // source, start and end
    std::string json;
};

CitationGroup groupOf(const std::vector<SeedCitation> &citations)
{
    CitationGroup group;
    group.json = "\"citations\": [";
    for (const SeedCitation &citation : citations) {
        if (group.count > 0)
            group.json += ", ";
        group.json += citation.json;
        ++group.count;
    }
    group.json += "]";
    return group;
}

bool fail(std::string *error, const QString &why)
{
    *error = why.toStdString();
    return false;
}

// The seed's facts, each as the person it is about and its citations, checked against the bodies.
struct SeedFact
{
    qint64 person = 0;
    std::vector<SeedCitation> citations;
};

bool readFacts(const QJsonArray &records, const char *section, const QHash<qint64, QString> &bodies,
               std::vector<SeedFact> &facts, std::string *error)
{
    for (int i = 0; i < records.size(); ++i) {
        const QJsonObject record = records.at(i).toObject();
        SeedFact fact;
        fact.person = record.value(QLatin1String("person_id")).toInteger();
        for (const QJsonValue &value : record.value(QLatin1String("citations")).toArray()) {
            const QJsonObject citation = value.toObject();
            const qint64 source = citation.value(QLatin1String("source_id")).toInteger();
            const qint64 start = citation.value(QLatin1String("start")).toInteger();
            const qint64 end = citation.value(QLatin1String("end")).toInteger();
            const QString text = citation.value(QLatin1String("text")).toString();
            // The import holds every citation to this; a seed that fails it would fail a million times.
            if (!bodies.contains(source) || end <= start || end > bodies.value(source).size()
                || bodies.value(source).mid(start, end - start) != text)
                return fail(error, QStringLiteral("%1[%2]: a citation is not the text of its article at its offsets")
                                       .arg(QLatin1String(section)).arg(i));
            fact.citations.push_back({QStringLiteral("%1:%2:%3").arg(source).arg(start).arg(end),
                                      compact({{QStringLiteral("source_id"), source},
                                               {QStringLiteral("start"), start},
                                               {QStringLiteral("end"), end},
                                               {QStringLiteral("text"), text}})});
        }
        if (fact.citations.empty())
            return fail(error, QStringLiteral("%1[%2] cites nothing").arg(QLatin1String(section)).arg(i));
        facts.push_back(std::move(fact));
    }
    return true;
}

// Adds citations of `from` not already in `to`, until `to` holds `enough`.
void topUp(std::vector<SeedCitation> &to, const std::vector<SeedCitation> &from, size_t enough)
{
    for (const SeedCitation &citation : from) {
        if (to.size() >= enough)
            return;
        const bool known = std::any_of(to.cbegin(), to.cend(), [&](const SeedCitation &c) { return c.key == citation.key; });
        if (!known)
            to.push_back(citation);
    }
}

std::optional<Evidence> readEvidence(const char *seedPath, const char *articlesDir, size_t fewest, std::string *error)
{
    QFile file(QString::fromLocal8Bit(seedPath));
    if (!file.open(QIODevice::ReadOnly))
        return fail(error, file.errorString()), std::nullopt;
    QJsonParseError parsed;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll(), &parsed).object();
    if (parsed.error != QJsonParseError::NoError || root.value(QLatin1String("format")).toString() != QLatin1String("talentflow-export"))
        return fail(error, QStringLiteral("not a Talentflow export")), std::nullopt;

    Evidence evidence;
    QHash<qint64, QString> bodies;
    for (const QJsonValue &value : root.value(QLatin1String("sources")).toArray()) {
        QJsonObject source = value.toObject();
        const qint64 id = source.value(QLatin1String("id")).toInteger();
        QString body = source.value(QLatin1String("body")).toString();
        if (!source.contains(QLatin1String("body"))) {
            // An export leaves out the body of an article the binary bundles.
            QFile article(QDir(QString::fromLocal8Bit(articlesDir)).filePath(source.value(QLatin1String("file")).toString()));
            if (!article.open(QIODevice::ReadOnly))
                return fail(error, QStringLiteral("source %1: %2").arg(id).arg(article.errorString())), std::nullopt;
            body = QString::fromUtf8(article.readAll());
        }
        bodies.insert(id, body);
        // Format 1 knows these fields of a source (publisher and body as its optional ones).
        QJsonObject written;
        for (const char *field : {"id", "file", "title", "publisher", "language", "published", "published_precision"})
            written.insert(QLatin1String(field), source.value(QLatin1String(field)));
        written.insert(QStringLiteral("body"), body);
        evidence.sources.push_back(compact(written));
    }

    std::vector<SeedFact> roles;
    std::vector<SeedFact> movements;
    if (!readFacts(root.value(QLatin1String("roles")).toArray(), "roles", bodies, roles, error)
        || !readFacts(root.value(QLatin1String("movements")).toArray(), "movements", bodies, movements, error))
        return std::nullopt;
    if (roles.empty() || movements.empty())
        return fail(error, QStringLiteral("the seed has no roles or no movements")), std::nullopt;

    constexpr size_t most = 5;
    for (const SeedFact &role : roles) {
        std::vector<SeedCitation> citations;
        topUp(citations, role.citations, most);
        evidence.roleGroups.push_back(groupOf(citations));
    }
    for (const SeedFact &movement : movements) {
        std::vector<SeedCitation> citations;
        topUp(citations, movement.citations, most);
        // A move the seed cites once borrows from the same person's other facts (the articles
        // that tell of them tell of this person), then from any fact.
        for (const std::vector<SeedFact> *facts : {&roles, &movements}) {
            for (const SeedFact &other : *facts) {
                if (other.person == movement.person)
                    topUp(citations, other.citations, fewest);
            }
        }
        for (const std::vector<SeedFact> *facts : {&movements, &roles}) {
            for (const SeedFact &other : *facts)
                topUp(citations, other.citations, fewest);
        }
        evidence.movementGroups.push_back(groupOf(citations));
    }
    return evidence;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 2 || argv[1][0] == '-') {
        std::fprintf(stderr, "usage: %s OUT.json [--people N] [--roles N] [--movements N] [--companies N] "
                             "[--sources N] [--seed N] [--citations-from SEED.json [--articles DIR] [--fewest-citations N]]\n", argv[0]);
        return 2;
    }
    const long people = option(argc, argv, "--people", 100000);
    const long roles = option(argc, argv, "--roles", 200000);
    const long movements = option(argc, argv, "--movements", 1000000);
    const long companies = option(argc, argv, "--companies", 3000);
    Random random{uint64_t(option(argc, argv, "--seed", 20261122))};

    std::optional<Evidence> evidence;
    if (const char *seed = textOption(argc, argv, "--citations-from", nullptr)) {
        std::string error;
        const long fewest = std::clamp(option(argc, argv, "--fewest-citations", 2), 1L, 5L);
        evidence = readEvidence(seed, textOption(argc, argv, "--articles", TALENTFLOW_ARTICLES), size_t(fewest), &error);
        if (!evidence) {
            std::fprintf(stderr, "%s: %s\n", seed, error.c_str());
            return 1;
        }
    }
    const long sources = evidence ? long(evidence->sources.size()) : option(argc, argv, "--sources", 2000);
    long citations = 0;
    long movementCitations = 0;

    FILE *out = std::fopen(argv[1], "w");
    if (!out) {
        std::perror(argv[1]);
        return 1;
    }
    std::vector<std::string> personNames(size_t(people) + 1);
    std::vector<std::string> companyNames(size_t(companies) + 1);
    std::vector<Article> articles(evidence ? 0 : size_t(sources));

    std::fprintf(out, "{\"format\": \"talentflow-export\", \"version\": 1,\n\"companies\": [\n");
    for (long c = 1; c <= companies; ++c) {
        companyNames[size_t(c)] = word(random, 2) + " " + word(random, 2) + " " + std::to_string(c);
        std::fprintf(out, "%s{\"id\": %ld, \"name_en\": \"%s\", \"name_zh\": \"%s公司%ld\"}\n", c > 1 ? "," : "", c,
                     companyNames[size_t(c)].c_str(), chineseName(random, 2).c_str(), c);
    }
    std::fprintf(out, "],\n\"people\": [\n");
    for (long p = 1; p <= people; ++p) {
        personNames[size_t(p)] = word(random, 2) + " " + word(random, 3) + " " + std::to_string(p);
        const std::string zh = chineseName(random, 2 + random.below(2)) + std::to_string(p);
        std::fprintf(out, "%s{\"id\": %ld, \"name_en\": \"%s\", \"name_zh\": \"%s\", \"aliases\": [\"%s\", \"%s\"]}\n",
                     p > 1 ? "," : "", p, personNames[size_t(p)].c_str(), zh.c_str(),
                     personNames[size_t(p)].substr(personNames[size_t(p)].find(' ') + 1).c_str(), zh.c_str());
    }
    std::fprintf(out, "],\n\"roles\": [\n");
    // Skewed towards some companies, as real ones are: a quarter of roles in 1% of companies.
    const auto pickCompany = [&] {
        return random.below(4) == 0 ? 1 + random.below(int(companies / 100 + 1)) : 1 + random.below(int(companies));
    };
    // The facts' citations: a seed fact's, or a synthetic sentence naming the fact.
    const auto writeCitations = [&](const std::vector<CitationGroup> *groups, const std::string &sentence) {
        if (groups) {
            const CitationGroup &group = (*groups)[size_t(random.below(int(groups->size())))];
            std::fputs(group.json.c_str(), out);
            citations += group.count;
            return group.count;
        }
        writeCitation(out, cite(articles, random, sentence));
        ++citations;
        return 1;
    };
    for (long r = 1; r <= roles; ++r) {
        const int person = 1 + random.below(int(people));
        const int company = pickCompany();
        const int title = random.below(10);
        const Date start = date(random);
        const Date end = random.below(3) == 0 ? Date{std::string(), "unknown"} : date(random);
        std::fprintf(out, "%s{\"id\": %ld, \"person_id\": %d, \"company_id\": %d, \"title_en\": \"%s\", \"title_zh\": \"%s\", ",
                     r > 1 ? "," : "", r, person, company, titlesEn[title], titlesZh[title]);
        writeDate(out, "start", "start_precision", start);
        std::fprintf(out, ", ");
        writeDate(out, "end", "end_precision", end);
        std::fprintf(out, ", ");
        writeCitations(evidence ? &evidence->roleGroups : nullptr,
                       personNames[size_t(person)] + " served as " + titlesEn[title] + " at " +
                           companyNames[size_t(company)] + " (role " + std::to_string(r) + ").");
        std::fprintf(out, "}\n");
    }
    std::fprintf(out, "],\n\"movements\": [\n");
    for (long m = 1; m <= movements; ++m) {
        const int person = 1 + random.below(int(people));
        const int company = pickCompany();
        const char *kind = kinds[random.below(12)];
        const bool moves = std::strcmp(kind, "left") == 0 && random.below(2) == 0;
        const int to = moves ? pickCompany() : 0;
        const Date when = date(random);
        std::fprintf(out, "%s{\"id\": %ld, \"person_id\": %d, \"kind\": \"%s\", \"company_id\": %d, \"to_company_id\": ",
                     m > 1 ? "," : "", m, person, kind, company);
        if (to)
            std::fprintf(out, "%d, ", to);
        else
            std::fprintf(out, "null, ");
        writeDate(out, "date", "precision", when);
        std::fprintf(out, ", ");
        movementCitations += writeCitations(evidence ? &evidence->movementGroups : nullptr,
                                            personNames[size_t(person)] + " " + kind + " " + companyNames[size_t(company)] +
                                                " (move " + std::to_string(m) + ").");
        std::fprintf(out, "}\n");
    }
    std::fprintf(out, "],\n\"sources\": [\n");
    for (long s = 1; s <= sources; ++s) {
        if (evidence) {
            std::fprintf(out, "%s%s\n", s > 1 ? "," : "", evidence->sources[size_t(s - 1)].c_str());
            continue;
        }
        const Date published = date(random);
        std::fprintf(out, "%s{\"id\": %ld, \"file\": \"synthetic_%05ld.txt\", \"title\": \"Synthetic article %ld\", "
                          "\"language\": \"en\", ",
                     s > 1 ? "," : "", s, s, s);
        writeDate(out, "published", "published_precision", published);
        std::fprintf(out, ", \"body\": \"%s\"}\n", articles[size_t(s - 1)].body.c_str());
    }
    std::fprintf(out, "]}\n");
    if (std::fclose(out) != 0) {
        std::perror(argv[1]);
        return 1;
    }
    // The benchmark reads this line back.
    std::printf("%ld people, %ld roles, %ld movements, %ld sources, %ld citations (%ld of movements)\n", people, roles,
                movements, sources, citations, movementCitations);
    return 0;
}
