//===- SarifConsumerTest.cpp - Diagnostics as a SARIF log ------------------===//
//
// Parses the log back with llvm::json and checks the parts code-scanning
// tools rely on: schema and version, the rules table, results pointing into
// it, physical locations and related locations for notes.
//
//===----------------------------------------------------------------------===//

#include "DiagTestSupport.h"

#include "llvm/Support/JSON.h"

using namespace tenor;
using namespace tenor::test;

namespace {

class SarifConsumerTest : public ::testing::Test {
protected:
  Sources src;
  std::string out;
  llvm::raw_string_ostream os{out};

  /// Reports three diagnostics through an engine and returns the log's run.
  llvm::json::Value writeLog() {
    unsigned id = src.add("sla/a b.tenor", "agreement A {\n  x = 1\n");
    DiagEngine engine(src.sm);
    engine.setConsumer(makeSarifConsumer(src.sm, os));
    engine.report(src.range(id, "="), DiagID::AssignInsteadOfEquals)
        .note(src.loc(id, "{"), DiagID::OpenedHere, "`{`")
        .note(llvm::SMLoc(), DiagID::DidYouMean, "==");
    engine.report(src.loc(id, "x"), DiagID::ExpectedToken, "`:`", "`x`");
    engine.reportFile("/abs/missing.tenor", DiagID::CannotOpenFile, "/abs/missing.tenor",
                      "no such file");
    engine.report(src.loc(id, "1"), DiagID::ExpectedToken, "`;`", "`1`");
    EXPECT_TRUE(engine.finish());
    EXPECT_TRUE(engine.finish()); // does not write a second log
    llvm::Expected<llvm::json::Value> log = llvm::json::parse(out);
    if (!log) {
      ADD_FAILURE() << llvm::toString(log.takeError());
      return nullptr;
    }
    return std::move(*log);
  }
};

TEST_F(SarifConsumerTest, HasSchemaVersionAndOneRun) {
  llvm::json::Value log = writeLog();
  const llvm::json::Object *o = log.getAsObject();
  ASSERT_TRUE(o);
  EXPECT_EQ(str(*o, "$schema"), "https://json.schemastore.org/sarif-2.1.0.json");
  EXPECT_EQ(str(*o, "version"), "2.1.0");
  ASSERT_EQ(o->getArray("runs")->size(), 1u);
  const llvm::json::Object &run = *o->getArray("runs")->front().getAsObject();
  EXPECT_EQ(str(*run.getObject("tool")->getObject("driver"), "name"), "tenorc");
  EXPECT_EQ(str(run, "columnKind"), "unicodeCodePoints");
}

TEST_F(SarifConsumerTest, ListsOneRuleForEachCodeUsedSortedByCode) {
  llvm::json::Value log = writeLog();
  const llvm::json::Object &run = *log.getAsObject()->getArray("runs")->front().getAsObject();
  const llvm::json::Array &rules = *run.getObject("tool")->getObject("driver")->getArray("rules");
  ASSERT_EQ(rules.size(), 3u);
  std::vector<std::string> ids;
  for (const llvm::json::Value &r : rules)
    ids.push_back(r.getAsObject()->getString("id")->str());
  EXPECT_EQ(ids, (std::vector<std::string>{"E0001", "E0111", "E0117"}));
  const llvm::json::Object &expected = *rules[1].getAsObject();
  EXPECT_EQ(str(expected, "name"), "ExpectedToken");
  EXPECT_EQ(str(*expected.getObject("shortDescription"), "text"), "expected …, found …");
}

TEST_F(SarifConsumerTest, ResultsReferToRulesAndCarryLocations) {
  llvm::json::Value log = writeLog();
  const llvm::json::Object &run = *log.getAsObject()->getArray("runs")->front().getAsObject();
  const llvm::json::Array &results = *run.getArray("results");
  ASSERT_EQ(results.size(), 4u);

  const llvm::json::Object &first = *results[0].getAsObject();
  EXPECT_EQ(str(first, "ruleId"), "E0117");
  EXPECT_EQ(num(first, "ruleIndex"), 2);
  EXPECT_EQ(str(first, "level"), "error");
  EXPECT_EQ(str(*first.getObject("message"), "text"), "`=` is not a comparison; write `==`");
  const llvm::json::Object &physical =
      *first.getArray("locations")->front().getAsObject()->getObject("physicalLocation");
  EXPECT_EQ(str(*physical.getObject("artifactLocation"), "uri"), "sla/a%20b.tenor");
  const llvm::json::Object &region = *physical.getObject("region");
  EXPECT_EQ(num(region, "startLine"), 2);
  EXPECT_EQ(num(region, "startColumn"), 5);
  EXPECT_EQ(num(region, "endLine"), 2);
  EXPECT_EQ(num(region, "endColumn"), 6);

  const llvm::json::Array &related = *first.getArray("relatedLocations");
  ASSERT_EQ(related.size(), 2u);
  const llvm::json::Object &opened = *related[0].getAsObject();
  EXPECT_EQ(str(*opened.getObject("message"), "text"), "`{` opened here");
  EXPECT_EQ(num(*opened.getObject("physicalLocation")->getObject("region"), "startColumn"), 13);
  EXPECT_FALSE(related[1].getAsObject()->getObject("physicalLocation"));
}

TEST_F(SarifConsumerTest, FileLevelResultHasAnArtifactButNoRegion) {
  llvm::json::Value log = writeLog();
  const llvm::json::Object &run = *log.getAsObject()->getArray("runs")->front().getAsObject();
  const llvm::json::Object &missing = *(*run.getArray("results"))[2].getAsObject();
  EXPECT_EQ(num(missing, "ruleIndex"), 0);
  const llvm::json::Object &physical =
      *missing.getArray("locations")->front().getAsObject()->getObject("physicalLocation");
  EXPECT_EQ(str(*physical.getObject("artifactLocation"), "uri"), "file:///abs/missing.tenor");
  EXPECT_FALSE(physical.getObject("region"));
  EXPECT_FALSE(missing.getArray("relatedLocations"));
}

TEST_F(SarifConsumerTest, EmptyLogIsStillValid) {
  {
    std::unique_ptr<DiagConsumer> c = makeSarifConsumer(src.sm, os);
    EXPECT_TRUE(c->finish());
  }
  llvm::Expected<llvm::json::Value> log = llvm::json::parse(out);
  ASSERT_TRUE(bool(log)) << llvm::toString(log.takeError());
  const llvm::json::Object &run = *log->getAsObject()->getArray("runs")->front().getAsObject();
  EXPECT_TRUE(run.getArray("results")->empty());
  EXPECT_TRUE(run.getObject("tool")->getObject("driver")->getArray("rules")->empty());
}

} // namespace
