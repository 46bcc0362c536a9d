"""The review desk in a real browser: headless Chromium driven by Selenium through Debian's
chromium-driver (`make test` installs both). Log in, filter, confirm a flag with the keyboard,
see the highlighted evidence, and check that report text cannot run script."""
from __future__ import annotations

import shutil
import socket
import threading
import time

import pytest
import uvicorn

from jixiao.desk import create_app
from jixiao.nightly.state import State

from .desk_fixtures import HOSTILE, PASSWORDS, make_box

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    box, out = make_box(tmp_path_factory.mktemp("browser"))
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(create_app(out, publish_every=None), host="127.0.0.1", port=port,
                                        log_level="warning"))
    t = threading.Thread(target=srv.run, daemon=True)
    t.start()
    for _ in range(200):
        if srv.started:
            break
        time.sleep(0.05)
    assert srv.started, "the desk did not start"
    yield f"http://127.0.0.1:{port}", out
    srv.should_exit = True
    t.join(timeout=10)


@pytest.fixture
def browser(tmp_path):
    assert CHROMIUM and DRIVER, ("chromium and chromium-driver are required for this test: `make test` installs "
                                 "them (apt-get install chromium chromium-driver)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 f"--user-data-dir={tmp_path / 'profile'}", "--window-size=1400,1000", "--lang=zh-CN"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    driver.set_page_load_timeout(60)
    yield driver
    driver.quit()


def wait(condition, seconds=15.0):
    end = time.time() + seconds
    while time.time() < end:
        value = condition()
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError("timed out waiting")


def log_in(driver, base, name):
    from selenium.webdriver.common.by import By
    driver.get(base + "/")
    assert "/login" in driver.current_url
    driver.find_element(By.NAME, "name").send_keys(name)
    driver.find_element(By.NAME, "password").send_keys(PASSWORDS[name])
    driver.find_element(By.CSS_SELECTOR, "form.login button").click()
    wait(lambda: driver.current_url.rstrip("/") == base)


def test_filter_confirm_with_the_keyboard_and_see_the_evidence(server, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select
    base, out = server
    log_in(browser, base, "alice")
    Select(browser.find_element(By.NAME, "severity")).select_by_value("high")
    browser.find_element(By.CSS_SELECTOR, "#filters button[type=submit]").click()
    wait(lambda: "severity=high" in browser.current_url)
    rows = browser.find_elements(By.CSS_SELECTOR, "tr.flag")
    assert rows and all("sev-high" in r.get_attribute("class") for r in rows)
    body = browser.find_element(By.TAG_NAME, "body")
    target = rows[1] if len(rows) > 1 else rows[0]
    if len(rows) > 1:
        body.send_keys("j")
        wait(lambda: "sel" in target.get_attribute("class"))
    body.send_keys("a")
    comment = browser.switch_to.active_element
    assert comment.get_attribute("id") == "comment"
    comment.send_keys("浏览器中确认")
    browser.execute_script("document.activeElement.blur()")
    body.send_keys("c")
    status = target.find_element(By.CSS_SELECTOR, "td.status")
    wait(lambda: status.get_attribute("data-status") == "confirmed")
    flag_id = target.get_attribute("data-id")
    history = State(out / "state.sqlite").history(flag_id)
    assert [(h["analyst"], h["source"], h["status"], h["comment"]) for h in history] == [
        ("alice", "desk", "confirmed", "浏览器中确认")]
    # the choice survives a reload: the filter is in the address, the decision in the database
    browser.refresh()
    assert Select(browser.find_element(By.NAME, "severity")).first_selected_option.get_attribute("value") == "high"
    row = browser.find_element(By.CSS_SELECTOR, f'tr.flag[data-id="{flag_id}"] td.status')
    assert row.get_attribute("data-status") == "confirmed"
    # the evidence: a flag on the PDF's table opens with its cited cells highlighted and the page image
    browser.get(base + "/?q=002_70340c3d2e0dbd82.pdf")
    ids = [r.get_attribute("data-id") for r in browser.find_elements(By.CSS_SELECTOR, "tr.flag")]
    for i in ids:
        browser.get(f"{base}/flags/{i}")
        cited = browser.find_elements(By.CSS_SELECTOR, "table.source td.cited")
        if cited:
            break
    assert cited and cited[0].is_displayed()
    colour = cited[0].value_of_css_property("background-color")
    assert colour not in ("rgba(0, 0, 0, 0)", "rgb(255, 255, 255)")
    crop = browser.find_element(By.CSS_SELECTOR, "img.crop")
    wait(lambda: browser.execute_script("return arguments[0].complete && arguments[0].naturalWidth", crop))


def test_report_text_cannot_run_script(server, browser):
    from selenium.webdriver.common.by import By
    base, _ = server
    log_in(browser, base, "bob")
    browser.get(base + "/?q=h")
    hostile = [r.get_attribute("data-id") for r in browser.find_elements(By.CSS_SELECTOR, "tr.flag")
               if r.find_element(By.CSS_SELECTOR, "td.msg").text]
    assert hostile
    pages = [base + "/?q=h"] + [f"{base}/flags/{i}" for i in hostile]
    shown = ""
    for url in pages:
        browser.get(url)
        assert "pwned" not in browser.title
        assert browser.execute_script("return window.__pwned === undefined")
        assert browser.find_elements(By.CSS_SELECTOR, "main img[src='x']") == []
        shown += browser.find_element(By.TAG_NAME, "main").text
    for text in HOSTILE:    # each shown to the analyst as the text it is
        assert text in shown


def test_two_analysts_at_once(server, browser, tmp_path):
    """A second browser (its own profile and session) decides while the first works."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    base, out = server
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 f"--user-data-dir={tmp_path / 'profile2'}"):
        options.add_argument(flag)
    other = webdriver.Chrome(service=Service(DRIVER), options=options)
    try:
        log_in(browser, base, "alice")
        log_in(other, base, "bob")
        browser.get(base + "/?q=004_8ce664a1ba30d0b4.txt")
        other.get(base + "/?q=004_8ce664a1ba30d0b4.txt")
        a_rows = browser.find_elements(By.CSS_SELECTOR, "tr.flag")
        assert len(a_rows) >= 2
        first, second = a_rows[0].get_attribute("data-id"), a_rows[1].get_attribute("data-id")
        browser.find_element(By.TAG_NAME, "body").send_keys("d")        # alice dismisses the first
        other.find_element(By.TAG_NAME, "body").send_keys("j")
        other.find_element(By.TAG_NAME, "body").send_keys("c")          # bob confirms the second
        state = State(out / "state.sqlite")
        wait(lambda: state.history(first) and state.history(second))
        assert state.history(first)[-1]["analyst"] == "alice" and state.history(first)[-1]["status"] == "dismissed"
        assert state.history(second)[-1]["analyst"] == "bob" and state.history(second)[-1]["status"] == "confirmed"
        other.refresh()
        cell = other.find_element(By.CSS_SELECTOR, f'tr.flag[data-id="{first}"] td.status')
        assert cell.get_attribute("data-status") == "dismissed" and "alice" in cell.text
    finally:
        other.quit()
