"""How long the style cascade (extract/html_css.Styles) takes on adversarial pages: 5,000 elements
under 500 <style> rules whose ancestors all match, in the shapes a matcher without an index (or a
cascade that tries every rule) spends elements x rules on. Each page's figure is the best of the
rounds (a machine shared with other work slows a round, never speeds it), for computing every
element's styles as the HTML reader does.

    python -m benchmarks.html_css_speed [--rounds 3] [--elements 5000] [--rules 500] [--json PATH]

Shapes (every rule's ancestors match every element's ancestors):
  same-end       500 rules 'html body div.a p span' (all match each span; all set display)
  distinct-end   500 rules '.a p span.xK' against spans of 500 classes (each span matches one)
  place-above    500 rules 'body .a p:nth-child(K) span' (an exact place above: each span matches one)
  place-end      500 rules '.a p:nth-child(K)' on the p's themselves
  sibling        250 rules '.a p.xK + p span' and 250 '.a p.xK ~ p span'
  attribute      500 rules 'body .a span[data-nK]' on spans with no such attribute
"""
from __future__ import annotations

import argparse
import json
import time

from lxml import html as lxml_html

from jixiao.extract.html_css import Styles


def pages(elements: int, rules: int) -> dict[str, str]:
    body = "<div class='a'>" + "".join(f"<p class='x{i % rules}'><span class='x{i % rules}'>{i}</span></p>"
                                      for i in range(elements)) + "</div>"
    sheets = {
        "same-end": " ".join("html body div.a p span{display:block}" for _ in range(rules)),
        "distinct-end": " ".join(f".a p span.x{k}{{display:none}}" for k in range(rules)),
        "place-above": " ".join(f"body .a p:nth-child({k + 1}) span{{visibility:hidden}}" for k in range(rules)),
        "place-end": " ".join(f".a p:nth-child({k + 1}){{display:none}}" for k in range(rules)),
        "sibling": " ".join(f".a p.x{k} + p span{{display:none}} .a p.x{k} ~ p span{{visibility:hidden}}"
                            for k in range(rules // 2)),
        "attribute": " ".join(f"body .a span[data-n{k}]{{display:none}}" for k in range(rules)),
    }
    return {name: f"<html><head><style>{css}</style></head><body>{body}</body></html>" for name, css in sheets.items()}


def cascade_seconds(page: str) -> tuple[float, int]:
    root = lxml_html.document_fromstring(page)
    start = time.perf_counter()
    styles = Styles(root)
    n = 0
    for el in root.iter():
        styles.of(el)
        n += 1
    return time.perf_counter() - start, n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--elements", type=int, default=5000)
    ap.add_argument("--rules", type=int, default=500)
    ap.add_argument("--json")
    args = ap.parse_args()
    out = {}
    for name, page in pages(args.elements, args.rules).items():
        best, n = min(cascade_seconds(page) for _ in range(args.rounds))
        out[name] = round(best, 3)
        print(f"{name:14} {n} elements  {best:.3f} s")
    if args.json:
        with open(args.json, "w") as f:
            json.dump(out, f, indent=1)


if __name__ == "__main__":
    main()
