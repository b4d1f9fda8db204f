"""The preview and the static site in a real browser: headless Chromium through Selenium.

The preview is served by waitress on a free loopback port in a background
thread, as ``l10n preview`` serves it. Without Chromium and its driver these
tests are skipped on a developer's machine and fail in CI (``CI=true``).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.conftest import require_program, serving, unavailable
from tests.shipped import SHIPPED, copy_shipped_project, set_translation

pytestmark = pytest.mark.browser

CHROME_ARGUMENTS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--window-size=1280,1400",
)
#: The reader's languages the browser announces (Accept-Language and navigator.languages).
BROWSER_LANGUAGES = "pt-BR,pt,en"

HOSTILE = (
    "<script>alert(1)</script> and <img src=x onerror=alert(1)> "
    "and [link](javascript:alert(1)) stay text."
)


@contextmanager
def chromium(profile: Path) -> Iterator[object]:
    """A headless Chromium with a fresh profile in ``profile``, quit on leaving."""
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        unavailable("selenium is not installed (pip install -e '.[test]')")
    binary = require_program("chromium")
    chromedriver = require_program("chromedriver")
    options = webdriver.ChromeOptions()
    options.binary_location = binary
    for argument in CHROME_ARGUMENTS:
        options.add_argument(argument)
    options.add_argument(f"--user-data-dir={profile}")
    options.add_argument(f"--lang={BROWSER_LANGUAGES.split(',')[0]}")
    options.add_experimental_option("prefs", {"intl.accept_languages": BROWSER_LANGUAGES})
    browser = webdriver.Chrome(service=Service(chromedriver), options=options)
    browser.set_page_load_timeout(30)
    try:
        yield browser
    finally:
        browser.quit()


@pytest.fixture(scope="module")
def driver(tmp_path_factory: pytest.TempPathFactory):
    """One headless Chromium for the module's pages served over HTTP."""
    with chromium(tmp_path_factory.mktemp("chromium-profile")) as browser:
        yield browser


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The preview of a copy of the shipped project."""
    root = copy_shipped_project(tmp_path_factory.mktemp("browser") / "project")
    with serving(root) as url:
        yield url


def html_attribute(driver, name: str) -> str:
    return driver.find_element("css selector", "html").get_attribute(name)


def test_the_switcher_changes_language(driver, site):
    driver.get(f"{site}/en/ketamine/")
    assert html_attribute(driver, "lang") == "en"
    link = driver.find_element("css selector", 'nav.switcher a[hreflang="fr"]')
    assert link.text == "Français"
    assert link.get_attribute("lang") == "fr"
    link.click()
    assert driver.current_url == f"{site}/fr/ketamine/"
    assert html_attribute(driver, "lang") == "fr"
    assert driver.find_element("css selector", "h1").text.startswith("Kétamine")
    current = driver.find_element("css selector", 'nav.switcher a[aria-current="page"]')
    assert current.get_attribute("hreflang") == "fr"


def test_the_root_follows_the_browser_languages(driver, site):
    driver.get(f"{site}/")
    assert driver.current_url == f"{site}/pt_BR/ketamine/"
    assert html_attribute(driver, "lang") == "pt-BR"


def test_the_arabic_page_is_right_to_left(driver, site):
    driver.get(f"{site}/ar/ketamine/")
    assert html_attribute(driver, "dir") == "rtl"
    direction = driver.execute_script("return getComputedStyle(document.body).direction")
    assert direction == "rtl"
    paragraph = driver.find_element("css selector", "article p")
    assert driver.execute_script("return getComputedStyle(arguments[0]).direction", paragraph) == (
        "rtl"
    )
    # Latin runs (NMDA, PTSD…) are isolated so the bidi algorithm cannot reorder them.
    isolated = driver.find_elements("css selector", "article bdi")
    assert any(element.text == "NMDA" for element in isolated)


def test_a_glossary_term_explains_itself_on_hover_and_focus(driver, site):
    from selenium.webdriver import ActionChains
    from selenium.webdriver.common.keys import Keys

    driver.get(f"{site}/fr/ketamine/review")
    terms = driver.find_elements("css selector", ".translation mark.term")
    assert terms
    term = terms[0]
    tip = term.find_element("css selector", ".tip")
    assert not tip.is_displayed()
    ActionChains(driver).move_to_element(term).perform()
    assert tip.is_displayed()
    assert tip.get_attribute("id") == term.get_attribute("aria-describedby")
    assert "Termes approuvés" in tip.text
    # Keyboard readers get the same: tabbing reaches the terms, and focus shows the tooltip.
    ActionChains(driver).move_by_offset(0, 600).perform()
    assert not tip.is_displayed()
    focused = None
    for _ in range(60):
        ActionChains(driver).send_keys(Keys.TAB).perform()
        focused = driver.switch_to.active_element
        if focused.tag_name == "mark":
            break
    assert focused is not None and focused.tag_name == "mark", "Tab never reached a term"
    assert focused.get_attribute("tabindex") == "0"
    assert focused.find_element("css selector", ".tip").is_displayed()


def test_hostile_translations_are_inert(driver, tmp_path):
    from selenium.common.exceptions import NoAlertPresentException

    root = copy_shipped_project(tmp_path / "project")
    source = "This article delves into the science behind how ketamine works"
    set_translation(root, "fr", source, HOSTILE)
    with serving(root) as url:
        for page in ("/fr/ketamine/", "/fr/ketamine/review"):
            driver.get(url + page)
            with pytest.raises(NoAlertPresentException):
                driver.switch_to.alert  # noqa: B018 - the property raises when there is none
            assert driver.find_elements("css selector", "script") == []
            assert driver.find_elements("css selector", "img[onerror], img[src='x']") == []
            assert driver.find_elements("css selector", "a[href^='javascript']") == []
            assert "<script>alert(1)</script>" in driver.find_element("css selector", "main").text


def test_every_language_looks_right(driver, site, tmp_path_factory):
    folder = tmp_path_factory.mktemp("screenshots")
    pages = {f"article-{code}": f"/{code}/ketamine/" for code in ("en", *SHIPPED)}
    pages |= {"review-ar": "/ar/ketamine/review", "review-fr": "/fr/ketamine/review"}
    pages |= {"dashboard": "/dashboard"}
    for name, page in pages.items():
        driver.get(site + page)
        path = folder / f"{name}.png"
        assert driver.save_screenshot(str(path))
        data = path.read_bytes()
        assert data.startswith(b"\x89PNG\r\n\x1a\n")
        assert len(data) > 20_000, f"{name}: a nearly empty screenshot"
    print(f"screenshots in {folder}")


def test_the_static_site_works_from_disk(tmp_path):
    """The built site from file:// pages, in a browser of its own.

    A renderer that had served the module's HTTP pages once crashed on the
    switch to local files; a fresh browser starts with local files.
    """
    from preview.site import build

    root = copy_shipped_project(tmp_path / "project")
    out = tmp_path / "dist"
    build(root, out)
    with chromium(tmp_path / "chromium-profile") as driver:
        # The root page's script follows navigator.languages (pt-BR here) with no inline script.
        driver.get((out / "index.html").as_uri())
        assert driver.current_url == (out / "pt_BR" / "ketamine" / "index.html").as_uri()
        assert html_attribute(driver, "lang") == "pt-BR"
        # The shared stylesheet loads through its relative link.
        header = driver.find_element("css selector", ".site-header")
        assert driver.execute_script("return getComputedStyle(arguments[0]).display", header) == (
            "flex"
        )
        driver.find_element("css selector", 'nav.switcher a[hreflang="ar"]').click()
        assert driver.current_url == (out / "ar" / "ketamine" / "index.html").as_uri()
        assert driver.execute_script("return getComputedStyle(document.body).direction") == "rtl"
