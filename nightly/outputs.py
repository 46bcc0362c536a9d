"""The outputs, made from the state alone (equal state gives equal bytes) and published so that
one writer's failure never costs the others, and a run that dies before publishing is
repaired by the next (the state's generation tells outputs that lag behind it)."""
from __future__ import annotations

import hashlib
from pathlib import Path

from .review_file import read_review_rows, status_of
from .review_html import review_html
from .schema import fields
from .state import SOURCES_CN, State, now
from .tables import Tables
from .worker import file_sha256
from .workbook import write_xlsx
from .writers import write_csv, write_stream

REVIEW_COLUMNS = fields("review")
OUTPUTS = ("documents.csv", "indicators.csv", "projects.csv", "lists.csv", "figures.csv", "flags.csv", "review.csv",
           "decisions.csv", "review-errors.csv", "report.xlsx", "review.html")
COUNTS = ("files", "ok", "failed", "unsupported", "ignored", "indicators", "flags")


def read_review_file(out: Path, state: State, summary) -> None:
    """Decisions an analyst typed into review.csv go into the state. Rows that cannot be applied
    go to review-errors.csv; while any edit is left unread (a status word we do not know, a row
    without an id, a file we cannot parse) review.csv is not overwritten, so nothing typed is lost."""
    path = out / "review.csv"
    summary.review_errors, summary.review_blocked = [], False
    if not path.exists():
        return
    raw = path.read_bytes()
    if state.outputs().get(path.name) == hashlib.sha256(raw).hexdigest():
        return  # exactly as the last run wrote it: nobody edited it
    rows, read = read_review_rows(raw)
    if read.unreadable:
        summary.review_blocked = True
        summary.review_errors.append({"line": "", "flag_id": "", "status": "", "comment": "",
                                      "reason": f"review.csv 无法读取（{read.encoding}）：{read.unreadable}；该文件未被覆盖，请修正后重新运行"})
        return
    evidence_of = state.flag_evidence()
    written = state.review_csv_written()
    # A review.csv written before RULES_VERSION 26 names flags by the ids of then.
    renamed = state.renamed_flags({r[1] for r in rows if r[1] and r[1] not in evidence_of})
    edits: dict[str, list[tuple[int, str, str]]] = {}
    for line, written_id, word, comment in rows:
        flag_id = renamed.get(written_id, written_id)
        status = status_of(word)
        blocking = not flag_id or status is None
        problem = ("缺少问题编号" if not flag_id else
                   f"未知的审核状态“{word}”（可用：待审核/已确认/已排除 或 open/confirmed/dismissed）" if status is None else
                   f"当前结果中没有编号为 {flag_id} 的问题（原文或规则已变化，该意见不再适用）" if flag_id not in evidence_of
                   else "")
        if problem:
            _review_error(summary, line, flag_id, word, comment, problem, blocking)
            continue
        current = state.decision(flag_id, evidence_of[flag_id])
        # An edit is a row that differs from what review.csv said when it was written (or, for a
        # file written before that was remembered, from the decision now).
        as_written = tuple(written[written_id]) if written_id in written else current
        if (status, comment) in (as_written, current):
            continue
        if current != as_written or _superseded(state, flag_id, status, comment):
            # Decided elsewhere (the review desk, `jixiao review`) since the file was written, or
            # a stale copy of an older file: the later decision stands, the row is reported.
            change = state.last_change(flag_id) or {}
            _review_error(summary, line, flag_id, status, comment,
                          f"review.csv 写出之后，该问题已由{change.get('analyst') or '他人'}（{SOURCES_CN.get(change.get('source'), change.get('source', ''))}，"
                          f"{change.get('at', '')}）改为“{_STATUS_CN[current[0]]}”；以该意见为准，本行未采用", False)
            continue
        edits.setdefault(flag_id, []).append((line, status, comment))
    # The same finding can stand on several rows (one report in .docx and .pdf), and an untouched
    # row must not undo an edited one.
    for flag_id, changes in edits.items():
        if len({(s, c) for _, s, c in changes}) > 1:
            for line, status, comment in changes:
                _review_error(summary, line, flag_id, status, comment,
                              "同一问题编号在多行中填写了不同的审核意见，无法判断以哪一行为准", True)
            continue
        _, status, comment = changes[0]
        state.decide(flag_id, status, comment, evidence_of[flag_id], now(), source="review.csv")
        summary.reviews_read += 1


