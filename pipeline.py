"""jixiao command line: extract → normalize → rules → outputs.

    jixiao run --inbox DIR --out DIR      the nightly job: every report in, CSV/xlsx/html out
    jixiao review FLAG_ID --dismiss "…"   an analyst's decision on a flag, kept across runs
    jixiao serve --out out                the review desk (web), http://127.0.0.1:8765/
    jixiao users add NAME --out out       an analyst's account for the desk
    jixiao check FILE                     the flags of one file, printed
    jixiao rules [CODE]                   the rule catalogue
    jixiao extract FILE [--json|--records]  what was read from one file
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

from jixiao.extract import ExtractError, read_document


def _files(target: Path) -> list[Path]:
    if target.is_dir():
        return sorted(p for p in target.rglob("*") if p.is_file() and not p.name.startswith("."))
    return [target]


def cmd_extract(args: argparse.Namespace) -> int:
    target = Path(args.path)
    if not target.exists():
        print(f"错误：{target} 不存在", file=sys.stderr)
        return 2
    failed = 0
    rows = []
    for f in _files(target):
        started = time.perf_counter()
        try:
            doc = read_document(f)
        except ExtractError as e:
            failed += 1
            print(f"失败 {e.path}: {e.reason}", file=sys.stderr)
            rows.append((str(f), "-", "-", "-", "-", "-", f"失败：{e.reason}"))
            continue
        seconds = time.perf_counter() - started
        if args.json:
            print(json.dumps(doc.to_dict(), ensure_ascii=False, indent=1))
        elif args.records:
            _print_records(doc)
        else:
            cells = sum(len(t.cells) for t in doc.tables())
            rows.append((str(f), doc.format, str(doc.pages or ""), str(len(doc.tables())), str(cells),
                         str(len(doc.paragraphs())), f"{seconds:.2f}s"))
    if rows and not args.json and not args.records:
        header = ("file", "format", "pages", "tables", "cells", "paragraphs", "time")
        widths = [max(len(r[i]) for r in rows + [header]) for i in range(len(header))]
        for r in [header] + rows:
            print("  ".join(v.ljust(w) for v, w in zip(r, widths)))
        print(f"{len(rows) - failed} read, {failed} failed")
    return 0 if not failed or target.is_dir() else 1


def _print_records(doc) -> None:
    from jixiao.normalize import normalize_document, records_frames
    import pandas as pd

    recs = normalize_document(doc)
    frames = records_frames([recs])
    if recs.unread_rows:
        print(f"== 未读指标行 unread_rows: {recs.unread_rows}")
    # every warning, not only the unread rows': hidden text left out, reviewers' comments, doubtful
    # scan rows are what the analyst must check whether or not a row went unread
    for title, said in (("读取提示 extract warnings", doc.warnings), ("整理提示 normalize warnings", recs.warnings)):
        if said:
            print(f"== {title} ({len(said)})")
            for w in doc.named(said):
                print("  " + w)
    with pd.option_context("display.max_rows", None, "display.max_columns", None, "display.width", 250,
                           "display.max_colwidth", 24):
        for name in ("projects", "indicators", "lists"):
            df = frames[name]
            print(f"== {name} ({len(df)})")
            if len(df):
                print(df.drop(columns=[c for c in ("doc", "location", "raw") if c in df.columns]).to_string())


def cmd_rules(args: argparse.Namespace) -> int:
    from jixiao.rules import RULES
    if args.code:
        code = args.code.upper()
        if code not in RULES:
            print(f"错误：没有规则 {code}（jixiao rules 列出全部规则）", file=sys.stderr)
            return 2
        r = RULES[code]
        print(f"{r.code}  {r.name}  [{r.severity}]\n{r.summary}\n\n{r.explanation}\n\n"
              f"通过（good）：{r.good}\n报警（bad）：{r.bad}")
        return 0
    for r in (RULES[c] for c in sorted(RULES)):
        print(f"{r.code}  {r.severity:<6}  {r.name:<26}  {r.summary}")
    return 0


def _config(args: argparse.Namespace):
    """The rules config named by --config, or None after saying why it cannot be used."""
    from jixiao.rules import ConfigError, load_config
    try:
        return load_config(args.config)
    except ConfigError as e:
        print(f"错误：{e}", file=sys.stderr)
        return None


def cmd_check(args: argparse.Namespace) -> int:
    """Extract, normalize and check files; print the flags (no outputs written)."""
    from jixiao.normalize import normalize_document
    from jixiao.rules import check_document
    config = _config(args)
    if config is None:
        return 2
    failed = 0
    for target in args.paths:
        for f in _files(Path(target)):
            try:
                doc = read_document(f)
            except ExtractError as e:
                failed += 1
                print(f"失败 {e.path}: {e.reason}", file=sys.stderr)
                continue
            checked = check_document(normalize_document(doc, name=str(f)), config)
            print(f"== {f}: {len(checked.flags)} flags")
            for fl in checked.flags:
                print(f"{fl.id}  {fl.severity:<6} {fl.message}\n    位置：{fl.location}")
            for w in checked.warnings:     # a flag withheld is said, not dropped
                print(f"提示  {w}")
    return 1 if failed else 0


def _failure(e: BaseException) -> str:
    """One line for an analyst or an operator: what stopped the run, never a traceback."""
    import errno
    import sqlite3
    if isinstance(e, sqlite3.Error):
        return f"状态数据库出错：{e}"
    if isinstance(e, OSError):
        where = f"（{e.filename}）" if e.filename else ""
        if e.errno == errno.ENOSPC:
            return f"磁盘空间已满{where}，输出未能全部写入；已有的输出保持原样"
        if e.errno in (errno.EACCES, errno.EPERM):
            return f"没有权限{where}：{e.strerror}"
        return f"{e.strerror or e}{where}"
    return str(e)   # our own errors (StateError) already say what happened


def _refused(e: BaseException) -> int:
    """One line on stderr for what stopped a command, and its exit status: 3 locked by another
    run, 2 refused as asked (missing inbox, overlapping folders), 1 could not complete."""
    from jixiao.nightly import RunLocked, RunRefused
    if isinstance(e, RunLocked):
        print(f"错误：{e}", file=sys.stderr)
        return 3
    if isinstance(e, (RunRefused, FileNotFoundError)):
        print(f"错误：{e}", file=sys.stderr)
        return 2
    print(f"错误：运行无法完成：{_failure(e)}", file=sys.stderr)
    return 1


def cmd_run(args: argparse.Namespace) -> int:
    from jixiao.extract import ocr_reader
    # --ocr and --workers set the reader's module settings for this run's workers only: a later
    # run in the same process (tests, a caller's loop) starts from the defaults, not from these.
    kept = ocr_reader.ENABLED, ocr_reader.WORKERS
    try:
        return _run(args)
    finally:
        ocr_reader.ENABLED, ocr_reader.WORKERS = kept


def _run(args: argparse.Namespace) -> int:
    import sqlite3

    from jixiao.extract import ocr_reader
    from jixiao.nightly import RunLocked, RunRefused, StateError, run_inbox
    if args.ocr is not None:
        ocr_reader.ENABLED = args.ocr   # set before the workers fork: they inherit it
    ocr_reader.WORKERS = args.workers   # OCR's threads per worker: the cores shared among the workers
    config = _config(args)
    if config is None:
        return 2
    bar = None
    if not args.quiet and sys.stderr.isatty():
        def bar(done: int, total: int, doc: str) -> None:
            width = 30
            filled = width * done // max(total, 1)
            sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} {doc[-40:]:<40}")
            if done == total:
                sys.stderr.write("\n")
            sys.stderr.flush()
    from jixiao.nightly.cluster import ClusterError
    pools = []

    def on_cluster(pool) -> None:
        pools.append(pool)
        if not args.quiet:
            print(f"Dask 集群：{pool.threads} 个工作线程；仪表盘 {pool.dashboard or '（无）'}；文件以"
                  f"{'路径' if pool.ship == 'path' else '字节'}传送", file=sys.stderr)

    if args.cluster and not args.quiet:
        import time
        last = [0.0]

        def bar(done: int, total: int, doc: str) -> None:   # a line every 2 s, and the last
            if done != total and time.monotonic() - last[0] < 2:
                return
            last[0] = time.monotonic()
            pool = pools[0]
            running = pool.running()
            workers = sorted(set(pool.tally.done) | set(pool.tally.failed) | set(running))
            per = "；".join(f"{w}: 完成 {pool.tally.done.get(w, 0)} 失败 {pool.tally.failed.get(w, 0)} "
                           f"进行中 {running.get(w, 0)}" for w in workers)
            print(f"[{done}/{total}] {per}", file=sys.stderr)
    try:
        summary = run_inbox(args.inbox, args.out, workers=args.workers, timeout=args.timeout,
                            memory_mb=args.memory, config=config, state_path=args.state, progress=bar,
                            cluster=args.cluster, ship=args.ship,
                            ocr=ocr_reader.ENABLED, on_cluster=on_cluster)   # set from --ocr above
    except ClusterError as e:
        print(f"错误：{e}", file=sys.stderr)
        return 2
    except (RunLocked, RunRefused, StateError, OSError, sqlite3.Error) as e:
        return _refused(e)
    if not args.quiet or summary.output_errors:
        print(summary.line(), file=sys.stdout if not summary.output_errors else sys.stderr)
    return 1 if summary.output_errors else 0


def _existing_state(args: argparse.Namespace) -> Path | None:
    """The state database `--state` or `--out` names; None (and one line saying so) when there is none."""
    state_path = Path(args.state) if args.state else Path(args.out) / "state.sqlite"
    if not state_path.exists():
        print(f"错误：找不到状态数据库 {state_path}（请先运行 jixiao run，或用 --out 指定输出目录）", file=sys.stderr)
        return None
    return state_path


def cmd_review(args: argparse.Namespace) -> int:
    import sqlite3
    from jixiao.nightly.outputs import publish, read_review_file
    from jixiao.nightly.run import OutputLock, RunLocked, RunSummary
    from jixiao.nightly.state import StateError, now, open_state

    out = Path(args.out)
    state_path = _existing_state(args)
    if state_path is None:
        return 2
    status, comment = ("dismissed", args.dismiss) if args.dismiss is not None else \
        ("confirmed", args.confirm) if args.confirm is not None else ("open", args.reopen or "")
    summary = RunSummary(out=out)
    try:
        with OutputLock(out, state_path):
            state, summary.warnings = open_state(state_path, out / "decisions.csv", had_outputs=True)
            try:
                evidence = state.known_flag(args.flag_id)
                if evidence is None:
                    print(f"错误：当前结果中没有编号为 {args.flag_id} 的问题", file=sys.stderr)
                    return 2
                read_review_file(out, state, summary)   # hand edits of review.csv first, then this decision
                state.decide(args.flag_id, status, comment, evidence, now(), analyst=args.by, source="cli")
                publish(state, out, summary, force=True, read_reviews=False)
            finally:
                state.close()
    except (RunLocked, StateError, OSError, sqlite3.Error) as e:
        return _refused(e)
    if summary.review_errors or summary.warnings or summary.output_errors:
        print(summary.line().split("\n", 1)[-1], file=sys.stderr)
    print(f"{args.flag_id}：{ {'dismissed': '已排除', 'confirmed': '已确认', 'open': '待审核'}[status] }"
          + (f"（{comment}）" if comment else "") + f"；输出已更新：{out}")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn
    from jixiao.desk import DeskError, create_app
    from jixiao.desk.accounts import users
    try:
        app = create_app(args.out, args.state, publish_every=args.publish_every or None,
                         secure_cookies=args.secure_cookies, secret_file=args.secret_file)
    except DeskError as e:
        print(f"错误：{e}", file=sys.stderr)
        return 2
    print(f"审核台：http://{args.host}:{args.port}/ （输出目录 {Path(args.out).resolve()}；Ctrl-C 停止）", flush=True)
    if not users(app.state.desk.state()):
        print(f"注意：尚无账户，请先运行 jixiao users add 用户名 --out {args.out}", file=sys.stderr)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning", proxy_headers=False)
    return 0


def cmd_users(args: argparse.Namespace) -> int:
    import getpass
    from jixiao.desk.accounts import AccountError, add_user, end_sessions, remove_user, users
    from jixiao.nightly.state import State, StateError
    state_path = _existing_state(args)
    if state_path is None:
        return 2
    try:
        state = State(state_path)
    except StateError as e:
        print(f"错误：{e}", file=sys.stderr)
        return 1
    try:
        if args.action == "list":
            for name, role, created in users(state):
                print(f"{name}\t{role}\t{created}")
            return 0
        if args.action == "logout-all":   # everyone's sessions, or one user's
            if args.name and not any(u[0] == args.name for u in users(state)):
                print(f"错误：没有用户 {args.name}", file=sys.stderr)
                return 2
            n = end_sessions(state, args.name or None)
            print(f"已结束{f'用户 {args.name} 的' if args.name else '所有用户的'} {n} 个登录会话")
            return 0
        if not args.name:
            print("错误：请给出用户名", file=sys.stderr)
            return 2
        if args.action == "remove":
            if not remove_user(state, args.name):
                print(f"错误：没有用户 {args.name}", file=sys.stderr)
                return 2
            print(f"已删除用户 {args.name}")
            return 0
        if args.password_stdin:
            password = sys.stdin.readline().rstrip("\n")
        else:
            password = getpass.getpass(f"{args.name} 的密码：")
            if getpass.getpass("再输入一次：") != password:
                print("错误：两次输入的密码不一致", file=sys.stderr)
                return 2
        add_user(state, args.name, password, args.role, replace=args.reset)
        print(f"已{'更新' if args.reset else '添加'}用户 {args.name}（{args.role}）")
        return 0
    except AccountError as e:
        print(f"错误：{e}", file=sys.stderr)
        return 2
    finally:
        state.close()


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="jixiao", description="预算绩效自评报告核查 / checks budget-performance reports")
    sub = p.add_subparsers(dest="command", required=True)
    run = sub.add_parser(
        "run", help="the nightly job: read the inbox, write CSV / xlsx / html outputs",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Read every supported report under the inbox (recursively), check it, and write\n"
                    "documents.csv, projects.csv, indicators.csv, lists.csv, flags.csv, review.csv,\n"
                    "report.xlsx and review.html into the output folder. Only new or changed files are\n"
                    "read again; results and review decisions are kept in state.sqlite.\n\n"
                    "Example: jixiao run --inbox /srv/inbox --out /srv/jixiao-out --workers 2")
    run.add_argument("--inbox", required=True, help="folder the auditors drop reports into (read only)")
    run.add_argument("--out", required=True, help="folder for the outputs and the state database")
    run.add_argument("--workers", type=int, default=1, help="files processed in parallel (default 1)")
    run.add_argument("--timeout", type=float, default=120.0, help="seconds one file may take before it is failed (default 120)")
    run.add_argument("--memory", type=int, default=1536,
                     help="memory one worker may allocate for its file, in MB (default 1536); a file that needs more fails")
    run.add_argument("--config", help="TOML file selecting rules and severities (example: jixiao.toml)")
    run.add_argument("--state", help="state database (default OUT/state.sqlite)")
    run.add_argument("--quiet", action="store_true", help="no progress bar and no summary line")
    run.add_argument("--cluster", help="send the per-file work to Dask: local:N (N worker processes here) or a "
                                       "scheduler address such as tcp://10.0.0.5:8786 (docs/cluster.md)")
    run.add_argument("--ship", choices=["path", "bytes"],
                     help="how files reach cluster workers: by path (they see the inbox at the same path; default "
                          "for local:N) or as bytes (default for a remote scheduler)")
    run.add_argument("--ocr", action=argparse.BooleanOptionalAction, default=None,
                     help="read scans and images by OCR (default: on when rapidocr_onnxruntime is installed)")
    run.set_defaults(func=cmd_run)
    rv = sub.add_parser("review", help="confirm or dismiss a flag; the decision survives reruns",
                        description="Record an analyst's decision on a flag. Example: "
                                    "jixiao review JX101-722dd39b94 --dismiss \"已核实，系笔误\" --out out")
    rv.add_argument("flag_id", help="the flag's id (flags.csv, column flag_id)")
    g = rv.add_mutually_exclusive_group(required=True)
    g.add_argument("--dismiss", metavar="COMMENT", help="a false alarm, with why")
    g.add_argument("--confirm", metavar="COMMENT", help="a real finding, with a note")
    g.add_argument("--reopen", metavar="COMMENT", nargs="?", const="", help="back to open")
    rv.add_argument("--out", default="out", help="the run's output folder (default ./out)")
    rv.add_argument("--state", help="state database (default OUT/state.sqlite)")
    rv.add_argument("--by", default=os.environ.get("USER", ""), help="who decides, for the history (default $USER)")
    rv.set_defaults(func=cmd_review)
    sv = sub.add_parser("serve", help="the review desk: a web application for analysts",
                        description="Serve the review desk over the state database of a run's output folder. "
                                    "Example: jixiao serve --out out (then open http://127.0.0.1:8765/). "
                                    "Accounts: jixiao users add NAME --out out.")
    sv.add_argument("--out", default="out", help="the run's output folder (default ./out)")
    sv.add_argument("--state", help="state database (default OUT/state.sqlite)")
    sv.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1: this machine only)")
    sv.add_argument("--port", type=int, default=8765, help="port (default 8765)")
    sv.add_argument("--publish-every", type=float, default=10.0, metavar="SECONDS",
                    help="how often to bring the outputs up to date with the decisions made (default 10; 0 = never)")
    sv.add_argument("--secure-cookies", action="store_true",
                    help="send the session cookie over HTTPS only (behind a TLS reverse proxy)")
    sv.add_argument("--secret-file", help="the key that signs session cookies, made with mode 0600 on first use "
                                          "(default $JIXIAO_DESK_SECRET_FILE, else STATE.secret beside the state "
                                          "database; docs/security.md)")
    sv.set_defaults(func=cmd_serve)
    us = sub.add_parser("users", help="accounts of the review desk: add, list, remove, logout-all",
                        description="Example: jixiao users add wang --out out (asks for the password); "
                                    "jixiao users add li --role supervisor --out out; "
                                    "jixiao users logout-all [NAME] --out out ends every session (of NAME)")
    us.add_argument("action", choices=["add", "list", "remove", "logout-all"])
    us.add_argument("name", nargs="?")
    us.add_argument("--role", choices=["analyst", "supervisor"], default="analyst",
                    help="analyst decides and assigns; supervisor only reads (default analyst)")
    us.add_argument("--reset", action="store_true", help="change the password or role of an existing user")
    us.add_argument("--password-stdin", action="store_true", help="read the password from the first line of stdin")
    us.add_argument("--out", default="out", help="the run's output folder (default ./out)")
    us.add_argument("--state", help="state database (default OUT/state.sqlite)")
    us.set_defaults(func=cmd_users)
    e = sub.add_parser("extract", help="read files into the document model",
                       description="Read a file (or every file under a folder) and show what was read. "
                                   "Example: jixiao extract corpus/reports/000_b69c5b8f3653aeba.pdf --json")
    e.add_argument("path", help="a report file, or a folder")
    g = e.add_mutually_exclusive_group()
    g.add_argument("--json", action="store_true", help="dump the document model (blocks, cells, locations) as JSON")
    g.add_argument("--summary", action="store_true", help="one line per file: tables, cells, paragraphs (default)")
    g.add_argument("--records", action="store_true", help="print the normalized records of the file")
    e.set_defaults(func=cmd_extract)
    r = sub.add_parser("rules", help="list the rules, or explain one",
                       description="List the rule catalogue, or explain one rule. Example: jixiao rules JX202")
    r.add_argument("code", nargs="?", help="a rule code, e.g. JX101")
    r.set_defaults(func=cmd_rules)
    c = sub.add_parser("check", help="print the flags for files (no outputs written)",
                       description="Read, normalize and check files, and print their flags. "
                                   "Example: jixiao check corpus/reports/002_70340c3d2e0dbd82.docx")
    c.add_argument("paths", nargs="+", help="report files or folders")
    c.add_argument("--config", help="a TOML file selecting rules and severities (see rules/config.py)")
    c.set_defaults(func=cmd_check)
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
