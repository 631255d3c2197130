// Writes a deterministic synthetic data set in Talentflow's JSON format 1 (plus the import-only
// "body" of each source): bilingual names, a few thousand companies, realistic spreads of dates
// and precisions, and every role and movement citing a verbatim sentence of a synthetic article.
//
//   talentflow_generate_dataset OUT.json [--people N] [--roles N] [--movements N]
//                               [--companies N] [--sources N] [--seed N]

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
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

long option(int argc, char **argv, const char *name, long fallback)
{
    for (int i = 2; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], name) == 0)
            return std::strtol(argv[i + 1], nullptr, 10);
    }
    return fallback;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 2 || argv[1][0] == '-') {
        std::fprintf(stderr, "usage: %s OUT.json [--people N] [--roles N] [--movements N] [--companies N] "
                             "[--sources N] [--seed N]\n", argv[0]);
        return 2;
    }
    const long people = option(argc, argv, "--people", 100000);
    const long roles = option(argc, argv, "--roles", 200000);
    const long movements = option(argc, argv, "--movements", 1000000);
    const long companies = option(argc, argv, "--companies", 3000);
    const long sources = option(argc, argv, "--sources", 2000);
    Random random{uint64_t(option(argc, argv, "--seed", 20261122))};

    FILE *out = std::fopen(argv[1], "w");
    if (!out) {
        std::perror(argv[1]);
        return 1;
    }
    std::vector<std::string> personNames(size_t(people) + 1);
    std::vector<std::string> companyNames(size_t(companies) + 1);
    std::vector<Article> articles(static_cast<size_t>(sources));

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
    for (long r = 1; r <= roles; ++r) {
        const int person = 1 + random.below(int(people));
        const int company = pickCompany();
        const int title = random.below(10);
        const Date start = date(random);
        const Date end = random.below(3) == 0 ? Date{std::string(), "unknown"} : date(random);
        const Citation c = cite(articles, random,
                                personNames[size_t(person)] + " served as " + titlesEn[title] + " at " +
                                    companyNames[size_t(company)] + " (role " + std::to_string(r) + ").");
        std::fprintf(out, "%s{\"id\": %ld, \"person_id\": %d, \"company_id\": %d, \"title_en\": \"%s\", \"title_zh\": \"%s\", ",
                     r > 1 ? "," : "", r, person, company, titlesEn[title], titlesZh[title]);
        writeDate(out, "start", "start_precision", start);
        std::fprintf(out, ", ");
        writeDate(out, "end", "end_precision", end);
        std::fprintf(out, ", ");
        writeCitation(out, c);
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
        const Citation c = cite(articles, random,
                                personNames[size_t(person)] + " " + kind + " " + companyNames[size_t(company)] +
                                    " (move " + std::to_string(m) + ").");
        std::fprintf(out, "%s{\"id\": %ld, \"person_id\": %d, \"kind\": \"%s\", \"company_id\": %d, \"to_company_id\": ",
                     m > 1 ? "," : "", m, person, kind, company);
        if (to)
            std::fprintf(out, "%d, ", to);
        else
            std::fprintf(out, "null, ");
        writeDate(out, "date", "precision", when);
        std::fprintf(out, ", ");
        writeCitation(out, c);
        std::fprintf(out, "}\n");
    }
    std::fprintf(out, "],\n\"sources\": [\n");
    for (long s = 1; s <= sources; ++s) {
        const Date published = date(random);
        std::fprintf(out, "%s{\"id\": %ld, \"file\": \"synthetic_%05ld.txt\", \"title\": \"Synthetic article %ld\", "
                          "\"language\": \"en\", ",
                     s > 1 ? "," : "", s, s, s);
        writeDate(out, "published", "published_precision", published);
        std::fprintf(out, ", \"body\": \"%s\"}\n", articles[size_t(s - 1)].body.c_str());
    }
    std::fprintf(out, "]}\n");
    return std::fclose(out) == 0 ? 0 : 1;
}
