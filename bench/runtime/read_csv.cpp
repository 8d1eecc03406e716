//===- read_csv.cpp - Throughput of reading and typing measurement data ---===//
//
// A plain timing loop (no benchmark framework) for docs/performance.md: it
// writes a data file of request rows (timestamp, service, status, latency in
// ms) unless it exists, then reads it the way a generated evaluator does,
// typing every field, and prints rows per second.
//
//   read_csv [--rows N] [--jsonl] [FILE]
//
// The default file is /tmp/tenor-bench-requests.csv (or .jsonl) with one
// million rows. Delete it to regenerate after changing --rows.
//
//===----------------------------------------------------------------------===//

#include "tenor/rt/data/Csv.h"
#include "tenor/rt/data/Fields.h"
#include "tenor/rt/data/Jsonl.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <sys/stat.h>

using namespace tenor::rt;

namespace {

constexpr std::string_view services[] = {"api", "web", "batch", "search"};

struct Totals {
  uint64_t rows = 0, bad = 0, errors = 0;
  int64_t latencyMicros = 0, lastMicros = 0;
};

std::string timestampText(int64_t second) {
  int64_t day = second / 86400, rest = second % 86400;
  char text[32];
  std::snprintf(text, sizeof text, "2026-01-%02dT%02d:%02d:%02dZ", int(day % 28) + 1,
                int(rest / 3600), int(rest / 60 % 60), int(rest % 60));
  return text;
}

/// Writes `rows` rows: a deterministic mix of services, statuses, latencies.
void generate(const std::string &path, uint64_t rows, bool jsonl) {
  std::FILE *out = std::fopen(path.c_str(), "w");
  if (!out) {
    std::perror(path.c_str());
    std::exit(2);
  }
  if (!jsonl)
    std::fputs("timestamp,service,status,latency\n", out);
  uint64_t state = 42;
  for (uint64_t i = 0; i < rows; ++i) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    unsigned r = unsigned(state >> 33);
    int status = r % 100 < 97 ? 200 : r % 100 < 99 ? 404 : 503;
    std::string ts = timestampText(int64_t(i * 2));
    std::string_view service = services[r % 4];
    unsigned latency = 5 + (r >> 8) % 900, fraction = (r >> 4) % 10;
    if (jsonl)
      std::fprintf(out,
                   "{\"timestamp\":\"%s\",\"service\":\"%.*s\",\"status\":%d,\"latency\":%u.%u}\n",
                   ts.c_str(), int(service.size()), service.data(), status, latency, fraction);
    else
      std::fprintf(out, "%s,%.*s,%d,%u.%u\n", ts.c_str(), int(service.size()), service.data(),
                   status, latency, fraction);
  }
  std::fclose(out);
}

/// Types the four fields of a row, as generated code does.
void typeRow(const DataField &at, const DataField &service, const DataField &status,
             const DataField &latency, Totals &totals) {
  auto t = parseTimestampField(at.value);
  auto s = parseEnumField(service.value, services);
  auto code = parseIntField(status.value);
  auto l = parseDurationField(latency.value, DurationUnit::Milliseconds);
  if (!t.ok() || !s.ok() || !code.ok() || !l.ok()) {
    ++totals.errors;
    return;
  }
  totals.lastMicros = t.value().micros;
  totals.latencyMicros += l.value().micros;
}

void readCsv(const std::string &path, Totals &totals) {
  CsvReader reader;
  DataError error;
  if (!reader.open(path, error)) {
    std::fprintf(stderr, "%s\n", formatDataError(path, error).c_str());
    std::exit(2);
  }
  int at = reader.column("timestamp"), service = reader.column("service"),
      status = reader.column("status"), latency = reader.column("latency");
  CsvRow row;
  while (reader.next(row)) {
    ++totals.rows;
    if (row.bad()) {
      ++totals.bad;
      continue;
    }
    typeRow(row.field(at), row.field(service), row.field(status), row.field(latency), totals);
  }
}

void readJsonl(const std::string &path, Totals &totals) {
  JsonlReader reader;
  DataError error;
  if (!reader.open(path, error)) {
    std::fprintf(stderr, "%s\n", formatDataError(path, error).c_str());
    std::exit(2);
  }
  JsonlRow row;
  while (reader.next(row)) {
    ++totals.rows;
    if (row.bad()) {
      ++totals.bad;
      continue;
    }
    typeRow(row.field("timestamp"), row.field("service"), row.field("status"), row.field("latency"),
            totals);
  }
}

} // namespace

int main(int argc, char **argv) {
  uint64_t rows = 1'000'000;
  bool jsonl = false;
  std::string path;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--rows" && i + 1 < argc)
      rows = std::strtoull(argv[++i], nullptr, 10);
    else if (arg == "--jsonl")
      jsonl = true;
    else
      path = arg;
  }
  if (path.empty())
    path = jsonl ? "/tmp/tenor-bench-requests.jsonl" : "/tmp/tenor-bench-requests.csv";
  struct stat info;
  if (::stat(path.c_str(), &info) != 0) {
    generate(path, rows, jsonl);
    ::stat(path.c_str(), &info);
  }
  Totals totals;
  auto start = std::chrono::steady_clock::now();
  jsonl ? readJsonl(path, totals) : readCsv(path, totals);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("%s: %llu rows (%llu bad, %llu rejected values), %.1f MB in %.3f s\n", path.c_str(),
              (unsigned long long)totals.rows, (unsigned long long)totals.bad,
              (unsigned long long)totals.errors, double(info.st_size) / 1e6, seconds);
  std::printf("%.0f rows/s, %.1f MB/s (checksum %lld)\n", double(totals.rows) / seconds,
              double(info.st_size) / 1e6 / seconds, (long long)totals.latencyMicros);
  return totals.bad || totals.errors ? 1 : 0;
}
