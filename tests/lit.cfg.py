# lit configuration for Tenor's tests: `%tenorc` is the compiler under test;
# FileCheck, not and count come from LLVM 14.
import os
import lit.formats

config.name = "tenor"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".tenor", ".test"]
config.excludes = ["Inputs", "unit", "CMakeLists.txt"]
config.test_source_root = os.path.dirname(__file__)

site = lit_config.params.get("tenor_site_config")
if site and not getattr(config, "tenor_bin_dir", None):
    lit_config.load_config(config, site)
config.test_exec_root = os.path.join(config.tenor_bin_dir, "..", "tests")

config.environment["PATH"] = os.pathsep.join(
    [config.tenor_bin_dir, config.llvm_tools_dir, config.environment.get("PATH", "")])
config.substitutions.append(("%tenorc", os.path.join(config.tenor_bin_dir, "tenorc")))
config.substitutions.append(("%python", config.python_executable))
config.substitutions.append(("%srcroot", config.tenor_src_dir))
if config.tenor_sanitize:
    config.available_features.add("sanitize")
    config.environment["ASAN_OPTIONS"] = "detect_leaks=1:abort_on_error=0"

# tests/doc/pdf.test prints a contract with headless Chromium (Debian's
# `chromium`); where it is not installed the test is reported UNSUPPORTED.
if os.path.exists("/usr/bin/chromium"):
    config.available_features.add("chromium")
else:
    lit_config.note("/usr/bin/chromium not found: doc/pdf.test (printing the HTML contract) "
                    "is skipped; install Debian's `chromium` to run it")
