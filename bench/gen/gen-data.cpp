// gen-data.cpp - writes the benchmark's measurement data (bench/compare.sh).
//
// For N request rows it writes, in CSV and JSON Lines, into OUTDIR:
//   requests.{csv,jsonl}  N rows spread evenly over 2026 (UTC), in time order:
//                         at, service (5% "healthcheck"), status, latency (ms)
//   minutes.{csv,jsonl}   one row per minute of 2026 (525,600): at, unavailable
//   tickets.{csv,jsonl}   N/1000 rows (at least 100): id, opened_at,
//                         responded_at (empty / null when never answered)
// Error rates, latencies, downtime and late tickets differ by month so that
// every objective and credit tier of bench/agreements/requests.tenor is hit
// somewhere. Deterministic: the same N and seed give the same bytes
// (splitmix64; no clock).
//
// Usage: gen-data N OUTDIR [SEED]   (SEED default 20260101)
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

namespace {

constexpr int64_t kYearStart = 1767225600; // 2026-01-01T00:00:00Z
constexpr int64_t kYearSeconds = 365 * 86400;

struct Rng {
  uint64_t s;
  uint64_t next() {
    uint64_t z = (s += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  double unit() { return (next() >> 11) * 0x1.0p-53; } // [0, 1)
};

// Month (0-11) of a second of 2026, and "YYYY-MM-DDTHH:MM:SSZ" (20 chars
// into a buffer of 32) of any time.
const int kMonthDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
int monthOf(int64_t t) {
  int64_t day = (t - kYearStart) / 86400;
  int m = 0;
  while (day >= kMonthDays[m])
    day -= kMonthDays[m++];
  return m;
}
void formatTime(int64_t t, char *out) {
  // Any time from 1970 on (a late ticket's response may fall in 2027):
  // Howard Hinnant's civil-from-days.
  int64_t z = t / 86400 + 719468, rem = t % 86400;
  int64_t era = z / 146097, doe = z - era * 146097;
  int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100), mp = (5 * doy + 2) / 153;
  unsigned day = unsigned(doy - (153 * mp + 2) / 5 + 1),
           month = unsigned(mp < 10 ? mp + 3 : mp - 9);
  unsigned year = unsigned(yoe + era * 400 + (month <= 2));
  std::snprintf(out, 32, "%04u-%02u-%02uT%02u:%02u:%02uZ", year, month, day, unsigned(rem / 3600),
                unsigned(rem / 60 % 60), unsigned(rem % 60));
}

// Buffered writer (stdio with a large buffer).
struct Out {
  FILE *f;
  explicit Out(const std::string &path) {
    f = std::fopen(path.c_str(), "wb");
    if (!f) {
      std::perror(path.c_str());
      std::exit(2);
    }
    std::setvbuf(f, nullptr, _IOFBF, 1 << 20);
  }
  ~Out() { std::fclose(f); }
};

} // namespace

int main(int argc, char **argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: gen-data N OUTDIR [SEED]\n");
    return 2;
  }
  const int64_t n = std::strtoll(argv[1], nullptr, 10);
  const std::string dir = argv[2];
  const uint64_t seed = argc > 3 ? std::strtoull(argv[3], nullptr, 10) : 20260101;
  char ts[32], ts2[32];

