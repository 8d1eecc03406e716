//===- JsonConsumerTest.cpp - Diagnostics as JSON lines --------------------===//
//
// Checks the exact bytes of one line (key order is part of the format) and
// that every line parses back as JSON with the expected fields.
//
//===----------------------------------------------------------------------===//

#include "DiagTestSupport.h"

#include "llvm/Support/JSON.h"

using namespace tenor;
using namespace tenor::test;

namespace {

class JsonConsumerTest : public ::testing::Test {
protected:
  Sources src;
  std::string out;
  llvm::raw_string_ostream os{out};
  std::unique_ptr<DiagConsumer> consumer = makeJsonConsumer(src.sm, os);

  /// Every output line, parsed.
  std::vector<llvm::json::Value> lines() {
    consumer->finish();
    std::vector<llvm::json::Value> result;
    llvm::StringRef text = out;
    while (!text.empty()) {
      auto [line, rest] = text.split('\n');
      llvm::Expected<llvm::json::Value> v = llvm::json::parse(line);
      if (!v) {
        ADD_FAILURE() << llvm::toString(v.takeError()) << " in " << line.str();
        return result;
      }
      result.push_back(std::move(*v));
      text = rest;
    }
    return result;
  }
};

TEST_F(JsonConsumerTest, WritesOneLineWithKeysInFixedOrder) {
  unsigned id = src.add("sla/é.tenor", "\n  x >= 5 min\n");
  Diagnostic d =
      makeDiag(DiagID::ChainedComparison, Severity::Error, src.loc(id, ">="), "cannot compare `x`");
  d.ranges.push_back(src.range(id, "x >= 5 min"));
  d.notes.push_back({src.loc(id, "x"), "declared here"});
  consumer->handle(d);
  EXPECT_EQ(out,
            R"({"file":"sla/é.tenor","line":2,"column":5,"end_line":2,"end_column":13,)"
            R"("severity":"error","code":"E0115","message":"cannot compare `x`",)"
            R"("ranges":[{"line":2,"column":3,"end_line":2,"end_column":13}],)"
            R"("notes":[{"file":"sla/é.tenor","line":2,"column":3,"message":"declared here"}]})"
            "\n");
}

TEST_F(JsonConsumerTest, EndIsTheStartWithoutARangeAroundTheLocation) {
  unsigned id = src.add("a.tenor", "a b c\n");
  Diagnostic d = makeDiag(DiagID::UnexpectedToken, Severity::Warning, src.loc(id, "b"), "m");
  d.ranges.push_back(src.range(id, "c")); // does not contain the location
  consumer->handle(d);
  std::vector<llvm::json::Value> v = lines();
  ASSERT_EQ(v.size(), 1u);
  const llvm::json::Object &o = *v[0].getAsObject();
  EXPECT_EQ(num(o, "column"), 3);
  EXPECT_EQ(num(o, "end_line"), 1);
  EXPECT_EQ(num(o, "end_column"), 3);
  EXPECT_EQ(str(o, "severity"), "warning");
  EXPECT_EQ(o.getArray("ranges")->size(), 1u);
  EXPECT_EQ(o.getArray("notes")->size(), 0u);
}

TEST_F(JsonConsumerTest, ColumnsCountCodePoints) {
  unsigned id = src.add("u.tenor", "\"Générale\" x\n");
  consumer->handle(makeDiag(DiagID::UnexpectedToken, Severity::Error, src.loc(id, "x"), "m"));
  std::vector<llvm::json::Value> v = lines();
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(num(*v[0].getAsObject(), "column"), 12);
}

TEST_F(JsonConsumerTest, FileLevelDiagnosticsHaveLineZero) {
  Diagnostic d = makeDiag(DiagID::CannotOpenFile, Severity::Error, llvm::SMLoc(), "cannot open");
  d.file = "gone.tenor";
  d.notes.push_back({llvm::SMLoc(), "a note"});
  consumer->handle(d);
  consumer->handle(makeDiag(DiagID::CannotOpenFile, Severity::Error, llvm::SMLoc(), "again"));
  std::vector<llvm::json::Value> v = lines();
  ASSERT_EQ(v.size(), 2u);
  const llvm::json::Object &o = *v[0].getAsObject();
  EXPECT_EQ(str(o, "file"), "gone.tenor");
  EXPECT_EQ(num(o, "line"), 0);
  EXPECT_EQ(num(o, "column"), 0);
  EXPECT_EQ(str(o, "code"), "E0001");
  const llvm::json::Object &note = *o.getArray("notes")->front().getAsObject();
  EXPECT_EQ(str(note, "file"), "");
  EXPECT_EQ(num(note, "line"), 0);
  EXPECT_EQ(str(note, "message"), "a note");
  EXPECT_EQ(str(*v[1].getAsObject(), "file"), "");
}

TEST_F(JsonConsumerTest, MessagesThatAreNotUtf8StillGiveValidJson) {
  unsigned id = src.add("b.tenor", "a \xFF\n");
  consumer->handle(makeDiag(DiagID::UnexpectedCharacter, Severity::Error, src.loc(id, "\xFF"),
                            "unexpected character `\xFF`"));
  std::vector<llvm::json::Value> v = lines();
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(num(*v[0].getAsObject(), "column"), 3);
}

} // namespace
