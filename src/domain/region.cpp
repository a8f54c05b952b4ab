#include "domain/region.h"

#include <cctype>

namespace socorg {

bool IsRegionCodeShape(std::string_view code) {
  if (code.size() != 6) return false;
  for (char c : code)
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  return true;
}

RegionLevel LevelOfRegion(std::string_view code) {
  if (code == kNationalRegion) return RegionLevel::kNational;
  if (code.substr(2) == "0000") return RegionLevel::kProvince;
  if (code.substr(4) == "00") return RegionLevel::kCity;
  return RegionLevel::kCounty;
}

std::string RegionPrefix(std::string_view root) {
  switch (LevelOfRegion(root)) {
    case RegionLevel::kNational: return "";
    case RegionLevel::kProvince: return std::string(root.substr(0, 2));
    case RegionLevel::kCity: return std::string(root.substr(0, 4));
    case RegionLevel::kCounty: return std::string(root);
  }
  return std::string(root);
}

bool IsWithinRegion(std::string_view code, std::string_view root) {
  if (!IsRegionCodeShape(code) || !IsRegionCodeShape(root)) return false;
  if (code == root) return true;
  if (code == kNationalRegion) return false;  // only the nation contains the nation
  return code.starts_with(RegionPrefix(root));
}

std::string ParentRegion(std::string_view code) {
  switch (LevelOfRegion(code)) {
    case RegionLevel::kNational: return "";
    case RegionLevel::kProvince: return std::string(kNationalRegion);
    case RegionLevel::kCity: return std::string(code.substr(0, 2)) + "0000";
    case RegionLevel::kCounty: return std::string(code.substr(0, 4)) + "00";
  }
  return "";
}

Divisions::Divisions(std::vector<Division> all) : all_(std::move(all)) {
  for (size_t i = 0; i < all_.size(); ++i) {
    by_code_[all_[i].code] = i;
    children_[all_[i].parent.empty() ? std::string(kNationalRegion) : all_[i].parent].push_back(i);
  }
  // Worked out once: every public record shows its region's full name.
  full_names_.reserve(all_.size());
  for (const Division& d : all_) full_names_.push_back(JoinNames(d.code));
}

std::string Divisions::JoinNames(std::string_view code) const {
  std::vector<std::string> parts;
  for (const Division* d = Find(code); d; d = d->parent.empty() ? nullptr : Find(d->parent))
    parts.insert(parts.begin(), d->name);
  if (parts.empty()) return std::string(code);
  std::string out;
  for (auto& p : parts) out += (out.empty() ? "" : " ") + p;
  return out;
}

bool Divisions::Contains(std::string_view code) const {
  return code == kNationalRegion || by_code_.contains(std::string(code));
}

const Division* Divisions::Find(std::string_view code) const {
  auto it = by_code_.find(std::string(code));
  return it == by_code_.end() ? nullptr : &all_[it->second];
}

std::string Divisions::FullName(std::string_view code) const {
  if (code == kNationalRegion) return "全国";
  auto it = by_code_.find(std::string(code));
  return it == by_code_.end() ? std::string(code) : full_names_[it->second];
}

std::vector<const Division*> Divisions::Children(std::string_view code) const {
  std::vector<const Division*> out;
  auto it = children_.find(std::string(code));
  if (it != children_.end())
    for (size_t i : it->second) out.push_back(&all_[i]);
  return out;
}

}  // namespace socorg
