"""Adaptive Cards: construction checks, serialisation, parsing, and an outside validator."""

from __future__ import annotations

import importlib
import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from webexteamssdk import cards
from webexteamssdk.cards import (
    ActionSet,
    AdaptiveCard,
    BackgroundImage,
    BlockElementHeight,
    Choice,
    ChoiceInputStyle,
    Choices,
    Colors,
    Column,
    ColumnSet,
    Container,
    ContainerStyle,
    Date,
    Fact,
    FactSet,
    FontSize,
    FontWeight,
    HorizontalAlignment,
    Image,
    ImageSet,
    ImageSize,
    ImageStyle,
    Media,
    MediaSource,
    Number,
    OpenUrl,
    RichTextBlock,
    ShowCard,
    Spacing,
    Submit,
    TargetElement,
    Text,
    TextBlock,
    TextInputStyle,
    TextRun,
    Time,
    Toggle,
    ToggleVisibility,
    VerticalContentAlignment,
    make_attachment,
)

VALIDATOR = Path(__file__).parent.parent / "scripts" / "cardvalidator"


def docs_card() -> AdaptiveCard:
    greeting = TextBlock("Hey hello there! I am a adaptive card")
    first_name = Text("first_name", placeholder="First Name")
    age = Number("age", placeholder="Age")
    return AdaptiveCard(body=[greeting, first_name, age], actions=[Submit(title="Send me!")])


def kitchen_sink() -> AdaptiveCard:
    open_docs = OpenUrl("https://developer.webex.com", title="Docs")
    details = AdaptiveCard(body=[FactSet([Fact("Owner", "Ada"), Fact("State", "open")])])
    body: list[Any] = [
        TextBlock(
            "Status", color=Colors.GOOD, horizontalAlignment=HorizontalAlignment.CENTER,
            isSubtle=False, maxLines=2, size=FontSize.EXTRA_LARGE, weight=FontWeight.BOLDER,
            wrap=True, separator=True, spacing=Spacing.PADDING, id="title",
        ),
        Image(
            "https://example.com/a.png", altText="logo", height=BlockElementHeight.STRETCH,
            size=ImageSize.SMALL, style=ImageStyle.PERSON, selectAction=open_docs,
        ),
        Media([MediaSource("video/mp4", "https://example.com/v.mp4")], poster="https://x/p.png"),
        Container(
            [TextBlock("inside")], style=ContainerStyle.EMPHASIS,
            verticalContentAlignment=VerticalContentAlignment.BOTTOM,
            selectAction=Submit(data={"clicked": "container"}),
            backgroundImage=BackgroundImage("https://example.com/bg.png"),
        ),
        ColumnSet([Column([TextBlock("left")], width="auto"), Column([Image("https://x/y.png")])]),
        ImageSet([Image("https://x/1.png"), Image("https://x/2.png")], imageSize=ImageSize.MEDIUM),
        RichTextBlock([TextRun("bold", weight=FontWeight.BOLDER), "plain"], id="rich"),
        Text("comment", isMultiline=True, style=TextInputStyle.EMAIL, label="Comment",
             isRequired=True, errorMessage="Please comment"),
        Date("day", value="2026-11-24"),
        Time("at", value="09:30"),
        Toggle("Subscribe", "subscribe", valueOn="yes", valueOff="no"),
        Choices([Choice("Red", "r"), Choice("Blue", "b")], "colour",
                style=ChoiceInputStyle.EXPANDED, isMultiSelect=True),
        ActionSet([ToggleVisibility([TargetElement("rich", isVisible=False), "title"])]),
        TextBlock("hidden until toggled", isVisible=False, fallback="drop"),
    ]
    actions: list[Any] = [open_docs, Submit(title="Send", data={"kind": "form"}),
                          ShowCard(card=details, title="More")]
    return AdaptiveCard(body=body, actions=actions, fallbackText="Upgrade your client")


def test_docs_example_serialises() -> None:
    data = docs_card().to_dict()
    assert data["type"] == "AdaptiveCard"
    assert data["$schema"] == "http://adaptivecards.io/schemas/adaptive-card.json"
    assert data["version"] == "1.0"
    first_name = {"type": "Input.Text", "id": "first_name", "placeholder": "First Name"}
    assert data["body"][1] == first_name
    assert data["actions"] == [{"type": "Action.Submit", "title": "Send me!"}]
    assert json.loads(docs_card().to_json()) == data


def test_every_nested_element_and_enum_is_serialised() -> None:
    data = kitchen_sink().to_dict()
    text = json.dumps(data)  # everything is plain JSON: no enum or object leaks
    assert "Colors." not in text and "object at" not in text
    image = data["body"][1]
    assert image["height"] == "stretch"
    assert image["selectAction"] == {
        "type": "Action.OpenUrl", "url": "https://developer.webex.com", "title": "Docs"
    }
    assert data["body"][3]["selectAction"]["data"] == {"clicked": "container"}
    assert data["body"][4]["columns"][0]["items"][0]["text"] == "left"
    assert data["actions"][2]["card"]["body"][0]["facts"][1] == {"title": "State", "value": "open"}
    choices = [{"title": "Red", "value": "r"}, {"title": "Blue", "value": "b"}]
    assert data["body"][11]["choices"] == choices
    assert data["version"] == "1.3"  # labels and isRequired are 1.3 features
    assert "separator" not in data["body"][2]  # None fields are dropped


def test_enum_values() -> None:
    assert BlockElementHeight.STRETCH.value == "stretch"
    assert BlockElementHeight.STRETCH is not BlockElementHeight.AUTO
    assert str(Colors.ATTENTION) == "attention"
    assert FontSize.EXTRA_LARGE.value == "extraLarge"


