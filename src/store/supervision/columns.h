// The supervision store files read rows and bind values with the helpers every module's store shares.
#pragma once

#include "store/columns.h"

namespace socorg::supervision_store::detail {
using namespace socorg::store_columns;
}  // namespace socorg::supervision_store::detail
