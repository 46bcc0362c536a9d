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
_OPERATIONS = {ast.Add: Decimal.__add__, ast.Sub: Decimal.__sub__, ast.Mult: Decimal.__mul__,
               ast.Div: Decimal.__truediv__}


def _value(working: str) -> Decimal | None:
    """The working's value in exact decimals (a percent a hundredth), None where it is no sum of figures."""
    text = re.sub(r"(\d+(?:\.\d+)?)\s*%", r"(\1/100)", working.translate(_AS_PYTHON)).strip()
    try:
        tree = ast.parse(text, mode="eval")
    except SyntaxError:
        return None

    def value(node) -> Decimal | None:   # only figures and + - × ÷ (a figure's sign too); anything else is no sum
        if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)) and not isinstance(node.value, bool):
            return Decimal(ast.get_source_segment(text, node))   # the figure as written, not a float
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
            inner = value(node.operand)
            return None if inner is None else -inner
        if isinstance(node, ast.BinOp) and type(node.op) in _OPERATIONS:
            left, right = value(node.left), value(node.right)
            if left is None or right is None or (isinstance(node.op, ast.Div) and right == 0):
                return None
            return _OPERATIONS[type(node.op)](left, right)
        return None
    return value(tree.body)


def worked_figure(text: str) -> tuple[str, str, bool] | None:
    """(the figure after the =, the working, whether the working gives it to the figure's written places) where the
    cell is a working of one operation at least then = and one figure; None otherwise."""
    m = _WORKED.match(" ".join(text.split()))
    if m is None or not _OPERATION.search(m.group("working")):
        return None
    figure, working = m.group("figure"), m.group("working").strip()
    value = _value(working)
    places = -Decimal(figure).as_tuple().exponent
    agrees = value is not None and abs(value - Decimal(figure)) <= Decimal(5) / 10 ** (places + 1)
    return figure, working, agrees
