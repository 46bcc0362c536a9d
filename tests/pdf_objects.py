"""A PDF written from its objects' source text, for tests that need a PDF of a given structure."""
from __future__ import annotations


def pdf_bytes(objs: list[str], version: str = "1.4") -> bytes:
    """The objects numbered from 1 (object 1 the catalog), a cross-reference table and the trailer."""
    out, offsets = f"%PDF-{version}\n".encode(), []
    for n, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n{body}\nendobj\n".encode()
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{o:010d} 00000 n \n" for o in offsets).encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out
