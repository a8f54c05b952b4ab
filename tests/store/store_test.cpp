// The store suite: the same tests on SQLite and PostgreSQL (tests/store/store_backend.h).
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <random>
#include <set>
#include <sstream>
#include <thread>

#include "app/audit_log.h"
#include "support/text_normalizer.h"
#include "domain/search_text.h"
#include "store/audit_store.h"
#include "store/bulk_load.h"
#include "store/event_store.h"
#include "store/org_store.h"
#include "store/user_store.h"
#include "store_backend.h"

namespace socorg {
namespace {

using testing::Backends;
using testing::PgUrl;
using testing::TempDatabase;

OrgRecord MakeOrg(const std::string& name, const std::string& region = "150102", const std::string& status = "active",
                  std::optional<std::string> uscc = std::nullopt) {
  OrgRecord r;
  r.name = name;
  r.name_norm = NormalizeText(name);
  r.type = OrgType::kSocialGroup;
  r.level = OrgLevel::kCounty;
  r.status = *ParseOrgStatus(status);
  r.region_code = region;
  r.uscc = std::move(uscc);
  r.created_at = r.updated_at = "2024-01-01T00:00:00Z";
  return r;
}

class StoreTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override { t_ = std::make_unique<TempDatabase>(GetParam(), 4); }
  Database& db() { return t_->db(); }
  std::unique_ptr<TempDatabase> t_;
};

TEST_P(StoreTest, MigrationsAreIdempotent) {
  auto c = db().Acquire();
  auto again = Migrate(*c);
  ASSERT_TRUE(again) << again.error().message_en;
  EXPECT_EQ(*again, 0);
  auto rows = c->Query("SELECT count(*) FROM schema_migrations");
  ASSERT_TRUE(rows);
  EXPECT_GE(rows->at(0).Int(0), 1);
}

TEST_P(StoreTest, InsertGetUpdateWithVersionCheck) {
  auto c = db().Acquire();
  OrgRecord r = MakeOrg("锡林浩特市社会工作协会", "152502", "active", "51152502MJ0000001X");
  auto id = org_store::Insert(*c, r);
  ASSERT_TRUE(id) << id.error().message_en;
  auto got = org_store::GetById(*c, *id);
  ASSERT_TRUE(got && *got);
  EXPECT_EQ((*got)->name, r.name);
  EXPECT_EQ((*got)->version, 1);
  EXPECT_EQ((*got)->charity, false);
  EXPECT_FALSE((*got)->registered_on.has_value());
  auto by_code = org_store::GetByUscc(*c, "51152502MJ0000001X");
  ASSERT_TRUE(by_code && *by_code);
  EXPECT_EQ((*by_code)->id, *id);

  OrgRecord changed = **got;
  changed.legal_rep = "张三";
  changed.funds = 30000;
  changed.charity = true;
  ASSERT_TRUE(org_store::Update(*c, changed, 1));
  auto stale = org_store::Update(*c, changed, 1);
  ASSERT_FALSE(stale);
  EXPECT_EQ(stale.error().kind, ErrorKind::kConflict);
  EXPECT_EQ(stale.error().code, "stale_version");
  auto after = org_store::GetById(*c, *id);
  EXPECT_EQ((*after)->version, 2);
  EXPECT_EQ((*after)->legal_rep, "张三");
  EXPECT_EQ((*after)->funds, 30000);
  EXPECT_TRUE((*after)->charity);
}

TEST_P(StoreTest, DuplicateKeyIsConflict) {
  auto c = db().Acquire();
  ASSERT_TRUE(org_store::Insert(*c, MakeOrg("甲协会", "150102", "active", "51150102MJ000001XA")));
  auto dup = org_store::Insert(*c, MakeOrg("乙协会", "150102", "active", "51150102MJ000001XA"));
  ASSERT_FALSE(dup);
  EXPECT_EQ(dup.error().kind, ErrorKind::kConflict);
}

TEST_P(StoreTest, TransactionRollsBackUnlessCommitted) {
  auto c = db().Acquire();
  {
    auto tx = Transaction::Start(*c);
    ASSERT_TRUE(tx);
    ASSERT_TRUE(org_store::Insert(*c, MakeOrg("回滚测试协会")));
  }
  auto n = c->Query("SELECT count(*) FROM orgs");
  EXPECT_EQ(n->at(0).Int(0), 0);
  {
    auto tx = Transaction::Start(*c);
    ASSERT_TRUE(org_store::Insert(*c, MakeOrg("提交测试协会")));
    ASSERT_TRUE(tx->Commit());
  }
  n = c->Query("SELECT count(*) FROM orgs");
  EXPECT_EQ(n->at(0).Int(0), 1);
}

// A read transaction sees one state of the database for all its statements, on both backends: a commit by
// another connection in between is not seen until the next transaction (PostgreSQL: REPEATABLE READ).
TEST_P(StoreTest, AReadTransactionIsOneSnapshot) {
  auto reader = db().Acquire();
  auto writer = db().Acquire();
  ASSERT_TRUE(org_store::Insert(*writer, MakeOrg("快照前协会")));
  auto count = [&]() { return reader->Query("SELECT count(*) FROM orgs")->at(0).Int(0); };
  {
    auto tx = Transaction::Start(*reader, /*write=*/false);
    ASSERT_TRUE(tx);
    EXPECT_EQ(count(), 1);
    auto w = Transaction::Start(*writer);
    ASSERT_TRUE(w);
    ASSERT_TRUE(org_store::Insert(*writer, MakeOrg("快照后协会")));
    ASSERT_TRUE(w->Commit());
    EXPECT_EQ(count(), 1) << "the second statement of the read saw a later commit";
    auto n = reader->Query("SELECT count(*) FROM orgs WHERE name = '快照后协会'");
    EXPECT_EQ(n->at(0).Int(0), 0);
  }
  EXPECT_EQ(count(), 2);
}

// The connection after every way a read transaction can end (PostgreSQL defers its BEGIN to the first
// statement and does not wait for its COMMIT): empty, failed on its first statement, committed — and the
// next write on the same connection, and a read that is rolled back.
TEST_P(StoreTest, AConnectionIsUsableAfterEveryKindOfReadTransaction) {
  auto c = db().Acquire();
  {
    auto tx = Transaction::Start(*c, false);
    ASSERT_TRUE(tx);
    EXPECT_TRUE(tx->Commit());  // nothing read
  }
  {
    auto tx = Transaction::Start(*c, false);
    ASSERT_TRUE(tx);
    EXPECT_FALSE(c->Query("SELECT no_such_column FROM orgs"));  // the first statement fails
  }  // rolled back
  for (int i = 0; i < 3; ++i) {
    auto tx = Transaction::Start(*c, false);
    ASSERT_TRUE(tx);
    auto n = c->Query("SELECT count(*) FROM orgs WHERE region_code = $1", {std::string("150102")});
    ASSERT_TRUE(n) << n.error().message_en;
    EXPECT_EQ(n->at(0).Int(0), i);
    EXPECT_TRUE(tx->Commit());
    auto w = Transaction::Start(*c);  // a write right after, on the same connection
    ASSERT_TRUE(w) << w.error().message_en;
    ASSERT_TRUE(org_store::Insert(*c, MakeOrg("读后写协会" + std::to_string(i))));
    ASSERT_TRUE(w->Commit());
  }
  {
    auto tx = Transaction::Start(*c, false);
    ASSERT_TRUE(c->Query("SELECT 1"));
  }  // a read rolled back by the destructor
  EXPECT_TRUE(c->Alive());
  EXPECT_EQ(c->Query("SELECT count(*) FROM orgs")->at(0).Int(0), 3);
}

TEST_P(StoreTest, NameTakenIgnoresEndedOrganizations) {
  auto c = db().Acquire();
  auto a = org_store::Insert(*c, MakeOrg("呼和浩特市慈善协会", "150100", "deregistered"));
  ASSERT_TRUE(a);
  OrgRecord probe = MakeOrg("呼和浩特市慈善协会", "150100");
  EXPECT_FALSE(*org_store::NameTaken(*c, probe.name_norm, "150100", OrgId{}));
  auto b = org_store::Insert(*c, MakeOrg("呼和浩特市慈善协会", "150100", "active"));
  EXPECT_TRUE(*org_store::NameTaken(*c, probe.name_norm, "150100", OrgId{}));
  EXPECT_FALSE(*org_store::NameTaken(*c, probe.name_norm, "150100", *b));
  EXPECT_FALSE(*org_store::NameTaken(*c, probe.name_norm, "150200", OrgId{}));
}

TEST_P(StoreTest, CountersAreUniqueUnderConcurrency) {
  std::vector<std::thread> threads;
  std::mutex mu;
  std::set<std::int64_t> seen;
  int failures = 0;
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&] {
      for (int i = 0; i < 25; ++i) {
        auto c = db().Acquire();
        auto tx = Transaction::Start(*c);
        auto v = org_store::NextSerial(*c, "uscc");
        bool ok = tx && v && tx->Commit();
        std::lock_guard lock(mu);
        if (ok) seen.insert(*v); else ++failures;
      }
    });
  for (auto& t : threads) t.join();
  EXPECT_EQ(failures, 0);
  EXPECT_EQ(seen.size(), 100u);
  EXPECT_EQ(*seen.rbegin(), 100);
}

