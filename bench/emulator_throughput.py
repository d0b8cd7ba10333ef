"""Measure GET /v1/rooms/{id} throughput of the Webex emulator over one keep-alive connection.

The emulator runs in a subprocess (``python -m webexteamssdk.emulator --port 0``) so that the
client and the server do not share a GIL; the faults middleware is mounted and idle. The script
prints the median requests per second over several runs for an ``httpx.Client`` and for
``http.client.HTTPConnection``.

Usage: python bench/emulator_throughput.py [--requests N] [--runs R]
"""

from __future__ import annotations

import argparse
import http.client
import re
import statistics
import subprocess
import sys
import time
from urllib.parse import urlsplit

import httpx

TOKEN = "emulator-alice-token"
HEADERS = {"Authorization": f"Bearer {TOKEN}"}


def start_server() -> tuple[subprocess.Popen[str], str]:
    """Start the emulator subprocess and return it with its base URL."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "webexteamssdk.emulator", "--port", "0"],
        stdout=subprocess.PIPE, text=True,
    )
    assert proc.stdout is not None
    for line in proc.stdout:
        match = re.search(r"listening on (\S+)", line)
        if match:
            return proc, match.group(1)
    raise RuntimeError("the emulator did not start")


def bench_httpx(base: str, path: str, count: int) -> float:
    """Requests per second with one keep-alive httpx.Client."""
    with httpx.Client(base_url=base, headers=HEADERS) as client:
        client.get(path).raise_for_status()
        start = time.perf_counter()
        for _ in range(count):
            client.get(path)
        return count / (time.perf_counter() - start)


def bench_http_client(base: str, path: str, count: int) -> float:
    """Requests per second with one keep-alive http.client.HTTPConnection."""
    parts = urlsplit(base)
    conn = http.client.HTTPConnection(parts.hostname or "127.0.0.1", parts.port)
    full = parts.path + path
    try:
        start = time.perf_counter()
        for _ in range(count):
            conn.request("GET", full, headers=HEADERS)
            response = conn.getresponse()
            response.read()
            if response.status != 200:
                raise RuntimeError(f"unexpected status {response.status}")
        return count / (time.perf_counter() - start)
    finally:
        conn.close()


def main() -> None:
    """Run the benchmark and print the medians."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=3000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    proc, base = start_server()
    try:
        room = httpx.post(base + "rooms", json={"title": "bench"}, headers=HEADERS).json()
        path = f"rooms/{room['id']}"
        for name, bench in (("httpx.Client", bench_httpx),
                            ("http.client", bench_http_client)):
            rates = [bench(base, path, args.requests) for _ in range(args.runs)]
            print(f"{name:>13}: median {statistics.median(rates):8.0f} req/s "
                  f"(runs: {', '.join(f'{r:.0f}' for r in rates)})")
    finally:
        proc.terminate()
        proc.wait(timeout=10)


if __name__ == "__main__":
    main()
