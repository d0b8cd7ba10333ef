"""Bulk job: add 500 people to a room with bounded concurrency and a progress bar.

Runs against Webex or the emulator::

    webex-emulator --run python examples/bulk_add_members.py --count 500

At most ``--concurrency`` requests are in flight (a client-side limit shared by all
tasks), 429 answers are waited out per ``Retry-After``, and a membership that already
exists (409) counts as done, so the job can be re-run safely.
"""

from __future__ import annotations

import argparse
import asyncio
import sys

from webexteamssdk import ApiError, AsyncWebexTeamsAPI, RequestLimits


class Progress:
    """A one-line text progress bar on stderr."""

    def __init__(self, total: int, width: int = 40) -> None:
        self.total, self.width, self.done, self.failed = total, width, 0, 0

    def advance(self, ok: bool) -> None:
        self.done += 1
        self.failed += 0 if ok else 1
        filled = self.width * self.done // self.total
        bar = "#" * filled + "-" * (self.width - filled)
        sys.stderr.write(f"\r[{bar}] {self.done}/{self.total} ({self.failed} failed)")
        if self.done == self.total:
            sys.stderr.write("\n")
        sys.stderr.flush()


async def add_member(
    api: AsyncWebexTeamsAPI, room_id: str, email: str, progress: Progress
) -> bool:
    """Add one person; a 409 (already a member) counts as success."""
    try:
        await api.memberships.create(room_id, personEmail=email)
        ok = True
    except ApiError as error:
        ok = error.status_code == 409
    progress.advance(ok)
    return ok


async def main(count: int, concurrency: int) -> int:
    """Create a room and add ``count`` people to it; return how many failed."""
    limits = RequestLimits(max_concurrent=concurrency)
    async with AsyncWebexTeamsAPI(limits=limits) as api:
        room = await api.rooms.create("Bulk import")
        emails = [f"member{number:04d}@example.com" for number in range(1, count + 1)]
        progress = Progress(len(emails))
        results = await asyncio.gather(
            *(add_member(api, room.id, email, progress) for email in emails)
        )
        members = [m async for m in api.memberships.list(roomId=room.id)]
    failed = results.count(False)
    print(f"Added {count - failed} of {count} people; the room has {len(members)} members.")
    return failed


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=500, help="people to add (500)")
    parser.add_argument("--concurrency", type=int, default=20, help="requests in flight (20)")
    arguments = parser.parse_args()
    sys.exit(1 if asyncio.run(main(arguments.count, arguments.concurrency)) else 0)
