"""A listing printed by groups (SAS PROC PRINT with a BY statement, and any report writer that prints
alike): each group opens with a line of name=value pairs between runs of dashes (the BY line,
---- 一级指标=产出指标 二级指标=数量指标 ----), the same column heads under every such line, the
group's rows under them, then its foot (a rule under the summed columns, the group's sums, a page's
titles). The pairs are fields of every row of their group: the listing is rebuilt as one table,
the pairs' names as columns before the heads and their values before each row, every line moved as a
whole so the columns stay aligned; each group's foot goes after the table, its lines as they are."""
from __future__ import annotations

import re

# A BY line: name=value pairs, nothing else, between two runs of dashes.
_BY_LINE = re.compile(r"^\s*-{3,}\s+((?:[^\s=]+=\S+\s+)+)-{3,}\s*$")
_PAIR = re.compile(r"([^\s=]+)=(\S+)")
# A rule under summed columns (------  ------, ======): dashes or equals signs only.
_RULE = re.compile(r"^\s*(?:[-=]{2,}\s*)+$")
GAP = 2     # spaces after each group field: a gap the aligned reader takes for a column's end
MIN_GROUPS = 2


def by_groups(text: str, order: list[int] | None, width) -> tuple[str, list[int] | None]:
    """(text, each line's source line) with a listing by groups rebuilt as one table; the text as it
    came where no two BY lines with the same names head the same column heads. `width` measures a
    text's display columns."""
    lines = text.split("\n")
    source = order or list(range(1, len(lines) + 1))
    groups = []     # (BY line index, pairs, head index)
    for i, line in enumerate(lines):
        if (m := _BY_LINE.match(line.replace("\f", ""))) is None:
            continue
        head = next((k for k in range(i + 1, len(lines)) if lines[k].strip()), None)
        if head is None or _BY_LINE.match(lines[head]):
            return text, order
        groups.append((i, _PAIR.findall(m.group(1)), head))
    if len(groups) < MIN_GROUPS or len({tuple(n for n, _ in pairs) for _, pairs, _ in groups}) != 1 or \
            len({lines[h].rstrip() for _, _, h in groups}) != 1:
        return text, order
    names = [n for n, _ in groups[0][1]]
    widths = [max(width(x) for x in [names[k]] + [pairs[k][1] for _, pairs, _ in groups]) + GAP
              for k in range(len(names))]

    def lead(texts: list[str]) -> str:
        return "".join(x + " " * (w - width(x)) for x, w in zip(texts, widths))

    out: list[tuple[int, str]] = [(source[k], lines[k]) for k in range(groups[0][0])]
    table = [(source[groups[0][2]], lead(names) + lines[groups[0][2]])]
    feet: list[tuple[int, str]] = []
    for n, (_, pairs, head) in enumerate(groups):
        end = groups[n + 1][0] if n + 1 < len(groups) else len(lines)
        k = head + 1
        while k < end and not lines[k].strip():
            k += 1
        # the group's rows: the lines up to a rule, a page's form feed or a blank line before no row
        while k < end and lines[k].strip() and not _RULE.match(lines[k]) and "\f" not in lines[k]:
            table.append((source[k], lead([v for _, v in pairs]) + lines[k]))
            k += 1
        feet += [(source[j], lines[j]) for j in range(k, end)]
    # the table, then every group's foot (sums, rules, a page's titles) in the order they came
    out += table + [(source[groups[0][2]], "")] + feet
    return "\n".join(t for _, t in out), [no for no, _ in out]
