"""Run the emulator app with uvicorn in a background thread."""

from __future__ import annotations

import importlib.util
import threading
import time

import uvicorn
from starlette.types import ASGIApp


def _choose(preferred: str, fallback: str) -> str:
    return preferred if importlib.util.find_spec(preferred) is not None else fallback


class BackgroundServer:
    """A uvicorn server on its own thread; ``port=0`` picks a free port."""

    def __init__(self, app: ASGIApp, host: str = "127.0.0.1", port: int = 0) -> None:
        config = uvicorn.Config(
            app, host=host, port=port, http=_choose("httptools", "h11"),
            loop=_choose("uvloop", "asyncio"), lifespan="off", access_log=False,
            log_level="warning", timeout_graceful_shutdown=1,
        )
        self.server = uvicorn.Server(config)
        self.thread: threading.Thread | None = None
        self.port = port

    def start(self, timeout: float = 10.0) -> int:
        """Start serving and return the bound port once the server accepts connections."""
        self.thread = threading.Thread(target=self.server.run, name="webex-emulator", daemon=True)
        self.thread.start()
        deadline = time.monotonic() + timeout
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError("the Webex emulator server failed to start")
            time.sleep(0.002)
        sockets = self.server.servers[0].sockets
        self.port = int(sockets[0].getsockname()[1])
        return self.port

    def stop(self) -> None:
        """Ask the server to exit and wait for its thread."""
        self.server.should_exit = True
        if self.thread is not None:
            self.thread.join(timeout=10)
            self.thread = None
