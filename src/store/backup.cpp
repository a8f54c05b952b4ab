#include "store/backup.h"

#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <vector>

#include "store/db.h"

namespace socorg::backup_store {
namespace {

bool IsPostgres(const std::string& url) { return url.starts_with("postgres://") || url.starts_with("postgresql://"); }

Error BackupError(const std::string& zh, const std::string& en) {
  return Error{ErrorKind::kInternal, "backup_failed", zh, en, ""};
}

// The PostgreSQL 15 client tools: SOCORG_PG_BIN, else Debian's versioned directory, else PATH.
std::string PgTool(const std::string& name) {
  if (const char* dir = std::getenv("SOCORG_PG_BIN"); dir && *dir) return std::string(dir) + "/" + name;
  std::string debian = "/usr/lib/postgresql/15/bin/" + name;
  if (std::filesystem::exists(debian)) return debian;
  return name;
}

// Runs a program without a shell; stderr passes through. Returns its exit status (127: not found).
int Run(const std::vector<std::string>& args) {
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  pid_t pid = fork();
  if (pid < 0) return -1;
  if (pid == 0) {
    execvp(argv[0], argv.data());
    _exit(127);
  }
  int status = 0;
  while (waitpid(pid, &status, 0) < 0) {
  }
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + (WIFSIGNALED(status) ? WTERMSIG(status) : 0);
}

int ExitCode(int status) {
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + (WIFSIGNALED(status) ? WTERMSIG(status) : 0);
}

// Runs `from | to` without a shell; returns the first non-zero exit status (0 when both succeed).
int RunPipe(const std::vector<std::string>& from, const std::vector<std::string>& to) {
  auto argv_of = [](const std::vector<std::string>& args) {
    std::vector<char*> v;
    for (auto& a : args) v.push_back(const_cast<char*>(a.c_str()));
    v.push_back(nullptr);
    return v;
  };
  auto a1 = argv_of(from), a2 = argv_of(to);
  int fd[2];
  if (pipe(fd) != 0) return -1;
  pid_t p1 = fork();
  if (p1 == 0) {
    dup2(fd[1], STDOUT_FILENO);
    close(fd[0]);
    close(fd[1]);
    execvp(a1[0], a1.data());
    _exit(127);
  }
  pid_t p2 = fork();
  if (p2 == 0) {
    dup2(fd[0], STDIN_FILENO);
    close(fd[0]);
    close(fd[1]);
    execvp(a2[0], a2.data());
    _exit(127);
  }
  close(fd[0]);
  close(fd[1]);
  int s1 = 0, s2 = 0;
  if (p1 > 0) waitpid(p1, &s1, 0);
  if (p2 > 0) waitpid(p2, &s2, 0);
  if (p1 < 0 || p2 < 0) return -1;
  int r2 = ExitCode(s2), r1 = ExitCode(s1);
  return r2 != 0 ? r2 : r1;
}

std::string Magic(const std::string& path, size_t n) {
  std::ifstream in(path, std::ios::binary);
  std::string s(n, '\0');
  in.read(s.data(), static_cast<std::streamsize>(n));
  s.resize(static_cast<size_t>(in.gcount()));
  return s;
}

// Copies every page of `from` into `to` with the online backup API (retries while the source is busy).
Status SqliteCopy(const std::string& from, int from_flags, const std::string& to, int to_flags) {
  sqlite3 *src = nullptr, *dst = nullptr;
  auto close = [&] {
    sqlite3_close_v2(src);
    sqlite3_close_v2(dst);
  };
  if (sqlite3_open_v2(from.c_str(), &src, from_flags, nullptr) != SQLITE_OK ||
      sqlite3_open_v2(to.c_str(), &dst, to_flags, nullptr) != SQLITE_OK) {
    std::string msg = sqlite3_errmsg(src ? (dst ? dst : src) : nullptr);
    close();
    return std::unexpected(BackupError("无法打开数据库：" + msg, "cannot open database: " + msg));
  }
  sqlite3_busy_timeout(src, 10000);
  sqlite3_busy_timeout(dst, 10000);
  sqlite3_backup* b = sqlite3_backup_init(dst, "main", src, "main");
  if (!b) {
    std::string msg = sqlite3_errmsg(dst);
    close();
    return std::unexpected(BackupError("备份失败：" + msg, "backup failed: " + msg));
  }
  int rc;
  do {
    rc = sqlite3_backup_step(b, 1024);
    if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) sqlite3_sleep(20);
  } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
  sqlite3_backup_finish(b);
  std::string msg = sqlite3_errmsg(dst);
  close();
  if (rc != SQLITE_DONE) return std::unexpected(BackupError("备份失败：" + msg, "backup failed: " + msg));
  return {};
}

}  // namespace

