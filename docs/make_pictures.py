#!/usr/bin/env python3
"""The README's pictures, made from the bundled samples and a generated catalogue:

    python docs/make_pictures.py

docs/timeline.png: `newscat timeline --plot` on 3,000 generated articles (benchmarks/generate.py,
seed 7). docs/web-search.png and docs/web-article.png: `newscat serve` on the bundled samples,
in headless Chromium (Debian's chromium and chromium-driver, and selenium: see tests/browser.py).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.browser import HOW, chromium, serving  # noqa: E402

DOCS = ROOT / "docs"


def newscat(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "newscat", *args], check=True)


def timeline_picture(work: Path) -> None:
    generated = work / "generated.db"
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "generate.py"),
            "catalogue",
            str(generated),
            "--count",
            "3000",
            "--seed",
            "7",
        ],
        check=True,
    )
    newscat(
        "timeline",
        "--db",
        str(generated),
        "--by",
        "year",
        "--split",
        "source",
        "--top",
        "3",
        "--plot",
        str(DOCS / "timeline.png"),
    )


def web_pictures(work: Path) -> None:
    catalogue = work / "catalogue.db"
    newscat("add", "--db", str(catalogue), "--quiet", str(ROOT / "data" / "samples"))
    browser = chromium(work / "profile")
    if browser is None:
        sys.exit(f"no headless Chromium: {HOW}")
    from selenium.webdriver.common.by import By

    try:
        with serving(catalogue) as base:
            browser.get(f"{base}/catalogue/article_overview")
            browser.save_screenshot(str(DOCS / "web-search.png"))
            browser.get(f"{base}/catalogue/article_overview?_search=Stanford")
            browser.find_element(By.CSS_SELECTOR, "td.col-title a").click()
            browser.save_screenshot(str(DOCS / "web-article.png"))
    finally:
        browser.quit()


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        timeline_picture(Path(folder))
        web_pictures(Path(folder))


if __name__ == "__main__":
    main()
