//===- Builder.h - Building a contract from an agreement --------*- C++ -*-===//
//
// The ContractBuilder walks one agreement and fills a doc::Contract, one
// section at a time, in the order of LANGUAGE.md section 9. Each section is
// built whole and added only when it has something in it, so the numbering
// stays consecutive. The sections are split over BuildContract.cpp (front
// matter, definitions, signatures), BuildLevels.cpp (services, service
// levels, responsibilities), BuildMeasurement.cpp (measurement, exclusions,
// reporting), BuildRemedies.cpp, BuildClosing.cpp (termination and the
// clauses) and BuildWorkedExamples.cpp (the worked examples). Internal to the doc library.
//
//===----------------------------------------------------------------------===//

#ifndef TENOR_DOC_BUILDER_H
#define TENOR_DOC_BUILDER_H

#include "doc/Contract.h"
#include "doc/Explain.h"
#include "ir/Ir.h"
#include "worked/WorkedExamples.h"

#include <optional>

namespace tenor::doc {

class ContractBuilder {
public:
  ContractBuilder(const ir::Program &program, const ir::Agreement &agreement)
      : program(program), agreement(agreement), words(agreement),
        examples(worked::chooseWorkedExamples(agreement)) {}
  Contract build();

private:
  // BuildContract.cpp
  void frontMatter();
  void incorporation(std::vector<Block> &out);
  Section definitions();
  void signatures();
  void add(Section section);

  // BuildLevels.cpp
  Section services();
  Section serviceLevels();
  Section responsibilities();
  std::string calendarReference(const ir::Calendar &c);
  std::string definitionsNumber() const;
  /// `hours` says which time counts toward a deadline in calendar time.
  std::string missingValueSentence() const;
  std::string clockSentence(const ir::Obligation &o, const std::string &which);
  bool hasServiceHours() const;
  std::optional<Block> pendingRule() const;
  std::vector<Block> obligationBlocks(const ir::Obligation &o, const std::string &hours);
  std::string withinSentence(const ir::Obligation &o);
  std::string after(const ir::Expr &anchor);
  std::string deliverSentence(const ir::Obligation &o);
  std::string conditionSentence(const ir::Obligation &o);
  std::string incompleteRule(const ir::Objective &o);

  // BuildMeasurement.cpp
  Section measurement();
  std::vector<Block> periodBlocks();
  std::string samplingRule(const ir::Dataset &d);
  std::vector<Block> dataBlocks();
  std::vector<Block> exclusionBlocks();
  std::string exclusionRule(const ir::Exclusion &x);
  std::string excludedTimeEffect(const ir::Dataset &d);
  Section reporting();

  // BuildRemedies.cpp
  Section remedies();
  std::vector<Block> remedyBlocks(const ir::Remedy &r);
  Table tierTable(const ir::Remedy &r);
  std::string rangeWords(const ir::TierRange &range, bool share);
  Block claimProcedure(const ir::Remedy &r, const std::string &kind, const std::string &period);
  std::vector<Block> limitBlocks();
  std::vector<Block> holdbackBlocks(const ir::Holdback &h);

  // BuildWorkedExamples.cpp: LANGUAGE.md 12.2, from worked/
  std::optional<Block> tierExample(const ir::Remedy &r);
  std::optional<Block> capExample(const ir::Remedy &r);
  std::optional<Block> deadlineExample(const ir::Obligation &o);
  std::optional<Block> totalCapExample(size_t index);
  /// "10,000.00 EUR".
  std::string money(const rt::Rational &amount) const;

  // BuildClosing.cpp
  Section termination();
  Section clauseSection(const std::string &id, const std::string &title);
  Section amendments();
  Section otherClauses();
  void appendClause(std::vector<Block> &blocks, const ir::Clause &c);

  const ir::Program &program;
  const ir::Agreement &agreement;
  Explainer words;
  worked::WorkedExamples examples;
  Contract contract;
};

/// "opened" for `opened_at`; none for other names.
std::optional<std::string> participle(const ir::Expr *e);

/// A paragraph of plain text.
inline Block paragraph(std::string text) { return Paragraph{Text(std::move(text))}; }

/// One paragraph for each paragraph of `text` (clause text).
void appendParagraphs(std::vector<Block> &blocks, const std::string &text);

/// One note for each paragraph of an author's doc comment: printed apart
/// from the terms, never as one (LANGUAGE.md section 12.4).
void appendNotes(std::vector<Block> &blocks, const std::string &doc);

/// The first paragraph of a doc comment as a note at the end of a list item.
void appendNote(Text &item, const std::string &doc);

/// "the Master Services Agreement": how the contract names a master agreement.
std::string masterTitle(const ir::Agreement &master);

/// The party a sentence starts with: "Example Cloud, Inc.", "The Customer".
std::string subject(const Explainer &words, const ir::Party *p);

} // namespace tenor::doc

#endif
