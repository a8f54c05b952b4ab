// The built web console and portal (web/dist), loaded into memory at start and served with gzip and
// cache headers: hashed assets are immutable for a year, HTML is revalidated every time.
#pragma once

#include <map>
#include <optional>
#include <string>

namespace socorg {

struct StaticFile {
  std::string content_type;
  std::string body;
  std::string gzipped;  // empty when compression does not help
  bool immutable = false;
};

class StaticFiles {
 public:
  // Loads every file under root; a missing root leaves the set empty (API-only server).
  explicit StaticFiles(const std::string& root);
  // The file for a request path: exact match, else the single-page fallback (/portal/... ->
  // portal/index.html, anything else -> index.html). nullptr when nothing fits.
  const StaticFile* Find(const std::string& path) const;
  bool empty() const { return files_.empty(); }

 private:
  std::map<std::string, StaticFile> files_;  // key: "/assets/x.js"
};

std::string Gzip(const std::string& in);

}  // namespace socorg
