"""Send an Adaptive Card, submit it as another person, and read the inputs back.

Runs against the emulator (``webex-emulator --run python examples/cards.py``): the bot
side uses WEBEX_TEAMS_ACCESS_TOKEN; the person who fills in the card uses
CARD_SUBMITTER_TOKEN (bob's emulator token by default).
"""

from __future__ import annotations

import os

from webexteamssdk import WebexTeamsAPI
from webexteamssdk.models.cards.actions import Submit
from webexteamssdk.models.cards.card import AdaptiveCard
from webexteamssdk.models.cards.components import TextBlock
from webexteamssdk.models.cards.inputs import Number, Text
from webexteamssdk.models.cards.options import FontWeight

SUBMITTER_EMAIL = "bob@example.com"


def build_card() -> AdaptiveCard:
    """The card of the docs' example: a greeting, two inputs and a button."""
    greeting = TextBlock("Hey hello there! I am an adaptive card", weight=FontWeight.BOLDER)
    first_name = Text("first_name", placeholder="First Name")
    age = Number("age", placeholder="Age")
    return AdaptiveCard(body=[greeting, first_name, age], actions=[Submit(title="Send me!")])


def main() -> None:
    """Send the card, submit it as the other person, and print what was submitted."""
    submitter_token = os.environ.get("CARD_SUBMITTER_TOKEN", "emulator-bob-token")
    with WebexTeamsAPI() as api, WebexTeamsAPI(submitter_token) as submitter:
        room = api.rooms.create("Card demo")
        api.memberships.create(room.id, personEmail=SUBMITTER_EMAIL)
        message = api.messages.create(room.id, text="fallback", attachments=[build_card()])
        print(f"Sent a card (version {build_card().to_dict()['version']}) in {room.title!r}")

        # What a person's client does when they click "Send me!".
        action = submitter.attachment_actions.create(
            "submit", message.id, {"first_name": "Bob", "age": "42"}
        )

        # What the bot does when its attachmentActions webhook fires with data.id.
        received = api.attachment_actions.get(action.id)
        inputs = received.inputs or {}
        print(f"{inputs['first_name']} submitted the card: age {inputs['age']}")


if __name__ == "__main__":
    main()
