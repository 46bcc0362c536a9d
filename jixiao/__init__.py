"""jixiao: the installed name of the five layers (jixiao.extract, jixiao.normalize, jixiao.rules,
jixiao.nightly, jixiao.desk) and of the command (jixiao.pipeline).

The layout of the checkout is fixed (extract/, normalize/ … and pipeline.py at the top), so the
wheel maps each folder into this package (pyproject.toml, package-dir). In a checkout that was
not installed (`python pipeline.py …`), the folders beside this one are this package's contents:
the checkout's top is added to the package's search path. An installed package never looks
outside itself, so a top-level `rules` or `extract` of other software can neither shadow these
nor be shadowed."""
from pathlib import Path

_top = Path(__file__).resolve().parent.parent
if (_top / "pyproject.toml").is_file() and (_top / "extract" / "__init__.py").is_file():
    __path__.append(str(_top))  # noqa: F821 (a package's __path__)
