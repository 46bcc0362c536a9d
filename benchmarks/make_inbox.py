"""Make a benchmark inbox: copies and variants of the corpus files (not committed).

    .venv/bin/python -m benchmarks.make_inbox /tmp/jixiao-inbox --docs 1000

Text files get a changed figure, Word files a changed cell, PDF files a trailing comment, so
that every file has its own sha256 and is read on its own, as real inboxes are.
"""
from __future__ import annotations

import argparse
import io
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REPORTS = ROOT / "corpus" / "reports"


def make_inbox(dest: Path, docs: int) -> list[Path]:
    import docx

    dest.mkdir(parents=True, exist_ok=True)
    sources = sorted(p for p in REPORTS.iterdir() if p.suffix in (".txt", ".docx", ".pdf"))
    made = []
    for k in range(docs):
        src = sources[k % len(sources)]
        variant = k // len(sources)
        folder = dest / f"batch{variant // 20:02d}"
        folder.mkdir(exist_ok=True)
        out = folder / f"{src.stem}_v{variant:03d}{src.suffix}"
        if variant == 0:
            shutil.copyfile(src, out)
        elif src.suffix == ".txt":
            text = src.read_text(encoding="utf-8")
            out.write_text(text + f"\n（第{variant}份副本）\n", encoding="utf-8")
        elif src.suffix == ".docx":
            d = docx.Document(io.BytesIO(src.read_bytes()))
            d.add_paragraph(f"（第{variant}份副本）")
            d.save(out)
        else:
            out.write_bytes(src.read_bytes() + f"\n%variant {variant}\n".encode())
        made.append(out)
    return made


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dest")
    ap.add_argument("--docs", type=int, default=1000)
    args = ap.parse_args()
    made = make_inbox(Path(args.dest), args.docs)
    print(f"{len(made)} files in {args.dest}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
