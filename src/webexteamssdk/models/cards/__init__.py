"""Adaptive Cards authored in Python (``webexteamssdk.models.cards``).

Importable here, from ``webexteamssdk.cards`` and from the modules of either
(``webexteamssdk.cards.card``, ``webexteamssdk.models.cards.inputs``, ...).
"""

from .actions import OpenUrl, ShowCard, Submit, TargetElement, ToggleVisibility
from .adaptive_card_component import (
    AdaptiveCardComponent,
    CardAction,
    CardElement,
    CardInput,
    component_types,
)
from .card import SCHEMA, AdaptiveCard
from .components import (
    BackgroundImage,
    Choice,
    Column,
    Fact,
    Image,
    Media,
    MediaSource,
    RichTextBlock,
    TextBlock,
    TextRun,
)
from .container import ActionSet, ColumnSet, Container, FactSet, ImageSet
from .inputs import Choices, Date, Number, Text, Time, Toggle
from .options import (
    AbstractOption,
    ActionStyle,
    BlockElementHeight,
    ChoiceInputStyle,
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
    TextInputStyle,
    VerticalContentAlignment,
)
from .utils import ADAPTIVE_CARD_CONTENT_TYPE, make_attachment

__all__ = [
    "ADAPTIVE_CARD_CONTENT_TYPE",
    "SCHEMA",
    "AbstractOption",
    "ActionSet",
    "ActionStyle",
    "AdaptiveCard",
    "AdaptiveCardComponent",
    "BackgroundImage",
    "BlockElementHeight",
    "CardAction",
    "CardElement",
    "CardInput",
    "Choice",
    "ChoiceInputStyle",
    "Choices",
    "Colors",
    "Column",
    "ColumnSet",
    "Container",
    "ContainerStyle",
    "Date",
    "Fact",
    "FactSet",
    "FontSize",
    "FontType",
    "FontWeight",
    "HorizontalAlignment",
    "Image",
    "ImageFillMode",
    "ImageSet",
    "ImageSize",
    "ImageStyle",
    "Media",
    "MediaSource",
    "Number",
    "OpenUrl",
    "RichTextBlock",
    "ShowCard",
    "Spacing",
    "Submit",
    "TargetElement",
    "Text",
    "TextBlock",
    "TextInputStyle",
    "TextRun",
    "Time",
    "Toggle",
    "ToggleVisibility",
    "VerticalContentAlignment",
    "component_types",
    "make_attachment",
]
