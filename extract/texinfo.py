"""A TEXINFO source (GNU's documentation language: a manual's .texi, a report kept as one). Its tables are
'@multitable @columnfractions …' (or a prototype row) up to '@end multitable': a row opens at '@headitem' or
'@item', its cells apart by '@tab', and a row may run over several source lines (a cell a line: '@item a',
'@tab b', '@tab c'); a two-column '@table' (@ftable, @vtable) gives '@item term' and the term's text on the lines
below, up to the next '@item'. Read as the text it prints: each multitable row one TAB-SEPARATED line where the
row opens (its other lines blank), each @table entry a 'term：text' line, a line of a command that prints nothing
of the document (@c comments, @node, @setfilename, @bye …) blank, a heading command's line its words, and the
inline commands their braces' text (@strong{总分} 总分, @@ @). A row's or an entry's later source lines are no
lines of the text (a table's rows stand on consecutive lines), each kept line numbered as the source numbers it.
Evidence: '\\input texinfo' on the first line, or a '@multitable' closed by '@end multitable'."""
from __future__ import annotations

import re

_ROW = re.compile(r"^@(?:headitem|item)(?:\s+|$)(.*)$")
_TERM = re.compile(r"^@itemx?(?:\s+|$)(.*)$")
_HEADING = re.compile(r"^@(?:top|chapter|section|subsection|subsubsection|unnumbered\w*|appendix\w*|heading|"
                      r"subheading|majorheading|chapheading|center|title|subtitle|author|settitle)\s+(.*)$")
_SILENT = re.compile(r"^(?:\\input\s+texinfo.*|@(?:c|comment)(?:\s.*)?|@(?:node|setfilename|documentencoding|"
                     r"documentlanguage|bye|noindent|indent|sp|page|contents|shortcontents|summarycontents|"
                     r"titlepage|end|finalout|setchapternewpage|paragraphindent|firstparagraphindent|"
                     r"exampleindent|headings|printindex|menu|detailmenu|vskip|insertcopying|copying|"
                     r"ifnottex|iftex|ifinfo|ifhtml|ifplaintext|set|clear|include|dircategory|direntry|"
                     r"frenchspacing|allowcodebreaks|need|group|smallbook|afourpaper)\b.*)$")
_INLINE = re.compile(r"@(?:strong|emph|b|i|r|t|w|code|samp|var|dfn|cite|sc|asis|slanted|sansserif|titlefont|"
                     r"file|kbd|key|env|command|option|abbr|acronym)\{([^{}]*)\}")
_ESCAPE = {"@@": "@", "@{": "{", "@}": "}", "@*": "", "@.": ".", "@:": "", "@-": "", "@/": "", "@ ": " ",
           "@,": ",", "@tie{}": " ", "@dots{}": "…", "@result{}": "⇒", "@minus{}": "−", "@geq{}": "≥",
           "@leq{}": "≤"}
# the escapes as one pattern, built from the map so that a new one is written in one place (the longest first)
_ESCAPED = re.compile("|".join(map(re.escape, sorted(_ESCAPE, key=len, reverse=True))))


def is_texinfo(text: str) -> bool:
    lines = text.lstrip("\ufeff").split("\n", 1)
    return lines[0].strip().startswith("\\input texinfo") or (
        re.search(r"^@multitable\b", text, re.M) is not None and re.search(r"^@end multitable\b", text, re.M) is not None)


def plain(text: str) -> str:
    """A source text's words as printed: inline commands their braces' text, escapes their characters."""
    prev = None
    while prev != text:
        prev, text = text, _INLINE.sub(lambda m: m.group(1), text)
    return _ESCAPED.sub(lambda m: _ESCAPE[m.group(0)], text)


def texinfo_text(text: str) -> tuple[str, list[int]] | None:
    """(the source as the lines it prints (the module's docstring), each line's number in the source), or None
    where it is no Texinfo source."""
    if not is_texinfo(text):
        return None
    lines = text.split("\n")
    out: list[str | None] = [""] * len(lines)     # None: a line that goes on with a row or an entry above it
    k = 0
    while k < len(lines):
        t = lines[k].strip().lstrip("\ufeff")
        if t.startswith("@multitable"):
            j = k + 1
            row_at, cells = None, []
            while j < len(lines) and not lines[j].strip().startswith("@end multitable"):
                s = lines[j].strip()
                if (m := _ROW.match(s)) is not None:
                    if row_at is not None:
                        out[row_at] = "\t".join(plain(c).strip() for c in cells)
                    row_at, cells = j, re.split(r"\s*@tab(?:\s+|$)", m.group(1))
                elif row_at is not None and s.startswith("@tab"):
                    cells += re.split(r"\s*@tab(?:\s+|$)", s)[1:]
                    out[j] = None
                elif row_at is not None and s and not s.startswith(("@c ", "@comment ")) and s not in ("@c", "@comment"):
                    cells[-1] = (cells[-1] + " " + s).strip()     # a cell's text going on over a line
                    out[j] = None
                j += 1
            if row_at is not None:
                out[row_at] = "\t".join(plain(c).strip() for c in cells)
            k = j + 1
            continue
        if re.match(r"^@[fv]?table\b", t):
            j = k + 1
            term_at = None
            while j < len(lines) and not re.match(r"^@end [fv]?table\b", lines[j].strip()):
                s = lines[j].strip()
                if (m := _TERM.match(s)) is not None:
                    term_at = j
                    out[j] = plain(m.group(1)).strip() + "："
                elif s and term_at is not None and not _SILENT.match(s):
                    out[term_at] += plain(s)
                    out[j] = None
                j += 1
            k = j + 1
            continue
        if (m := _HEADING.match(t)) is not None:
            out[k] = plain(m.group(1)).strip()
        elif not _SILENT.match(t):
            out[k] = plain(lines[k])
        k += 1
    kept = [k for k, x in enumerate(out) if x is not None]
    return "\n".join(out[k] for k in kept), [k + 1 for k in kept]
