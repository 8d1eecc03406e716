#!/usr/bin/env python3
"""Checks that every public item of the standard library (each top-level
`fn`, `const`, `schema`, `calendar` and `enum` of stdlib/*.tenor) is used by
at least one example or test outside stdlib/, and prints the ones that are
not. An enum is used when its name or one of its members is. Usage:
check_used.py SRCROOT; exit 1 when an item is unused."""
import pathlib
import re
import sys

root = pathlib.Path(sys.argv[1])
decl = re.compile(r"^(fn|const|schema|calendar|enum)\s+([A-Za-z_][A-Za-z_0-9]*)", re.M)
enum_body = re.compile(r"^enum\s+([A-Za-z_][A-Za-z_0-9]*)\s*{(.*?)^}", re.M | re.S)
member = re.compile(r"^\s*([A-Za-z_][A-Za-z_0-9]*)\s*(?:\"|,|$)", re.M)
items, names = [], {}
for module in sorted((root / "stdlib").glob("*.tenor")):
    source = module.read_text(encoding="utf-8")
    for kind, name in decl.findall(source):
        items.append((module.stem, kind, name))
        names[name] = [name]
    for name, body in enum_body.findall(source):
        body = re.sub(r"//[^\n]*", "", body)
        names[name] += member.findall(body)

users = [p for d in ("examples", "tests") for p in (root / d).rglob("*.tenor")
         if "stdlib/Inputs" not in p.as_posix()]
# A use is the name as a whole word outside comments (`x.name` counts too).
text = "\n".join(re.sub(r"//[^\n]*", "", p.read_text(encoding="utf-8")) for p in users)
unused = [(m, k, n) for m, k, n in items
          if not any(re.search(rf"\b{re.escape(w)}\b", text) for w in names[n])]
for module, kind, name in unused:
    print(f"std.{module}: {kind} `{name}` is used by no example or test")
print(f"{len(items) - len(unused)} of {len(items)} public items used")
sys.exit(1 if unused else 0)
