"""An ENTITY-ATTRIBUTE-VALUE export (a database's key-value table dumped as rows): one record per FIELD,
not per row: the entity's key (its kind and its id: 指标, ZB01), the field's name (三级指标), the field's
value. The form is the records turned back: an entity's records are its row, the names its header.

Evidence, from the cells alone: the last field is the value and the one before it the name; the fields
before them are the key, and a key's records stand together (one run each, no key twice); within a run
no name repeats; and entities share their names: of the kinds with several entities (a kind is the key
but its last field: 指标 of 指标 / ZB01), one at least has runs most of whose names most of its runs
hold (an ordinary table's third column, its indicators' names grouped under their levels, shares none).
A first record whose name field names no field of any run is the export's header (对象类型, 对象编号,
属性名称, 属性值): its key and name fields head the rebuilt tables' id column.

The rebuilt blocks: a kind of several entities a table, its header the names in the order first written
(an entity without a field an empty cell), its rows the entities in order, each opening with its id; a
kind of one entity its fields as label：value lines (项目名称：X). Each rebuilt cell keeps the source line
of the record that gave it."""
from __future__ import annotations

import re

MIN_ENTITIES = 3      # fewer keyed runs is a list of pairs, not an export of entities
SHARED = 0.5          # a shared name: held by this share of a kind's entities; a shared kind's runs mostly such names

Cell = tuple[int, str]      # (source line, text)


def entity_blocks(records: list[tuple[int, list[str]]]) -> list[tuple] | None:
    """The records as blocks: ("p", line, "name：value") and ("t", rows of Cells); None where they are no
    entity-attribute-value export by the evidence above."""
    recs = [(no, [f.strip() for f in fields]) for no, fields in records if any(f.strip() for f in fields)]
    if len(recs) < 2 * MIN_ENTITIES or len({len(f) for _, f in recs}) != 1 or len(recs[0][1]) < 3:
        return None
    header = None
    names_seen = {f[-2] for _, f in recs[1:]}
    if recs[0][1][-2] not in names_seen and recs[0][1][:-2] != recs[1][1][:-2]:
        header, recs = recs[0], recs[1:]
    runs: list[tuple[tuple, list[tuple[int, str, str]]]] = []
    for no, f in recs:
        key = tuple(f[:-2])
        if not runs or runs[-1][0] != key:
            runs.append((key, []))
        runs[-1][1].append((no, f[-2], f[-1]))
    keys = [k for k, _ in runs]
    if len(runs) < MIN_ENTITIES or len(set(keys)) != len(keys) or \
            any(len({n for _, n, _ in run}) != len(run) or not all(n for _, n, _ in run) for _, run in runs):
        return None
    kinds: dict[tuple, list] = {}
    for key, run in runs:
        kinds.setdefault(key[:-1], []).append((key[-1], run))
    if not any(_shared(entities) for entities in kinds.values() if len(entities) >= 2):
        return None
    id_head = header[1][-3] if header else ""
    out: list[tuple] = []
    for kind, entities in kinds.items():
        first = entities[0][1][0][0]
        if kind and any(kind):
            out.append(("p", first, " ".join(k for k in kind if k)))
        if len(entities) == 1:
            out += [("p", no, f"{name}：{value}") for no, name, value in entities[0][1]]
            continue
        names = list(dict.fromkeys(n for _, run in entities for _, n, _ in run))
        rows = [[(first, id_head)] + [(first, n) for n in names]]
        for eid, run in entities:
            held = {n: (no, v) for no, n, v in run}
            rows.append([(run[0][0], eid)] + [held.get(n, (run[0][0], "")) for n in names])
        out.append(("t", rows))
    return out


def _shared(entities: list) -> bool:
    """Whether a kind's entities share their names: most of each run's names held by half its entities."""
    held: dict[str, int] = {}
    for _, run in entities:
        for _, n, _ in run:
            held[n] = held.get(n, 0) + 1
    common = {n for n, k in held.items() if k >= SHARED * len(entities)}
    return len(common) >= 2 and all(sum(1 for _, n, _ in run if n in common) > SHARED * len(run) for _, run in entities)


# -- a WIDE RECORD: the whole form on one record ----------------------------------------------------------------
# An online questionnaire's export (one submission a line) puts a form's every field in a column of its own:
# the head names each question (1、项目名称), and a repeated group of questions as numbered SLOTS, the slot's
# number and the sub-field in its head (12、指标1(一级指标), 指标1-三级指标, 指标1_分值). The slots' sub-fields
# are a table's header, each slot its row; the other columns label：value lines. A slot left unused holds the
# same text in every cell (the tool's '(空)', or nothing): no row, and that text is no cell's in the others.
_SLOT = re.compile(r"^(?:\d{1,3}\s*[、.．]\s*)?(?P<stem>\D*?)(?P<n>\d{1,3})\s*"
                   r"(?:[（(](?P<bracketed>[^（）()]+)[)）]|[-—_－:：]\s*(?P<after>\S.*))$")
_QUESTION_NO = re.compile(r"^\d{1,3}\s*[、.．]\s*")
MIN_WIDE = 12       # fewer columns is a short table, not a form on one record
MIN_SLOTS = 2       # one slot is a question, not a repeated group


def slot_blocks(records: list[tuple[int, list[str]]]) -> list[tuple] | None:
    """A head record and ONE record of the form, wide (the comment above), as blocks: ("p", line,
    "label：value") and ("t", rows of Cells); None where the records are no such export."""
    recs = [(no, [f.strip() for f in fields]) for no, fields in records if any(f.strip() for f in fields)]
    if len(recs) != 2 or len(recs[0][1]) != len(recs[1][1]) or len(recs[0][1]) < MIN_WIDE:
        return None
    (head_no, head), (no, values) = recs
    slots: dict[tuple[str, str], list[int]] = {}        # (stem, number) -> its columns
    fields: dict[int, str] = {}
    for k, h in enumerate(head):
        if m := _SLOT.match(h):
            slots.setdefault((m["stem"].strip(), m["n"]), []).append(k)
            fields[k] = (m["bracketed"] or m["after"]).strip()
    stems: dict[str, list[list[int]]] = {}
    for (stem, _), cols in slots.items():
        stems.setdefault(stem, []).append(cols)
    # a group: slots of one stem holding the same sub-fields in the same order
    groups = {stem: slot_cols for stem, slot_cols in stems.items() if len(slot_cols) >= MIN_SLOTS
              and len({tuple(fields[k] for k in cols) for cols in slot_cols}) == 1 and len(slot_cols[0]) >= 2}
    if not groups:
        return None
    out, placed = [], set()
    in_group = {k: stem for stem, slot_cols in groups.items() for cols in slot_cols for k in cols}
    for k, h in enumerate(head):
        stem = in_group.get(k)
        if stem is None:
            if values[k]:
                out.append(("p", no, f"{_QUESTION_NO.sub('', h)}：{values[k]}"))
            continue
        if stem in placed:
            continue
        placed.add(stem)
        slot_cols = groups[stem]
        unused = {values[cols[0]] for cols in slot_cols if len({values[c] for c in cols}) == 1}
        rows = [[(no, "" if values[c] in unused else values[c]) for c in cols] for cols in slot_cols
                if len({values[c] for c in cols}) > 1]
        out.append(("p", head_no, stem))
        out.append(("t", [[(head_no, fields[c]) for c in slot_cols[0]]] + rows))
    return out
