#include "app/app_context.h"

#include <filesystem>
#include <fstream>
#include <functional>
#include <set>
#include <nlohmann/json.hpp>
#include <sstream>

namespace socorg {

Result<Divisions> LoadDivisions(const std::string& path) {
  std::ifstream in(path);
  if (!in)
    return Fail(ErrorKind::kInternal, "divisions_missing", "找不到行政区划数据文件 " + path,
                "division data file not found: " + path);
  std::vector<Division> all;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    auto t1 = line.find('\t'), t2 = line.find('\t', t1 + 1);
    if (t1 == std::string::npos || t2 == std::string::npos) continue;
    all.push_back({line.substr(0, t1), line.substr(t1 + 1, t2 - t1 - 1), line.substr(t2 + 1)});
  }
  return Divisions(std::move(all));
}

std::string DefaultDivisionsPath() {
  if (std::filesystem::exists("data/divisions.tsv")) return "data/divisions.tsv";
  return std::string(SOCORG_SOURCE_DIR) + "/data/divisions.tsv";
}

Result<RulesConfig> ApplyRulesJson(const nlohmann::json& j, RulesConfig cfg,
                                   const std::function<std::string(std::string_view)>& field) {
  if (!j.is_object())
    return Fail(ErrorKind::kInvalid, "bad_config", "配置应为JSON对象", "the configuration must be a JSON object",
                field(""));
  // The core's keys at the top level; each module's under its own key ("supervision": {...}, cli/modules.h).
  // Files written before the sections existed have the module's keys at the top level: still read. A key
  // that is neither is refused, so that a misspelt threshold is not silently left at its default.
  std::set<std::string> known;
  auto section = [&](const nlohmann::json& o, std::string_view name, auto read) -> Status {
    try {
      read(o);
    } catch (const std::exception& e) {
      return Fail(ErrorKind::kInvalid, "bad_config", "配置项类型错误：" + std::string(e.what()),
                  "config value has the wrong type: " + std::string(e.what()), field(name));
    }
    return {};
  };
#define SOCORG_CFG(key)            \
  known.insert(#key);              \
  if (o.contains(#key)) cfg.key = o[#key].get<decltype(cfg.key)>();
  auto core = [&](const nlohmann::json& o) { SOCORG_RULES_CORE_KEYS(SOCORG_CFG) };
  auto supervision = [&](const nlohmann::json& o) { SOCORG_RULES_SUPERVISION_KEYS(SOCORG_CFG) };
#undef SOCORG_CFG
  SOCORG_TRY_VOID(section(j, "", core));
  SOCORG_TRY_VOID(section(j, "", supervision));  // the older, flat layout
  const std::set<std::string> core_keys = known;
  known.clear();
  if (j.contains("supervision")) {
    if (!j["supervision"].is_object())
      return Fail(ErrorKind::kInvalid, "bad_config", "配置项 supervision 应为对象", "supervision must be an object",
                  field("supervision"));
    SOCORG_TRY_VOID(section(j["supervision"], "supervision", supervision));
    for (auto& [k, v] : j["supervision"].items())
      if (!known.contains(k) && !k.starts_with("_"))
        return Fail(ErrorKind::kInvalid, "unknown_config_key", "未知配置项：supervision." + k,
                    "unknown config key: supervision." + k, field("supervision." + k));
  }
  for (auto& [k, v] : j.items())  // core_keys holds the flat layout's module keys too
    if (!core_keys.contains(k) && k != "supervision" && !k.starts_with("_"))
      return Fail(ErrorKind::kInvalid, "unknown_config_key", "未知配置项：" + k, "unknown config key: " + k,
                  field(k));
  if (Status range = CheckRulesConfig(cfg); !range) {
    Error e = range.error();
    e.field = field(e.field);
    return std::unexpected(std::move(e));
  }
  return cfg;
}

nlohmann::json RulesConfigJson(const RulesConfig& cfg) {
  nlohmann::json j = nlohmann::json::object(), sup = nlohmann::json::object();
#define SOCORG_CORE_OUT(key) j[#key] = cfg.key;
#define SOCORG_SUP_OUT(key) sup[#key] = cfg.key;
  SOCORG_RULES_CORE_KEYS(SOCORG_CORE_OUT)
  SOCORG_RULES_SUPERVISION_KEYS(SOCORG_SUP_OUT)
#undef SOCORG_CORE_OUT
#undef SOCORG_SUP_OUT
  j["supervision"] = std::move(sup);
  return j;
}

Result<RulesConfig> LoadRulesConfig(const std::string& path) {
  std::ifstream in(path);
  if (!in) return RulesConfig{};
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(in);
  } catch (const std::exception& e) {
    return Fail(ErrorKind::kInvalid, "bad_config", "配置文件格式错误：" + std::string(e.what()),
                "config file is not valid JSON: " + std::string(e.what()), path);
  }
  return ApplyRulesJson(j, RulesConfig{}, [&](std::string_view key) {
    return key.empty() ? path : path + ":" + std::string(key);
  });
}

}  // namespace socorg

namespace socorg {

Status TakePublicSubmission(AppContext& ctx, const std::string& source) {
  if (!ctx.public_submissions || ctx.public_submissions->TryAcquire(source)) return {};
  return Fail(ErrorKind::kThrottled, "too_many_submissions",
              "同一来源一小时内提交次数过多，请稍后再试（每小时最多 " +
                  std::to_string(ctx.rules.public_submissions_per_hour) + " 次）",
              "too many submissions from this address within an hour (at most " +
                  std::to_string(ctx.rules.public_submissions_per_hour) + "); try again later");
}

}  // namespace socorg
