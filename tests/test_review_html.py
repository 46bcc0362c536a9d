"""review.html as a person sees it: opened offline in headless Chromium (Debian's chromium)."""
import re
import shutil
import subprocess

import pytest

from jixiao.nightly import run_inbox

from .conftest import REPORTS

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    assert CHROMIUM, "chromium is required for this test: `make test` installs it (apt-get install chromium)"
    box = tmp_path_factory.mktemp("box")
    for name in ("002_70340c3d2e0dbd82.pdf", "004_8ce664a1ba30d0b4.txt"):
        shutil.copy(REPORTS / name, box / name)
    out = tmp_path_factory.mktemp("out")
    run_inbox(box, out)
    return out


ROW = re.compile(r'<tr class="flag" data-severity="(high|medium|low)">')


def render(out, tmp_path, fragment=""):
    dom = subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={tmp_path / 'profile'}", "--dump-dom",
                          (out / "review.html").as_uri() + fragment], capture_output=True, text=True, timeout=120)
    assert dom.returncode == 0, dom.stderr[-2000:]
    return dom.stdout


def test_flags_grouped_by_document_and_severity(out, tmp_path):
    dom = render(out, tmp_path)
    assert "共 17 条问题，当前显示 17 条。" in dom
    headings = re.findall(r"<h2>([^<']+)</h2>", dom)
    assert headings == ["002_70340c3d2e0dbd82.pdf（4 条）", "004_8ce664a1ba30d0b4.txt（13 条）"]
    assert len(ROW.findall(dom)) == 17
    assert "严重程度：高（2）" in dom and "各项金额之和为 30万元，但合计写为 33万元" in dom
    assert "第3页" in dom and "证据：" in dom   # where to look, and what it rests on


def test_filter_from_the_address(out, tmp_path):
    dom = render(out, tmp_path, "#severity=high")
    assert "当前显示 2 条" in dom and len(ROW.findall(dom)) == 2
    dom = render(out, tmp_path, "#q=精简")
    assert "当前显示 1 条" in dom and "10项精简到5项" in dom


def test_screenshot_renders(out, tmp_path):
    png = tmp_path / "review.png"
    subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={tmp_path / 'p2'}", "--window-size=1200,900",
                    f"--screenshot={png}", (out / "review.html").as_uri()], capture_output=True, timeout=120)
    assert png.exists() and png.stat().st_size > 20_000   # a page with text on it, not a blank one
