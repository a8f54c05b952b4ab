#include "http/openapi.h"

#include <nlohmann/json.hpp>
#include <stdexcept>

namespace socorg {

namespace {

using nlohmann::ordered_json;

[[noreturn]] void Fail(std::string_view part, const std::string& what) {
  throw std::invalid_argument("OpenAPI part \"" + std::string(part) + "\": " + what);
}

void AddAll(ordered_json& into, const ordered_json& from, std::string_view part, const char* where) {
  if (!from.is_object()) Fail(part, std::string(where) + " is not an object");
  for (const auto& [k, v] : from.items()) {
    if (into.contains(k)) Fail(part, std::string(where) + " \"" + k + "\" is defined twice");
    into[k] = v;
  }
}

}  // namespace

std::string JoinOpenApi(const std::vector<OpenApiPart>& parts) {
  if (parts.empty()) throw std::invalid_argument("OpenAPI: no core document");
  ordered_json doc = ordered_json::parse(parts[0].text, nullptr, false);
  if (doc.is_discarded() || !doc.is_object()) Fail(parts[0].name, "not a JSON object");
  for (size_t i = 1; i < parts.size(); ++i) {
    const OpenApiPart& part = parts[i];
    ordered_json frag = ordered_json::parse(part.text, nullptr, false);
    if (frag.is_discarded() || !frag.is_object()) Fail(part.name, "not a JSON object");
    for (const auto& [k, v] : frag.items()) {
      if (k == "paths") {
        AddAll(doc["paths"], v, part.name, "path");
      } else if (k == "components") {
        for (const auto& [ck, cv] : v.items()) {
          if (ck != "schemas") Fail(part.name, "components/" + ck + " belongs in the core document");
          AddAll(doc["components"]["schemas"], cv, part.name, "schema");
        }
      } else if (k == "tags") {
        if (!v.is_array()) Fail(part.name, "tags is not an array");
        for (const auto& tag : v) {
          for (const auto& have : doc["tags"])
            if (have.value("name", "") == tag.value("name", "")) Fail(part.name, "tag \"" + tag.value("name", "") + "\" is defined twice");
          doc["tags"].push_back(tag);
        }
      } else {
        Fail(part.name, "unknown key \"" + k + "\" (a fragment has tags, paths and components/schemas)");
      }
    }
  }
  return doc.dump();
}

const std::string& OpenApiDocument() {
  static const std::string k = JoinOpenApi(OpenApiParts());
  return k;
}

}  // namespace socorg
