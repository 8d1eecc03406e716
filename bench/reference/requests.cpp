// requests.cpp - the hand-written evaluator bench/compare.sh measures Tenor against.
//
// Computes exactly what bench/agreements/requests.tenor asks, per calendar
// month of 2026 (UTC), as fast as one thread reasonably can: each file is
// mmap'ed and scanned once (CSV delimiters found 16 bytes at a time with
// SSE2), fields are parsed in place (no allocation and no virtual call per
// row, no locale; a timestamp on the previous row's day reuses its date),
// counts are kept per month, and latencies are kept as 32-bit milliseconds
// per month for an exact nearest-rank p99 (std::nth_element). It reads the CSV or the JSON Lines
// files the generator writes (bench/gen/gen-data.cpp); it is not a general CSV/JSON reader: quoted
// CSV fields and JSON escapes are rejected. Output: the canonical results JSON that
// bench/check-results.py compares (fractions as exact [numerator, denominator] pairs).
//
// Usage: requests REQUESTS MINUTES TICKETS   (each .csv or .jsonl)
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string_view>
#include <vector>

#include <emmintrin.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

[[noreturn]] void die(const char *what, const char *path) {
  std::fprintf(stderr, "requests: %s: %s\n", path, what);
  std::exit(2);
}

struct Mapped {
  const char *begin = nullptr, *end = nullptr;
  size_t size = 0;
  explicit Mapped(const char *path) {
    int fd = ::open(path, O_RDONLY);
    if (fd < 0)
      die("cannot open", path);
    struct stat st;
    if (::fstat(fd, &st) != 0)
      die("cannot stat", path);
    size = size_t(st.st_size);
    if (size > 0) {
      void *p = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
      if (p == MAP_FAILED)
        die("cannot map", path);
      ::madvise(p, size, MADV_SEQUENTIAL);
      begin = static_cast<const char *>(p);
      end = begin + size;
    }
    ::close(fd);
  }
  ~Mapped() {
    if (begin)
      ::munmap(const_cast<char *>(begin), size);
  }
};

bool endsWith(const char *s, const char *suffix) {
  size_t n = std::strlen(s), m = std::strlen(suffix);
  return n >= m && std::memcmp(s + n - m, suffix, m) == 0;
}

