"""Scans: ‰ read as a percent sign and a zero or an o (187's ≤0.9‰ came out ≤0.9%o) is read back
where no figure reads on after the %, and the zero stands against it (extract.scan_permille)."""
from .test_scan_width import _read


def test_a_per_mille_read_as_percent_and_o_or_zero_is_read_back(monkeypatch):
    doc = _read(monkeypatch, [("≤", 0.5), ("0", 0.5), (".", 0.3), ("9", 0.5), ("%", 0.6), ("o", 0.4)],
                [("0", 0.5), (".", 0.3), ("2", 0.5), ("%", 0.6), ("0", 0.4)] + [(ch, 1.0) for ch in "以下"])
    assert [b.text for b in doc.blocks] == ["≤0.9‰", "0.2‰以下"]
    assert any("千分号" in w and "“≤0.9%o”→“≤0.9‰”" in w for w in doc.warnings)


def test_a_zero_that_a_figure_reads_on_from_or_that_stands_apart_stays(monkeypatch):
    # 5%0.5 reads on into a figure; in 90%   0 the zero stands a cell's white away from the %;
    # 3%o3 (a raw text's 70%o3:加强…) has a figure after it: none is a per mille
    doc = _read(monkeypatch, [("9", 0.5), ("5", 0.5), ("%", 0.6), ("0", 0.4)],
                [("5", 0.5), ("%", 0.6), ("0", 0.5), (".", 0.3), ("5", 0.5)],
                [("9", 0.5), ("0", 0.5), ("%", 0.6), ("0", 3.0)],
                [("3", 0.5), ("%", 0.6), ("o", 0.5), ("3", 0.5)])
    assert [b.text for b in doc.blocks][0] == "95‰"
    assert "5%0.5" in [b.text for b in doc.blocks]
    assert not any("‰" in b.text for b in doc.blocks[1:])
