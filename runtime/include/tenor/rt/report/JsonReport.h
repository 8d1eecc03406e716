//===- JsonReport.h - The JSON evaluation report ----------------*- C++ -*-===//
//
// The report as JSON, the form to process (LANGUAGE.md section 8).
//
//===----------------------------------------------------------------------===//

#ifndef TENOR_RT_REPORT_JSONREPORT_H
#define TENOR_RT_REPORT_JSONREPORT_H

#include "tenor/rt/report/ReportModel.h"

#include <string>

namespace tenor::rt {

/// LANGUAGE.md section 8's JSON shape, keys in that order, two-space indents.
std::string writeJsonReport(const Report &r);

} // namespace tenor::rt

#endif
