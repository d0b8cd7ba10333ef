"""Card containers: groups of elements, columns, facts, images and actions."""

from __future__ import annotations

from dataclasses import dataclass, field

from .adaptive_card_component import CardAction, CardElement, added_in
from .components import BackgroundImage, Column, Fact, Image
from .options import (
    BlockElementHeight,
    ContainerStyle,
    HorizontalAlignment,
    ImageSize,
    Spacing,
    VerticalContentAlignment,
)

__all__ = ["ActionSet", "ColumnSet", "Container", "FactSet", "ImageSet"]


@dataclass(eq=False)
class Container(CardElement):
    """A group of elements, optionally styled and clickable as a whole."""

    type = "Container"
    items: list[CardElement]
    selectAction: CardAction | None = added_in("1.1")
    style: ContainerStyle | None = None
    verticalContentAlignment: VerticalContentAlignment | None = added_in("1.1")
    height: BlockElementHeight | None = added_in("1.1")
    separator: bool | None = None
    spacing: Spacing | None = None
    id: str | None = None
    backgroundImage: BackgroundImage | str | None = added_in("1.2")
    bleed: bool | None = added_in("1.2")
    minHeight: str | None = added_in("1.2")


@dataclass(eq=False)
class ColumnSet(CardElement):
    """Columns side by side."""

    type = "ColumnSet"
    columns: list[Column] | None = None
    selectAction: CardAction | None = added_in("1.1")
    height: BlockElementHeight | None = added_in("1.1")
    separator: bool | None = None
    spacing: Spacing | None = None
    id: str | None = None
    style: ContainerStyle | None = added_in("1.2")
    bleed: bool | None = added_in("1.2")
    horizontalAlignment: HorizontalAlignment | None = added_in("1.2")
    minHeight: str | None = added_in("1.2")


@dataclass(eq=False)
class FactSet(CardElement):
    """A list of title/value facts shown as a table."""

    type = "FactSet"
    facts: list[Fact] = field(metadata={"nonempty": True})
    height: BlockElementHeight | None = added_in("1.1")
    separator: bool | None = None
    spacing: Spacing | None = None
    id: str | None = None


@dataclass(eq=False)
class ImageSet(CardElement):
    """A gallery of images."""

    type = "ImageSet"
    images: list[Image] = field(metadata={"nonempty": True})
    imageSize: ImageSize | None = None
    height: BlockElementHeight | None = added_in("1.1")
    separator: bool | None = None
    spacing: Spacing | None = None
    id: str | None = None


@dataclass(eq=False)
class ActionSet(CardElement):
    """Buttons placed among the body elements (Adaptive Cards 1.2)."""

    type = "ActionSet"
    min_version = "1.2"
    actions: list[CardAction] = field(metadata={"nonempty": True})
    horizontalAlignment: HorizontalAlignment | None = None
    height: BlockElementHeight | None = None
    separator: bool | None = None
    spacing: Spacing | None = None
    id: str | None = None
