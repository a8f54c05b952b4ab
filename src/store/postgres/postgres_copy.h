// PostgreSQL bulk loads through COPY (libpq PQputCopyData).
#pragma once

#include <string_view>

#include "store/db.h"

namespace socorg {

// Runs `copy_sql` (COPY ... FROM STDIN, text format) on a PostgreSQL connection and sends `data` (rows in
// COPY's text format) as its input: one statement, inside the caller's transaction if there is one. An
// error on any other connection; a unique-key violation comes back as kConflict.
Status PostgresCopyIn(Connection& c, std::string_view copy_sql, std::string_view data);

}  // namespace socorg
