"""nightly: the inbox run — workers with limits, the state database, outputs written atomically.

    from jixiao.nightly import run_inbox
    summary = run_inbox(inbox, out, workers=2)
"""
from .run import RunLocked, RunRefused, RunSummary, StateError, run_inbox

__all__ = ["run_inbox", "RunSummary", "RunLocked", "RunRefused", "StateError"]
