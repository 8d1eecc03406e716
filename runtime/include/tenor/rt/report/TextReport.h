//===- TextReport.h - The human-readable evaluation report ------*- C++ -*-===//
//
// The report as text, the form to read: what the JSON report says, with
// units, in tables.
//
//===----------------------------------------------------------------------===//

#ifndef TENOR_RT_REPORT_TEXTREPORT_H
#define TENOR_RT_REPORT_TEXTREPORT_H

#include "tenor/rt/report/ReportModel.h"

#include <string>

namespace tenor::rt {

/// A readable summary: one table per objective and obligation, the remedies
/// owed, totals, termination rights and holdbacks.
std::string writeTextReport(const Report &r);

} // namespace tenor::rt

#endif
