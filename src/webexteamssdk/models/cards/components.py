"""Card components: text, images, media, columns, facts and choices."""

from __future__ import annotations

from dataclasses import dataclass, field

from .adaptive_card_component import (
    AdaptiveCardComponent,
    CardAction,
    CardElement,
    added_in,
    required_text,
)
from .options import (
    BlockElementHeight,
    Colors,
    ContainerStyle,
    FontSize,
    FontType,
    FontWeight,
    HorizontalAlignment,
    ImageFillMode,
    ImageSize,
    ImageStyle,
    Spacing,
    VerticalContentAlignment,
)

__all__ = [
    "BackgroundImage",
    "Choice",
    "Column",
    "Fact",
    "Image",
    "Media",
    "MediaSource",
    "RichTextBlock",
    "TextBlock",
    "TextRun",
]


@dataclass(eq=False)
class MediaSource(AdaptiveCardComponent):
    """A source of a ``Media`` element: its MIME type and URL."""

    mimeType: str = required_text()
    url: str = required_text()


@dataclass(eq=False)
class Media(CardElement):
    """A video or audio player."""

    type = "Media"
    min_version = "1.1"
    sources: list[MediaSource] = field(metadata={"nonempty": True})
    poster: str | None = None
    altText: str | None = None
    height: BlockElementHeight | None = None
    separator: bool | None = None
    spacing: Spacing | None = None
    id: str | None = None


@dataclass(eq=False)
class Image(CardElement):
    """An image."""

    type = "Image"
    url: str = required_text()
    altText: str | None = None
    backgroundColor: str | None = None
    height: str | BlockElementHeight | None = added_in("1.1")
    horizontalAlignment: HorizontalAlignment | None = None
    selectAction: CardAction | None = added_in("1.1")
    size: ImageSize | None = None
    style: ImageStyle | None = None
    width: str | None = added_in("1.1")
    separator: bool | None = None
    spacing: Spacing | None = None
    id: str | None = None


@dataclass(eq=False)
class TextBlock(CardElement):
    """A block of text (with a subset of markdown)."""

    type = "TextBlock"
    text: str
    color: Colors | None = None
    horizontalAlignment: HorizontalAlignment | None = None
    isSubtle: bool | None = None
    maxLines: int | None = None
    size: FontSize | None = None
    weight: FontWeight | None = None
    wrap: bool | None = None
    separator: bool | None = None
    spacing: Spacing | None = None
    id: str | None = None
    fontType: FontType | None = added_in("1.2")
    height: BlockElementHeight | None = added_in("1.1")


@dataclass(eq=False)
class TextRun(AdaptiveCardComponent):
    """A run of text inside a ``RichTextBlock``, with its own style."""

    type = "TextRun"
    min_version = "1.2"
    text: str
    color: Colors | None = None
    fontType: FontType | None = None
    highlight: bool | None = None
    isSubtle: bool | None = None
    italic: bool | None = None
    selectAction: CardAction | None = None
    size: FontSize | None = None
    strikethrough: bool | None = None
    underline: bool | None = added_in("1.3")
    weight: FontWeight | None = None


@dataclass(eq=False)
class RichTextBlock(CardElement):
    """Text made of separately styled runs."""

    type = "RichTextBlock"
    min_version = "1.2"
    inlines: list[TextRun | str] = field(metadata={"nonempty": True})
    horizontalAlignment: HorizontalAlignment | None = None
    separator: bool | None = None
    spacing: Spacing | None = None
    id: str | None = None


@dataclass(eq=False)
class BackgroundImage(AdaptiveCardComponent):
    """A background image of a card or container, with how it fills the space."""

    min_version = "1.2"
    url: str = required_text()
    fillMode: ImageFillMode | None = None
    horizontalAlignment: HorizontalAlignment | None = None
    verticalAlignment: VerticalContentAlignment | None = None


@dataclass(eq=False)
class Column(AdaptiveCardComponent):
    """A column of a ``ColumnSet``, holding card elements."""

    type = "Column"
    items: list[CardElement] | None = None
    separator: bool | None = None
    spacing: Spacing | None = None
    selectAction: CardAction | None = added_in("1.1")
    style: ContainerStyle | None = None
    verticalContentAlignment: VerticalContentAlignment | None = added_in("1.1")
    width: str | int | None = None
    id: str | None = None
    backgroundImage: BackgroundImage | str | None = added_in("1.2")
    isVisible: bool | None = added_in("1.2")


@dataclass(eq=False)
class Fact(AdaptiveCardComponent):
    """A title and value pair of a ``FactSet``."""

    title: str
    value: str


@dataclass(eq=False)
class Choice(AdaptiveCardComponent):
    """An option of a ``Choices`` input: the text shown and the value submitted."""

    title: str
    value: str
