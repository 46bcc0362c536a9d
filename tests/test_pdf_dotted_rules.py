"""Dotted borders printed as rows of tiny squares (1594.pdf: a web data grid's body cells bordered
border-style: dotted, Chromium printing each dot a 0.75 pt filled square 1.5 pt apart). A dot's sides are shorter than
the table finder's least rule: the grid's body was lost, each view's column of rows one cell, nothing read. A run of
such dots along one line is the rule it dots (extract/dotted_rules.py); a few dots (an ellipsis, a leader's points)
or dots strewn apart are none."""
from jixiao.extract.dotted_rules import dotted_edges
from jixiao.extract.pdfium_page import _edges, ruled_tables

D, STEP = 0.75, 1.5


def _dot(x: float, y: float) -> tuple:
    pts = [(2, x, y), (0, x + D, y), (0, x + D, y + D), (0, x, y + D), (-1, x, y)]
    return pts, True, True, False


def _across(y: float, x0: float, x1: float) -> list:
    return [_dot(x0 + STEP * k, y) for k in range(int((x1 - x0) / STEP) + 1)]


def _down(x: float, y0: float, y1: float) -> list:
    return [_dot(x, y0 + STEP * k) for k in range(int((y1 - y0) / STEP) + 1)]


def test_a_grid_of_dotted_borders_is_ruled_by_its_runs_of_dots():
    drawn = [d for y in (100.0, 130.0, 160.0) for d in _across(y, 50.0, 200.0)]
    drawn += [d for x in (50.0, 120.0, 200.0) for d in _down(x, 100.0, 160.0)]
    assert ruled_tables(_edges(drawn), 600, 800) == []          # the dots alone: no table
    [t] = ruled_tables(_edges(drawn) + dotted_edges(drawn), 600, 800)
    assert len(t.cells) == 4
    edges = dotted_edges(drawn)
    assert sum(e["orientation"] == "h" for e in edges) == 3 and sum(e["orientation"] == "v" for e in edges) == 3


def test_a_few_dots_or_dots_strewn_apart_rule_nothing():
    assert dotted_edges(_across(100.0, 50.0, 56.0)) == []                   # five dots: an ellipsis
    assert dotted_edges([_dot(50.0 + 6 * k, 100.0) for k in range(20)]) == []   # gaps wider than the dots
