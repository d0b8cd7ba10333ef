"""``webex-emulator`` / ``python -m webexteamssdk.emulator``: run the emulator from a shell."""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Sequence
from types import FrameType

from .harness import Emulator


def build_parser() -> argparse.ArgumentParser:
    """The command-line interface."""
    parser = argparse.ArgumentParser(
        prog="webex-emulator",
        description="Run a local emulator of the Webex messaging REST API v1.",
        epilog="Example: webex-emulator --port 0 --run python examples/quickstart.py",
    )
    parser.add_argument("--host", default="127.0.0.1", help="interface to bind (127.0.0.1)")
    parser.add_argument("--port", type=int, default=8900, help="port to bind; 0 = any free port")
    parser.add_argument("--seed", metavar="FILE", help="JSON seed file (orgs, people, tokens)")
    parser.add_argument("--latency", type=float, default=0.0, metavar="S",
                        help="seconds of latency added to every /v1 request")
    parser.add_argument("--rate-limit", type=float, default=None, metavar="R",
                        help="per-token requests per second; excess requests get 429")
    parser.add_argument("--as", dest="as_email", default="alice@example.com", metavar="EMAIL",
                        help="whose token --run passes in WEBEX_TEAMS_ACCESS_TOKEN")
    parser.add_argument("--run", nargs=argparse.REMAINDER, metavar="CMD",
                        help="start, run CMD [ARGS...] with WEBEX_TEAMS_ACCESS_TOKEN and "
                             "WEBEX_TEAMS_BASE_URL set, stop, and exit with CMD's exit code")
    return parser


def _run_command(emu: Emulator, command: list[str], email: str) -> int:
    env = dict(os.environ, WEBEX_TEAMS_ACCESS_TOKEN=emu.token(email),
               WEBEX_TEAMS_BASE_URL=emu.base_url)
    return subprocess.call(command, env=env)


def _serve_forever() -> None:
    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    stop.wait()


def _banner(emu: Emulator) -> str:
    lines = [f"Webex emulator listening on {emu.base_url}",
             f"export WEBEX_TEAMS_BASE_URL={emu.base_url}"]
    for email, token in emu.tokens.items():
        lines.append(f"export WEBEX_TEAMS_ACCESS_TOKEN={token}  # {email}")
    lines.append("Control API: POST /_emulator/reset, /_emulator/faults; Ctrl-C to stop.")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``webex-emulator``."""
    args = build_parser().parse_args(argv)
    emu = Emulator(args.seed, host=args.host, port=args.port)
    emu.set_latency(args.latency)
    if args.rate_limit is not None:
        emu.set_rate_limit(args.rate_limit)
    with emu:
        if args.run:
            return _run_command(emu, list(args.run), args.as_email)
        print(_banner(emu), flush=True)
        _serve_forever()
    return 0


if __name__ == "__main__":
    sys.exit(main())
