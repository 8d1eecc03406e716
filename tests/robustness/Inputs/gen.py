#!/usr/bin/env python3
"""Writes the inputs of the robustness tests (tests/robustness/*.test).

Usage: gen.py KIND OUTPUT [--size N]

Each KIND is one kind of hostile or extreme input; the output is deterministic.
Inputs are generated rather than checked in because most of them are large
(megabytes) or hold bytes that editors and git handle badly.
"""
import argparse
import sys

MB = 1000 * 1000

# A small valid agreement, used where an input needs a valid context. It
# uses what it declares (a dataset or metric nothing uses is a warning), so
# an input built on it that is meant to be valid checks without any output.
HEADER = """agreement a {
  kind internal
  parties {
    provider ops "Operations"
    customer dev "Development"
  }
  data events {
    at:     timestamp
    status: int
    size:   datasize
  }
  metric volume: int = count(events)
  objective activity {
    target volume >= 0
    every month
  }
"""


def report_including(names, per_line=20):
    """A report that includes `names` (so that none of them is unused)."""
    lines = [", ".join(names[i:i + per_line]) for i in range(0, len(names), per_line)]
    return ("  report all_metrics {\n    to dev  every month\n    include "
            + ",\n            ".join(lines) + "\n  }\n")


def empty(size):
    return b""


def comments_only(size):
    return (b"// nothing but comments\n"
            b"/* and a block\n   comment */\n"
            b"/// a doc comment with nothing to attach to\n"
            b"\n   \t\n")


def nul(size):
    # Text that starts like Tenor, then bytes of a binary file (NUL on line 2).
    return b"const a = 1\n\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x03\x00>\x00\n"


def latin1(size):
    # 0xE9 is `e` with an acute accent in Latin-1: invalid alone in UTF-8. Line 3.
    return (b"// written by an editor that saves Latin-1\n"
            b"const ok = \"plain ASCII\"\n"
            b"const cafe = \"caf\xe9\"\n"
            b"const after = 1\n")


def truncated_utf8(size):
    # The first two bytes of the three-byte `EURO SIGN` (E2 82 AC), then end of file. Line 2.
    return b"const ok = 1\nconst euro = \"\xe2\x82"


def big_valid(size):
    """About `size` bytes of valid declarations: half top-level constants,
    half one agreement with many metrics (so both the module level and an
    agreement body get large)."""
    out = []
    n = 0
    half = size // 2
    total = 0
    while total < half:
        line = "const c%d = %d\n" % (n, n)
        out.append(line)
        total += len(line)
        n += 1
    out.append(HEADER)
    i = 0
    forms = [
        "  metric m%d: int = count(events where status >= %d)\n",
        "  metric m%d: datasize = sum(events.size where status == %d)\n",
        "  metric m%d: percent = share(events where status < %d)\n",
        "  metric m%d: number = count(events) * 2 + %d\n",
    ]
    # Each metric also costs its name in the report that includes them all.
    names = []
    while total < size - 100:
        line = forms[i % len(forms)] % (i, 100 + i % 500)
        out.append(line)
        names.append("m%d" % i)
        total += len(line) + len(names[-1]) + 2
        i += 1
    out.append(report_including(names))
    out.append("}\n")
    return "".join(out).encode()