TEST_P(StoreTest, EventsPersonsFindingsRoundTrip) {
  auto c = db().Acquire();
  auto id = org_store::Insert(*c, MakeOrg("二连浩特市志愿者协会", "152501"));
  ASSERT_TRUE(id);
  for (const char* a : {"apply", "consent", "accept", "approve"})
    ASSERT_TRUE(event_store::Append(*c, EventRecord{0, *id, a, "2024-03-01", "2024-03-01T08:00:00Z", "xlgl", "",
                                                    R"({"status":["a","b"]})"}));
  auto events = event_store::ListForOrg(*c, *id);
  ASSERT_TRUE(events);
  ASSERT_EQ(events->size(), 4u);
  EXPECT_EQ(events->front().action, "apply");
  EXPECT_EQ(events->back().action, "approve");
  EXPECT_EQ(events->back().changes, R"({"status":["a","b"]})");
  ASSERT_TRUE(event_store::InsertPerson(*c, PersonRecord{0, *id, "李四", "110101199003070011", PersonRole::kLegalRep, "", "",
                                                         "2024-03-01", std::nullopt, 1, true, "now"}));
  auto persons = event_store::PersonsOf(*c, *id);
  ASSERT_EQ(persons->size(), 1u);
  EXPECT_FALSE(persons->front().term_end.has_value());
  EXPECT_TRUE(persons->front().active);
  auto other = org_store::Insert(*c, MakeOrg("另一个协会", "152501"));
  auto elsewhere = event_store::PositionsElsewhere(*c, "110101199003070011", *other);
  ASSERT_EQ(elsewhere->size(), 1u);
  EXPECT_EQ(elsewhere->front().role, PersonRole::kLegalRep);
}

