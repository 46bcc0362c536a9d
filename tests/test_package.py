"""The package installs beside anything: the wheel holds one top-level package, jixiao, and runs in a
fresh environment next to software that owns a top-level `rules` module (a permissions library's
import name) and `extract`."""
import csv
import io
import os
import shutil
import site
import subprocess
import sys
import venv
import zipfile

import pytest

from .conftest import REPORTS, ROOT


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    """The checkout's wheel, built once for the module (pip wheel is some 5 s of CPU), and what pip said
    building it (-v: setuptools' warnings). The tests only read it."""
    dist = tmp_path_factory.mktemp("dist")
    build = subprocess.run([sys.executable, "-m", "pip", "wheel", "-v", "--no-deps", str(ROOT), "-w", str(dist)],
                           capture_output=True, text=True, check=True)
    return next(dist.glob("jixiao-*.whl")), build.stdout + build.stderr


def test_wheel_installs_one_package_and_runs_beside_a_top_level_rules(tmp_path, wheel):
    wheel, _ = wheel
    tops = {name.split("/")[0] for name in zipfile.ZipFile(wheel).namelist()}
    assert {t for t in tops if not t.endswith(".dist-info")} == {"jixiao"}

    env = tmp_path / "env"
    venv.create(env, with_pip=False)
    # the fresh environment must not see the checkout: with PYTHONPATH=. (as when a developer runs one test
    # from the repository root) pip finds the checkout's jixiao.egg-info and installs nothing
    clean = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    py = env / "bin" / "python"
    # pip installs into the fresh environment run by its own interpreter (--python), so its paths and its
    # bin/jixiao are that environment's; no copy of pip is put in it first (ensurepip: some 4 s of a core)
    subprocess.run([sys.executable, "-m", "pip", "--python", str(py), "install", "-q", "--no-deps", "--no-index",
                    str(wheel)], check=True, capture_output=True, env=clean)
    env_site = next((env / "lib").glob("python3*/site-packages"))
    # Software that owns the top-level names the layers have in the checkout.
    for other in ("rules", "extract"):
        (env_site / other).mkdir()
        (env_site / other / "__init__.py").write_text(f"OWNER = 'other software ({other})'\n", encoding="utf-8")
    # The dependencies come from the test's own environment, as plain paths after the new one's
    # (a path in a .pth file: the test environment's own .pth hooks are not run there).
    (env_site / "deps.pth").write_text("\n".join(site.getsitepackages()) + "\n", encoding="utf-8")

    inbox, out = tmp_path / "inbox", tmp_path / "out"
    inbox.mkdir()
    for name in sorted(p.name for p in REPORTS.iterdir() if p.stem.startswith("002_"))[:2]:
        shutil.copy(REPORTS / name, inbox / name)
    run = subprocess.run([env / "bin" / "jixiao", "run", "--inbox", str(inbox), "--out", str(out), "--workers", "1"],
                         cwd=tmp_path, capture_output=True, text=True, timeout=600, env=clean)
    assert run.returncode == 0, run.stderr
    docs = list(csv.DictReader(io.StringIO((out / "documents.csv").read_text(encoding="utf-8-sig"))))
    assert len(docs) == 2 and all(d["status"] == "ok" for d in docs)
    probe = subprocess.run([py, "-c", "import rules, extract, jixiao.rules, jixiao.pipeline as p; "
                                      "print(rules.OWNER, extract.OWNER, len(jixiao.__path__), p.__file__)"],
                           cwd=tmp_path, capture_output=True, text=True, check=True, env=clean).stdout
    assert "other software (rules)" in probe and "other software (extract)" in probe
    assert f" 1 {env_site}" in probe            # the installed package never looks outside itself


def test_wheel_builds_without_setuptools_warnings(wheel):
    # setuptools warned of the desk's templates/ and static/, folders Python could import as packages
    # that the configuration did not list; the wheel must still hold their files.
    wheel, said = wheel
    assert "BuildBackendWarning" not in said and "DeprecationWarning" not in said, said[-3000:]
    names = zipfile.ZipFile(wheel).namelist()
    assert "jixiao/desk/templates/queue.html" in names and "jixiao/desk/static/desk.js" in names


def test_test_client_imports_without_a_warning():
    # Starlette's test client warns where it finds httpx instead of httpx2 (the test extra's).
    probe = subprocess.run([sys.executable, "-c", "import warnings; warnings.simplefilter('error'); "
                                                  "import fastapi.testclient"], capture_output=True, text=True)
    assert probe.returncode == 0, probe.stderr[-2000:]