// Days from 1970-01-01 of a civil date (Howard Hinnant's algorithm).
int64_t daysFromCivil(int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = unsigned(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + int64_t(doe) - 719468;
}

inline unsigned dig2(const char *p) { return unsigned(p[0] - '0') * 10 + unsigned(p[1] - '0'); }

// RFC 3339 "YYYY-MM-DDTHH:MM:SS[.fff][Z|+hh:mm]" at p..e -> seconds since the
// epoch (fractions truncated: the benchmark data has none). Returns false on
// anything else.
// The date of the previous timestamp and its first second: rows of a log
// mostly share their day, so most timestamps skip the date arithmetic.
struct {
  char text[10];
  bool valid = false;
  int64_t seconds = 0;
} lastDay;

bool parseTime(const char *p, const char *e, int64_t &out) {
  if (e - p < 20 || (p[10] != 'T' && p[10] != 't') || p[13] != ':' || p[16] != ':')
    return false;
  for (int i : {11, 12, 14, 15, 17, 18})
    if (unsigned(p[i] - '0') > 9)
      return false;
  if (!lastDay.valid || std::memcmp(p, lastDay.text, 10) != 0) {
    if (p[4] != '-' || p[7] != '-')
      return false;
    for (int i : {0, 1, 2, 3, 5, 6, 8, 9})
      if (unsigned(p[i] - '0') > 9)
        return false;
    std::memcpy(lastDay.text, p, 10);
    lastDay.valid = true;
    lastDay.seconds = daysFromCivil(dig2(p) * 100 + dig2(p + 2), dig2(p + 5), dig2(p + 8)) * 86400;
  }
  int64_t t = lastDay.seconds + dig2(p + 11) * 3600 + dig2(p + 14) * 60 + dig2(p + 17);
  const char *q = p + 19;
  if (q < e && *q == '.')
    for (++q; q < e && unsigned(*q - '0') <= 9; ++q) {
    }
  if (q + 1 == e && (*q == 'Z' || *q == 'z')) {
    out = t;
    return true;
  }
  if (q + 6 == e && (*q == '+' || *q == '-') && q[3] == ':') {
    int64_t off = dig2(q + 1) * 3600 + dig2(q + 4) * 60;
    out = *q == '+' ? t - off : t + off;
    return true;
  }
  return false;
}

bool parseInt(const char *p, const char *e, int64_t &out) {
  if (p == e)
    return false;
  bool neg = *p == '-';
  if (neg && ++p == e)
    return false;
  int64_t v = 0;
  for (; p < e; ++p) {
    unsigned dgt = unsigned(*p - '0');
    if (dgt > 9)
      return false;
    v = v * 10 + dgt;
  }
  out = neg ? -v : v;
  return true;
}

constexpr int64_t kStart = 1767225600; // 2026-01-01T00:00:00Z
// First second of each month of 2026 and of January 2027.
int64_t monthStart[13];
void initMonths() {
  for (int m = 0; m < 12; ++m)
    monthStart[m] = daysFromCivil(2026, unsigned(m + 1), 1) * 86400;
  monthStart[12] = daysFromCivil(2027, 1, 1) * 86400;
}
// The month (0-11) of t, or -1 outside 2026.
inline int monthOf(int64_t t) {
  if (t < monthStart[0] || t >= monthStart[12])
    return -1;
  int m = int((t - kStart) / (31 * 86400)); // never past the true month
  while (t >= monthStart[m + 1])
    ++m;
  return m;
}

// Splits one record into the wanted fields. CSV: columns by index (from the
// header). JSONL: flat objects of strings, numbers, booleans and null.
struct Field {
  const char *p = nullptr, *e = nullptr;
  bool null = true;
};

template <int N> struct Layout {
  bool jsonl = false;
  int column[N]; // CSV: the column of each wanted field
  const char *names[N];
  size_t nameLength[N];
  int lastColumn = 0;
};

template <int N>
Layout<N> readHeader(const char *path, const char *&p, const char *end,
                     const char *const (&names)[N]) {
  Layout<N> L;
  for (int i = 0; i < N; ++i)
    L.names[i] = names[i], L.nameLength[i] = std::strlen(names[i]), L.column[i] = -1;
  L.jsonl = endsWith(path, ".jsonl");
  if (L.jsonl)
    return L;
  const char *nl = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
  if (!nl)
    nl = end;
  int col = 0;
  for (const char *q = p; q <= nl; ++col) {
    const char *c = q;
    while (c < nl && *c != ',')
      ++c;
    const char *ce = (c > q && c[-1] == '\r') ? c - 1 : c;
    for (int i = 0; i < N; ++i)
      if (size_t(ce - q) == std::strlen(names[i]) && std::memcmp(q, names[i], size_t(ce - q)) == 0)
        L.column[i] = col;
    q = c + 1;
  }
  for (int i = 0; i < N; ++i)
    if (L.column[i] < 0)
      die("missing column", path);
  for (int i = 0; i < N; ++i)
    L.lastColumn = std::max(L.lastColumn, L.column[i]);
  p = nl < end ? nl + 1 : end;
  return L;
}

// The next comma or line feed at or after q (or end): 16 bytes at a time
// with SSE2 while 16 bytes remain in the mapping, then byte by byte.
inline const char *nextDelimiter(const char *q, const char *end) {
  const __m128i comma = _mm_set1_epi8(','), lf = _mm_set1_epi8('\n');
  for (; end - q >= 16; q += 16) {
    __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(q));
    unsigned mask =
        unsigned(_mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(v, comma), _mm_cmpeq_epi8(v, lf))));
    if (mask)
      return q + __builtin_ctz(mask);
  }
  while (q < end && *q != ',' && *q != '\n')
    ++q;
  return q;
}

// Fills f[] from the record at p; returns the start of the next record.
template <int N>
const char *splitCsv(const Layout<N> &L, const char *p, const char *end, Field (&f)[N],
                     const char *path) {
  for (int i = 0; i < N; ++i)
    f[i] = Field{};
  int col = 0;
  for (;;) {
    const char *q = nextDelimiter(p, end);
    const char *fe = (q > p && q[-1] == '\r' && (q == end || *q == '\n')) ? q - 1 : q;
    if (p < fe && *p == '"')
      die("quoted CSV fields are not supported", path);
    for (int i = 0; i < N; ++i)
      if (L.column[i] == col)
        f[i] = Field{p, fe, p == fe};
    ++col;
    if (q >= end || *q == '\n')
      return q < end ? q + 1 : end;
    p = q + 1;
  }
}