TEST_P(StoreTest, AuditChainAppendsAndVerifies) {
  Clock clock;
  {
    auto c = db().Acquire();
    for (int i = 0; i < 20; ++i) {
      auto tx = Transaction::Start(*c);
      ASSERT_TRUE(AppendSystemAudit(*c, clock, "test", "t.write", "org:" + std::to_string(i), "{}"));
      ASSERT_TRUE(tx->Commit());
    }
  }
  // Concurrent appenders keep one unbroken chain.
  std::vector<std::thread> threads;
  for (int t = 0; t < 3; ++t)
    threads.emplace_back([&] {
      for (int i = 0; i < 20; ++i) {
        auto c = db().Acquire();
        auto tx = Transaction::Start(*c);
        if (tx && AppendSystemAudit(*c, clock, "test", "t.concurrent", "x", "{}")) (void)tx->Commit();
      }
    });
  for (auto& t : threads) t.join();
  auto c = db().Acquire();
  auto v = VerifyAudit(*c);
  ASSERT_TRUE(v);
  EXPECT_TRUE(v->ok) << v->problem;
  EXPECT_EQ(v->records, 80);
  // The log is append-only at the database level.
  auto upd = c->Exec("UPDATE audit_log SET detail = 'x' WHERE id = 3");
  EXPECT_FALSE(upd);
  auto del = c->Exec("DELETE FROM audit_log WHERE id = 3");
  EXPECT_FALSE(del);
}

TEST_P(StoreTest, SearchFiltersPagesAndCounts) {
  auto c = db().Acquire();
  int n = 0;
  for (const char* region : {"150102", "150103", "152502"})
    for (const char* status : {"active", "revoked", "application"})
      for (int i = 0; i < 3; ++i) {
        std::string name = std::string("测试") + region + status + std::to_string(i) + "社会工作协会";
        ASSERT_TRUE(org_store::Insert(*c, MakeOrg(name, region, status, "5115" + std::to_string(100000 + n++) + "MJ00001")));
      }
  OrgFilter f;
  f.match = BigramMatchQuery(NormalizeText("社工"));
  f.name_like = NormalizeText("社工");
  auto none = org_store::Search(*c, f);
  EXPECT_EQ(none->total, 0);
  f.match = BigramMatchQuery(NormalizeText("社会工作"));
  f.name_like = NormalizeText("社会工作");
  f.region_prefix = "1501";
  f.statuses = {OrgStatus::kActive, OrgStatus::kRevoked};
  f.limit = 5;
  auto page1 = org_store::Search(*c, f);
  ASSERT_TRUE(page1) << page1.error().message_en;
  EXPECT_EQ(page1->total, 12);
  ASSERT_EQ(page1->items.size(), 5u);
  f.offset = 10;
  auto page3 = org_store::Search(*c, f);
  EXPECT_EQ(page3->items.size(), 2u);
  EXPECT_GT(page1->items.front().id.value, page3->items.back().id.value);  // newest first
}

