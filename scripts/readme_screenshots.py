"""Retake the README's screenshots from the demo as `make run` serves it.

    make run                       # in one terminal (demo content, port 8000)
    .venv/bin/python scripts/readme_screenshots.py [http://127.0.0.1:8000]

Writes docs/screenshots/*.png with Debian's chromium (never `playwright install`). Certificates are
the demo's PDFs rendered to PNG by poppler's pdftoppm.
"""

import subprocess
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

BASE = (sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8000").rstrip("/")
OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"
PASSWORD = "training-demo-2025"
DESKTOP = {"viewport": {"width": 1280, "height": 900}}
PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True, "device_scale_factor": 2}


def login(page, language, username):
    page.goto(f"{BASE}/{language}/accounts/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("form.form button[type=submit]")
    page.wait_for_load_state("networkidle")


def shoot(page, url, name):
    page.goto(BASE + url)
    page.wait_for_load_state("networkidle")
    broken = page.evaluate("[...document.images].filter(i => i.complete && i.naturalWidth === 0).map(i => i.src)")
    if broken:
        raise SystemExit(f"{name}: images that do not load: {broken}")
    page.screenshot(path=str(OUT / f"{name}.png"), full_page=True)
    print("wrote", OUT / f"{name}.png")


def certificate_pictures(context):
    """One certificate per holder language, drawn from the PDF the holder downloads."""
    page = context.new_page()
    for language, username in (("ur", "faculty_pk"), ("kk", "faculty_kz")):
        login(page, language, username)
        page.goto(f"{BASE}/{language}/training/my/")
        link = page.locator("a[href$='.pdf']").first
        href = link.get_attribute("href")
        response = page.request.get(BASE + href)
        with tempfile.TemporaryDirectory() as folder:
            pdf = Path(folder) / "certificate.pdf"
            pdf.write_bytes(response.body())
            subprocess.run(
                ["pdftoppm", "-r", "60", "-png", "-singlefile", str(pdf), str(OUT / f"certificate-{language}")],
                check=True,
            )
        print("wrote", OUT / f"certificate-{language}.png")
        page.context.clear_cookies()


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", headless=True, args=["--no-sandbox"])
        desktop = browser.new_context(**DESKTOP)
        page = desktop.new_page()
        for language in ("en", "ur", "kk"):
            shoot(page, f"/{language}/", f"home-{language}")
        for language in ("en", "ur", "kk"):
            page.goto(f"{BASE}/{language}/")
            page.locator("nav.site-nav a").first.click()  # the programmes link (its slug is translated)
            page.wait_for_load_state("networkidle")
            href = page.locator(".card__title a").first.get_attribute("href")
            page.goto(BASE + href if href.startswith("/") else href)
            course = page.locator(".card__title a").first.get_attribute("href")
            shoot(page, course, f"course-{language}")
        login(page, "kk", "coordinator_kz")
        shoot(page, "/kk/records/", "records-kk")
        desktop.clear_cookies()
        login(page, "ur", "admin")
        shoot(page, "/ur/records/", "records-ur")
        desktop.clear_cookies()
        phone = browser.new_context(**PHONE)
        phone_page = phone.new_page()
        login(phone_page, "ur", "faculty_pk")
        shoot(phone_page, "/ur/training/my/", "dashboard-ur-phone")
        certificate_pictures(browser.new_context(**DESKTOP))
        browser.close()


if __name__ == "__main__":
    main()
