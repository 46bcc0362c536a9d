"""One file, in a child process with a time and a memory limit: extract → normalize → rules → rows."""
from __future__ import annotations

import ctypes
import hashlib
import multiprocessing as mp
import os
import resource
import signal
import time
import traceback
from dataclasses import dataclass, field

from jixiao.extract import ExtractError, UnsupportedFormat, read_bytes, read_document
from jixiao.extract.archive import read_member
from jixiao.extract.errors import out_of_memory
from jixiao.extract.sniff import sniff
from jixiao.normalize import normalize_document, records_frames
from jixiao.rules import Config, check_document
from jixiao.rules.cross import features as cross_features


@dataclass
class FileResult:
    doc: str
    status: str                       # ok / failed / unsupported
    sha256: str = ""
    format: str = ""
    error: str = ""
    tables: int = 0
    rows: dict = field(default_factory=dict)   # projects / indicators / lists / flags: lists of dicts
    seconds: dict = field(default_factory=dict)
    encoding: str = ""                # text files: the encoding the bytes were read with
    warnings: list = field(default_factory=list)   # what was read with doubt, for analysts (Chinese)
    cross: dict = field(default_factory=dict)   # what the checks across documents need (rules.cross.features)
    unread_rows: int = 0              # indicators seen that gave no record (rows, stacked items, columns)


def process_file(path: str, doc: str, config: Config, member: str | None = None) -> FileResult:
    """Everything for one file (or one member of a zip archive at `path`), in this process.
    Never raises for bad input."""
    t0 = time.perf_counter()
    try:
        d = read_bytes(read_member(path, member, doc), doc) if member else read_document(path, name=doc)
    except UnsupportedFormat as e:
        return FileResult(doc, "unsupported", sha256=sha256_or_blank(path), error=e.reason)
    except ExtractError as e:
        return FileResult(doc, "failed", sha256=sha256_or_blank(path), error=e.reason)
    t1 = time.perf_counter()
    recs = normalize_document(d, name=doc)
    t2 = time.perf_counter()
    checked = check_document(recs, config)
    flags = checked.flags
    t3 = time.perf_counter()
    frames = records_frames([recs])
    # Every value a string, a missing one blank: pandas 3's astype(str) keeps a missing value as NaN,
    # which Python's json writes but SQLite's JSON functions (the desk's tables) refuse.
    rows = {name: frame.astype(object).where(frame.notna(), "").astype(str).to_dict("records")
            for name, frame in frames.items()}
    rows["flags"] = [{
        "flag_id": f.id, "doc": doc, "rule": f.rule, "severity": f.severity, "message": f.message,
        "stated": f.stated, "expected": f.expected, "location": f.location, "evidence": f.evidence,
        "evidence_hash": f.evidence_hash,
        # What releases before RULES_VERSION 26 called it: their decisions move to flag_id (State.carry_decisions).
        "legacy_id": f.legacy_id, "legacy_evidence_hash": f.legacy_evidence_hash,
        "cells": [loc.to_dict() for loc in f.locations],   # for the review desk: the cited cells and lines
    } for f in flags]
    warnings = [*d.warnings, *recs.warnings, *checked.warnings]
    try:
        cross = cross_features(recs, d)
    except Exception as e:  # noqa: BLE001 - the file's own results do not depend on the cross checks
        cross = {}
        warnings.append(f"跨文件核对所需的信息未能读取（{type(e).__name__}），本文件不参与跨文件核对")
    if d.format == "txt" and not d.tables() and not recs.prose:
        warnings.append(f"文本文件未读出任何表格或数字（按 {d.encoding or '未知'} 编码读取），请核对原件的编码和内容")
    warnings = d.named(warnings)   # each naming the file, read in documents.csv and report.xlsx apart from it
    return FileResult(doc, "ok", sha256=d.sha256, format=d.format, tables=len(d.tables()), rows=rows,
                      seconds={"extract": t1 - t0, "normalize": t2 - t1, "rules": t3 - t2},
                      encoding=d.encoding or "", warnings=warnings, cross=cross, unread_rows=recs.unread_rows)


def warm_up(ocr: bool = False) -> None:
    """Load in the parent what every worker needs, so that each forked worker inherits it
    instead of paying for it per file: jieba's dictionary (0.6 s), pdfplumber, PDFium, python-docx;
    with `ocr`, the OCR engine too (its models compiled for OpenVINO, 1-3 s)."""
    import docx  # noqa: F401
    import pdfplumber  # noqa: F401
    import pypdfium2.raw  # noqa: F401 - the default PDF reader (extract/pdfium_page.py)
    from pdfminer import pdfdocument, pdfparser, psparser  # noqa: F401

    from jixiao.extract import ocr_reader, ocr_script
    from jixiao.extract.words import tokenizer
    tokenizer()
    if ocr and ocr_reader.ENABLED and ocr_reader.available():
        # Inherited, the engine is outside each worker's --memory (which counts only what the
        # worker maps itself): OpenVINO's libraries and compiled models map ~1.3 GB, so a worker
        # that loaded the engine itself under the default 1536 MB kept ONNX Runtime (ocr_session).
        # Here it costs this process ~190 MB resident, shared with the workers.
        ocr_reader.engine()
        # v6's recogniser too: it reads a scan's doubtful lines again (extract.ocr_doubt), and
        # loaded in a worker it would count against that worker's --memory
        if ocr_script.available():
            ocr_reader.engine().text_rec.second()


def may_need_ocr(path: str, member: str | None = None) -> bool:
    """Whether a file may be read by OCR, by its first bytes: a PDF (its text layer may be
    empty) or an image. A member of an archive counts as one (it is not unpacked here)."""
    if member is not None:
        return True
    try:
        with open(path, "rb") as f:
            head = f.read(1024)
    except OSError:
        return False
    return sniff(head) in ("pdf", "image")


