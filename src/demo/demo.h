// A realistic demo register for one province-level region (default 内蒙古自治区 150000): names, types
// and levels spread over its leagues/cities and banners/counties, eight years of history (so that some
// terms have expired), persons with valid ID numbers, applications in progress. Then (demo/supervision_history.h)
// the supervision history the sources describe (DOMAIN §6-12) and one run of the supervision jobs as of the
// clock's today, so that the credit lists and flags follow from the facts. Deterministic for a seed and a date.
#pragma once

#include <cstdint>
#include <string>

#include "app/app_context.h"

namespace socorg {

struct DemoOptions {
  std::string region = "150000";
  int orgs = 600;
  std::uint64_t seed = 2026;
  // Supervision history (annual reports, ratings, penalties, rectification orders, an inspection plan,
  // complaints, a case) and a run of the supervision jobs as of the clock's today. false: the register only.
  bool supervision = true;
  // Party-building data (demo/party_history.h): filings, joint branches, decisions. false: none.
  bool party = true;
};

struct DemoPartyReport {
  int filings = 0, pending = 0, joint_branches = 0, decisions = 0;
};

struct DemoSupervisionReport {
  int reports = 0, reports_late = 0, reports_missing = 0, concluded = 0, ratings = 0, penalties = 0,
      rectifications = 0, inspected = 0, complaints = 0, cases = 0, zombies = 0;
  std::int64_t listings = 0, flags = 0, rating_changes = 0;  // written by the jobs run
};

struct DemoReport {
  int orgs = 0, persons = 0, events = 0;
  DemoSupervisionReport sup;
  DemoPartyReport party;
};

Result<DemoReport> GenerateDemo(AppContext& ctx, const DemoOptions& opt);

// A valid resident ID number for an area, birth date and sequence (used by the demo and the benchmark
// generator).
std::string MakeResidentId(const std::string& area6, Date birth, int seq3);

}  // namespace socorg
