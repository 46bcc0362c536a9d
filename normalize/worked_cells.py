"""A figure written with its working (1813: 8×100%=8, 8×2700÷3000=7.2 in a 得分 cell): the sum, then = and the
figure it gives. The figure after the = is the cell's; the working is read only to see that it gives that figure."""
from __future__ import annotations

import ast
from decimal import Decimal

import regex as re

# the working: figures, percents, the four operations and brackets; then =, the figure (分 after it at most)
_WORKED = re.compile(r"^(?P<working>[\d.\s×xX*＊÷/／+＋\-－−%％()（）]+)[=＝]\s*(?P<figure>\d+(?:\.\d+)?)\s*分?$")
_OPERATION = re.compile(r"[×xX*＊÷/／+＋\-－−]")
_AS_PYTHON = str.maketrans({"×": "*", "x": "*", "X": "*", "＊": "*", "÷": "/", "／": "/", "＋": "+", "－": "-",
                            "−": "-", "（": "(", "）": ")", "％": "%"})
_NODES = (ast.Expression, ast.BinOp, ast.UnaryOp, ast.Constant, ast.Add, ast.Sub, ast.Mult, ast.Div, ast.USub)


def _value(working: str) -> float | None:
    """The working's value (a percent a hundredth), None where it is no sum of figures."""
    text = re.sub(r"(\d+(?:\.\d+)?)\s*%", r"(\1/100)", working.translate(_AS_PYTHON))
    try:
        tree = ast.parse(text.strip(), mode="eval")
    except SyntaxError:
        return None
    if not all(isinstance(n, _NODES) for n in ast.walk(tree)) or \
            any(isinstance(n, ast.Constant) and not isinstance(n.value, (int, float)) for n in ast.walk(tree)):
        return None
    try:
        return float(eval(compile(tree, "<working>", "eval")))   # only numbers and + - × ÷ (checked above)
    except ZeroDivisionError:
        return None


def worked_figure(text: str) -> tuple[str, str, bool] | None:
    """(the figure after the =, the working, whether the working gives it to the figure's written places) where the
    cell is a working of one operation at least then = and one figure; None otherwise."""
    m = _WORKED.match(" ".join(text.split()))
    if m is None or not _OPERATION.search(m.group("working")):
        return None
    figure, working = m.group("figure"), m.group("working").strip()
    value = _value(working)
    places = -Decimal(figure).as_tuple().exponent
    agrees = value is not None and abs(Decimal(str(value)) - Decimal(figure)) <= Decimal(5) / 10 ** (places + 1)
    return figure, working, agrees