def garbage_line(size):
    # Runs of stray characters separated by spaces: each run is one mistake.
    return b"@#$ " * (size // 4) + b"\n"


def garbage_run(size):
    # One run of stray characters the whole line long.
    return b"@#$" * (size // 3) + b"\n"


def deep_parens(size):
    return (HEADER + "  metric m: int = " + "(" * size + "count(events)" + ")" * size
            + "\n" + report_including(["m"]) + "}\n").encode()


def many_minus(size):
    return ("const c = " + "- " * size + "1\n").encode()


def many_not(size):
    return ("const b = " + "not " * size + "true\n").encode()


def deep_braces(size):
    return ("agreement a " + "{" * size + "}" * size + "\n").encode()


def unclosed(size):
    return b"agreement a {\n" * size


def long_string(size):
    return ('const s = "' + "x" * size + '"\n').encode()


def long_text(size):
    # A `"""` clause text of about `size` bytes over many lines.
    line = "    The provider shall keep this line of the long text in the contract.\n"
    body = line * (size // len(line))
    return (HEADER + '  clause confidentiality "Confidentiality" """\n' + body
            + '  """\n}\n').encode()


def wide_string_error(size):
    # `size` two-byte characters in a string, then a bad character on the same
    # line: at code point column size + 14 (byte column 2 * size + 14).
    return ('const s = "' + "\u00e9" * size + '" @\n').encode("utf-8")


def bom(size):
    return b"\xef\xbb\xbfconst answer = 42\n"


def bom_agreement(size):
    return b"\xef\xbb\xbf//! A module that starts with a byte order mark.\n" + HEADER.encode() + b"}\n"


def metric_of(expr):
    """HEADER with one metric `m` = `expr`, reported (so it is used)."""
    return (HEADER + "  metric m: int = " + expr + "\n" + report_including(["m"]) + "}\n").encode()


def chain(op, term="volume"):
    """A left-deep chain of `size` terms: `volume + volume + …`."""
    return lambda size: metric_of((" %s " % op).join([term] * size))


def if_chain(size):
    # `if … then … else if … then … else …` with `size` conditions.
    return metric_of("".join("if volume > %d then %d else " % (i, i) for i in range(size)) + "0")


def bool_chain(op):
    return lambda size: metric_of("if " + (" %s " % op).join(["volume > 1"] * size)
                                  + " then 1 else 0")


def coalesce_chain(size):
    # `status ?? status ?? … ?? 0` over an optional field, in a row filter.
    return ("""agreement a {
  kind internal
  parties {
    provider ops "Operations"
    customer dev "Development"
  }
  data events {
    at:     timestamp
    status: int?
  }
  metric m: int = count(events where (""" + "status ?? " * size + """0) > 1)
  objective activity {
    target m >= 0
    every month
  }
}
""").encode()


def nested_calls(size):
    # `f(f(f(… volume …)))` `size` deep, with `fn f(x) = x + x`.
    return ("fn f(x: int) -> int = x + x\n" + metric_of("f(" * size + "volume" + ")" * size)
            .decode()).encode()


def misspelt_long_name(size):
    # A metric with a `size`-character name, used with its last letter wrong.
    name = "v" * size
    return (HEADER + "  metric %s: int = volume\n  metric m: int = %sw\n" % (name, name[:-1])
            + report_including(["m"]) + "}\n").encode()


KINDS = {
    "empty": (empty, 0),
    "comments-only": (comments_only, 0),
    "nul": (nul, 0),
    "latin1": (latin1, 0),
    "truncated-utf8": (truncated_utf8, 0),
    "big-valid": (big_valid, 10 * MB),
    "garbage-line": (garbage_line, 10 * MB),
    "garbage-run": (garbage_run, 10 * MB),
    "deep-parens": (deep_parens, 10000),
    "many-minus": (many_minus, 10000),
    "many-not": (many_not, 10000),
    "deep-braces": (deep_braces, 10000),
    "unclosed": (unclosed, 50000),
    "long-string": (long_string, MB),
    "long-text": (long_text, MB),
    "wide-string-error": (wide_string_error, 500000),
    "sum-chain": (chain("+"), 100000),
    "difference-chain": (chain("-"), 100000),
    "product-chain": (chain("*"), 100000),
    "coalesce-chain": (coalesce_chain, 100000),
    "and-chain": (bool_chain("and"), 100000),
    "or-chain": (bool_chain("or"), 100000),
    "if-chain": (if_chain, 100000),
    "misspelt-long-name": (misspelt_long_name, 100000),
    "nested-calls": (nested_calls, 200),
    "bom": (bom, 0),
    "bom-agreement": (bom_agreement, 0),
}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("kind", choices=sorted(KINDS))
    ap.add_argument("output")
    ap.add_argument("--size", type=int, help="bytes, depth or count, depending on KIND")
    args = ap.parse_args()
    fn, default = KINDS[args.kind]
    data = fn(args.size if args.size is not None else default)
    with open(args.output, "wb") as f:
        f.write(data)


if __name__ == "__main__":
    sys.exit(main())
