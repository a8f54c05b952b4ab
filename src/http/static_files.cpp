#include "http/static_files.h"

#include <zlib.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace socorg {
namespace {

std::string ContentType(const std::string& ext) {
  static const std::map<std::string, std::string> kTypes = {
      {".html", "text/html; charset=utf-8"}, {".js", "application/javascript; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},   {".json", "application/json; charset=utf-8"},
      {".svg", "image/svg+xml"},             {".png", "image/png"},
      {".ico", "image/x-icon"},              {".woff2", "font/woff2"},
      {".woff", "font/woff"},                {".txt", "text/plain; charset=utf-8"},
      {".map", "application/json"}};
  auto it = kTypes.find(ext);
  return it == kTypes.end() ? "application/octet-stream" : it->second;
}

}  // namespace

std::string Gzip(const std::string& in) {
  z_stream zs{};
  if (deflateInit2(&zs, 9, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) return "";
  std::string out(deflateBound(&zs, in.size()) + 32, '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  zs.avail_in = static_cast<uInt>(in.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  int rc = deflate(&zs, Z_FINISH);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  return rc == Z_STREAM_END ? out : "";
}

StaticFiles::StaticFiles(const std::string& root) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(root, ec)) return;
  for (auto& entry : fs::recursive_directory_iterator(root, ec)) {
    if (!entry.is_regular_file()) continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    StaticFile f;
    f.body = ss.str();
    std::string ext = entry.path().extension().string();
    f.content_type = ContentType(ext);
    std::string rel = "/" + fs::relative(entry.path(), root).generic_string();
    f.immutable = rel.starts_with("/assets/");  // Vite puts content hashes in these names
    bool textual = ext == ".html" || ext == ".js" || ext == ".css" || ext == ".json" || ext == ".svg" || ext == ".map";
    if (textual && f.body.size() > 512) {
      std::string gz = Gzip(f.body);
      if (!gz.empty() && gz.size() < f.body.size()) f.gzipped = std::move(gz);
    }
    files_[rel] = std::move(f);
  }
}

const StaticFile* StaticFiles::Find(const std::string& raw_path) const {
  std::string path = raw_path.substr(0, raw_path.find_first_of("?#"));
  if (path.find("..") != std::string::npos) return nullptr;
  if (auto it = files_.find(path); it != files_.end()) return &it->second;
  if (path.ends_with("/"))
    if (auto it = files_.find(path + "index.html"); it != files_.end()) return &it->second;
  if (path.starts_with("/assets/")) return nullptr;  // a missing asset is a 404, not the app shell
  const char* shell = path == "/portal" || path.starts_with("/portal/") ? "/portal/index.html" : "/index.html";
  if (auto it = files_.find(shell); it != files_.end()) return &it->second;
  return nullptr;
}

}  // namespace socorg
