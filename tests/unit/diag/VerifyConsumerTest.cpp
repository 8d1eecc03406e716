//===- VerifyConsumerTest.cpp - `--verify` expectations --------------------===//
//
// Each test reports diagnostics against a small source holding expectation
// comments and checks both the verdict of finish() and what it printed.
//
//===----------------------------------------------------------------------===//

#include "DiagTestSupport.h"

using namespace tenor;
using namespace tenor::test;

namespace {

class VerifyConsumerTest : public ::testing::Test {
protected:
  Sources src;
  std::string out;
  llvm::raw_string_ostream os{out};
  DiagEngine engine{src.sm};

  VerifyConsumerTest() {
    engine.setConsumer(makeVerifyConsumer(src.sm, os));
    engine.setErrorLimit(0);
  }

  /// `expected {found}` at the `occurrence`-th `needle` of buffer `id`.
  void expectedToken(unsigned id, llvm::StringRef needle, unsigned occurrence = 0) {
    engine.report(src.loc(id, needle, occurrence), DiagID::ExpectedToken, "`:`", needle);
  }
};

TEST_F(VerifyConsumerTest, MatchesOnTheSameLine) {
  unsigned id = src.add("t.tenor", "a b // expected-error{{expected `:`, found b}}\n");
  expectedToken(id, "b");
  EXPECT_TRUE(engine.finish());
  EXPECT_EQ(out, "");
}

TEST_F(VerifyConsumerTest, TextMayIncludeTheCode) {
  unsigned id = src.add("t.tenor", "a b // expected-error{{E0111: expected `:`}}\n");
  expectedToken(id, "b");
  EXPECT_TRUE(engine.finish()) << out;
}

TEST_F(VerifyConsumerTest, NoExpectationsAndNoDiagnosticsPasses) {
  src.add("t.tenor", "agreement A {}\n");
  EXPECT_TRUE(engine.finish());
  EXPECT_EQ(out, "");
}

TEST_F(VerifyConsumerTest, ReportsUnexpectedDiagnostics) {
  unsigned id = src.add("t.tenor", "a\nb\n");
  expectedToken(id, "b");
  EXPECT_FALSE(engine.finish());
  EXPECT_EQ(out, "error: unexpected error at t.tenor:2:1: E0111: expected `:`, found b\n");
}

TEST_F(VerifyConsumerTest, ReportsExpectationsNotProduced) {
  src.add("t.tenor", "a\n// expected-error@+1{{cannot compare}}\nb\n");
  EXPECT_FALSE(engine.finish());
  EXPECT_EQ(out, "error: expected error not produced at t.tenor:3: cannot compare\n");
}

TEST_F(VerifyConsumerTest, ReportsTextMismatchAsBoth) {
  unsigned id = src.add("t.tenor", "b // expected-error{{found c}}\n");
  expectedToken(id, "b");
  EXPECT_FALSE(engine.finish());
  EXPECT_EQ(out, "error: unexpected error at t.tenor:1:1: E0111: expected `:`, found b\n"
                 "error: expected error not produced at t.tenor:1: found c\n");
}

TEST_F(VerifyConsumerTest, LineDesignators) {
  unsigned id = src.add("t.tenor", "// expected-error@+1{{found one}}\n"
                                   "one\n"
                                   "two\n"
                                   "// expected-error@-1{{found two}}\n"
                                   "// expected-error@6{{found six}}\n"
                                   "six\n");
  // Occurrence 0 of "one" and "six" is in the comment.
  expectedToken(id, "one", 1);
  expectedToken(id, "two");
  expectedToken(id, "six", 1);
  EXPECT_TRUE(engine.finish()) << out;
}

TEST_F(VerifyConsumerTest, ColumnDesignators) {
  unsigned id = src.add("t.tenor", "// expected-error@+1:5{{found qq}}\n"
                                   "one qq\n"
                                   "two zz // expected-error@+0:5{{found zz}}\n");
  expectedToken(id, "qq", 1);
  expectedToken(id, "zz", 0);
  EXPECT_TRUE(engine.finish()) << out;
}

TEST_F(VerifyConsumerTest, ColumnMustMatch) {
  unsigned id = src.add("t.tenor", "// expected-error@+1:4{{found qq}}\n"
                                   "one qq\n");
  expectedToken(id, "qq", 1);
  EXPECT_FALSE(engine.finish());
  EXPECT_EQ(out, "error: unexpected error at t.tenor:2:5: E0111: expected `:`, found qq\n"
                 "error: expected error not produced at t.tenor:2:4: found qq\n");
}

TEST_F(VerifyConsumerTest, ColumnsCountCodePoints) {
  unsigned id = src.add("t.tenor", "// expected-error@+1:5{{found qq}}\n"
                                   "\xC3\xA9t\xC3\xA9 qq\n");
  expectedToken(id, "qq", 1);
  EXPECT_TRUE(engine.finish()) << out;
}

TEST_F(VerifyConsumerTest, NotesWithoutLocationAreMatchedAtTheirDiagnostic) {
  unsigned id =
      src.add("t.tenor", "// expected-error@+1:1{{found evry}} expected-note@+1:1{{did you}}\n"
                         "evry month\n");
  engine.report(src.loc(id, "evry", 1), DiagID::ExpectedToken, "an item", "evry")
      .note(llvm::SMLoc(), DiagID::DidYouMean, "every");
  EXPECT_TRUE(engine.finish()) << out;
}

TEST_F(VerifyConsumerTest, SeverityMustMatch) {
  unsigned id = src.add("t.tenor", "b // expected-warning{{found b}}\n");
  expectedToken(id, "b");
  EXPECT_FALSE(engine.finish());
  EXPECT_NE(out.find("unexpected error at t.tenor:1"), std::string::npos) << out;
  EXPECT_NE(out.find("expected warning not produced at t.tenor:1: found b"), std::string::npos);
}

TEST_F(VerifyConsumerTest, WarningsAndSeveralExpectationsInOneComment) {
  unsigned id =
      src.add("t.tenor", "( x y // expected-error{{found x}} expected-note{{`(` opened here}}\n"
                         "// expected-warning@-1 {{W: careful}}\n");
  engine.report(src.loc(id, "x"), DiagID::ExpectedToken, "`)`", "x")
      .note(src.loc(id, "("), DiagID::OpenedHere, "`(`");
  {
    DiagBuilder warning(engine, makeDiag(DiagID::UnexpectedToken, Severity::Warning,
                                         src.loc(id, "y"), "W: careful"));
  }
  EXPECT_TRUE(engine.finish()) << out;
}

TEST_F(VerifyConsumerTest, NotesAreMatchedAtTheirOwnLine) {
  unsigned id = src.add("t.tenor", "{ // expected-note{{opened here}}\n"
                                   "x // expected-error{{found x}}\n");
  engine.report(src.loc(id, "x //"), DiagID::ExpectedToken, "`}`", "x")
      .note(src.loc(id, "{"), DiagID::OpenedHere, "`{`");
  EXPECT_TRUE(engine.finish()) << out;
}

TEST_F(VerifyConsumerTest, UnexpectedNotesFail) {
  unsigned id = src.add("t.tenor", "{\nx // expected-error{{found x}}\n");
  engine.report(src.loc(id, "x"), DiagID::ExpectedToken, "`}`", "x")
      .note(src.loc(id, "{"), DiagID::OpenedHere, "`{`");
  EXPECT_FALSE(engine.finish());
  EXPECT_EQ(out, "error: unexpected note at t.tenor:1:1: `{` opened here\n");
}

TEST_F(VerifyConsumerTest, EachExpectationMatchesOneDiagnostic) {
  unsigned id = src.add("t.tenor", "b b // expected-error{{found b}}\n");
  expectedToken(id, "b", 0);
  expectedToken(id, "b", 1);
  EXPECT_FALSE(engine.finish());
  EXPECT_EQ(out, "error: unexpected error at t.tenor:1:3: E0111: expected `:`, found b\n");
}

TEST_F(VerifyConsumerTest, TwoExpectationsForTwoDiagnostics) {
  unsigned id = src.add("t.tenor", "b b // expected-error{{found b}} expected-error{{found b}}\n");
  expectedToken(id, "b", 0);
  expectedToken(id, "b", 1);
  EXPECT_TRUE(engine.finish()) << out;
}

TEST_F(VerifyConsumerTest, LooseExpectationDoesNotStealFromAPreciseOne) {
  // A greedy match would give `found` to the first diagnostic and leave
  // `found b` without its diagnostic.
  unsigned id = src.add("t.tenor", "b c // expected-error{{found}} expected-error{{found b}}\n");
  expectedToken(id, "b");
  expectedToken(id, "c");
  EXPECT_TRUE(engine.finish()) << out;
}

TEST_F(VerifyConsumerTest, MalformedExpectationsFail) {
  src.add("t.tenor", "a // expected-error{{never closed\n"
                     "b // expected-error@{{no line}}\n"
                     "c // expected-error@-5{{before the file}}\n"
                     "d // expected-note text without braces\n"
                     "e // expected-error@+1:x{{no column}}\n");
  EXPECT_FALSE(engine.finish());
  EXPECT_EQ(out, "error: malformed expectation at t.tenor:1: `expected-error` is missing its "
                 "closing `}}`\n"
                 "error: malformed expectation at t.tenor:2: expected a line number, `+N`, `-N` "
                 "or `*` after `@`\n"
                 "error: malformed expectation at t.tenor:3: line -2 does not exist\n"
                 "error: malformed expectation at t.tenor:4: expected `{{` after "
                 "`expected-note`\n"
                 "error: malformed expectation at t.tenor:5: expected a column number after `:`\n");
}

TEST_F(VerifyConsumerTest, ProseIsNotAnExpectation) {
  src.add("t.tenor", "// unexpected-error{{x}} and expected-value{{y}}, expected-errors\n"
                     "s = \"expected-error{{not in a comment}}\"\n");
  EXPECT_TRUE(engine.finish()) << out;
}

TEST_F(VerifyConsumerTest, DiagnosticsWithoutLocationNeedAnyLineExpectation) {
  src.add("t.tenor", "// expected-error@*{{cannot open `gone.tenor`}}\n");
  engine.reportFile("gone.tenor", DiagID::CannotOpenFile, "gone.tenor", "no such file");
  EXPECT_TRUE(engine.finish()) << out;
}

TEST_F(VerifyConsumerTest, DiagnosticsWithoutLocationAreOtherwiseUnexpected) {
  src.add("t.tenor", "// nothing expected\n");
  engine.reportFile("gone.tenor", DiagID::CannotOpenFile, "gone.tenor", "no such file");
  EXPECT_FALSE(engine.finish());
  EXPECT_EQ(out, "error: unexpected error at gone.tenor: E0001: cannot open `gone.tenor`: no such "
                 "file\n");
}

TEST_F(VerifyConsumerTest, AnyLineExpectationStaysInItsBuffer) {
  unsigned a = src.add("a.tenor", "x\n");
  src.add("b.tenor", "// expected-error@*{{found x}}\n");
  expectedToken(a, "x");
  EXPECT_FALSE(engine.finish());
  EXPECT_EQ(out, "error: unexpected error at a.tenor:1:1: E0111: expected `:`, found x\n"
                 "error: expected error not produced at b.tenor:*: found x\n");
}

TEST_F(VerifyConsumerTest, ExpectationsInEveryBuffer) {
  unsigned a = src.add("a.tenor", "x // expected-error{{found x}}\n");
  unsigned b = src.add("b.tenor", "\ny // expected-error{{found y}}\n");
  expectedToken(b, "y");
  expectedToken(a, "x");
  EXPECT_TRUE(engine.finish()) << out;
}

TEST_F(VerifyConsumerTest, BlockCommentsHoldExpectationsToo) {
  unsigned id = src.add("t.tenor", "x /* expected-error{{found x}} */\n");
  expectedToken(id, "x");
  EXPECT_TRUE(engine.finish()) << out;
}

} // namespace
