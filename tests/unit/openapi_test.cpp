// The OpenAPI document joined from the core and the modules' fragments (docs/architecture.md "The OpenAPI
// document"): a fragment only adds, and every defect names its part and key.
#include "http/openapi.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace socorg {
namespace {

constexpr std::string_view kCore = R"({"openapi":"3.0.3","tags":[{"name":"system"}],
  "paths":{"/healthz":{"get":{}}},"components":{"schemas":{"Error":{"type":"object"}},"securitySchemes":{}}})";

std::string ErrorOf(const std::vector<OpenApiPart>& parts) {
  try {
    JoinOpenApi(parts);
  } catch (const std::invalid_argument& e) {
    return e.what();
  }
  return "";
}

TEST(OpenApi, FragmentAddsItsTagsPathsAndSchemasInOrder) {
  auto doc = nlohmann::ordered_json::parse(JoinOpenApi(
      {{"core", kCore},
       {"party", R"({"tags":[{"name":"party"}],"paths":{"/party/coverage":{"get":{}}},
                     "components":{"schemas":{"Coverage":{"type":"object"}}}})"}}));
  EXPECT_EQ(doc["tags"].size(), 2u);
  EXPECT_EQ(doc["tags"][1]["name"], "party");
  EXPECT_EQ(doc["paths"].begin().key(), "/healthz");
  EXPECT_TRUE(doc["paths"].contains("/party/coverage"));
  EXPECT_TRUE(doc["components"]["schemas"].contains("Coverage"));
  EXPECT_TRUE(doc["components"]["schemas"].contains("Error"));
  EXPECT_TRUE(doc["components"].contains("securitySchemes"));
}

TEST(OpenApi, DuplicatesAreRefusedWithTheirPartAndKey) {
  EXPECT_NE(ErrorOf({{"core", kCore}, {"m", R"({"paths":{"/healthz":{"get":{}}}})"}}).find("path \"/healthz\""), std::string::npos);
  EXPECT_NE(ErrorOf({{"core", kCore}, {"m", R"({"components":{"schemas":{"Error":{}}}})"}}).find("schema \"Error\""),
            std::string::npos);
  EXPECT_NE(ErrorOf({{"core", kCore}, {"m", R"({"tags":[{"name":"system"}]})"}}).find("tag \"system\""), std::string::npos);
  // Two modules defining the same path clash as well.
  std::string e = ErrorOf({{"core", kCore}, {"a", R"({"paths":{"/x":{}}})"}, {"b", R"({"paths":{"/x":{}}})"}});
  EXPECT_NE(e.find("part \"b\""), std::string::npos) << e;
}

TEST(OpenApi, AFragmentCannotCarryOtherKeysOrBadJson) {
  EXPECT_NE(ErrorOf({{"core", kCore}, {"m", R"({"info":{}})"}}).find("unknown key \"info\""), std::string::npos);
  EXPECT_NE(ErrorOf({{"core", kCore}, {"m", R"({"components":{"securitySchemes":{}}})"}}).find("core document"),
            std::string::npos);
  EXPECT_NE(ErrorOf({{"core", kCore}, {"m", "{not json"}}).find("part \"m\""), std::string::npos);
  EXPECT_NE(ErrorOf({}).find("no core"), std::string::npos);
}

TEST(OpenApi, TheBuiltDocumentJoinsEveryEmbeddedPart) {
  const auto& parts = OpenApiParts();
  ASSERT_GE(parts.size(), 2u);
  EXPECT_EQ(parts[0].name, "core");
  auto doc = nlohmann::json::parse(OpenApiDocument());
  size_t paths = 0;
  for (const auto& p : parts) paths += nlohmann::json::parse(p.text).value("paths", nlohmann::json::object()).size();
  EXPECT_EQ(doc["paths"].size(), paths);
  EXPECT_TRUE(doc["paths"].contains("/api/v1/inspection-plans"));  // from the supervision fragment
}

}  // namespace
}  // namespace socorg
