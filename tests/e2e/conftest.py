"""Browser tests: Debian's chromium driven by Playwright against pytest-django's live server.

Locally they skip when chromium is missing; in CI (CI=true) a missing chromium is a failure.
Screenshots of each page visited go to screenshots/ (ignored by git).
"""

import os
from pathlib import Path

import pytest

# Playwright's sync API runs an event loop in this thread; the ORM calls the tests make
# between browser steps are synchronous and safe here.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = "/usr/bin/chromium"
SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"
PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True, "device_scale_factor": 2}
DESKTOP = {"viewport": {"width": 1280, "height": 900}}


@pytest.fixture(scope="session")
def browser():
    if not os.path.exists(CHROMIUM):
        message = f"{CHROMIUM} is missing: install Debian's chromium (apt-get install chromium)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message + "; browser tests skipped")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        yield browser
        browser.close()


# WCAG 2.1 A and AA rules of axe-core (the npm package scripts/test-tools.sh installs under .tools/).
AXE_RULES = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def axe_violations(page):
    """axe-core's WCAG violations on the page as it is now (its script evaluated through the
    DevTools protocol, which the site's Content-Security-Policy does not govern)."""
    from tests.standards.tools import AXE_JS, require

    require(AXE_JS.exists(), "axe-core (npm)")
    if not page.evaluate("() => typeof window.axe === 'object'"):
        page.evaluate(AXE_JS.read_text(encoding="utf-8") + "\n;undefined")
    found = page.evaluate(
        "rules => axe.run(document, {runOnly: {type: 'tag', values: rules}, resultTypes: ['violations']})"
        ".then(result => result.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
        " targets: v.nodes.slice(0, 3).map(n => n.target.join(' '))})))",
        AXE_RULES,
    )
    return [f"{page.url}: {item['id']} ({item['impact']}) {item['help']} at {item['targets']}" for item in found]


@pytest.fixture
def screenshot():
    """Shoots the page, and holds every page of ours that the journeys shoot to axe-core's WCAG rules
    (the Wagtail admin is Wagtail's own: left out)."""
    SCREENSHOTS.mkdir(exist_ok=True)

    def take(page, name):
        page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)
        if "/admin/" not in page.url:
            assert axe_violations(page) == [], name

    return take


@pytest.fixture
def demo(migrated_data):
    from django.core.management import call_command

    with open(os.devnull, "w") as devnull:
        call_command("load_demo", stdout=devnull)


def login(page, live_server, language, username, password="training-demo-2025"):
    page.goto(f"{live_server.url}/{language}/accounts/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("form.form button[type=submit]")
    page.wait_for_load_state("networkidle")


def admin_login(page, live_server, username, password="training-demo-2025"):
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", password)
    page.click("button[type=submit]")
    page.wait_for_load_state("networkidle")