// A first import's name index, built on another thread into a scratch file and copied in (the import's
// path when the register's index is empty): the copy finds what indexing each name would, and the
// connection that copied it goes on indexing on top of it (FTS5 must not keep the empty index it read
// before the copy: a name indexed afterwards would replace the whole index).
TEST_P(StoreTest, NameIndexBuiltBesideTheRegisterIsTheIndex) {
  auto c = db().Acquire();
  OrgFilter probe;
  probe.match = BigramMatchQuery(NormalizeText("社会工作"));
  probe.name_like = NormalizeText("社会工作");
  ASSERT_EQ(org_store::Search(*c, probe)->total, 0);  // this connection has read the empty index
  auto build = NameIndexBuild::Start(*c);
  ASSERT_TRUE(build) << build.error().message_en;
  if (c->dialect() != Dialect::kSqlite) {
    EXPECT_EQ(*build, nullptr);  // PostgreSQL indexes names in the rows themselves
    return;
  }
  ASSERT_NE(*build, nullptr);
  std::vector<std::string> names;
  for (int i = 0; i < 300; ++i)
    names.push_back(std::string(i % 2 ? "包头市" : "鄂尔多斯市") + std::to_string(i) + (i % 3 ? "社會工作協會" : "慈善总会"));
  {
    auto tx = Transaction::Start(*c, /*write=*/false);
    ASSERT_TRUE((*build)->LockRegister());
    auto first = org_store::NextId(*c);
    ASSERT_TRUE(first);
    std::thread other([&] {
      for (size_t i = 0; i < names.size(); ++i) ASSERT_TRUE((*build)->Add(*first + static_cast<std::int64_t>(i), NormalizeText(names[i])));
      ASSERT_TRUE((*build)->Finish());
    });
    for (const auto& n : names) {
      auto id = org_store::InsertRow(*c, MakeOrg(n));
      ASSERT_TRUE(id);
    }
    other.join();
    ASSERT_TRUE((*build)->CopyInto(*c));
    ASSERT_TRUE(tx->Commit());
  }
  build->reset();  // detaches and deletes the scratch file
  auto found = org_store::Search(*c, probe);
  ASSERT_TRUE(found) << found.error().message_en;
  EXPECT_EQ(found->total, 200);
  OrgFilter charity;
  charity.match = BigramMatchQuery(NormalizeText("慈善"));
  charity.name_like = NormalizeText("慈善");
  EXPECT_EQ(org_store::Search(*c, charity)->total, 100);
  // Indexing goes on from the copied index, on this connection and on another one.
  ASSERT_TRUE(org_store::Insert(*c, MakeOrg("呼伦贝尔市社会工作协会")));
  EXPECT_EQ(org_store::Search(*c, probe)->total, 201);
  auto other = db().Acquire();
  EXPECT_EQ(org_store::Search(*other, probe)->total, 201);
  ASSERT_TRUE(org_store::Insert(*other, MakeOrg("满洲里市社会工作协会")));
  EXPECT_EQ(org_store::Search(*c, probe)->total, 202);
  auto check = c->ExecScript("INSERT INTO org_search(org_search) VALUES ('integrity-check')");
  EXPECT_TRUE(check) << check.error().message_en;
  // Once the index has names, an import indexes them itself.
  auto again = NameIndexBuild::Start(*c);
  ASSERT_TRUE(again);
  EXPECT_EQ(*again, nullptr);
}

INSTANTIATE_TEST_SUITE_P(Backends, StoreTest, ::testing::ValuesIn(Backends()),
                         [](const auto& info) { return info.param; });

// ---------------------------------------------------------------------------------------------------
// Chinese name search gives identical results on SQLite (FTS5 phrase over bigrams) and PostgreSQL
// (bigram array for 2 characters, pg_trgm for ≥ 3, rechecked), and both equal a plain substring test.

std::vector<std::string> SearchCorpus() {
  static const std::vector<std::string> places = {"呼和浩特市", "包头市", "锡林浩特市", "鄂尔多斯市", "北京市", "海淀区", "內蒙古", ""};
  static const std::vector<std::string> subjects = {"社会工作", "慈善", "志愿者", "老年", "青少年", "书法", "足球", "AI",
                                                    "物流", "养老服务", "社工", "民族团结", "乡村振兴", "IT", "5G"};
  static const std::vector<std::string> kinds = {"协会", "促进会", "服务中心", "基金会", "联合会", "研究会", "商会", "（筹）协会"};
  std::vector<std::string> names;
  std::mt19937 rng(42);
  for (int i = 0; i < 400; ++i) {
    std::string n = places[rng() % places.size()] + subjects[rng() % subjects.size()];
    if (rng() % 4 == 0) n += subjects[rng() % subjects.size()];
    n += kinds[rng() % kinds.size()];
    names.push_back(n);
  }
  // Punctuation, traditional characters, full-width letters, mixed case, repeated characters.
  for (const char* n : {"北京市·海淀区社工服务中心", "內蒙古慈善總會", "ＡＢＣ科技协会", "Abc 科技 促进会", "会会会协会",
                        "社会-工作（呼市）协会", "老年人体育协会2024", "中国社会组织促进会", "社社工工协会"})
    names.push_back(n);
  return names;
}

std::vector<std::string> SearchQueries(const std::vector<std::string>& names) {
  std::set<std::string> qs = {"社工", "慈善", "社会工作", "社會工作", "会", "协", "市", "ai", "AI", "5g", "abc", "ＡＢＣ",
                              "科技协会", "·海淀", "海淀区社工", "会会", "会会会", "社社", "工工", "2024", "4", "无此名称",
                              "内蒙古", "內蒙古", "总会", "(呼市)", "呼市", "社 工", "中国社会组织促进会", "老年人体育协会2024x",
                              // several words: each must occur (issue #13 item 10)
                              "海淀 协会", "协会 海淀", "社工 2024", "内蒙古　协会", "會 社", "无此 协会", "a 会 协"};
  std::mt19937 rng(7);
  for (int i = 0; i < 120; ++i) {
    std::u32string cs = SearchCharacters(NormalizeText(names[rng() % names.size()]));
    if (cs.empty()) continue;
    size_t len = 1 + rng() % std::min<size_t>(6, cs.size());
    size_t start = rng() % (cs.size() - len + 1);
    qs.insert(EncodeUtf8(cs.substr(start, len)));
  }
  return {qs.begin(), qs.end()};
}

