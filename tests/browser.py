"""`newscat serve` in its own process, and headless Debian Chromium driven by Selenium: for the
web view's tests and the README's screenshots."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.error import URLError

# Headless, and quiet on a machine without outside network: Chromium's own background
# connections (updates, sync, QUIC) would otherwise be refused at every start.
FLAGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--window-size=1280,900",
)
HOW = "apt-get install chromium chromium-driver, and pip install selenium (.ci/run does both)"


def chromium(profile: Path) -> Any | None:
    """A new headless Chromium with its own empty profile folder, or None."""
    binary, driver = shutil.which("chromium"), shutil.which("chromedriver")
    if not binary or not driver:
        return None
    try:
        from selenium import webdriver
    except ImportError:
        return None
    options = webdriver.ChromeOptions()
    options.binary_location = binary
    for flag in (*FLAGS, f"--user-data-dir={profile}"):
        options.add_argument(flag)
    # The driver is named, so Selenium's manager never tries to download one.
    return webdriver.Chrome(options=options, service=webdriver.ChromeService(driver))


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def serving(catalogue: Path) -> Iterator[str]:
    """`newscat serve` on a free port until the block ends; its base address."""
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "newscat", "serve", "--db", str(catalogue), "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    try:
        while True:
            try:
                with urllib.request.urlopen(base + "/-/versions.json", timeout=2):
                    break
            except (URLError, ConnectionError):
                if process.poll() is not None or time.monotonic() > deadline:
                    process.kill()
                    output = process.communicate()[0]
                    raise RuntimeError(f"newscat serve did not start: {output}") from None
                time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=10)
