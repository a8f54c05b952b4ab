// The public record's two serialisers agree: WritePublicOrgView (the fast path GET /public/orgs/{uscc}
// uses) must give the document SerializeOrgView(kPublic) gives, for awkward text as well, and must never
// carry persons' ID numbers, phones or addresses (DOMAIN §21).
#include "http/dto.h"

#include <gtest/gtest.h>

#include "http/json_writer.h"

namespace socorg {
namespace {

using nlohmann::json;

OrgView SampleView() {
  OrgView v;
  OrgRecord& r = v.org;
  r.id = OrgId{42};
  r.uscc = "51150000MJ0000001X";
  r.name = "内蒙古\"引号\"协会\\反斜杠\t制表";
  r.type = OrgType::kSocialGroup;
  r.level = OrgLevel::kProvincial;
  r.status = OrgStatus::kActive;
  r.region_code = "150000";
  r.supervisory_unit = "自治区科协";
  r.legal_rep = "张三";
  r.address = "呼和浩特市新城区\n新华大街1号";
  r.business_scope = std::string("控制字符\x01\x1f结束");
  r.funds = 300000;
  r.charity = true;
  r.registered_on = "2020-01-02";
  r.term_start = "2020-01-02";
  r.term_end = "2025-01-02";
  r.certificate_no = "民证字第001号";
  r.application = R"({"founders":["李四"],"documents":["consent"]})";
  v.region_name = "内蒙古自治区";
  v.election = ElectionState::kOverdue;
  v.persons.push_back({1, r.id, "张三", "11010519491231002X", PersonRole::kLegalRep, "13800000000", "家庭住址1号", "2020-01-02",
                       std::nullopt, 1, true, "2020-01-02T00:00:00Z"});
  v.persons.push_back({2, r.id, "王五", "110105194912310021", PersonRole::kDirector, "13900000000", "家庭住址2号", "2015-01-02",
                       "2020-01-01", 2, false, "2015-01-02T00:00:00Z"});
  v.events.push_back({1, r.id, "apply", "2019-12-01", "2019-12-01T08:00:00Z", "officer1", "理由",
                      R"({"name":[null,"内蒙古协会"],"application":[null,{"founders":["李四"]}],"status":[null,"applied"]})"});
  v.events.push_back({2, r.id, "approve", "2020-01-02", "2020-01-02T08:00:00Z", "officer1", "",
                      R"({"status":["under_review","active"],"uscc":[null,"51150000MJ0000001X"]})"});
  v.events.push_back({3, r.id, "import", "2020-01-02", "2020-01-02T08:00:00Z", "cli", "", "{}"});
  v.events.push_back({4, r.id, "person_added", "2020-01-03", "2020-01-03T08:00:00Z", "officer1", "", "not json"});
  v.events.push_back({5, r.id, "flag_raised", "2024-06-01", "2024-06-01T08:00:00Z", "jobs", "",
                      R"({"flag":[null,"zombie_suspect"]})"});
  return v;
}

TEST(PublicOrgView, FastWriterGivesTheSameDocument) {
  OrgView v = SampleView();
  json fast = json::parse(dto::WritePublicOrgView(v));
  json reference = dto::SerializeOrgView(v, dto::Audience::kPublic);
  EXPECT_EQ(fast, reference) << "fast:      " << fast.dump() << "\nreference: " << reference.dump();
}

TEST(PublicOrgView, NoPersonalDataAndNoApplication) {
  OrgView v = SampleView();
  std::string text = dto::WritePublicOrgView(v);
  for (const char* secret : {"11010519491231002X", "13800000000", "家庭住址", "李四", "officer1", "理由", "王五"})
    EXPECT_EQ(text.find(secret), std::string::npos) << secret << " leaked into " << text;
  json j = json::parse(text);
  ASSERT_EQ(j["persons"].size(), 1u);  // the former legal representative is not shown
  EXPECT_EQ(j["persons"][0], (json{{"name", "张三"}, {"role", "legal_rep"}, {"role_label", "法定代表人"}}));
  EXPECT_FALSE(j["history"][0]["changes"].contains("application"));
  EXPECT_EQ(j["history"][3]["changes"], json::object());  // unreadable changes are shown as none
  ASSERT_EQ(j["history"].size(), 4u);  // the suspicion flag stays with the officers
  EXPECT_EQ(text.find("zombie_suspect"), std::string::npos);
}

// Byte for byte, not only as parsed documents: the response of the fast path is the reference's dump().
TEST(PublicOrgView, SameBytesForStoredChangesOfEveryShape) {
  for (std::string changes : {R"({"address":["旧址","新址"],"name":["甲","乙"]})",  // dump form: copied
                              R"({ "name": ["甲", "乙"] })",                         // whitespace
                              R"({"status":[null,"active"],"name":[null,"x"]})",    // keys not sorted
                              R"({"funds":[1.5,2e3]})",                             // floats
                              R"({"a":"中\/"})",                                // escapes dump() does not write
                              R"(["not","an","object"])", "", "{}", "{\"a\":1}x"}) {
    OrgView v = SampleView();
    v.events.push_back({6, v.org.id, "change", "2021-03-04", "2021-03-04T08:00:00Z", "officer1", "", changes});
    EXPECT_EQ(dto::WritePublicOrgView(v), dto::SerializeOrgView(v, dto::Audience::kPublic).dump()) << changes;
  }
}

TEST(DumpFormCheck, AcceptsWhatDumpWrites) {
  for (const json& j :
       {json::object(), json{{"a", 1}}, json{{"name", {nullptr, "内蒙古\"引号\"\\反斜杠\t\n\r\b\f\x01\x1f\x7f/é😀"}}},
        json{{"z", json::array()}, {"B", {{"x", {1, -2, true, false, nullptr}}}}, {"a", 123456789012345678}},
        json{{"\xe4\xb8\xad", 0}, {"a", 0}, {"ab", -1}, {"a\x7f", "x"}}}) {
    std::string text = j.dump();
    EXPECT_TRUE(http::DumpFormCheck::IsObject(text)) << text;
  }
}

TEST(DumpFormCheck, RejectsEverythingDumpWouldWriteDifferently) {
  for (std::string text : {"", " {}", "{} ", "{ }", "[]", "\"a\"", "1", R"({"a": 1})", R"({"b":1,"a":2})",
                           R"({"a":1,"a":2})", R"({"a":1e3})", R"({"a":-0})", R"({"a":01})",
                           R"({"a":"\/"})",
                           R"({"a":""})", R"({"a":"
"})", R"({"a
":1})", R"({"a":tru})", R"({"a":[1,]})",
                           R"({"a":1,})", R"({"a":1)", "{\"a\":\"\x01\"}", "{\"a\":\"\xc0\xaf\"}",
                           "{\"a\":\"\xed\xa0\x80\"}", "{\"a\":\"\xf4\x90\x80\x80\"}", "{\"a\":\"\xe4\xb8\"}",
                           "{\"a\":\"\x80\"}"}) {
    EXPECT_FALSE(http::DumpFormCheck::IsObject(text)) << text;
    // Whatever it rejects is either not JSON or JSON that dump() writes differently.
    json j = json::parse(text, nullptr, false);
    if (j.is_object()) EXPECT_NE(j.dump(-1, ' ', false, json::error_handler_t::replace), text) << text;
  }
  // Also rejected, though dump() writes them so: the caller then takes the slower, equivalent path.
  EXPECT_FALSE(http::DumpFormCheck::IsObject(R"({"a":1234567890123456789})"));  // 19 digits
  EXPECT_FALSE(http::DumpFormCheck::IsObject(R"({"a\n":1})"));                  // escaped key
  EXPECT_FALSE(http::DumpFormCheck::IsObject(R"({"a":1.0})"));                  // floats
  EXPECT_TRUE(http::DumpFormCheck::IsObject(R"({"a":"中"})"));                   // UTF-8 is written as is
  std::string deep(40, '[');
  EXPECT_FALSE(http::DumpFormCheck::IsObject("{\"a\":" + deep + std::string(40, ']') + "}"));
}

TEST(JsonWriter, NestingCommasAndEscapes) {
  http::JsonWriter w;
  w.BeginObject();
  w.Key("a"), w.BeginArray(), w.Int(-1), w.BeginObject(), w.EndObject(), w.BeginArray(), w.EndArray(), w.Null(),
      w.EndArray();
  w.Key("b"), w.String("\"\\\n\x02/é");
  w.Key("c"), w.Bool(false);
  w.Key("d"), w.Raw(R"({"x":[1,2]})");
  w.EndObject();
  EXPECT_EQ(w.str(), R"({"a":[-1,{},[],null],"b":"\"\\\n\u0002/é","c":false,"d":{"x":[1,2]}})");
  EXPECT_EQ(json::parse(w.str())["b"], "\"\\\n\x02/é");
}

}  // namespace
}  // namespace socorg
