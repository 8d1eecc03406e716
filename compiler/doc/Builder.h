//===- Builder.h - Building a contract from an agreement --------*- C++ -*-===//
//
// The ContractBuilder walks one agreement and fills a doc::Contract, one
// section at a time, in the order of LANGUAGE.md section 9. Each section is
// built whole and added only when it has something in it, so the numbering
// stays consecutive. The sections are split over BuildContract.cpp (front
// matter, definitions, signatures), BuildLevels.cpp (services, service
// levels, responsibilities), BuildMeasurement.cpp (measurement, exclusions,
// reporting), BuildRemedies.cpp and BuildClosing.cpp (termination and the
// clauses). Internal to the doc library.
//
//===----------------------------------------------------------------------===//

#ifndef TENOR_DOC_BUILDER_H
#define TENOR_DOC_BUILDER_H

#include "doc/Contract.h"
#include "doc/Explain.h"
#include "ir/Ir.h"

namespace tenor::doc {

class ContractBuilder {
public:
  ContractBuilder(const ir::Program &program, const ir::Agreement &agreement)
      : program(program), agreement(agreement), words(agreement) {}
  Contract build();

private:
  // BuildContract.cpp
  void frontMatter();
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

  // BuildMeasurement.cpp
  Section measurement();
  std::vector<Block> periodBlocks();
  std::vector<Block> dataBlocks();
  std::vector<Block> exclusionBlocks();
  Section reporting();

  // BuildRemedies.cpp
  Section remedies();
  std::vector<Block> remedyBlocks(const ir::Remedy &r);
  Table tierTable(const ir::Remedy &r);
  std::vector<Block> limitBlocks();
  std::vector<Block> holdbackBlocks(const ir::Holdback &h);

  // BuildClosing.cpp
  Section termination();
  Section clauseSection(const std::string &id, const std::string &title);
  Section amendments();
  Section otherClauses();

  const ir::Program &program;
  const ir::Agreement &agreement;
  Explainer words;
  Contract contract;
};

/// A paragraph of plain text.
inline Block paragraph(std::string text) { return Paragraph{Text(std::move(text))}; }

/// One paragraph for each paragraph of `text` (doc comments, clause text).
void appendParagraphs(std::vector<Block> &blocks, const std::string &text);

/// The party a sentence starts with: "Example Cloud, Inc.", "The Customer".
std::string subject(const Explainer &words, const ir::Party *p);

} // namespace tenor::doc

#endif
