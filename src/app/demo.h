// A realistic demo register for one province-level region (default 内蒙古自治区 150000): names, types
// and levels spread over its leagues/cities and banners/counties, eight years of history (so that some
// terms have expired), persons with valid ID numbers, applications in progress. Deterministic for a seed.
#pragma once

#include <cstdint>
#include <string>

#include "app/app_context.h"

namespace socorg {

struct DemoOptions {
  std::string region = "150000";
  int orgs = 600;
  std::uint64_t seed = 2026;
};

struct DemoReport {
  int orgs = 0, persons = 0, events = 0;
};

Result<DemoReport> GenerateDemo(AppContext& ctx, const DemoOptions& opt);

// A valid resident ID number for an area, birth date and sequence (used by the demo and the benchmark
// generator).
std::string MakeResidentId(const std::string& area6, Date birth, int seq3);

}  // namespace socorg
