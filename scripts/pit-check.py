#!/usr/bin/env python3
"""Reads PIT's mutations.xml and fails on any mutant it did not kill that the reviewed allow-list does not name.

PIT's own mutationThreshold only counts; it cannot say *which* mutants may survive. Here every survivor
(SURVIVED or NO_COVERAGE) must match an allow-list entry — class, method and PIT's description, the line
left out so an unrelated edit above does not invalidate the list — and every entry must still match a
survivor, so a mutant killed later takes its excuse off the list with it.

Allow-list lines: class | method | description | reason   (# starts a comment; the reason is required)

Usage: pit-check.py MUTATIONS_XML ALLOWLIST
"""
import sys
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict

NOT_KILLED = {"SURVIVED", "NO_COVERAGE"}


def read_allowlist(path):
    entries = []
    with open(path, encoding="utf-8") as f:
        for number, raw in enumerate(f, 1):
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            parts = [p.strip() for p in line.split("|")]
            if len(parts) != 4 or not all(parts):
                sys.exit(f"{path}:{number}: expected 'class | method | description | reason', got: {line}")
            entries.append((tuple(parts[:3]), parts[3], number))
    return entries


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    report, allowlist = sys.argv[1], sys.argv[2]
    entries = read_allowlist(allowlist)
    allowed = {key for key, _, _ in entries}
    used = set()
    per_class = defaultdict(Counter)
    unexplained = []
    for m in ET.parse(report).getroot().iter("mutation"):
        status = m.get("status")
        cls = m.findtext("mutatedClass")
        key = (cls, m.findtext("mutatedMethod"), m.findtext("description"))
        outer = cls.split("$")[0]
        per_class[outer]["total"] += 1
        if status not in NOT_KILLED:
            per_class[outer]["killed"] += 1
            continue
        if key in allowed:
            used.add(key)
            per_class[outer]["allowed"] += 1
        else:
            unexplained.append(f"  {status}: {key[0]}.{key[1]} line {m.findtext('lineNumber')}: {key[2]}"
                               f" ({m.findtext('mutator').rsplit('.', 1)[-1]})")
    total = sum(c["total"] for c in per_class.values())
    killed = sum(c["killed"] for c in per_class.values())
    if total == 0:
        sys.exit(f"{report}: no mutants at all — are the target classes still where the pom says?")
    for cls in sorted(per_class):
        c = per_class[cls]
        print(f"  {cls}: {c['killed']} of {c['total']} killed"
              + (f", {c['allowed']} allowed (equivalent)" if c["allowed"] else ""))
    print(f"Mutation score: {killed} of {total} killed = {100 * killed / total:.1f}%")
    stale = [(key, number) for key, _, number in entries if key not in used]
    failed = False
    if unexplained:
        failed = True
        print(f"\n{len(unexplained)} mutant(s) not killed and not in {allowlist} — add a test that kills each,"
              " or, if it is truly equivalent, an allow-list line with the reason:")
        print("\n".join(unexplained))
    if stale:
        failed = True
        print(f"\n{len(stale)} allow-list entr(y/ies) no longer match a surviving mutant — remove them:")
        for key, number in stale:
            print(f"  {allowlist}:{number}: {' | '.join(key)}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
