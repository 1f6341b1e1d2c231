"""Adding web addresses, against a local HTTP server the test starts (no outside network):
redirects, 404, 429 then 200, a slow page, a binary body, a huge body, robots.txt."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest

from newscat import fetching

PAGE = (Path(__file__).parent / "fixtures" / "pages" / "harbour-plan.html").read_bytes()
OTHER = PAGE.replace(b"harbour plan", b"ferry plan").replace(b"Ruth Calder", b"Mara Lind")


class Handler(BaseHTTPRequestHandler):
    busy_left: ClassVar[dict[str, int]] = {"n": 1}

    def log_message(self, *args: object) -> None:  # keep the test output clean
        pass

    def send(
        self, code: int, body: bytes, kind: str = "text/html; charset=utf-8", **headers: str
    ) -> None:
        self.send_response(code)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        for key, value in headers.items():
            self.send_header(key.replace("_", "-"), value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        if self.path == "/robots.txt":
            self.send(200, b"User-agent: *\nDisallow: /private/\n", "text/plain")
        elif self.path in ("/story", "/private/story"):
            self.send(200, PAGE)
        elif self.path == "/old":
            self.send(301, b"", Location="/moved")
        elif self.path == "/moved":
            self.send(200, OTHER)
        elif self.path == "/busy":
            if Handler.busy_left["n"] > 0:
                Handler.busy_left["n"] -= 1
                self.send(429, b"slow down", "text/plain", Retry_After="0")
            else:
                self.send(200, OTHER.replace(b"ferry", b"tram"))
        elif self.path == "/slow":
            time.sleep(2)
            self.send(200, PAGE)
        elif self.path == "/image":
            self.send(200, b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "image/png")
        elif self.path == "/huge":
            self.send(200, b"<html><body>" + b"<p>word</p>" * 200_000 + b"</body></html>")
        else:
            self.send(404, b"not here", "text/plain")


class QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client that gave up on /slow breaks the pipe: the server's business, not ours


@pytest.fixture
def server() -> Iterator[str]:
    Handler.busy_left["n"] = 1
    httpd = QuietServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    fetching._robots.cache_clear()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def test_a_page_by_its_address(run, server: str) -> None:
    result = run("add", f"{server}/story")
    assert "added 1, already present 0, failed 0" in result.stderr
    (row,) = [json.loads(line) for line in run("export", "jsonl").stdout.splitlines()]
    assert row["title"] == "Council approves harbour plan after long debate"
    assert row["url"] == f"{server}/story"
    again = run("add", f"{server}/story")
    assert "already catalogued as #1" in again.stderr
    assert "added 0, already present 1, failed 0" in again.stderr


def test_the_final_address_after_redirects_is_stored_and_searchable(run, server: str) -> None:
    run("add", f"{server}/old")
    (row,) = [json.loads(line) for line in run("export", "jsonl").stdout.splitlines()]
    assert row["url"] == f"{server}/moved"
    found = run("search", "--format", "json", "url:/moved")
    assert [r["id"] for r in json.loads(found.stdout)] == [row["id"]]
    assert "already catalogued" in run("add", f"{server}/moved").stderr


def test_each_failure_is_one_line_and_the_rest_go_on(run, server: str, monkeypatch) -> None:
    monkeypatch.setattr(fetching, "TIMEOUT", 0.5)
    monkeypatch.setattr(fetching, "BACKOFF", 0.01)
    result = run(
        "add", "--max-size", "1", "-j", "1",
        f"{server}/missing", f"{server}/image", f"{server}/slow", f"{server}/huge",
        f"{server}/private/story", f"{server}/busy",
    )  # fmt: skip
    err = result.stderr
    assert f"{server}/missing: HTTP 404" in err
    assert f"{server}/image: not a web page (image/png)" in err
    assert f"{server}/slow: timed out" in err
    assert f"{server}/huge: page is over the 1 MB limit" in err
    assert f"{server}/private/story: robots.txt asks robots not to fetch this page" in err
    assert "added 1, already present 0, failed 5" in err  # /busy: 429, then 200
    assert "Traceback" not in err


def test_robots_can_be_ignored_on_request(run, server: str) -> None:
    result = run("add", "--ignore-robots", f"{server}/private/story")
    assert "added 1" in result.stderr


def test_a_list_of_addresses(run, server: str, tmp_path: Path) -> None:
    listed = tmp_path / "links.txt"
    listed.write_text(f"# today's links\n{server}/story\n\n{server}/moved\n")
    result = run("add", "--urls", str(listed))
    assert "added 2, already present 0, failed 0" in result.stderr
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("ftp://example.com/x\n")
    refused = run("add", "--urls", str(wrong))
    assert refused.exit_code == 2
    assert "not a web address: 'ftp://example.com/x'" in refused.stderr