std::vector<std::int64_t> RunSearch(Connection& c, const std::string& q, const std::string& status, int limit,
                                    int offset, std::int64_t* total) {
  std::string norm = NormalizeText(q);
  OrgFilter f;
  f.match = BigramMatchQuery(norm);
  f.name_like = norm;
  if (!status.empty()) f.statuses = {*ParseOrgStatus(status)};
  f.limit = limit;
  f.offset = offset;
  if (f.match.empty()) return {};
  auto r = org_store::Search(c, f);
  EXPECT_TRUE(r) << q << ": " << r.error().message_en;
  if (!r) return {};
  *total = r->total;
  std::vector<std::int64_t> ids;
  for (auto& s : r->items) ids.push_back(s.id.value);
  return ids;
}

TEST(StoreSearchEquivalence, SameResultsOnEveryBackendAsSubstringTest) {
  std::vector<std::string> names = SearchCorpus();
  std::vector<std::string> queries = SearchQueries(names);
  std::vector<std::unique_ptr<TempDatabase>> dbs;
  for (auto& b : Backends()) dbs.push_back(std::make_unique<TempDatabase>(b, 1));
  for (auto& t : dbs) {
    auto c = t->db().Acquire();
    auto tx = Transaction::Start(*c);
    for (size_t i = 0; i < names.size(); ++i)
      ASSERT_TRUE(org_store::Insert(*c, MakeOrg(names[i], "150102", i % 3 ? "active" : "revoked")));
    // Renames keep the index in step (a changed name is found by its new name only).
    auto old_norm = NormalizeText(names[0]);
    auto org = org_store::GetById(*c, OrgId{1});
    OrgRecord renamed = **org;
    renamed.name = "改名后的社工协会";
    renamed.name_norm = NormalizeText(renamed.name);
    ASSERT_TRUE(org_store::Update(*c, renamed, 1));
    ASSERT_TRUE(org_store::IndexName(*c, OrgId{1}, old_norm, renamed.name_norm));
    ASSERT_TRUE(tx->Commit());
  }
  names[0] = "改名后的社工协会";
  int checked = 0;
  // PostgreSQL chooses the page plan of a 2-character query from the bigram's count and the register's
  // size (the largest id before ANALYZE, the planner's estimate after): the walk in id order for common
  // bigrams and small pages, the GIN index otherwise. Both passes run both plans; the second, after
  // ANALYZE, also the planner's own choices with statistics.
  for (int pass = 0; pass < 2; ++pass) {
  if (pass == 1) {
    if (!PgUrl()) break;
    auto c = dbs.back()->db().Acquire();
    ASSERT_TRUE(c->ExecScript("ANALYZE orgs"));
  }
  for (const std::string& q : queries) {
    // Expected: every name whose search characters contain each word's, newest first.
    std::vector<std::u32string> words;
    std::stringstream split(NormalizeText(q));
    for (std::string w; split >> w;)
      if (auto wc = SearchCharacters(w); !wc.empty()) words.push_back(wc);
    if (words.empty()) continue;
    std::vector<std::int64_t> expected;
    for (size_t i = names.size(); i-- > 0;) {
      std::u32string name = SearchCharacters(NormalizeText(names[i]));
      if (std::all_of(words.begin(), words.end(), [&](auto& w) { return name.find(w) != std::u32string::npos; }))
        expected.push_back(static_cast<std::int64_t>(i + 1));
    }
    for (auto& t : dbs) {
      auto c = t->db().Acquire();
      std::int64_t total = -1;
      auto all = RunSearch(*c, q, "", 10000, 0, &total);
      EXPECT_EQ(all, expected) << t->backend() << " q=" << q;
      EXPECT_EQ(total, static_cast<std::int64_t>(expected.size())) << t->backend() << " q=" << q;
    }
    // Page 2 of active organizations is the same on every backend.
    std::vector<std::vector<std::int64_t>> pages;
    std::vector<std::int64_t> totals;
    for (auto& t : dbs) {
      auto c = t->db().Acquire();
      std::int64_t total = -1;
      pages.push_back(RunSearch(*c, q, "active", 7, 7, &total));
      totals.push_back(total);
    }
    // The status-filtered total is exact: every third organization (index 0, 3, …) is revoked.
    std::int64_t active = std::count_if(expected.begin(), expected.end(), [](std::int64_t id) { return (id - 1) % 3 != 0; });
    EXPECT_EQ(totals[0], active) << dbs[0]->backend() << " active total, q=" << q;
    for (size_t i = 1; i < pages.size(); ++i) {
      EXPECT_EQ(pages[i], pages[0]) << dbs[i]->backend() << " vs sqlite, q=" << q;
      EXPECT_EQ(totals[i], totals[0]) << dbs[i]->backend() << " vs sqlite, q=" << q;
    }
    ++checked;
  }
  }
  EXPECT_GT(checked, 100);
  if (!PgUrl()) GTEST_LOG_(INFO) << "SOCORG_TEST_PG not set: compared SQLite with the substring test only";
}

// ---------------------------------------------------------------------------------------------------
// PostgreSQL partitioning (migration 002): rows land in their year's partition and date-bounded queries
// read only the partitions of the period. PostgreSQL only (SQLite has no partitions).

std::vector<std::string> PostgresOnly() {
  if (PgUrl()) return {"postgres"};
  return {};
}

