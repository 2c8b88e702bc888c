"""The axe-core check the journeys run on every page they shoot really finds violations."""

import pytest

from tests.e2e.conftest import axe_violations

pytestmark = pytest.mark.e2e


def test_axe_finds_a_known_violation(browser):
    page = browser.new_page()
    page.set_content('<!DOCTYPE html><html lang="en"><title>t</title><main><img src="data:,"></main></html>')
    found = axe_violations(page)
    assert any(": image-alt (" in violation for violation in found), found
    page.set_content('<!DOCTYPE html><html lang="en"><title>t</title><main><img src="data:," alt="x"></main></html>')
    assert axe_violations(page) == []
    page.close()
