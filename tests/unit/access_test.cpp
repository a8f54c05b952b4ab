// Role and jurisdiction checks the use cases call (DOMAIN §1 "Jurisdiction"; issue #2 item 6).
#include "app/actor.h"

#include <gtest/gtest.h>

namespace socorg {
namespace {

Actor Officer(Role role, std::string region) {
  Actor a;
  a.username = "u";
  a.role = role;
  a.region_code = std::move(region);
  return a;
}

Actor OrgAccount(std::string uscc) {
  Actor a;
  a.username = "org";
  a.role = Role::kOrgAccount;
  a.org_uscc = std::move(uscc);
  return a;
}

OrgRecord Org(std::string region, std::optional<std::string> uscc = std::nullopt) {
  OrgRecord r;
  r.region_code = std::move(region);
  r.uscc = std::move(uscc);
  return r;
}

const std::string kCode = "51152502MA0000001X";  // not checked here: only compared

TEST(Access, ReadTable) {
  struct Case {
    Actor actor;
    const char* org_region;
    bool allowed;
  } cases[] = {
      {Officer(Role::kMinistryOfficer, "100000"), "152502", true},
      {Officer(Role::kMinistryOfficer, "100000"), "110105", true},
      {Officer(Role::kProvinceOfficer, "150000"), "152502", true},
      {Officer(Role::kProvinceOfficer, "150000"), "150000", true},
      {Officer(Role::kProvinceOfficer, "150000"), "110105", false},
      {Officer(Role::kProvinceOfficer, "110000"), "152502", false},
      {Officer(Role::kCityOfficer, "152500"), "152502", true},
      {Officer(Role::kCityOfficer, "152500"), "150000", false},  // a province-registered org
      {Officer(Role::kCityOfficer, "152500"), "150100", false},
      {Officer(Role::kCountyOfficer, "152502"), "152502", true},
      {Officer(Role::kCountyOfficer, "152502"), "152501", false},
      {Officer(Role::kCountyOfficer, "152502"), "152500", false},
      {Officer(Role::kSupervisoryReviewer, "150000"), "152502", true},
      {Officer(Role::kSupervisoryReviewer, "150000"), "110105", false},
      {Officer(Role::kAuditor, "150000"), "152502", true},
      {Officer(Role::kAuditor, "150000"), "110105", false},
  };
  for (const auto& c : cases) {
    auto r = CheckCanRead(c.actor, Org(c.org_region));
    EXPECT_EQ(r.has_value(), c.allowed) << ToString(c.actor.role) << "@" << c.actor.region_code << " reads "
                                        << c.org_region;
    if (!r) {
      EXPECT_EQ(r.error().kind, ErrorKind::kForbidden);
    }
  }
}

TEST(Access, OrgAccountSeesOnlyItself) {
  EXPECT_TRUE(CheckCanRead(OrgAccount(kCode), Org("152502", kCode)).has_value());
  EXPECT_FALSE(CheckCanRead(OrgAccount(kCode), Org("152502", "51152502MA0000002X")).has_value());
  EXPECT_FALSE(CheckCanRead(OrgAccount(kCode), Org("152502")).has_value());  // an application without a code
  EXPECT_FALSE(CheckCanRead(OrgAccount(""), Org("152502")).has_value());
  auto search = VisibleRegionPrefix(OrgAccount(kCode), "");
  ASSERT_FALSE(search.has_value());
  EXPECT_EQ(search.error().kind, ErrorKind::kForbidden);
}

TEST(Access, ActTable) {
  struct Case {
    Actor actor;
    Action action;
    const char* region;
    bool allowed;
  } cases[] = {
      {Officer(Role::kCountyOfficer, "152502"), Action::kApprove, "152502", true},
      {Officer(Role::kCountyOfficer, "152502"), Action::kApprove, "152501", false},
      {Officer(Role::kCityOfficer, "152500"), Action::kRevoke, "152502", true},
      {Officer(Role::kProvinceOfficer, "110000"), Action::kRevoke, "152502", false},
      {Officer(Role::kMinistryOfficer, "100000"), Action::kDeregister, "152502", true},
      {Officer(Role::kSupervisoryReviewer, "150000"), Action::kConsent, "152502", true},
      {Officer(Role::kSupervisoryReviewer, "150000"), Action::kConsent, "110105", false},
      {Officer(Role::kSupervisoryReviewer, "150000"), Action::kApprove, "152502", false},
      {Officer(Role::kSupervisoryReviewer, "150000"), Action::kChange, "152502", false},
      {Officer(Role::kAuditor, "150000"), Action::kChange, "152502", false},
      {Officer(Role::kAuditor, "100000"), Action::kConsent, "152502", false},
      // #13 item 9: the consent is the supervisory unit's act, never the registration authority's (DOMAIN §1).
      {Officer(Role::kCountyOfficer, "152502"), Action::kConsent, "152502", false},
      {Officer(Role::kCityOfficer, "152500"), Action::kConsent, "152502", false},
      {Officer(Role::kProvinceOfficer, "150000"), Action::kConsent, "152502", false},
      {Officer(Role::kMinistryOfficer, "100000"), Action::kConsent, "152502", false},
  };
  for (const auto& c : cases) {
    auto r = CheckCanAct(c.actor, c.action, c.region, "");
    EXPECT_EQ(r.has_value(), c.allowed) << ToString(c.actor.role) << "@" << c.actor.region_code << " "
                                        << ToString(c.action) << " in " << c.region;
    if (!r) {
      EXPECT_EQ(r.error().kind, ErrorKind::kForbidden);
    }
  }
}

TEST(Access, OrgAccountFilesOnlyItsOwnElection) {
  EXPECT_TRUE(CheckCanAct(OrgAccount(kCode), Action::kFileElection, "152502", kCode).has_value());
  EXPECT_FALSE(CheckCanAct(OrgAccount(kCode), Action::kFileElection, "152502", "51152502MA0000002X").has_value());
  EXPECT_FALSE(CheckCanAct(OrgAccount(kCode), Action::kFileElection, "152502", "").has_value());
  for (Action a : {Action::kChange, Action::kApprove, Action::kDeregister, Action::kApprovePostponement})
    EXPECT_FALSE(CheckCanAct(OrgAccount(kCode), a, "152502", kCode).has_value()) << ToString(a);
}

TEST(Access, VisibleRegionPrefix) {
  auto xlgl = Officer(Role::kCityOfficer, "152500");
  EXPECT_EQ(VisibleRegionPrefix(xlgl, "").value_or("?"), "1525");
  EXPECT_EQ(VisibleRegionPrefix(xlgl, "152502").value_or("?"), "152502");
  auto up = VisibleRegionPrefix(xlgl, "150000");
  ASSERT_FALSE(up.has_value());
  EXPECT_EQ(up.error().kind, ErrorKind::kForbidden);
  auto bad = VisibleRegionPrefix(xlgl, "15x");
  ASSERT_FALSE(bad.has_value());
  EXPECT_EQ(bad.error().kind, ErrorKind::kInvalid);
  EXPECT_EQ(bad.error().field, "region");
  EXPECT_EQ(VisibleRegionPrefix(Officer(Role::kMinistryOfficer, "100000"), "").value_or("?"), "");
}

TEST(Access, AccountScopeMatchesRoleLevel) {
  EXPECT_TRUE(CheckAccountScope(Role::kCountyOfficer, "152502", "").has_value());
  EXPECT_FALSE(CheckAccountScope(Role::kCountyOfficer, "152500", "").has_value());
  EXPECT_TRUE(CheckAccountScope(Role::kCityOfficer, "152500", "").has_value());
  EXPECT_FALSE(CheckAccountScope(Role::kProvinceOfficer, "152500", "").has_value());
  EXPECT_TRUE(CheckAccountScope(Role::kMinistryOfficer, "100000", "").has_value());
  EXPECT_FALSE(CheckAccountScope(Role::kMinistryOfficer, "150000", "").has_value());
  EXPECT_FALSE(CheckAccountScope(Role::kOrgAccount, "", "").has_value());
  EXPECT_TRUE(CheckAccountScope(Role::kOrgAccount, "", kCode).has_value());
  EXPECT_FALSE(CheckAccountScope(Role::kAuditor, "", "").has_value());
}

}  // namespace
}  // namespace socorg
