#include "domain/public_record.h"

#include "domain/lifecycle.h"

namespace socorg {

bool IsPublicEvent(std::string_view action) {
  return ParseAction(action).has_value() || action == "import" || action == "person_added";
}

std::string EventActionLabel(std::string_view action) {
  if (auto act = ParseAction(action)) return std::string(LabelZh(*act));
  return action == "person_added" ? "负责人备案" : action == "import" ? "导入" : std::string(action);
}

}  // namespace socorg
