// The one place an Error becomes an HTTP status (docs/architecture.md "Error model").
#pragma once

#include "domain/error.h"

namespace socorg {

int HttpStatusOf(ErrorKind kind);
const char* ReasonPhrase(int status);

}  // namespace socorg