@pytest.mark.parametrize(
    ("build", "error", "message"),
    [
        (lambda: TextBlock("x", color="good"), TypeError, "TextBlock.color must be a Colors"),
        (lambda: Image(42), TypeError, "Image.url must be str, got int"),
        (lambda: Image(""), ValueError, "Image.url must not be empty"),
        (lambda: Image(), TypeError, "url"),
        (lambda: AdaptiveCard(body=[TextBlock("a"), Submit()]), ValueError,
         r"AdaptiveCard.body\[1\]: Submit is an action"),
        (lambda: AdaptiveCard(actions=[TextBlock("a")]), ValueError,
         r"AdaptiveCard.actions\[0\]: TextBlock is not an action"),
        (lambda: AdaptiveCard(body=[Column()]), ValueError, r"AdaptiveCard.body\[0\]: Column"),
        (lambda: Choices([], "c"), ValueError, "Choices.choices must not be empty"),
        (lambda: AdaptiveCard(body=TextBlock("x")), TypeError, "AdaptiveCard.body must be"),
        (lambda: Number("n", max="10"), TypeError, "Number.max must be"),
        (lambda: Toggle("t", "id", value=True), TypeError, "Toggle.value must be"),
        (lambda: AdaptiveCard(version="9.9"), ValueError, "AdaptiveCard.version must be one"),
        (lambda: Image("https://x", selectAction=ShowCard()), ValueError, ""),
    ],
)
def test_bad_input_names_element_and_field(build: Any, error: type, message: str) -> None:
    if not message:
        build()  # ShowCard as selectAction is tolerated by the type (an action)
        return
    with pytest.raises(error, match=message):
        build()


@pytest.mark.parametrize("make", [docs_card, kitchen_sink])
def test_round_trip(make: Any) -> None:
    card = make()
    parsed = AdaptiveCard.from_dict(card.to_dict())
    assert parsed.to_dict() == card.to_dict()
    assert parsed == card
    assert AdaptiveCard.from_json(card.to_json()).to_dict() == card.to_dict()


def test_from_dict_keeps_unknown_properties_and_rejects_unknown_types() -> None:
    data = {"type": "AdaptiveCard", "version": "1.2", "body": [
        {"type": "TextBlock", "text": "x", "msteams": {"width": "Full"}}]}
    assert AdaptiveCard.from_dict(data).to_dict()["body"][0]["msteams"] == {"width": "Full"}
    with pytest.raises(ValueError, match="unknown Adaptive Card element type 'Carousel'"):
        AdaptiveCard.from_dict({"type": "AdaptiveCard", "body": [{"type": "Carousel"}]})
    with pytest.raises(ValueError, match="bogus"):
        AdaptiveCard.from_dict({"type": "AdaptiveCard", "body": [
            {"type": "TextBlock", "text": "x", "color": "bogus"}]})


def test_version_follows_features() -> None:
    assert AdaptiveCard(body=[TextBlock("a")]).to_dict()["version"] == "1.0"
    assert AdaptiveCard(body=[Media([MediaSource("video/mp4", "https://x")])]).to_dict()[
        "version"] == "1.1"
    assert AdaptiveCard(body=[ActionSet([Submit()])]).to_dict()["version"] == "1.2"
    assert AdaptiveCard(body=[Text("t", label="L")]).to_dict()["version"] == "1.3"
    assert AdaptiveCard(body=[TextBlock("a")], version="1.2").to_dict()["version"] == "1.2"


@pytest.mark.parametrize("package", ["webexteamssdk.models.cards", "webexteamssdk.cards"])
@pytest.mark.parametrize(
    ("module", "name"),
    [("card", "AdaptiveCard"), ("components", "TextBlock"), ("components", "Choice"),
     ("container", "FactSet"), ("inputs", "Choices"), ("actions", "Submit"),
     ("options", "BlockElementHeight")],
)
def test_import_paths(package: str, module: str, name: str) -> None:
    assert getattr(importlib.import_module(f"{package}.{module}"), name) is getattr(cards, name)


def test_attachment_wrapper() -> None:
    attachment = make_attachment(docs_card())
    assert attachment["contentType"] == "application/vnd.microsoft.card.adaptive"
    assert attachment["content"]["type"] == "AdaptiveCard"
    with pytest.raises(TypeError, match="AdaptiveCard"):
        make_attachment({"type": "AdaptiveCard"})  # type: ignore[arg-type]


def test_cards_are_sent_as_attachments(webex_api: Any) -> None:
    room = webex_api.rooms.create("Cards")
    message = webex_api.messages.create(room.id, text="fallback", attachments=[docs_card()])
    assert message.attachments[0]["content"] == docs_card().to_dict()


@pytest.mark.node
def test_official_parser_accepts_every_example_card() -> None:
    if os.environ.get("WEBEX_RUN_NODE_TESTS") != "1":
        pytest.skip("set WEBEX_RUN_NODE_TESTS=1 to run the Node validator (CI does)")
    node, npm = shutil.which("node"), shutil.which("npm")
    if not node or not npm:
        pytest.skip("node and npm are needed for the adaptivecards validator")
    if not (VALIDATOR / "node_modules" / "adaptivecards").is_dir():
        subprocess.run([npm, "ci", "--no-audit", "--no-fund"], cwd=VALIDATOR, check=True)
    documents = [make().to_dict() for make in (docs_card, kitchen_sink)]
    result = subprocess.run(
        [node, "validate.js"], cwd=VALIDATOR, input=json.dumps(documents),
        capture_output=True, text=True, check=True,
    )
    assert json.loads(result.stdout) == [[], []]
