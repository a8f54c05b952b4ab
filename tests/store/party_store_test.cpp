// The party tables (migration 015) on SQLite and PostgreSQL: every column of a filing round-trips, versions
// are unique per organization, a review changes only a submitted filing, joint branches and their
// organizations, decisions with their steps, and the coverage's facts (confirmed filings only) — and the
// in-memory coverage built from them.
#include <gtest/gtest.h>

#include "app/party/coverage.h"
#include "store/party/party.h"
#include "store_backend.h"

namespace socorg {
namespace {

using testing::Backends;
using testing::TempDatabase;
namespace ps = party_store;

class PartyStoreTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override { t_ = std::make_unique<TempDatabase>(GetParam(), 2); }
  std::unique_ptr<TempDatabase> t_;
};

Date D(const char* s) { return *Date::Parse(s); }

std::int64_t Org(Connection& c, const std::string& name, const std::string& region, const char* registered = "2015-01-01",
                 const char* type = "social_group") {
  auto id = c.Query(
      "INSERT INTO orgs (name, name_norm, type, level, status, region_code, registered_on, created_at, updated_at) "
      "VALUES ($1, $1, $4, 'municipal', 'active', $2, $3, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z') "
      "RETURNING id",
      {name, region, std::string(registered), std::string(type)});
  EXPECT_TRUE(id) << id.error().message_en;
  return id->at(0).Int(0);
}

ps::Filing Filing(std::int64_t org, int version, party::PartyData d, const char* review = "confirmed") {
  ps::Filing f;
  f.org_id = org, f.version = version, f.data = std::move(d), f.review = review;
  f.filed_by = "dangjian", f.filed_at = "2025-01-01T00:00:00Z";
  return f;
}

TEST_P(PartyStoreTest, AFilingRoundTripsAndVersionsAreUnique) {
  auto c = t_->db().Acquire();
  std::int64_t org = Org(*c, "锡林郭勒盟某协会", "152500");
  party::PartyData d;
  d.as_of = D("2025-03-01"), d.formal_members = 4, d.probationary_members = 2, d.transferred_in = 3;
  d.kind = party::OrgKind::kTemporary, d.org_name = "临时党支部", d.established_on = D("2024-02-01");
  d.temporary = {3, "锡林郭勒盟社会工作部", D("2024-01-15"), D("2026-12-31")};
  d.instructor = true, d.liaison = true, d.charter_clause = true, d.charter_clause_on = D("2023-05-01");
  auto id = ps::InsertFiling(*c, Filing(org, 1, d));
  ASSERT_TRUE(id) << id.error().message_en;
  auto all = ps::FilingsOf(*c, org);
  ASSERT_TRUE(all);
  ASSERT_EQ(all->size(), 1u);
  const ps::Filing& f = all->front();
  EXPECT_EQ(f.id, *id);
  EXPECT_EQ(f.data.as_of, d.as_of);
  EXPECT_EQ(f.data.formal_members, 4);
  EXPECT_EQ(f.data.probationary_members, 2);
  EXPECT_EQ(f.data.transferred_in, 3);
  EXPECT_EQ(f.data.kind, party::OrgKind::kTemporary);
  EXPECT_EQ(f.data.org_name, "临时党支部");
  EXPECT_EQ(f.data.established_on, D("2024-02-01"));
  EXPECT_EQ(f.data.temporary.council_members, 3);
  EXPECT_EQ(f.data.temporary.approved_by, "锡林郭勒盟社会工作部");
  EXPECT_EQ(f.data.temporary.approved_on, D("2024-01-15"));
  EXPECT_EQ(f.data.temporary.term_ends, D("2026-12-31"));
  EXPECT_TRUE(f.data.instructor && f.data.liaison && f.data.charter_clause);
  EXPECT_EQ(f.data.charter_clause_on, D("2023-05-01"));
  EXPECT_EQ(f.data.joint_branch_id, 0);
  EXPECT_EQ(*ps::LatestVersion(*c, org), 1);
  EXPECT_FALSE(ps::InsertFiling(*c, Filing(org, 1, d)));  // (org_id, version) is unique
}

TEST_P(PartyStoreTest, AReviewChangesOnlyASubmittedFiling) {
  auto c = t_->db().Acquire();
  std::int64_t org = Org(*c, "某基金会", "152502");
  party::PartyData d;
  d.as_of = D("2025-03-01");
  auto id = ps::InsertFiling(*c, Filing(org, 1, d, "submitted"));
  ASSERT_TRUE(id);
  EXPECT_TRUE(*ps::ReviewFiling(*c, *id, "returned", "不符", "dangjian", "2025-03-02T00:00:00Z"));
  EXPECT_FALSE(*ps::ReviewFiling(*c, *id, "confirmed", "", "dangjian", "2025-03-02T00:00:00Z"));
  auto all = ps::FilingsOf(*c, org);
  EXPECT_EQ(all->front().review, "returned");
  EXPECT_EQ(all->front().review_reason, "不符");
  EXPECT_EQ(all->front().reviewed_by, "dangjian");
}

TEST_P(PartyStoreTest, JointBranchesAndDecisions) {
  auto c = t_->db().Acquire();
  std::int64_t a = Org(*c, "甲协会", "152502"), b = Org(*c, "乙协会", "152502");
  auto j = ps::InsertJointBranch(*c, {0, "第一联合党支部", "152502", D("2024-03-01"), "dangjian", "now"});
  ASSERT_TRUE(j);
  party::PartyData d;
  d.as_of = D("2025-01-01"), d.kind = party::OrgKind::kJoint, d.joint_branch_id = *j;
  ASSERT_TRUE(ps::InsertFiling(*c, Filing(a, 1, d)));
  ASSERT_TRUE(ps::InsertFiling(*c, Filing(b, 1, d)));
  EXPECT_EQ(*ps::OrgsNamingJointBranch(*c, *j), (std::vector<std::int64_t>{a, b}));
  EXPECT_EQ(ps::JointBranchesIn(*c, "1525")->size(), 1u);
  EXPECT_EQ(ps::JointBranchesIn(*c, "11")->size(), 0u);
  EXPECT_EQ((*ps::FindJointBranch(*c, *j))->established_on, D("2024-03-01"));

  ps::DecisionRow r;
  r.d.org_id = a, r.d.kind = party::MatterKind::kAppointment, r.d.way = party::Participation::kSignedOpinion;
  r.d.matter = "聘任秘书长", r.d.opinion = "不同意", r.d.decided_on = D("2025-05-01"), r.d.agrees = false;
  r.d.report_due = D("2025-05-10"), r.recorded_by = "dangjian", r.created_at = "now";
  auto id = ps::InsertDecision(*c, r);
  ASSERT_TRUE(id);
  auto got = ps::FindDecision(*c, *id);
  ASSERT_TRUE(got && *got);
  EXPECT_EQ((*got)->org_name, "甲协会");
  EXPECT_EQ((*got)->d.kind, party::MatterKind::kAppointment);
  EXPECT_EQ((*got)->d.report_due, D("2025-05-10"));
  party::Decision step = (*got)->d;
  step.reported_on = D("2025-05-08"), step.reported_to = "综合党委", step.executed_on = D("2025-05-20");
  ASSERT_TRUE(ps::UpdateDecisionSteps(*c, step));
  auto again = ps::FindDecision(*c, *id);
  EXPECT_EQ((*again)->d.reported_to, "综合党委");
  EXPECT_EQ(party::DecisionStatus((*again)->d), "done");
  EXPECT_EQ(ps::DecisionsIn(*c, "152502", 0, 10)->size(), 1u);
  EXPECT_EQ(ps::DecisionsIn(*c, "11", 0, 10)->size(), 0u);
  EXPECT_EQ(ps::DecisionsIn(*c, "152502", *id, 10)->size(), 0u);  // before its own id: none
}

TEST_P(PartyStoreTest, CoverageCountsConfirmedFilingsInForceOnTheDate) {
  auto c = t_->db().Acquire();
  std::int64_t a = Org(*c, "甲", "152502"), b = Org(*c, "乙", "152501"), late = Org(*c, "丙", "152502", "2025-06-01");
  Org(*c, "社区", "152502", "2015-01-01", "community");
  party::PartyData branch;
  branch.as_of = D("2024-01-01"), branch.formal_members = 3, branch.kind = party::OrgKind::kBranch;
  ASSERT_TRUE(ps::InsertFiling(*c, Filing(a, 1, branch)));
  party::PartyData none = branch;
  none.as_of = D("2025-01-01"), none.kind = party::OrgKind::kNone;
  ASSERT_TRUE(ps::InsertFiling(*c, Filing(a, 2, none)));  // a lost its branch on 2025-01-01
  ASSERT_TRUE(ps::InsertFiling(*c, Filing(b, 1, branch, "submitted")));  // not counted
  ASSERT_TRUE(ps::InsertFiling(*c, Filing(late, 1, branch)));
  auto stats = party_app::BuildPartyStats(*c, "now");
  ASSERT_TRUE(stats) << stats.error().message_en;
  const auto& s = **stats;
  EXPECT_EQ(s.orgs.size(), 4u);
  EXPECT_EQ(s.facts.size(), 3u);
  size_t ia = 0;
  for (size_t i = 0; i < s.orgs.size(); ++i)
    if (s.orgs[i].id == a) ia = i;
  EXPECT_EQ(s.At(ia, 20231231), nullptr);
  EXPECT_EQ(s.At(ia, 20241231)->kind, party::OrgKind::kBranch);
  EXPECT_EQ(s.At(ia, 20250101)->kind, party::OrgKind::kNone);
}

INSTANTIATE_TEST_SUITE_P(Backends, PartyStoreTest, ::testing::ValuesIn(Backends()),
                         [](const auto& i) { return i.param; });

}  // namespace
}  // namespace socorg
