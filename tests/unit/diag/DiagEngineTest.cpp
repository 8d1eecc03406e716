//===- DiagEngineTest.cpp - Engine, builder and registry -------------------===//
//
// Checks formatting through the registry, ranges and notes collected by the
// builder, counting, the error limit and the consistency of Diagnostics.def.
//
//===----------------------------------------------------------------------===//

#include "DiagTestSupport.h"

#include "llvm/ADT/StringSet.h"

#include <regex>

using namespace tenor;
using namespace tenor::test;

namespace {

class DiagEngineTest : public ::testing::Test {
protected:
  Sources src;
  std::vector<Diagnostic> seen;
  DiagEngine engine{src.sm};
  unsigned id = src.add("e.tenor", "a b c d e f\n");

  DiagEngineTest() { engine.setConsumer(std::make_unique<RecordingConsumer>(seen)); }

  void warn(llvm::SMLoc loc) {
    DiagBuilder b(engine, makeDiag(DiagID::UnexpectedToken, Severity::Warning, loc, "w"));
  }
  void errorAt(llvm::StringRef needle) {
    engine.report(src.loc(id, needle), DiagID::UnexpectedCharacter, needle, "");
  }
};

TEST_F(DiagEngineTest, FormatsTheRegistryMessage) {
  engine.report(src.range(id, "b c"), DiagID::ExpectedToken, "`:`", std::string("`b`"))
      .note(src.loc(id, "a"), DiagID::DidYouMean, llvm::StringRef("x"));
  ASSERT_EQ(seen.size(), 1u);
  const Diagnostic &d = seen[0];
  EXPECT_EQ(d.id, DiagID::ExpectedToken);
  EXPECT_EQ(d.severity, Severity::Error);
  EXPECT_EQ(d.message, "expected `:`, found `b`");
  EXPECT_EQ(d.loc.getPointer(), src.loc(id, "b").getPointer());
  ASSERT_EQ(d.ranges.size(), 1u);
  EXPECT_EQ(d.ranges[0].End.getPointer(), src.loc(id, " d").getPointer());
  ASSERT_EQ(d.notes.size(), 1u);
  EXPECT_EQ(d.notes[0].message, "did you mean `x`?");
}

TEST_F(DiagEngineTest, EmitsOnceWhenTheBuilderDies) {
  {
    DiagBuilder b = engine.report(src.loc(id, "a"), DiagID::FileIsEmpty);
    DiagBuilder moved = std::move(b);
    EXPECT_TRUE(seen.empty());
  }
  EXPECT_EQ(seen.size(), 1u);
}

TEST_F(DiagEngineTest, CountsErrorsAndWarnings) {
  EXPECT_FALSE(engine.hasErrors());
  warn(src.loc(id, "a"));
  EXPECT_FALSE(engine.hasErrors());
  errorAt("b");
  errorAt("c");
  EXPECT_TRUE(engine.hasErrors());
  EXPECT_EQ(engine.errorCount(), 2u);
  EXPECT_EQ(engine.warningCount(), 1u);
}

TEST_F(DiagEngineTest, StopsAtTheErrorLimit) {
  engine.setErrorLimit(3);
  warn(src.loc(id, "a"));
  for (llvm::StringRef e : {"b", "c"})
    errorAt(e);
  EXPECT_FALSE(engine.limitReached());
  errorAt("d");
  EXPECT_TRUE(engine.limitReached());
  errorAt("e");
  warn(src.loc(id, "f"));

  ASSERT_EQ(seen.size(), 5u);
  const Diagnostic &stop = seen.back();
  EXPECT_EQ(stop.id, DiagID::TooManyErrors);
  EXPECT_EQ(stop.severity, Severity::Error);
  EXPECT_EQ(stop.message, "too many errors (3); stopping here");
  EXPECT_EQ(stop.loc.getPointer(), src.loc(id, "d").getPointer());
  EXPECT_EQ(engine.errorCount(), 3u);
  EXPECT_EQ(engine.warningCount(), 1u);
}

TEST_F(DiagEngineTest, DefaultLimitIsTwenty) {
  for (int i = 0; i < 25; ++i)
    errorAt("a");
  ASSERT_EQ(seen.size(), 21u);
  EXPECT_EQ(seen.back().message, "too many errors (20); stopping here");
  EXPECT_TRUE(engine.limitReached());
}

TEST_F(DiagEngineTest, LimitZeroMeansNoLimit) {
  engine.setErrorLimit(0);
  for (int i = 0; i < 100; ++i)
    errorAt("a");
  EXPECT_EQ(seen.size(), 100u);
  EXPECT_FALSE(engine.limitReached());
}

TEST_F(DiagEngineTest, LimitKeepsTheFileOfAFileLevelError) {
  engine.setErrorLimit(1);
  engine.reportFile("gone.tenor", DiagID::CannotOpenFile, "gone.tenor", "no such file");
  ASSERT_EQ(seen.size(), 2u);
  EXPECT_EQ(seen[1].file, "gone.tenor");
  EXPECT_FALSE(seen[1].loc.isValid());
}

TEST_F(DiagEngineTest, FinishWithoutConsumerSucceeds) {
  DiagEngine bare(src.sm);
  bare.report(src.loc(id, "a"), DiagID::FileIsEmpty);
  EXPECT_EQ(bare.errorCount(), 1u);
  EXPECT_TRUE(bare.finish());
}

TEST(DiagRegistryTest, CodesAndNamesAreUniqueAndWellFormed) {
  llvm::StringSet<> codes, names;
  std::regex codePattern("[EW][0-9]{4}");
  for (const DiagInfo &info : allDiagInfos()) {
    EXPECT_TRUE(names.insert(info.name).second) << "duplicate name " << info.name.str();
    EXPECT_FALSE(info.format.empty()) << info.name.str();
    if (info.severity == Severity::Note) {
      EXPECT_TRUE(info.code.empty()) << info.name.str();
      continue;
    }
    EXPECT_TRUE(codes.insert(info.code).second) << "duplicate code " << info.code.str();
    EXPECT_TRUE(std::regex_match(info.code.str(), codePattern)) << info.code.str();
    // Warnings are W codes and errors E codes, so the code tells the severity.
    EXPECT_EQ(info.code[0] == 'W', info.severity == Severity::Warning) << info.code.str();
  }
}

TEST(DiagRegistryTest, LooksUpByID) {
  EXPECT_EQ(diagInfo(DiagID::CannotOpenFile).code, "E0001");
  EXPECT_EQ(diagInfo(DiagID::CannotOpenFile).name, "CannotOpenFile");
  EXPECT_EQ(diagInfo(DiagID::TooManyErrors).format, "too many errors ({}); stopping here");
  EXPECT_EQ(diagInfo(DiagID::OpenedHere).severity, Severity::Note);
  EXPECT_EQ(&diagInfo(DiagID::DidYouMean), &allDiagInfos()[unsigned(DiagKind(DiagID::DidYouMean))]);
}

} // namespace

