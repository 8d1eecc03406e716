//===- FuzzedChoices.h - Generator decisions from libFuzzer's bytes -*- C++ -*-===//
//
// The generator's Choices over clang's FuzzedDataProvider (header-only, in
// <fuzzer/FuzzedDataProvider.h>), so that libFuzzer's mutations of the
// input bytes become mutations of the agreement's structure. A drained
// provider answers 0, which the generator always accepts.
//
//===----------------------------------------------------------------------===//

#ifndef TENOR_TESTS_FUZZ_GEN_FUZZEDCHOICES_H
#define TENOR_TESTS_FUZZ_GEN_FUZZEDCHOICES_H

#include "AgreementGenerator.h"

#include <fuzzer/FuzzedDataProvider.h>

namespace tenor::gen {

class FuzzedChoices : public Choices {
public:
  FuzzedChoices(const uint8_t *data, size_t size) : provider(data, size) {}
  uint32_t pick(uint32_t n) override {
    return n <= 1 ? 0 : provider.ConsumeIntegralInRange<uint32_t>(0, n - 1);
  }

private:
  FuzzedDataProvider provider;
};

} // namespace tenor::gen

#endif
