#!/usr/bin/env python3
"""Checks that the runtime's layers include only themselves and the layers below.

The runtime (docs/architecture.md, "The runtime") is built in layers, lowest
first: base, data, eval, report, cli. Every file lives in its layer's folder
(runtime/include/tenor/rt/LAYER/ or runtime/src/LAYER/); tenor/rt/Evaluator.h,
the one header generated code includes, belongs to the top layer. A file may
include headers of its own layer and of the layers below it, never above,
and never LLVM's or the compiler's. In runtime/CMakeLists.txt each layer's
library (tenor_rt_LAYER) must link only layers below it; the includes are
checked here because CMake cannot see them: every layer's headers are found
through the same include folder.

Prints one line per problem and a summary line; exits 1 if there is any.

Usage: utils/check-runtime-layers.py [RUNTIME_DIR]   (default: runtime/)
"""

import os
import re
import sys

LAYERS = ["base", "data", "eval", "report", "cli"]
# Headers outside any layer folder, and the layer they belong to.
TOP_HEADERS = {"tenor/rt/Evaluator.h": "cli"}
INCLUDE_RE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]', re.M)
# Folders of the compiler's headers (compiler/<folder>/); LLVM's are llvm/.
FORBIDDEN = ("llvm/", "llvm-c/", "ast/", "codegen/", "diag/", "doc/", "driver/", "ir/",
             "parse/", "sema/")


def layer_of_include(path):
    """The layer an included path belongs to, or None if not the runtime's."""
    if path in TOP_HEADERS:
        return TOP_HEADERS[path]
    parts = path.split("/")
    if parts[:2] == ["tenor", "rt"] and len(parts) > 3:
        return parts[2] if parts[2] in LAYERS else "?"
    # A private header of runtime/src, named from src/ (data/FieldsSupport.h).
    if len(parts) == 2 and parts[0] in LAYERS:
        return parts[0]
    return None


def files_with_layers(runtime):
    """(path, layer) of every source and header; layer None when misplaced."""
    roots = [os.path.join(runtime, "include", "tenor", "rt"), os.path.join(runtime, "src")]
    for root in roots:
        for folder, _, names in os.walk(root):
            rel = os.path.relpath(folder, root)
            for name in sorted(names):
                if not name.endswith((".h", ".cpp", ".def")):
                    continue
                path = os.path.join(folder, name)
                if rel == ".":
                    top = "tenor/rt/" + name
                    in_include = root == roots[0]
                    yield path, TOP_HEADERS.get(top) if in_include else None
                else:
                    layer = rel.split(os.sep)[0]
                    yield path, layer if layer in LAYERS else None


LAYER_CALL_RE = re.compile(r"tenor_runtime_layer\((\w+)(.*?)\)", re.S)
LINK_CALL_RE = re.compile(r"target_link_libraries\(tenor_rt_(\w+)(.*?)\)", re.S)
LAYER_TARGET_RE = re.compile(r"\btenor_rt_(\w+)")


def check_cmake(runtime):
    """Problems of runtime/CMakeLists.txt: a layer missing or linking a higher one."""
    path = os.path.join(runtime, "CMakeLists.txt")
    with open(path, encoding="utf-8") as f:
        text = f.read()
    problems = []
    defined = set()
    for regex in (LAYER_CALL_RE, LINK_CALL_RE):
        for m in regex.finditer(text):
            layer = m.group(1)
            if layer not in LAYERS:
                problems.append("CMakeLists.txt: tenor_rt_%s is not a layer" % layer)
                continue
            if regex is LAYER_CALL_RE:
                defined.add(layer)
            for linked in LAYER_TARGET_RE.findall(m.group(2)):
                if linked not in LAYERS or LAYERS.index(linked) >= LAYERS.index(layer):
                    problems.append("CMakeLists.txt: layer %s links tenor_rt_%s, which is not "
                                    "below it" % (layer, linked))
    for layer in LAYERS:
        if layer not in defined:
            problems.append("CMakeLists.txt: no library for layer %s" % layer)
    return problems


def check(runtime):
    problems = check_cmake(runtime)
    count = 0
    for path, layer in files_with_layers(runtime):
        count += 1
        shown = os.path.relpath(path, os.path.dirname(os.path.abspath(runtime)))
        if layer is None:
            problems.append("%s: not in a layer folder (%s)" % (shown, ", ".join(LAYERS)))
            continue
        with open(path, encoding="utf-8") as f:
            text = f.read()
        for m in INCLUDE_RE.finditer(text):
            included = m.group(2)
            line = text.count("\n", 0, m.start()) + 1
            if included.startswith(FORBIDDEN):
                problems.append("%s:%d: includes `%s`; the runtime never includes LLVM or "
                                "compiler headers" % (shown, line, included))
                continue
            target = layer_of_include(included)
            if target is None:
                continue
            if target == "?":
                problems.append("%s:%d: includes `%s`, which is in no layer" %
                                (shown, line, included))
            elif LAYERS.index(target) > LAYERS.index(layer):
                problems.append("%s:%d: layer %s includes `%s` of layer %s, which is above it" %
                                (shown, line, layer, included, target))
    return count, problems


def main():
    runtime = sys.argv[1] if len(sys.argv) > 1 else "runtime"
    count, problems = check(runtime)
    for p in problems:
        print(p)
    print("runtime-layers: %d files, %d problems" % (count, len(problems)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
