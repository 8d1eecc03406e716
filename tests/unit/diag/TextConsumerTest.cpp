//===- TextConsumerTest.cpp - The human-readable rendering -----------------===//
//
// Checks the exact text of rendered diagnostics: header, gutter, caret and
// range markers, tab expansion, code-point columns and notes.
//
//===----------------------------------------------------------------------===//

#include "DiagTestSupport.h"

using namespace tenor;
using namespace tenor::test;

namespace {

class TextConsumerTest : public ::testing::Test {
protected:
  Sources src;
  std::string out;
  llvm::raw_string_ostream os{out};
  std::unique_ptr<DiagConsumer> consumer = makeTextConsumer(src.sm, os);

  std::string render(const Diagnostic &d) {
    consumer->handle(d);
    consumer->finish();
    return out;
  }
};

const char *ComputeSla = "// 1\n// 2\n// 3\n// 4\n// 5\n// 6\n// 7\n// 8\n"
                         "  metric uptime: percent\n"
                         "// 10\n// 11\n// 12\n// 13\n"
                         "    target uptime >= 5 min\n";

TEST_F(TextConsumerTest, RendersTheSpecExample) {
  unsigned id = src.add("sla/compute.tenor", ComputeSla);
  Diagnostic d = makeDiag(DiagID::ChainedComparison, Severity::Error, src.loc(id, ">="),
                          "cannot compare percent with duration");
  d.ranges.push_back(src.range(id, "uptime", 1));
  d.ranges.push_back(src.range(id, "5 min"));
  d.notes.push_back({src.loc(id, "uptime"), "'uptime' is declared as percent here"});
  EXPECT_EQ(render(d),
            "sla/compute.tenor:14:19: error[E0115]: cannot compare percent with duration\n"
            "   14 |     target uptime >= 5 min\n"
            "      |            ~~~~~~ ^  ~~~~~\n"
            "note: 'uptime' is declared as percent here: sla/compute.tenor:9:10\n");
}

TEST_F(TextConsumerTest, CaretWinsOverARangeItLiesIn) {
  unsigned id = src.add("a.tenor", "x = 1\n");
  Diagnostic d = makeDiag(DiagID::AssignInsteadOfEquals, Severity::Error, src.loc(id, "="), "m");
  d.ranges.push_back(src.range(id, "x = 1"));
  EXPECT_EQ(render(d), "a.tenor:1:3: error[E0117]: m\n"
                       "    1 | x = 1\n"
                       "      | ~~^~~\n");
}

TEST_F(TextConsumerTest, RendersWarnings) {
  unsigned id = src.add("a.tenor", "metric m: count\n");
  Diagnostic d = makeDiag(DiagID::UnknownUnit, Severity::Warning, src.loc(id, "m:"), "unused");
  EXPECT_EQ(render(d), "a.tenor:1:8: warning[E0110]: unused\n"
                       "    1 | metric m: count\n"
                       "      |        ^\n");
}

TEST_F(TextConsumerTest, GutterWidensWithTheLineNumber) {
  std::string text;
  for (int i = 1; i < 12345; ++i)
    text += "\n";
  text += "bad line\n";
  unsigned id = src.add("big.tenor", text);
  Diagnostic d = makeDiag(DiagID::UnexpectedCharacter, Severity::Error, src.loc(id, "line"), "m");
  EXPECT_EQ(render(d), "big.tenor:12345:5: error[E0101]: m\n"
                       " 12345 | bad line\n"
                       "       |     ^\n");
}

TEST_F(TextConsumerTest, ExpandsTabsInBothLines) {
  unsigned id = src.add("t.tenor", "\tx\t= 1\n");
  Diagnostic d = makeDiag(DiagID::AssignInsteadOfEquals, Severity::Error, src.loc(id, "="), "m");
  d.ranges.push_back(src.range(id, "x\t"));
  // Column 4 counts the tab as one character; the display expands it.
  EXPECT_EQ(render(d), "t.tenor:1:4: error[E0117]: m\n"
                       "    1 |         x       = 1\n"
                       "      |         ~~~~~~~~^\n");
}

TEST_F(TextConsumerTest, CountsColumnsInCodePoints) {
  unsigned id = src.add("u.tenor", "party \"Société Générale\" suplier\n");
  Diagnostic d = makeDiag(DiagID::UnknownChoice, Severity::Error, src.loc(id, "suplier"), "m");
  d.ranges.push_back(src.range(id, "Générale"));
  d.ranges.push_back(src.range(id, "suplier"));
  EXPECT_EQ(render(d), "u.tenor:1:26: error[E0119]: m\n"
                       "    1 | party \"Société Générale\" suplier\n"
                       "      |                ~~~~~~~~  ^~~~~~~\n");
}

TEST_F(TextConsumerTest, WideCharactersTakeTwoCells) {
  unsigned id = src.add("w.tenor", "name \"東京\" x\n");
  Diagnostic d = makeDiag(DiagID::UnexpectedCharacter, Severity::Error, src.loc(id, "x"), "m");
  EXPECT_EQ(render(d), "w.tenor:1:11: error[E0101]: m\n"
                       "    1 | name \"東京\" x\n"
                       "      |             ^\n");
}

TEST_F(TextConsumerTest, SpellsOutBytesThatAreNotUtf8) {
  unsigned id = src.add("b.tenor", "a \xFF b\n");
  Diagnostic d = makeDiag(DiagID::FileNotUtf8, Severity::Error, src.loc(id, "b"), "m");
  EXPECT_EQ(render(d), "b.tenor:1:5: error[E0002]: m\n"
                       "    1 | a <FF> b\n"
                       "      |        ^\n");
}

TEST_F(TextConsumerTest, UnderlinesOnlyTheLocationLineOfAMultiLineRange) {
  unsigned id = src.add("m.tenor", "if a\n  then b\n  else c\n");
  Diagnostic d = makeDiag(DiagID::UnexpectedToken, Severity::Error, src.loc(id, "b"), "m");
  d.ranges.push_back(src.range(id, "if a\n  then b\n  else c"));
  d.ranges.push_back(src.range(id, "else")); // wholly on another line: not shown
  EXPECT_EQ(render(d), "m.tenor:2:8: error[E0113]: m\n"
                       "    2 |   then b\n"
                       "      | ~~~~~~~^\n");
}

TEST_F(TextConsumerTest, CaretPastTheEndOfTheLastLine) {
  unsigned id = src.add("e.tenor", "agreement A {");
  llvm::StringRef text = src.sm.getMemoryBuffer(id)->getBuffer();
  Diagnostic d = makeDiag(DiagID::UnclosedBlock, Severity::Error,
                          llvm::SMLoc::getFromPointer(text.end()), "m");
  EXPECT_EQ(render(d), "e.tenor:1:14: error[E0112]: m\n"
                       "    1 | agreement A {\n"
                       "      |              ^\n");
}

TEST_F(TextConsumerTest, IgnoresCarriageReturns) {
  unsigned id = src.add("crlf.tenor", "a b\r\nc d\r\n");
  Diagnostic d = makeDiag(DiagID::UnexpectedToken, Severity::Error, src.loc(id, "d"), "m");
  EXPECT_EQ(render(d), "crlf.tenor:2:3: error[E0113]: m\n"
                       "    2 | c d\n"
                       "      |   ^\n");
}

TEST_F(TextConsumerTest, NoteWithoutLocationIsJustItsMessage) {
  unsigned id = src.add("n.tenor", "x y\n");
  Diagnostic d = makeDiag(DiagID::UnexpectedToken, Severity::Error, src.loc(id, "y"), "m");
  d.notes.push_back({llvm::SMLoc(), "did you mean `z`?"});
  EXPECT_EQ(render(d), "n.tenor:1:3: error[E0113]: m\n"
                       "    1 | x y\n"
                       "      |   ^\n"
                       "note: did you mean `z`?\n");
}

TEST_F(TextConsumerTest, FileLevelDiagnostics) {
  Diagnostic d = makeDiag(DiagID::CannotOpenFile, Severity::Error, llvm::SMLoc(), "cannot open");
  d.file = "missing.tenor";
  consumer->handle(d);
  d.file.clear();
  consumer->handle(d);
  EXPECT_EQ(out, "missing.tenor: error[E0001]: cannot open\n"
                 "tenorc: error[E0001]: cannot open\n");
}

TEST_F(TextConsumerTest, WorksThroughTheEngine) {
  unsigned id = src.add("g.tenor", "a ( b\n");
  DiagEngine engine(src.sm);
  engine.setConsumer(makeTextConsumer(src.sm, os));
  engine.report(src.loc(id, "b"), DiagID::ExpectedToken, "`)`", "`b`")
      .note(src.loc(id, "("), DiagID::OpenedHere, "`(`");
  EXPECT_TRUE(engine.finish());
  EXPECT_EQ(out, "g.tenor:1:5: error[E0111]: expected `)`, found `b`\n"
                 "    1 | a ( b\n"
                 "      |     ^\n"
                 "note: `(` opened here: g.tenor:1:3\n");
}

} // namespace
