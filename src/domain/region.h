// Administrative divisions 行政区划, GB/T 2260 (DOMAIN §2.3). A 6-digit code: 2 province, 2 city, 2 county.
// "100000" stands for the whole country (民政部's jurisdiction).
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace socorg {

inline constexpr std::string_view kNationalRegion = "100000";

enum class RegionLevel { kNational, kProvince, kCity, kCounty };

bool IsRegionCodeShape(std::string_view code);  // six digits
RegionLevel LevelOfRegion(std::string_view code);
// True when `code` lies in the subtree rooted at `root` (a region is within itself).
bool IsWithinRegion(std::string_view code, std::string_view root);
// The parent region code by shape: county -> city, city -> province, province -> national.
std::string ParentRegion(std::string_view code);
// The code prefix every member of root's subtree shares ("" for national). Used for indexed range scans.
std::string RegionPrefix(std::string_view root);

struct Division {
  std::string code;
  std::string name;
  std::string parent;  // "" for provinces
};

// The division table (loaded from data/divisions.tsv, made by scripts/make_divisions.mjs). Immutable after
// construction; safe to share between threads.
class Divisions {
 public:
  Divisions() = default;
  explicit Divisions(std::vector<Division> all);

  bool Contains(std::string_view code) const;
  const Division* Find(std::string_view code) const;
  // "内蒙古自治区 锡林郭勒盟 锡林浩特市"; the code itself when unknown.
  std::string FullName(std::string_view code) const;
  std::vector<const Division*> Children(std::string_view code) const;
  const std::vector<Division>& All() const { return all_; }
  size_t size() const { return all_.size(); }

 private:
  std::vector<Division> all_;
  std::unordered_map<std::string, size_t> by_code_;
  std::unordered_map<std::string, std::vector<size_t>> children_;
  std::vector<std::string> full_names_;  // FullName of all_[i]
  std::string JoinNames(std::string_view code) const;
};

}  // namespace socorg