  { // requests
    Rng rng{seed};
    static const char *services[] = {"api", "auth", "search", "billing"};
    Out csv(dir + "/requests.csv"), jl(dir + "/requests.jsonl");
    std::fputs("at,service,status,latency\n", csv.f);
    for (int64_t i = 0; i < n; ++i) {
      int64_t t = kYearStart + int64_t((double(i) + rng.unit()) * kYearSeconds / double(n));
      if (t >= kYearStart + kYearSeconds)
        t = kYearStart + kYearSeconds - 1;
      int m = monthOf(t);
      double r = rng.unit();
      const char *service = r < 0.05 ? "healthcheck" : services[rng.next() % 4];
      double errorShare = 0.004 + 0.0015 * m; // 0.4% in January .. 2.05% in December
      double u = rng.unit();
      int status = u < errorShare          ? (u < errorShare / 2 ? 500 : 503)
                   : u < errorShare + 0.03 ? 404
                   : u < 0.5               ? 201
                                           : 200;
      double mean = 150.0 + 5.0 * m; // p99 about 710 ms in January, 960 in December
      int64_t latency = 20 + int64_t(-std::log(1.0 - rng.unit()) * mean);
      if (latency > 60000)
        latency = 60000;
      formatTime(t, ts);
      std::fprintf(csv.f, "%s,%s,%d,%lld\n", ts, service, status, (long long)latency);
      std::fprintf(jl.f, "{\"at\":\"%s\",\"service\":\"%s\",\"status\":%d,\"latency\":%lld}\n", ts,
                   service, status, (long long)latency);
    }
  }
  { // minutes: one contiguous outage a month, placed at random
    Rng rng{seed ^ 0x6d696e75746573ULL};
    static const int downtime[12] = {0, 12, 45, 3, 60, 500, 20, 44, 2500, 5, 447, 30};
    int64_t first[12];
    int64_t acc = 0;
    for (int m = 0; m < 12; ++m) {
      int64_t minutes = kMonthDays[m] * 1440;
      first[m] = acc + int64_t(rng.next() % uint64_t(minutes - downtime[m]));
      acc += minutes;
    }
    Out csv(dir + "/minutes.csv"), jl(dir + "/minutes.jsonl");
    std::fputs("at,unavailable\n", csv.f);
    for (int64_t k = 0; k < kYearSeconds / 60; ++k) {
      int m = monthOf(kYearStart + k * 60);
      bool down = k >= first[m] && k < first[m] + downtime[m];
      formatTime(kYearStart + k * 60, ts);
      std::fprintf(csv.f, "%s,%s\n", ts, down ? "true" : "false");
      std::fprintf(jl.f, "{\"at\":\"%s\",\"unavailable\":%s}\n", ts, down ? "true" : "false");
    }
  }
  { // tickets: opened before 2026-12-31T22:00Z, so every deadline passes in the year
    Rng rng{seed ^ 0x7469636b657473ULL};
    int64_t count = n / 1000 < 100 ? 100 : n / 1000;
    int64_t span = kYearSeconds - 2 * 3600;
    Out csv(dir + "/tickets.csv"), jl(dir + "/tickets.jsonl");
    std::fputs("id,opened_at,responded_at\n", csv.f);
    for (int64_t i = 0; i < count; ++i) {
      int64_t opened = kYearStart + int64_t((double(i) + rng.unit()) * span / double(count));
      int m = monthOf(opened);
      double late = 0.02 + 0.015 * (m % 8); // 2% .. 12.5% late
      double u = rng.unit();
      formatTime(opened, ts);
      char id[24];
      std::snprintf(id, sizeof id, "T-%07lld", (long long)(i + 1));
      if (u < 0.01) { // never answered: breached
        std::fprintf(csv.f, "%s,%s,\n", id, ts);
        std::fprintf(jl.f, "{\"id\":\"%s\",\"opened_at\":\"%s\",\"responded_at\":null}\n", id, ts);
        continue;
      }
      int64_t delay = u < 0.01 + late   ? 3601 + int64_t(rng.next() % 20000)
                      : u < 0.02 + late ? 3600 // exactly on the deadline: on time
                                        : 60 + int64_t(rng.next() % 3540);
      formatTime(opened + delay, ts2);
      std::fprintf(csv.f, "%s,%s,%s\n", id, ts, ts2);
      std::fprintf(jl.f, "{\"id\":\"%s\",\"opened_at\":\"%s\",\"responded_at\":\"%s\"}\n", id, ts,
                   ts2);
    }
  }
  return 0;
}
