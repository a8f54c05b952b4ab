// The store test suite runs on every backend: SQLite always, PostgreSQL when SOCORG_TEST_PG holds the URL
// of a running server (scripts/test.sh starts a throwaway cluster and sets it). Each test gets a fresh,
// migrated database: a temp SQLite file, or a new PostgreSQL database with C.UTF-8 collation that is
// dropped afterwards.
#pragma once

#include <gtest/gtest.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "store/db.h"
#include "store/migrations.h"

namespace socorg::testing {

inline const char* PgUrl() {
  const char* u = std::getenv("SOCORG_TEST_PG");
  return u && *u ? u : nullptr;
}

// Backends to run on: {"sqlite"} or {"sqlite", "postgres"}.
inline std::vector<std::string> Backends() {
  std::vector<std::string> out{"sqlite"};
  if (PgUrl()) out.push_back("postgres");
  return out;
}

// "postgres://u@h:p/db?x" with the database name replaced.
inline std::string WithDatabase(const std::string& url, const std::string& db) {
  auto scheme = url.find("://");
  auto slash = url.find('/', scheme == std::string::npos ? 0 : scheme + 3);
  auto query = url.find('?');
  std::string base = slash == std::string::npos ? url.substr(0, query) : url.substr(0, slash);
  std::string tail = query == std::string::npos ? "" : url.substr(query);
  return base + "/" + db + tail;
}

// A fresh migrated database on one backend; removed in the destructor.
class TempDatabase {
 public:
  explicit TempDatabase(const std::string& backend, int pool = 2) : backend_(backend) {
    static std::atomic<int> counter{0};
    std::string tag = std::to_string(::getpid()) + "_" + std::to_string(counter++);
    if (backend == "sqlite") {
      dir_ = std::filesystem::temp_directory_path() / ("socorg-store-" + tag);
      std::filesystem::create_directories(dir_);
      url_ = "sqlite:" + (dir_ / "t.db").string();
    } else {
      name_ = "store_" + tag + "_" + std::to_string(std::rand());
      admin_ = OpenPostgres(PgUrl()).value_or(nullptr);
      if (!admin_) throw std::runtime_error("cannot connect to SOCORG_TEST_PG");
      auto r = admin_->ExecScript("CREATE DATABASE " + name_ +
                                  " TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'");
      if (!r) throw std::runtime_error(r.error().message_en);
      url_ = WithDatabase(PgUrl(), name_);
    }
    auto db = Database::Open(url_, pool);
    if (!db) throw std::runtime_error(db.error().message_en);
    db_ = std::move(*db);
    auto c = db_->Acquire();
    auto m = Migrate(*c);
    if (!m) throw std::runtime_error(m.error().message_en);
  }
  ~TempDatabase() {
    db_.reset();
    if (!dir_.empty()) std::filesystem::remove_all(dir_);
    if (admin_) (void)admin_->ExecScript("DROP DATABASE IF EXISTS " + name_ + " WITH (FORCE)");
  }
  Database& db() { return *db_; }
  const std::string& url() const { return url_; }
  const std::string& backend() const { return backend_; }

 private:
  std::string backend_, url_, name_;
  std::filesystem::path dir_;
  std::unique_ptr<Connection> admin_;
  std::unique_ptr<Database> db_;
};

}  // namespace socorg::testing