def file_sha256(path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def sha256_or_blank(path) -> str:
    """The file's sha256, or "" when it has gone or cannot be read (its row says why anyway)."""
    try:
        return file_sha256(path)
    except OSError:
        return ""


MB = 1024 * 1024
EXIT_MEMORY = 86   # the worker ran out of memory where it could not even report it
PR_SET_PDEATHSIG = 1


def _die_with_parent() -> None:
    """Linux: the kernel kills this worker when the run that started it dies (kill -9 included)."""
    try:
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        pass


M_ARENA_MAX = -8


def _child(conn, path: str, doc: str, config: Config, memory_mb: int, timeout: float, member: str | None) -> None:
    _die_with_parent()
    try:   # glibc reserves 64 MB of address space per thread arena; OCR's threads would eat the limit
        ctypes.CDLL(None).mallopt(M_ARENA_MAX, 2)
    except (OSError, AttributeError):
        pass
    if os.getppid() == 1:   # the parent died before prctl took effect
        os._exit(1)
    if timeout:
        # A backstop of the parent's timer: SIGALRM's default action ends this process even
        # if nobody is left to time it out.
        signal.alarm(int(timeout) + 30)
    limit = 0
    if memory_mb:
        # The limit is on what the worker allocates for its file, on top of the address space
        # it inherits (numpy's thread buffers alone can reserve gigabytes on a many-core host).
        limit = _address_space() + memory_mb * MB
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    memory_failure = FileResult(doc, "failed", error=memory_message(memory_mb))
    try:
        try:
            result = process_file(path, doc, config, member)
        except Exception as e:  # noqa: BLE001 - a bug must become a failed row, not a lost file
            result = failure(e, doc, memory_mb, limit)
        try:
            conn.send(result)
        except MemoryError:   # the result itself was too big to send under the limit
            result = None
            conn.send(memory_failure)
        conn.close()
    except MemoryError:
        os._exit(EXIT_MEMORY)
    os._exit(0)


def memory_message(memory_mb: int) -> str:
    return f"处理时内存超过上限（{memory_mb} MB）"


def failure(e: Exception, doc: str, memory_mb: int, limit: int) -> FileResult:
    """The failed row of a file whose processing raised `e` in a worker limited to `limit` bytes of
    address space (memory_mb beyond what it inherited; 0: no limit)."""
    if out_of_memory(e):
        # a MemoryError, or a library's error over a refused allocation (extract.errors.out_of_memory):
        # a library the limit refused to map (OCR, PDFium), OCR's buffers for a page (OpenVINO, ONNX Runtime)
        return FileResult(doc, "failed", error=memory_message(memory_mb))
    if memory_mb and _peak_address_space() >= limit - MB:
        # The worker ran up against its limit and the error does not say memory: a library lost the
        # refused allocation's error (numpy raised "SystemError: error return without exception set"
        # over one in RapidOCR's word boxes; the fresh-clone CI's IndexError). Only a backstop: a
        # refused request maps nothing, and scan reads failing for memory ended 0-45 MB below the limit.
        return FileResult(doc, "failed", error=memory_message(memory_mb))
    return FileResult(doc, "failed", error=f"处理出错：{type(e).__name__}: {e}",
                      rows={"traceback": traceback.format_exc()})



def _peak_address_space() -> int:
    """This process's peak virtual size in bytes (Linux /proc VmPeak; 0 where it cannot be read)."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmPeak:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return 0


def _address_space() -> int:
    """This process's virtual size in bytes (Linux /proc; 0 where it cannot be read)."""
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[0]) * resource.getpagesize()
    except (OSError, ValueError, IndexError):
        return 0


class Job:
    """A file being processed in its own child process."""

    def __init__(self, path: str, doc: str, config: Config, timeout: float, memory_mb: int, member: str | None = None):
        self.path, self.doc, self.timeout = path, doc, timeout
        ctx = mp.get_context("fork")
        self.recv, send = ctx.Pipe(duplex=False)
        self.memory_mb = memory_mb
        self.proc = ctx.Process(target=_child, args=(send, path, doc, config, memory_mb, timeout, member),
                                daemon=True)
        self.started = time.monotonic()
        self.proc.start()
        send.close()
        self.result: FileResult | None = None

    def poll(self) -> FileResult | None:
        """The result once the child is done, hung past its limit, or dead; else None."""
        # Whether the child has ended is taken before its pipe is read: a child found dead after
        # an empty pipe may have sent its result and exited in between (a busy machine), and a
        # child that ended first has left all it sent in the pipe.
        ended = not self.proc.is_alive()
        if self.recv.poll():
            try:
                self.result = self.recv.recv()
            except (EOFError, OSError):
                pass
        if self.result is not None:
            self.proc.join(5)
            return self.result
        if ended:
            code = self.proc.exitcode
            if code == EXIT_MEMORY:
                reason = memory_message(self.memory_mb)
            elif code == -signal.SIGALRM:
                reason = f"处理超时（超过 {self.timeout:g} 秒），已终止"
            else:
                reason = (f"处理进程异常退出（信号 {-code}）" if code and code < 0 else f"处理进程异常退出（退出码 {code}）")
                if code == -9 or code == 137:
                    reason += "，可能超出内存上限"
            return FileResult(self.doc, "failed", sha256=sha256_or_blank(self.path), error=reason)
        if time.monotonic() - self.started > self.timeout:
            self.kill()
            return FileResult(self.doc, "failed", sha256=sha256_or_blank(self.path),
                              error=f"处理超时（超过 {self.timeout:g} 秒），已终止")
        return None

    def kill(self) -> None:
        if self.proc.is_alive():
            os.kill(self.proc.pid, 9)
        self.proc.join(5)