Status Backup(const std::string& url, const std::string& out) {
  std::string tmp = out + ".tmp";
  std::error_code ec;
  std::filesystem::remove(tmp, ec);
  if (url.starts_with("sqlite:")) {
    std::string path = url.substr(7);
    if (!std::filesystem::exists(path))
      return std::unexpected(BackupError("数据库文件不存在：" + path, "database file not found: " + path));
    SOCORG_TRY_VOID(SqliteCopy(path, SQLITE_OPEN_READONLY, tmp, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE));
  } else if (IsPostgres(url)) {
    int rc = Run({PgTool("pg_dump"), "--format=custom", "--compress=6", "--no-owner", "--file=" + tmp,
                  "--dbname=" + url});
    if (rc != 0) {
      std::filesystem::remove(tmp, ec);
      return std::unexpected(BackupError("pg_dump 失败（退出码 " + std::to_string(rc) + "）",
                                         "pg_dump failed (exit " + std::to_string(rc) + ")"));
    }
  } else {
    return Fail(ErrorKind::kInvalid, "bad_db_url", "数据库地址应为 sqlite:路径 或 postgres://…",
                "--db must be sqlite:PATH or postgres://...", "db");
  }
  std::filesystem::rename(tmp, out, ec);
  if (ec) return std::unexpected(BackupError("无法写入 " + out, "cannot write " + out + ": " + ec.message()));
  return {};
}

Status Restore(const std::string& url, const std::string& in) {
  if (!std::filesystem::exists(in))
    return Fail(ErrorKind::kInvalid, "backup_not_found", "备份文件不存在：" + in, "backup file not found: " + in, "in");
  std::string magic = Magic(in, 16);
  if (url.starts_with("sqlite:")) {
    if (magic != std::string("SQLite format 3\0", 16))
      return Fail(ErrorKind::kInvalid, "backup_wrong_backend", "该文件不是 SQLite 备份",
                  "the file is not a SQLite backup (restore a pg_dump archive into postgres://)", "in");
    std::string path = url.substr(7);
    std::filesystem::path p(path);
    if (p.has_parent_path()) std::filesystem::create_directories(p.parent_path());
    // The backup API writes the destination in one transaction: readers see the old or the new database.
    return SqliteCopy(in, SQLITE_OPEN_READONLY, path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  }
  if (IsPostgres(url)) {
    if (!magic.starts_with("PGDMP"))
      return Fail(ErrorKind::kInvalid, "backup_wrong_backend", "该文件不是 pg_dump 备份",
                  "the file is not a pg_dump custom archive (restore a SQLite backup into sqlite:)", "in");
    // pg_restore --clean cannot drop the partitions' inherited keys, so the archive is turned into SQL and
    // replayed by psql after emptying the schema, all in one transaction: the old database stays intact
    // unless every statement succeeds.
    int rc = RunPipe({PgTool("pg_restore"), "--no-owner", "--file=-", in},
                     {PgTool("psql"), "-X", "-q", "-v", "ON_ERROR_STOP=1", "--single-transaction", "--dbname=" + url,
                      "-c", "SET client_min_messages = warning; DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;",
                      "-f", "-"});
    if (rc != 0)
      return std::unexpected(BackupError("pg_restore/psql 失败（退出码 " + std::to_string(rc) + "），数据库未改变",
                                         "pg_restore/psql failed (exit " + std::to_string(rc) + "); nothing was changed"));
    return {};
  }
  return Fail(ErrorKind::kInvalid, "bad_db_url", "数据库地址应为 sqlite:路径 或 postgres://…",
              "--db must be sqlite:PATH or postgres://...", "db");
}

Status BeginSnapshotRead(Connection& c) {
  if (c.dialect() == Dialect::kPostgres) return c.ExecScript("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
  return c.Begin(false);
}

Result<std::map<std::string, std::int64_t>> CountCoreRows(Connection& c) {
  static constexpr const char* kTables[] = {"orgs", "persons", "events", "findings", "users", "audit_log"};
  std::map<std::string, std::int64_t> out;
  for (const char* t : kTables) {
    SOCORG_TRY(Rows rows, c.Query(std::string("SELECT count(*) FROM ") + t));
    out[t] = rows.at(0).Int(0);
  }
  return out;
}

}  // namespace socorg::backup_store