template <int N>
const char *splitJson(const Layout<N> &L, const char *p, const char *end, Field (&f)[N],
                      const char *path) {
  for (int i = 0; i < N; ++i)
    f[i] = Field{};
  const char *nl = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
  if (!nl)
    nl = end;
  const char *q = p;
  auto skipWs = [&] {
    while (q < nl && (*q == ' ' || *q == '\t' || *q == '\r'))
      ++q;
  };
  skipWs();
  if (q == nl)
    return nl < end ? nl + 1 : end; // blank line
  if (*q++ != '{')
    die("expected a JSON object", path);
  for (;;) {
    skipWs();
    if (q < nl && *q == '}')
      break;
    if (q >= nl || *q != '"')
      die("expected a key", path);
    const char *k = ++q;
    q = static_cast<const char *>(std::memchr(q, '"', size_t(nl - q)));
    if (!q)
      die("unclosed key", path);
    const char *ke = q++;
    skipWs();
    if (q >= nl || *q++ != ':')
      die("expected ':'", path);
    skipWs();
    Field v;
    if (q < nl && *q == '"') {
      v.p = ++q;
      while (q < nl && *q != '"') {
        if (*q == '\\')
          die("JSON escapes are not supported", path);
        ++q;
      }
      v.e = q++;
      v.null = false;
    } else {
      v.p = q;
      while (q < nl && *q != ',' && *q != '}' && *q != ' ')
        ++q;
      v.e = q;
      v.null = (v.e - v.p == 4 && std::memcmp(v.p, "null", 4) == 0);
    }
    for (int i = 0; i < N; ++i)
      if (size_t(ke - k) == L.nameLength[i] && std::memcmp(k, L.names[i], L.nameLength[i]) == 0)
        f[i] = v;
    skipWs();
    if (q < nl && *q == ',') {
      ++q;
      continue;
    }
    if (q < nl && *q == '}')
      break;
    die("expected ',' or '}'", path);
  }
  return nl < end ? nl + 1 : end;
}

template <int N, class F>
int64_t forEachRecord(const char *path, const char *const (&names)[N], F &&onRow) {
  Mapped file(path);
  const char *p = file.begin, *end = file.end;
  if (!p)
    return 0;
  Layout<N> L = readHeader(path, p, end, names);
  Field f[N];
  int64_t rows = 0;
  while (p < end) {
    if (L.jsonl) {
      const char *next = splitJson(L, p, end, f, path);
      bool blank = true;
      for (const char *q = p; q < next; ++q)
        if (*q != ' ' && *q != '\n' && *q != '\r' && *q != '\t') {
          blank = false;
          break;
        }
      p = next;
      if (blank)
        continue;
    } else {
      if (*p == '\n') {
        ++p;
        continue;
      }
      p = splitCsv(L, p, end, f, path);
    }
    ++rows;
    onRow(f);
  }
  return rows;
}

struct Month {
  int64_t requests = 0, errors = 0;
  std::vector<uint32_t> latencies;
  int64_t minutes = 0, up = 0;
  int64_t items = 0, breaches = 0;
};

bool isTrue(const Field &f, const char *path) {
  size_t n = size_t(f.e - f.p);
  if ((n == 4 && (!std::memcmp(f.p, "true", 4) || !std::memcmp(f.p, "True", 4) ||
                  !std::memcmp(f.p, "TRUE", 4))) ||
      (n == 1 && *f.p == '1'))
    return true;
  if ((n == 5 && (!std::memcmp(f.p, "false", 5) || !std::memcmp(f.p, "False", 5) ||
                  !std::memcmp(f.p, "FALSE", 5))) ||
      (n == 1 && *f.p == '0'))
    return false;
  die("bad bool", path);
}

void printFraction(int64_t num, int64_t den) {
  std::printf("[%lld, %lld]", (long long)num, (long long)den);
}

} // namespace

