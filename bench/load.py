"""Load test of ``l10n preview``: article and review pages over loopback, with warm caches.

Starts ``l10n preview`` on the shipped project on a free loopback port (a
subprocess, exactly as a translator starts it), warms its caches, then runs two
phases and prints what it measured:

1. latency: one client asks for article pages one after another (p50, p99);
2. load: ``--clients`` concurrent clients (threads, each with its own
   keep-alive ``http.client`` connection) ask for article and review pages.

Targets: an article page's p50 under 20 ms with warm caches, and not one
failed request under 50 concurrent clients. Both phases are bounded in
requests and in time; the server is stopped at the end whatever happens. Exit
status 1 when a target is missed. Loopback only::

    .venv/bin/python bench/load.py [--clients 50] [--requests 4000] [--seconds 60]
"""

from __future__ import annotations

import argparse
import http.client
import itertools
import re
import statistics
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"
LANGUAGES = ("en", "ar", "de", "es", "fr", "pt_BR", "zh_CN")
ARTICLES = tuple(f"/{code}/ketamine/" for code in LANGUAGES)
REVIEWS = tuple(f"/{code}/ketamine/review" for code in LANGUAGES if code != "en")
P50_TARGET_MS = 20.0


@dataclass
class Results:
    """Latencies in milliseconds by page kind, and failures, shared by the client threads."""

    latencies: dict[str, list[float]] = field(default_factory=lambda: {"article": [], "review": []})
    failures: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def record(self, kind: str, milliseconds: float | None, failure: str | None = None) -> None:
        with self.lock:
            if failure is not None:
                self.failures.append(failure)
            else:
                self.latencies[kind].append(milliseconds or 0.0)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def start_preview() -> tuple[subprocess.Popen[str], int, list[str]]:
    """``l10n preview`` on any free loopback port; the port is read from what it prints.

    Everything the server prints afterwards is drained by a thread into the
    returned list: a full pipe would block its logging, and so its requests.
    """
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "toolkit",
            "-C",
            str(REPO),
            "preview",
            "--host",
            HOST,
            "--port",
            "0",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    output: list[str] = []
    first_line = threading.Event()

    def drain() -> None:
        for line in process.stdout:  # type: ignore[union-attr]
            output.append(line.rstrip("\n"))
            first_line.set()
        first_line.set()

    threading.Thread(target=drain, daemon=True).start()
    first_line.wait(timeout=30)
    match = re.search(rf"http://{re.escape(HOST)}:(\d+)/", output[0] if output else "")
    if not match:
        process.kill()
        raise SystemExit(f"l10n preview did not start: {output[0] if output else 'no output'}")
    return process, int(match.group(1)), output


def fetch(connection: http.client.HTTPConnection, path: str) -> tuple[int, float]:
    started = time.perf_counter()
    connection.request("GET", path, headers={"Accept-Language": "en"})
    response = connection.getresponse()
    response.read()
    return response.status, (time.perf_counter() - started) * 1000


def client(port: int, paths, deadline: float, results: Results) -> None:
    """Ask for pages until the shared iterator runs out or time is up."""
    connection = http.client.HTTPConnection(HOST, port, timeout=30)
    for kind, path in paths:
        if time.monotonic() > deadline:
            break
        try:
            status, milliseconds = fetch(connection, path)
        except (OSError, http.client.HTTPException) as error:
            results.record(kind, None, f"{path}: {error!r}")
            connection.close()
            connection = http.client.HTTPConnection(HOST, port, timeout=30)
            continue
        if status != 200:
            results.record(kind, None, f"{path}: HTTP {status}")
        else:
            results.record(kind, milliseconds)
    connection.close()


def run_phase(port: int, clients: int, requests: int, seconds: float, reviews: int) -> Results:
    """``requests`` pages over ``clients`` connections; one in ``reviews`` is a review page."""
    plan = [
        ("review", REVIEWS[i % len(REVIEWS)])
        if reviews and i % reviews == 0
        else ("article", ARTICLES[i % len(ARTICLES)])
        for i in range(requests)
    ]
    shared = iter(plan)
    lock = threading.Lock()

    def next_page():
        while True:
            with lock:
                item = next(shared, None)
            if item is None:
                return
            yield item

    results = Results()
    deadline = time.monotonic() + seconds
    threads = [
        threading.Thread(target=client, args=(port, next_page(), deadline, results))
        for _ in range(clients)
    ]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    results.elapsed = time.perf_counter() - started  # type: ignore[attr-defined]
    return results


def report(title: str, results: Results) -> None:
    done = sum(len(v) for v in results.latencies.values())
    elapsed = results.elapsed  # type: ignore[attr-defined]
    print(f"\n{title}")
    print(f"  {done} requests in {elapsed:.2f} s: {done / elapsed:.0f} requests/s, ", end="")
    print(f"{len(results.failures)} failed")
    for kind, values in results.latencies.items():
        if values:
            print(
                f"  {kind:8} n={len(values):5}  p50 {percentile(values, 0.50):7.2f} ms  "
                f"p99 {percentile(values, 0.99):7.2f} ms  "
                f"mean {statistics.fmean(values):7.2f} ms  max {max(values):7.2f} ms"
            )
    for failure in results.failures[:5]:
        print(f"  failure: {failure}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=50, help="concurrent clients (load phase)")
    parser.add_argument("--requests", type=int, default=4000, help="requests in the load phase")
    parser.add_argument("--seconds", type=float, default=60.0, help="time limit of each phase")
    parser.add_argument("--review-every", type=int, default=5, help="one review page in N")
    options = parser.parse_args()

    process, port, server_output = start_preview()
    try:
        print(f"l10n preview on http://{HOST}:{port}/ (shipped project, {REPO})")
        warm = http.client.HTTPConnection(HOST, port, timeout=60)
        for path in itertools.chain(ARTICLES, REVIEWS, ["/dashboard"]):
            status, milliseconds = fetch(warm, path)
            print(f"  warm-up {path:24} HTTP {status} {milliseconds:8.1f} ms")
        warm.close()
        latency = run_phase(port, 1, 500, options.seconds, reviews=0)
        report("latency: 1 client, article pages, warm caches", latency)
        load = run_phase(
            port, options.clients, options.requests, options.seconds, options.review_every
        )
        report(
            f"load: {options.clients} concurrent clients, "
            f"article pages and one review page in {options.review_every}",
            load,
        )
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()

    warnings = [line for line in server_output[1:] if line.strip()]
    print(f"\nserver output after start: {len(warnings)} line(s)")
    for line in warnings[:3]:
        print(f"  {line}")
    p50 = percentile(latency.latencies["article"], 0.5)
    failed = len(latency.failures) + len(load.failures)
    print(f"\ntarget: article p50 < {P50_TARGET_MS:.0f} ms (warm): {p50:.2f} ms", end=" ")
    print("ok" if p50 < P50_TARGET_MS else "MISSED")
    print(f"target: no failed request under {options.clients} clients: {failed} failed", end=" ")
    print("ok" if not failed else "MISSED")
    return 0 if p50 < P50_TARGET_MS and not failed else 1


if __name__ == "__main__":
    sys.exit(main())
