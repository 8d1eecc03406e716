//===- AgreementGenerator.h - Random but well-typed agreements --*- C++ -*-===//
//
// The structure-aware harness of issue 12 generates Tenor agreements that
// are valid by construction: every expression is built for a wanted type and
// dimension, every name it uses is declared, every tier table is nested. So
// an agreement that `tenorc check` rejects is a bug of this generator or of
// the compiler, and one that checks clean but whose evaluator does not
// compile is a compiler bug.
//
// Every decision is taken through Choices, so that the same generator runs
// on libFuzzer's bytes (FuzzedChoices.h) and on a seeded random stream
// (SeededChoices, for `tenor-gen` and the compile-sample script).
//
//===----------------------------------------------------------------------===//

#ifndef TENOR_TESTS_FUZZ_GEN_AGREEMENTGENERATOR_H
#define TENOR_TESTS_FUZZ_GEN_AGREEMENTGENERATOR_H

#include <cstdint>
#include <random>
#include <string>

namespace tenor::gen {

/// A source of decisions. `pick(n)` returns a number in [0, n); a source
/// that has run dry returns 0, and the generator is written so that always
/// taking choice 0 still ends with a valid agreement.
class Choices {
public:
  virtual ~Choices() = default;
  virtual uint32_t pick(uint32_t n) = 0;

  /// True with probability `percent` / 100 (false when the source is dry).
  bool chance(uint32_t percent) { return pick(100) >= 100 - percent; }
  /// A number in [lo, hi].
  uint32_t between(uint32_t lo, uint32_t hi) { return lo + pick(hi - lo + 1); }
};

/// Decisions from a seeded Mersenne twister: the same seed gives the same
/// agreement on every machine (no std distribution, whose output the
/// standard leaves to the library).
class SeededChoices : public Choices {
public:
  explicit SeededChoices(uint64_t seed) : rng(seed) {}
  uint32_t pick(uint32_t n) override { return n <= 1 ? 0 : static_cast<uint32_t>(rng() % n); }

private:
  std::mt19937_64 rng;
};

/// The text of one agreement module: imports of the standard library,
/// top-level declarations and one agreement.
std::string generateAgreement(Choices &choices);

} // namespace tenor::gen

#endif