_STATUS_CN = {"open": "待审核", "confirmed": "已确认", "dismissed": "已排除"}


def _superseded(state: State, flag_id: str, status: str, comment: str) -> bool:
    """The row repeats what the flag was before its latest decision: an old copy of review.csv
    saved over a newer one, not a new edit."""
    change = state.last_change(flag_id)
    return change is not None and (change["old_status"], change["old_comment"]) == (status, comment)


def _review_error(summary, line, flag_id, status, comment, problem: str, blocking: bool) -> None:
    summary.review_blocked |= blocking
    summary.review_errors.append({"line": line, "flag_id": flag_id, "status": status, "comment": comment,
                                  "reason": problem + ("；review.csv 未被覆盖，请修正后重新运行" if blocking else "")})


def _outputs_intact(state: State, out: Path) -> bool:
    """Every output is there with the bytes the last run wrote, and they show the current state."""
    if not state.outputs_current():
        return False
    hashes = state.outputs()
    if set(hashes) != set(OUTPUTS):
        return False
    for name, sha in hashes.items():
        path = out / name
        if not path.exists() or file_sha256(path) != sha:
            return False
    return True


def publish(state: State, out: Path, summary, force: bool = False, read_reviews: bool = True) -> None:
    """Read back review edits (unless the caller just did), then write every output that is stale.
    One writer failing (a character a library refuses, a full disk) leaves the others written
    and is reported."""
    if read_reviews:
        read_review_file(out, state, summary)
    if not force and not summary.review_errors and _outputs_intact(state, out):
        _restore_counts(summary, state.last_summary())   # a quiet night: the outputs stand
        return
    generation = state.generation()   # before reading: a decision made meanwhile leaves the outputs behind
    tables = Tables(state)
    totals = tables.totals()
    summary.files = totals.rows["documents"]
    summary.ok, summary.failed, summary.unsupported, summary.ignored = (
        totals.documents[s] for s in ("ok", "failed", "unsupported", "ignored"))
    summary.indicators = totals.rows["indicators"]
    summary.flags = dict(totals.severity)
    # Each output is written as it is made, row by row from the state (nightly/tables.py).
    makers = {f"{name}.csv": (lambda f, name=name: write_csv(f, fields(name), tables.rows(name)))
              for name in ("documents", "projects", "indicators", "lists", "figures", "flags")}
    review_rows: dict = {}   # what review.csv says for each flag, kept as it is written

    def review_csv(f) -> None:
        def rows():
            for r in tables.rows("flags"):
                review_rows[r["flag_id"]] = (r["status"], r["comment"])
                yield r
        write_csv(f, REVIEW_COLUMNS, rows())
    makers["review.csv"] = review_csv
    makers["decisions.csv"] = lambda f: write_csv(f, fields("decisions"), state.decisions())
    makers["review-errors.csv"] = lambda f: write_csv(f, fields("review-errors"), summary.review_errors)
    makers["report.xlsx"] = lambda f: write_xlsx(f, tables, totals, _overview(state, totals), summary.warnings)
    makers["review.html"] = lambda f: f.write(review_html(tables.rows("flags"), totals.rows["flags"]))
    written, old = {}, state.outputs()
    for name in OUTPUTS:
        if name == "review.csv" and summary.review_blocked:
            if name in old:
                written[name] = old[name]   # left as the analyst saved it; read again next run
            continue
        try:
            written[name] = write_stream(out / name, makers[name])
        except Exception as e:  # noqa: BLE001 - one output's failure must not cost the others
            summary.output_errors.append(f"{name}：{type(e).__name__}: {e}")
            if name in old:
                written[name] = old[name]
    if "review.csv" in written and written["review.csv"] != old.get("review.csv"):
        state.remember_review_csv(review_rows)   # the file's own rows, not a second read a decision could change
    state.remember_outputs(written, {key: getattr(summary, key) for key in COUNTS},
                           complete=not summary.output_errors, generation=generation)
    if not summary.output_errors:
        state.backup()


def _overview(state: State, totals) -> dict:
    """What the summary sheet needs beyond the counts: rule names, and what changed since the
    flag list was last different (kept in the state, so a rewrite of the same results is the same)."""
    from jixiao.rules import RULES
    change = state.flag_list_change(totals.flag_ids)
    return {"rule_names": {code: rule.summary for code, rule in RULES.items()}, "changes": change}


def _restore_counts(summary, saved: dict) -> None:
    for key in COUNTS:
        if key in saved:
            setattr(summary, key, saved[key])
