// The OpenAPI 3 document served at /api/v1/openapi.json (docs/architecture.md "The OpenAPI document"): the
// core's src/http/openapi.json and each module's fragment src/http/<m>/openapi.json, embedded at build time
// (CMakeLists.txt) and joined once, at the first call.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace socorg {

// One embedded part: "core" (a whole OpenAPI document) or a module's fragment — an object with any of
// "tags" (array), "paths" and "components": {"schemas": ...} — which only adds: a path, schema or tag the
// document already has is a build defect, and JoinOpenApi names it.
struct OpenApiPart {
  std::string_view name, text;
};
const std::vector<OpenApiPart>& OpenApiParts();  // generated: core first, then the modules by folder name

// The core document with every fragment added, as compact JSON; throws std::invalid_argument naming the
// part and the key on unparsable JSON, a duplicate, or a fragment key other than the three above.
std::string JoinOpenApi(const std::vector<OpenApiPart>& parts);

// JoinOpenApi(OpenApiParts()), computed once.
const std::string& OpenApiDocument();

}  // namespace socorg
