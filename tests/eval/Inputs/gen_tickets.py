#!/usr/bin/env python3
"""Writes P1 tickets `id,priority,opened_at,responded_at` (CSV).

usage: gen_tickets.py OUT YYYY-MM:TOTAL:LATE...

For each month, TOTAL tickets opened on consecutive days at 09:00Z; the
first LATE of them are responded to after 20 minutes (late for a 15 min
deadline), the others after 5. Ids are MM-NN.
"""
import sys

with open(sys.argv[1], "w") as f:
    f.write("id,priority,opened_at,responded_at\n")
    for spec in sys.argv[2:]:
        month, total, late = spec.split(":")
        for i in range(int(total)):
            day = "%s-%02dT09" % (month, i + 1)
            delay = 20 if i < int(late) else 5
            f.write("%s-%02d,P1,%s:00:00Z,%s:%02d:00Z\n" % (month[5:], i + 1, day, day, delay))