class StorePgPartitioning : public StoreTest {};
GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST(StorePgPartitioning);

std::string Plan(Connection& c, const std::string& sql, const Params& params) {
  auto rows = c.Query("EXPLAIN (COSTS OFF) " + sql, params);
  EXPECT_TRUE(rows) << rows.error().message_en;
  std::string out;
  if (rows)
    for (auto& r : *rows) out += r.Text(0) + "\n";
  return out;
}

TEST_P(StorePgPartitioning, RowsLandInTheirYear) {
  auto c = db().Acquire();
  auto id = org_store::Insert(*c, MakeOrg("分区测试协会"));
  ASSERT_TRUE(id);
  for (const char* d : {"2010-05-01", "2016-02-29", "2024-12-31", "2040-01-01"})
    ASSERT_TRUE(event_store::Append(*c, EventRecord{0, *id, "change", d, "2024-01-01T00:00:00Z", "t", "", "{}"}));
  auto rows = c->Query("SELECT tableoid::regclass::text FROM events ORDER BY occurred_on");
  ASSERT_TRUE(rows);
  ASSERT_EQ(rows->size(), 4u);
  EXPECT_EQ(rows->at(0).Text(0), "events_before_2015");
  EXPECT_EQ(rows->at(1).Text(0), "events_2016");
  EXPECT_EQ(rows->at(2).Text(0), "events_2024");
  EXPECT_EQ(rows->at(3).Text(0), "events_default");
  auto listed = event_store::ListForOrg(*c, *id);
  ASSERT_EQ(listed->size(), 4u);
  EXPECT_LT(listed->front().id, listed->back().id);  // id order across partitions

  Clock clock;
  auto tx = Transaction::Start(*c);
  ASSERT_TRUE(AppendSystemAudit(*c, clock, "t", "t.write", "x", "{}"));
  ASSERT_TRUE(tx->Commit());
  auto audit = c->Query("SELECT tableoid::regclass::text, at FROM audit_log");
  ASSERT_EQ(audit->size(), 1u);
  EXPECT_EQ(audit->at(0).Text(0), "audit_log_" + audit->at(0).Text(1).substr(0, 4));
}

TEST_P(StorePgPartitioning, DateBoundedQueriesPrune) {
  auto c = db().Acquire();
  // A date-bounded events query (events by month for a region subtree, as reports use) for one year.
  std::string sql =
      "SELECT e.action, substr(e.occurred_on, 1, 7), count(*) FROM events e JOIN orgs o ON o.id = e.org_id "
      "WHERE o.region_code >= $1 AND o.region_code < $2 AND e.occurred_on >= $3 AND e.occurred_on <= $4 "
      "GROUP BY e.action, substr(e.occurred_on, 1, 7)";
  std::string plan = Plan(*c, sql, {"15", "16", "2024-01-01", "2024-12-31"});
  EXPECT_NE(plan.find("events_2024"), std::string::npos) << plan;
  for (const char* other : {"events_2023", "events_2025", "events_default", "events_before_2015"})
    EXPECT_EQ(plan.find(other), std::string::npos) << other << " scanned:\n" << plan;
  // Two years: exactly those two.
  plan = Plan(*c, sql, {"15", "16", "2022-06-01", "2023-05-31"});
  EXPECT_NE(plan.find("events_2022"), std::string::npos) << plan;
  EXPECT_NE(plan.find("events_2023"), std::string::npos) << plan;
  EXPECT_EQ(plan.find("events_2024"), std::string::npos) << plan;
  // The audit log by time.
  plan = Plan(*c, "SELECT count(*) FROM audit_log WHERE at >= $1 AND at < $2", {"2025-03-01", "2025-04-01"});
  EXPECT_NE(plan.find("audit_log_2025"), std::string::npos) << plan;
  EXPECT_EQ(plan.find("audit_log_2024"), std::string::npos) << plan;
}