namespace {

// The arguments a call passes are checked against the types the registry
// declares; DiagEngine::report static_asserts on this predicate, so a call
// that fails it does not compile.
template <typename Desc, typename... Args> constexpr bool matches(Desc, Args...) {
  return diag::argumentsMatch((Desc *)nullptr, (Args *)nullptr...);
}

TEST(DiagRegistryTest, ChecksArgumentTypes) {
  static_assert(matches(DiagID::CannotOpenFile, std::string(), llvm::StringRef()));
  static_assert(matches(DiagID::CannotOpenFile, "a", "b"));
  static_assert(!matches(DiagID::CannotOpenFile, "only one"));
  static_assert(!matches(DiagID::CannotOpenFile, "a", 42));
  static_assert(matches(DiagID::TooManyErrors, 20u));
  static_assert(!matches(DiagID::TooManyErrors, "20"));
  static_assert(matches(DiagID::NoDefaultParty, diag::ItemKind::Report, 2u));
  static_assert(!matches(DiagID::NoDefaultParty, "report", 2u));
  static_assert(matches(DiagID::FileIsBinary));
  EXPECT_EQ(formatDiag(DiagID::NoDefaultParty, diag::spelling(diag::ItemKind::Report), 2),
            "this report needs `by`: there are 2 providers or teams, so none is the default");
}

// The words of typed arguments live in the diag library; sema passes facts.
TEST(DiagRegistryTest, SpellsTypedArguments) {
  using diag::ItemKind;
  static_assert(!matches(DiagID::MissingItem, ItemKind::Holdback, "h", "`base`"));
  EXPECT_EQ(formatDiag(DiagID::MissingItem, diag::spelling(ItemKind::Holdback), "h",
                       diag::spelling(diag::Clause::ReleasedIf)),
            "holdback `h` has no `released if`");
  EXPECT_EQ(diag::spelling(diag::Named{ItemKind::Parameter, "p", "f"}), "parameter `p` of `f`");
  EXPECT_EQ(diag::spelling(diag::Named{ItemKind::TotalCap, "credits"}), "`cap total credits`");
  EXPECT_EQ(diag::spelling(diag::Members{{"a", "b", "c"}}), "`a`, `b` or `c`");
  EXPECT_EQ(diag::spelling(diag::Members{}), "no members");
  EXPECT_EQ(diag::spelling(diag::NameOrExpr{}), "this expression");
  EXPECT_EQ(diag::spelling(diag::MemberOwner{diag::MemberOwner::Kind::Enum, "E"}), "enum `E`");
}

TEST(DiagRegistryTest, CountsPlaceholders) {
  static_assert(diag::placeholderCount("no argument") == 0);
  static_assert(diag::placeholderCount("`{}` and `{}`") == 2);
  static_assert(diag::placeholderCount("`{0}` twice `{0}`") == 1);
  static_assert(diag::placeholderCount("`{1}.{0}`") == 2);
  static_assert(diag::placeholderCount("0x{:02X}") == 1);
  static_assert(diag::placeholderCount("{{literal}}") == 0);
}

} // namespace
