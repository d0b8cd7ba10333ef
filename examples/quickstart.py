"""The introduction flow of the docs, runnable against Webex or the emulator.

Run it offline with ``make demo`` (or ``webex-emulator --run python examples/quickstart.py``);
against Webex, set WEBEX_TEAMS_ACCESS_TOKEN and run ``python examples/quickstart.py``.
"""

from __future__ import annotations

from pathlib import Path

from webexteamssdk import ApiError, WebexTeamsAPI

DEMO_TITLE = "webexteamssdk Demo"
EMAILS = ["test01@cmlccie.com", "test02@cmlccie.com"]
WELCOME_FILE = Path(__file__).parent / "assets" / "welcome.txt"


def main() -> None:
    """Run the demo, printing each step."""
    with WebexTeamsAPI() as api:
        me = api.people.me()
        print(f"Hello {me.displayName} <{me.emails[0] if me.emails else '?'}>")

        # Find all rooms that have 'webexteamssdk Demo' in their title, and delete them.
        demo_rooms = [room for room in api.rooms.list() if DEMO_TITLE in (room.title or "")]
        for room in demo_rooms:
            api.rooms.delete(room.id)
            print(f"Deleted old demo room {room.title!r}")

        demo_room = api.rooms.create(DEMO_TITLE)
        print(f"Created room {demo_room.title!r} ({demo_room.type}, id {demo_room.id[:24]}...)")

        for email in EMAILS:
            membership = api.memberships.create(demo_room.id, personEmail=email)
            print(f"Added {membership.personEmail} to the room")

        message = api.messages.create(
            demo_room.id, text="Welcome to the room!", files=[str(WELCOME_FILE)]
        )
        print(f"Posted {message.text!r} with the file {message.files[0] if message.files else '-'}")

        for number in range(1, 13):
            api.messages.create(demo_room.id, markdown=f"Message **{number}** of 12")
        texts = [m.text for m in api.messages.list(demo_room.id, max=5)]
        print(f"Listed {len(texts)} messages in pages of 5, newest first:")
        print(f"  {texts[0]!r} ... {texts[-1]!r}")

        try:
            api.memberships.create(roomId=demo_room.id, personId=me.id)
        except ApiError as error:
            print(f"As expected, adding myself again failed: {error}")
            members = [m.personEmail for m in api.memberships.list(roomId=demo_room.id)]
            print(f"I was added automatically when I created the room; members: {members}")


if __name__ == "__main__":
    main()