// The statements the server sends are prepared (PostgresConnection); after a few executions PostgreSQL may
// plan them once for any parameters (a generic plan), whose partitions are then pruned when the executor
// starts. A region-scoped, date-bounded statement as the server sends it: forced onto its generic plan,
// it still reads the period's partitions only ("Subplans Removed"; the partition key is the date,
// docs/operations.md, so the region narrows the rows of orgs, not the partitions of events).
TEST_P(StorePgPartitioning, RegionScopedPreparedQueriesPrune) {
  auto c = db().Acquire();
  auto id = org_store::Insert(*c, MakeOrg("剪枝测试协会", "150102"));
  ASSERT_TRUE(id);
  for (const char* d : {"2016-03-01", "2023-03-01", "2024-03-01", "2025-03-01"})
    ASSERT_TRUE(event_store::Append(*c, EventRecord{0, *id, "change", d, "2024-01-01T00:00:00Z", "t", "", "{}"}));
  ASSERT_TRUE(c->ExecScript(
      "SET plan_cache_mode = force_generic_plan; PREPARE region_year (text, text, text, text) AS "
      "SELECT e.action, count(*) FROM events e JOIN orgs o ON o.id = e.org_id WHERE o.region_code >= $1 AND "
      "o.region_code < $2 AND e.occurred_on >= $3 AND e.occurred_on <= $4 GROUP BY e.action"));
  auto rows = c->Query("EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) EXECUTE region_year "
                       "('15', '16', '2024-01-01', '2024-12-31')");
  ASSERT_TRUE(rows) << rows.error().message_en;
  std::string plan;
  for (auto& r : *rows) plan += r.Text(0) + "\n";
  // All 23 partitions are in the generic plan; the executor removes all but events_2024.
  EXPECT_NE(plan.find("Subplans Removed: 22"), std::string::npos) << plan;
  EXPECT_NE(plan.find("events_2024"), std::string::npos) << plan;
  // The one row of 2024 in the region, counted through the pruned plan.
  auto n = c->Query("EXECUTE region_year ('15', '16', '2024-01-01', '2024-12-31')");
  ASSERT_TRUE(n);
  ASSERT_EQ(n->size(), 1u);
  EXPECT_EQ(n->at(0).Int(1), 1);
  auto other = c->Query("EXECUTE region_year ('44', '45', '2024-01-01', '2024-12-31')");
  ASSERT_TRUE(other);
  EXPECT_TRUE(other->empty());
  ASSERT_TRUE(c->ExecScript("DEALLOCATE region_year; RESET plan_cache_mode"));
}

// The per-bigram counts behind PostgreSQL's search totals (migration 010) stay equal to a recount through
// inserts, renames (also to a name sharing bigrams, and with repeated bigrams) and a bulk COPY load.
std::string BigramCountDiff(Connection& c) {
  auto rows = c.Query(
      "WITH real AS (SELECT g AS bigram, count(*) AS n FROM (SELECT DISTINCT id, g FROM orgs, unnest(name_bigrams) g) x "
      "WHERE length(g) = 2 GROUP BY g) "
      "SELECT coalesce(r.bigram, k.bigram) || ':' || coalesce(r.n, 0) || '/' || coalesce(k.n, 0) FROM real r "
      "FULL JOIN name_bigram_counts k ON k.bigram = r.bigram WHERE coalesce(r.n, 0) <> coalesce(k.n, 0)");
  EXPECT_TRUE(rows) << rows.error().message_en;
  std::string out;
  if (rows)
    for (auto& r : *rows) out += r.Text(0) + " ";
  return out;
}

TEST_P(StorePgPartitioning, BigramCountsFollowEveryWrite) {
  auto c = db().Acquire();
  std::vector<OrgId> ids;
  for (const char* n : {"社工协会", "社会工作协会", "会会会协会", "慈善总会", "社社工工"}) {
    auto id = org_store::Insert(*c, MakeOrg(n));
    ASSERT_TRUE(id);
    ids.push_back(*id);
  }
  EXPECT_EQ(BigramCountDiff(*c), "");
  auto rename = [&](OrgId id, const std::string& to) {
    auto org = org_store::GetById(*c, id);
    ASSERT_TRUE(org && *org);
    OrgRecord r = **org;
    std::string old_norm = r.name_norm;
    r.name = to;
    r.name_norm = NormalizeText(to);
    ASSERT_TRUE(org_store::Update(*c, r, r.version));
    ASSERT_TRUE(org_store::IndexName(*c, id, old_norm, r.name_norm));
  };
  rename(ids[0], "社工服务中心");
  rename(ids[2], "协会会会");
  rename(ids[4], "社工社工社工");
  EXPECT_EQ(BigramCountDiff(*c), "");
  auto counted = c->Query("SELECT n FROM name_bigram_counts WHERE bigram = '社工'");
  ASSERT_TRUE(counted && counted->size() == 1);
  EXPECT_EQ(counted->at(0).Int(0), 2);  // 社工服务中心, 社工社工社工 (社社工工 is gone)

  // A bulk load through COPY in one transaction: rows, events and counts; codes already there are found.
  auto tx = Transaction::Start(*c);
  ASSERT_TRUE(tx);
  auto copy = OrgCopyLoad::Start(*c);
  ASSERT_TRUE(copy);
  for (int i = 0; i < 300; ++i) {
    OrgRecord r = MakeOrg("批量\t导入" + std::to_string(i % 7) + "号社工协会", "150102", "active",
                          "5115010250000" + std::to_string(10000 + i));
    r.registered_on = "2024-05-0" + std::to_string(1 + i % 9);
    r.address = i % 2 ? "第一行\n第二行\\" : "";
    copy->Add(std::move(r), EventRecord{0, OrgId{0}, "import", "2024-05-01", "2024-05-01T00:00:00Z", "t", "", "{}"});
    if (i == 149) ASSERT_TRUE(copy->Flush());
  }
  auto n = copy->Flush();
  ASSERT_TRUE(n) << n.error().message_en;
  EXPECT_EQ(*n, 150u);
  ASSERT_TRUE(copy->Finish());
  auto taken = copy->Registered({"511501025000010005", "511501025000099999"});
  ASSERT_TRUE(taken);
  EXPECT_EQ(*taken, std::vector<std::string>{"511501025000010005"});
  ASSERT_TRUE(tx->Commit());
  EXPECT_EQ(BigramCountDiff(*c), "");
  auto got = org_store::GetByUscc(*c, "511501025000010001");
  ASSERT_TRUE(got && *got);
  EXPECT_EQ((*got)->address, "第一行\n第二行\\");
  EXPECT_EQ((*got)->name, "批量\t导入1号社工协会");
  auto events = event_store::ListForOrg(*c, (*got)->id);
  ASSERT_TRUE(events);
  ASSERT_EQ(events->size(), 1u);
  EXPECT_EQ(events->at(0).action, "import");
  std::int64_t total = -1;
  auto found = RunSearch(*c, "导入", "active", 20, 0, &total);
  EXPECT_EQ(total, 300);
  EXPECT_EQ(found.size(), 20u);
  EXPECT_EQ(found.front(), (*org_store::GetByUscc(*c, "511501025000010299"))->id.value);  // newest first
}

