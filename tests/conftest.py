"""Fixtures several test modules share."""

from collections.abc import Iterator

import pytest
from chromium import ARGS, CHROMIUM


@pytest.fixture(scope="module")
def browser() -> Iterator:
    """Headless Chromium, one per module: the browser tests' pages open in it."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield launched
        launched.close()
