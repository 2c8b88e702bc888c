"""The coordinators' records page in four languages on a desktop and a 390 px phone.

No sideways scrolling of the page, chart labels that neither overlap nor leave their chart, and
bars that grow from the reading side (the right in Urdu). Pictures of the charts and of the phone
page go to screenshots/.
"""

import pytest

from faculty_training.demo import DEMO_PASSWORD
from tests.e2e.conftest import DESKTOP, PHONE, SCREENSHOTS, login

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

LANGUAGES = ("en", "ur", "kk", "ru")

# Every piece of text of a chart, measured by the box of its glyphs (a Range), not of its element.
LABEL_BOXES = """(chart) => {
  const box = (node) => {
    const range = document.createRange();
    range.selectNodeContents(node);
    const r = range.getBoundingClientRect();
    return {text: node.textContent.trim(), left: r.left, right: r.right, top: r.top, bottom: r.bottom};
  };
  const texts = chart.querySelectorAll(
    "caption, thead th, .chart__section, .chart__name, .chart__date, .chart__month, .chart__number, .chart__detail"
  );
  const c = chart.getBoundingClientRect();
  return {
    chart: {left: c.left, right: c.right, top: c.top, bottom: c.bottom},
    labels: Array.from(texts).map(box).filter((b) => b.text && b.right > b.left),
    bars: Array.from(chart.querySelectorAll(".chart__bar")).filter((bar) => bar.getBoundingClientRect().width > 0)
      .map((bar) => {
        const b = bar.getBoundingClientRect(), t = bar.parentElement.getBoundingClientRect();
        return {left: b.left, right: b.right, trackLeft: t.left, trackRight: t.right};
      }),
  };
}"""


def _overlap(one, other, slack=0.5):
    return (
        min(one["right"], other["right"]) - max(one["left"], other["left"]) > slack
        and min(one["bottom"], other["bottom"]) - max(one["top"], other["top"]) > slack
    )


def _inside(label, chart, slack=0.5):
    return (
        label["left"] >= chart["left"] - slack
        and label["right"] <= chart["right"] + slack
        and label["top"] >= chart["top"] - slack
        and label["bottom"] <= chart["bottom"] + slack
    )


def _check_charts(page, language, where):
    charts = page.locator(".chart")
    assert charts.count() >= 2, where  # the demo has completions and held sessions for both institutions
    ids, bars = set(), 0
    for index in range(charts.count()):
        chart = charts.nth(index)
        ids.add(chart.get_attribute("id"))
        found = chart.evaluate(LABEL_BOXES)
        labels = found["labels"]
        assert labels, where
        for position, label in enumerate(labels):
            assert _inside(label, found["chart"]), f"{where}: {label['text']!r} leaves its chart"
            for other in labels[position + 1 :]:
                assert not _overlap(label, other), f"{where}: {label['text']!r} overlaps {other['text']!r}"
        for bar in found["bars"]:
            if language == "ur":
                assert abs(bar["right"] - bar["trackRight"]) < 1, f"{where}: an Urdu bar starts on the left"
            else:
                assert abs(bar["left"] - bar["trackLeft"]) < 1, f"{where}: a bar starts on the right"
        bars += len(found["bars"])
    assert bars, f"{where}: no bar to tell the direction by"
    assert len(ids) == charts.count(), where


# The coordinators on both devices, and an administrator's charts (two countries side by side) on a phone.
RUNS = [
    ("coordinator_pk", "desktop", DESKTOP),
    ("coordinator_pk", "phone", PHONE),
    ("coordinator_kz", "desktop", DESKTOP),
    ("coordinator_kz", "phone", PHONE),
    ("admin", "phone", PHONE),
]


def test_records_page_fits_a_phone_and_its_charts_read_in_every_language(browser, live_server, demo, screenshot):
    for username, device, options in RUNS:
        context = browser.new_context(**options)
        page = context.new_page()
        login(page, live_server, "en", username, DEMO_PASSWORD)
        width = options["viewport"]["width"]
        for language in LANGUAGES:
            where = f"{username} {language} {device}"
            page.goto(f"{live_server.url}/{language}/records/")
            page.wait_for_load_state("networkidle")
            assert page.locator("html").get_attribute("lang") == language
            # A mobile browser widens its layout viewport to a page wider than the screen, so
            # window.innerWidth alone would agree with any page: compare with the device too.
            scroll_width, inner_width = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
            assert scroll_width <= inner_width == width, f"{where}: the page is {scroll_width} px wide"
            _check_charts(page, language, where)
            if username != "coordinator_kz":
                name = f"records-{language}-{device}" + ("-admin" if username == "admin" else "")
                if device == "phone":
                    screenshot(page, name)
                page.locator(".charts").screenshot(path=str(SCREENSHOTS / f"{name}-charts.png"))
        context.close()