// An import drops the secondary indexes and re-creates them (store/bulk_load.h): afterwards every index,
// those of every partition of events included, is there again and valid.
TEST_P(StorePgPartitioning, DeferredIndexesComeBackOnEveryPartition) {
  auto c = db().Acquire();
  const char* kIndexes =
      "SELECT string_agg(c.relname || ':' || i.indisvalid, ' ' ORDER BY c.relname) FROM pg_index i JOIN pg_class c "
      "ON c.oid = i.indexrelid JOIN pg_class t ON t.oid = i.indrelid WHERE t.relname = 'orgs' OR t.relname LIKE 'events%'";
  auto before = c->Query(kIndexes);
  ASSERT_TRUE(before);
  auto tx = Transaction::Start(*c);
  auto d = DeferredIndexes::Drop(*c, {"orgs", "events"});
  ASSERT_TRUE(d) << d.error().message_en;
  auto during = c->Query("SELECT count(*) FROM pg_indexes WHERE indexname IN ('events_org', 'orgs_name_trgm')");
  EXPECT_EQ(during->at(0).Int(0), 0);
  ASSERT_TRUE(d->Rebuild());
  ASSERT_TRUE(tx->Commit());
  auto after = c->Query(kIndexes);
  ASSERT_TRUE(after);
  EXPECT_EQ(after->at(0).Text(0), before->at(0).Text(0));
  EXPECT_EQ(after->at(0).Text(0).find(":false"), std::string::npos) << after->at(0).Text(0);
  EXPECT_NE(after->at(0).Text(0).find("events_2024_org_id_id_idx:true"), std::string::npos) << after->at(0).Text(0);
}

INSTANTIATE_TEST_SUITE_P(Postgres, StorePgPartitioning, ::testing::ValuesIn(PostgresOnly()),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace socorg

namespace socorg {
namespace {

// The public search box (name + the public statuses + code issued): its total comes from the FTS5
// index minus the excluded organizations on SQLite, from the join on PostgreSQL; both must equal a
// brute-force count, with applications (no code), refusals and a code-less active row in the data.
TEST(StoreSearchEquivalence, PublicTotalsCountOnlyPublicOrganizations) {
  struct Row {
    const char* name;
    const char* status;
    bool coded;
  };
  const std::vector<Row> rows = {
      {"锡林浩特市社工协会", "active", true},      {"锡林浩特市社工服务中心", "deregistered", true},
      {"锡林浩特市社工联合会", "revoked", true},   {"锡林浩特市社工研究会", "applied", false},
      {"锡林浩特市社工促进会", "refused", false},  {"锡林浩特市社工发展中心", "under_review", false},
      {"锡林浩特市社工之家", "active", false},     {"锡林浩特市慈善总会", "active", true},
      {"锡林浩特市社会工作协会", "preparing", false}, {"锡林浩特市社工站联合会", "consented", false},
  };
  for (auto& b : Backends()) {
    TempDatabase t(b, 1);
    auto c = t.db().Acquire();
    for (size_t i = 0; i < rows.size(); ++i) {
      std::optional<std::string> code;
      if (rows[i].coded) code = "5115250250000000" + std::to_string(10 + i);
      ASSERT_TRUE(org_store::Insert(*c, MakeOrg(rows[i].name, "152502", rows[i].status, code)));
    }
    for (std::string q : {"社工", "锡林", "慈善", "社工协会", "工作"}) {
      OrgFilter f;
      std::string norm = NormalizeText(q);
      f.match = BigramMatchQuery(norm);
      f.name_like = norm;
      f.statuses = {OrgStatus::kActive, OrgStatus::kDeregistered, OrgStatus::kRevoked};
      f.issued_only = true;
      auto r = org_store::Search(*c, f);
      ASSERT_TRUE(r) << r.error().message_en;
      std::int64_t expected = 0;
      for (auto& row : rows) {
        bool pub = row.coded && (std::string(row.status) == "active" || std::string(row.status) == "deregistered" ||
                                 std::string(row.status) == "revoked");
        if (pub && std::string(row.name).find(q) != std::string::npos) ++expected;
      }
      EXPECT_EQ(r->total, expected) << b << " q=" << q;
      EXPECT_EQ(static_cast<std::int64_t>(r->items.size()), expected) << b << " q=" << q;
    }
  }
}

}  // namespace
}  // namespace socorg