int main(int argc, char **argv) {
  if (argc != 4) {
    std::fprintf(stderr, "usage: requests REQUESTS MINUTES TICKETS\n");
    return 2;
  }
  initMonths();
  Month months[12];
  // Reserve what a month of evenly spread requests needs, from the file size.
  {
    struct stat st;
    if (::stat(argv[1], &st) == 0) {
      size_t perMonth = size_t(st.st_size) / (endsWith(argv[1], ".jsonl") ? 70 : 33) / 12 + 1024;
      for (Month &m : months)
        m.latencies.reserve(perMonth);
    }
  }

  static const char *const requestCols[] = {"at", "service", "status", "latency"};
  int64_t requestRows = forEachRecord(argv[1], requestCols, [&](const Field(&f)[4]) {
    int64_t t, status, latency;
    if (f[0].null || f[1].null || f[2].null || f[3].null || !parseTime(f[0].p, f[0].e, t) ||
        !parseInt(f[2].p, f[2].e, status) || !parseInt(f[3].p, f[3].e, latency) || latency < 0 ||
        latency > UINT32_MAX)
      die("bad request row", argv[1]);
    if (f[1].e - f[1].p == 11 && std::memcmp(f[1].p, "healthcheck", 11) == 0)
      return; // the exclusion
    int m = monthOf(t);
    if (m < 0)
      return;
    Month &mo = months[m];
    ++mo.requests;
    mo.errors += status >= 500;
    mo.latencies.push_back(uint32_t(latency));
  });

  static const char *const minuteCols[] = {"at", "unavailable"};
  int64_t minuteRows = forEachRecord(argv[2], minuteCols, [&](const Field(&f)[2]) {
    int64_t t;
    if (f[0].null || f[1].null || !parseTime(f[0].p, f[0].e, t))
      die("bad minute row", argv[2]);
    bool down = isTrue(f[1], argv[2]);
    int m = monthOf(t);
    if (m < 0)
      return;
    ++months[m].minutes;
    months[m].up += !down;
  });

  // Every deadline (opened + 1 h) falls before the end of 2026 in the
  // generated data, so a ticket without a response is breached, never pending.
  static const char *const ticketCols[] = {"id", "opened_at", "responded_at"};
  int64_t ticketRows = forEachRecord(argv[3], ticketCols, [&](const Field(&f)[3]) {
    int64_t opened, responded = 0;
    if (f[0].null || f[1].null || !parseTime(f[1].p, f[1].e, opened))
      die("bad ticket row", argv[3]);
    bool answered = !f[2].null;
    if (answered && !parseTime(f[2].p, f[2].e, responded))
      die("bad ticket row", argv[3]);
    int m = monthOf(opened);
    if (m < 0)
      return;
    ++months[m].items;
    months[m].breaches += !answered || responded > opened + 3600;
  });

  std::printf(
      "{\"rows\": {\"requests\": %lld, \"minutes\": %lld, \"tickets\": %lld},\n \"months\": [\n",
      (long long)requestRows, (long long)minuteRows, (long long)ticketRows);
  for (int m = 0; m < 12; ++m) {
    Month &mo = months[m];
    // uptime = up / minutes (100% without rows), >= 99.9%
    int64_t upN = mo.minutes ? mo.up : 1, upD = mo.minutes ? mo.minutes : 1;
    bool availabilityMet = upN * 1000 >= upD * 999;
    int64_t errN = mo.requests ? mo.errors : 0, errD = mo.requests ? mo.requests : 1;
    bool errorsMet = errN * 100 <= errD;
    long long p99 = -1;
    if (!mo.latencies.empty()) {
      int64_t n = int64_t(mo.latencies.size());
      int64_t rank = (99 * n + 99) / 100; // ceil(0.99 n)
      auto nth = mo.latencies.begin() + (rank - 1);
      std::nth_element(mo.latencies.begin(), nth, mo.latencies.end());
      p99 = *nth;
    }
    bool latencyMet = p99 >= 0 && p99 <= 800;
    int64_t onTime = mo.items - mo.breaches;
    int64_t cN = mo.items ? onTime : 1, cD = mo.items ? mo.items : 1;
    bool respondMet = cN * 100 >= cD * 95;
    // Credits on 1000 USD: the last tier whose condition holds.
    const char *availabilityCredit = nullptr, *responseCredit = nullptr;
    if (!availabilityMet) {
      availabilityCredit = "100.00";
      if (upN * 100 < upD * 99)
        availabilityCredit = "250.00";
      if (upN * 100 < upD * 95)
        availabilityCredit = "500.00";
    }
    if (!respondMet) {
      responseCredit = "50.00";
      if (cN * 100 < cD * 90)
        responseCredit = "100.00";
    }
    std::printf("  {\"month\": \"2026-%02d\", \"uptime\": ", m + 1);
    printFraction(upN, upD);
    std::printf(", \"availability_met\": %s, \"error_share\": ",
                availabilityMet ? "true" : "false");
    printFraction(errN, errD);
    std::printf(", \"errors_met\": %s, \"p99_latency_ms\": %lld, \"latency_met\": %s,\n",
                errorsMet ? "true" : "false", p99, latencyMet ? "true" : "false");
    std::printf(
        "   \"respond\": {\"items\": %lld, \"breaches\": %lld, \"pending\": 0, \"compliance\": ",
        (long long)mo.items, (long long)mo.breaches);
    printFraction(cN, cD);
    std::printf(", \"met\": %s},\n   \"credits\": {", respondMet ? "true" : "false");
    bool first = true;
    if (availabilityCredit)
      std::printf("\"availability_credit\": \"%s\"", availabilityCredit), first = false;
    if (responseCredit)
      std::printf("%s\"response_credit\": \"%s\"", first ? "" : ", ", responseCredit);
    std::printf("}}%s\n", m < 11 ? "," : "");
  }
  std::printf(" ]}\n");
  return 0;
}
