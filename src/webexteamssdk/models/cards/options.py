"""The option enums of Adaptive Cards (colours, sizes, spacing, styles, ...)."""

from __future__ import annotations

from enum import Enum

__all__ = [
    "AbstractOption",
    "ActionStyle",
    "BlockElementHeight",
    "ChoiceInputStyle",
    "Colors",
    "ContainerStyle",
    "FontSize",
    "FontType",
    "FontWeight",
    "HorizontalAlignment",
    "ImageFillMode",
    "ImageSize",
    "ImageStyle",
    "Spacing",
    "TextInputStyle",
    "VerticalContentAlignment",
]


class AbstractOption(str, Enum):
    """Base of the option enums: each member is its JSON string value."""

    def __str__(self) -> str:
        return str(self.value)


class VerticalContentAlignment(AbstractOption):
    """Vertical alignment of a container's content."""

    TOP = "top"
    CENTER = "center"
    BOTTOM = "bottom"


class Colors(AbstractOption):
    """Text colours."""

    DEFAULT = "default"
    DARK = "dark"
    LIGHT = "light"
    ACCENT = "accent"
    GOOD = "good"
    WARNING = "warning"
    ATTENTION = "attention"


class HorizontalAlignment(AbstractOption):
    """Horizontal alignment of an element."""

    LEFT = "left"
    CENTER = "center"
    RIGHT = "right"


class FontSize(AbstractOption):
    """Text sizes."""

    DEFAULT = "default"
    SMALL = "small"
    MEDIUM = "medium"
    LARGE = "large"
    EXTRA_LARGE = "extraLarge"


class FontWeight(AbstractOption):
    """Text weights."""

    DEFAULT = "default"
    LIGHTER = "lighter"
    BOLDER = "bolder"


class FontType(AbstractOption):
    """Font families (Adaptive Cards 1.2)."""

    DEFAULT = "default"
    MONOSPACE = "monospace"


class BlockElementHeight(AbstractOption):
    """Height of an element: as its content needs, or stretched to fill."""

    AUTO = "auto"
    STRETCH = "stretch"


class Spacing(AbstractOption):
    """Space between an element and the one before it."""

    DEFAULT = "default"
    NONE = "none"
    SMALL = "small"
    MEDIUM = "medium"
    LARGE = "large"
    EXTRA_LARGE = "extraLarge"
    PADDING = "padding"


class ImageSize(AbstractOption):
    """Image sizes."""

    AUTO = "auto"
    STRETCH = "stretch"
    SMALL = "small"
    MEDIUM = "medium"
    LARGE = "large"


class ImageStyle(AbstractOption):
    """Image display styles."""

    DEFAULT = "default"
    PERSON = "person"


class ImageFillMode(AbstractOption):
    """How a background image fills its container (Adaptive Cards 1.2)."""

    COVER = "cover"
    REPEAT_HORIZONTALLY = "repeatHorizontally"
    REPEAT_VERTICALLY = "repeatVertically"
    REPEAT = "repeat"


class ContainerStyle(AbstractOption):
    """Container styles."""

    DEFAULT = "default"
    EMPHASIS = "emphasis"
    GOOD = "good"
    ATTENTION = "attention"
    WARNING = "warning"
    ACCENT = "accent"


class TextInputStyle(AbstractOption):
    """Keyboard hints of a text input."""

    TEXT = "text"
    TEL = "tel"
    URL = "url"
    EMAIL = "email"


class ChoiceInputStyle(AbstractOption):
    """Display styles of a choice set."""

    COMPACT = "compact"
    EXPANDED = "expanded"


class ActionStyle(AbstractOption):
    """Action button styles (Adaptive Cards 1.2)."""

    DEFAULT = "default"
    POSITIVE = "positive"
    DESTRUCTIVE = "destructive"
