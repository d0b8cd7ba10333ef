"""A tiny Markdown to HTML/plain-text converter covering what Webex messages use.

Supported: ``**bold**``, ``*italic*``/``_italic_``, `` `code` ``, ``[text](url)``, line breaks,
blank-line paragraphs, ``-``/``*``/``1.`` lists and the mentions ``<@personId:ID|Name>``,
``<@personEmail:email|Name>`` and ``<@all>``.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

_MENTION = re.compile(r"<@(personId|personEmail):([^|>]+)(?:\|([^>]*))?>|<@all>")
_INLINE = [
    (re.compile(r"`([^`]+)`"), r"<code>\1</code>", r"\1"),
    (re.compile(r"\*\*(.+?)\*\*"), r"<strong>\1</strong>", r"\1"),
    (re.compile(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])"), r"<em>\1</em>", r"\1"),
    (re.compile(r"(?<!\w)_(?!\s)(.+?)(?<!\s)_(?!\w)"), r"<em>\1</em>", r"\1"),
    (re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)"), r'<a href="\2">\1</a>', r"\1 (\2)"),
]
_BULLET = re.compile(r"^\s*[-*+]\s+(.*)$")
_NUMBER = re.compile(r"^\s*\d+[.)]\s+(.*)$")


@dataclass
class Rendered:
    """The result of converting one markdown string."""

    html: str
    text: str
    person_ids: list[str] = field(default_factory=list)
    person_emails: list[str] = field(default_factory=list)
    groups: list[str] = field(default_factory=list)


def render(markdown: str) -> Rendered:
    """Convert ``markdown`` to html and plain text and collect its mentions."""
    result = Rendered(html="", text="")
    html_mentions: list[str] = []
    text_mentions: list[str] = []

    def stash(match: re.Match[str]) -> str:
        kind, target, name = match.group(1), match.group(2), match.group(3)
        if kind is None:
            if "all" not in result.groups:
                result.groups.append("all")
            html_mentions.append('<spark-mention data-object-type="groupMention" '
                                 'data-group-type="all">All</spark-mention>')
            text_mentions.append("All")
        else:
            (result.person_ids if kind == "personId" else result.person_emails).append(target)
            label = html.escape(name or target)
            html_mentions.append(f'<spark-mention data-object-type="person" '
                                 f'data-object-id="{html.escape(target)}">{label}</spark-mention>')
            text_mentions.append(name or target)
        return f"\x00{len(html_mentions) - 1}\x00"

    source = _MENTION.sub(stash, markdown)
    result.html = _restore(_blocks(source), html_mentions)
    result.text = _restore(_plain(source), text_mentions)
    return result


def _restore(value: str, mentions: list[str]) -> str:
    return re.sub(r"\x00(\d+)\x00", lambda m: mentions[int(m.group(1))], value)


def _inline_html(line: str) -> str:
    out = html.escape(line, quote=False)
    for pattern, markup, _plain_form in _INLINE:
        out = pattern.sub(markup, out)
    return out


def _plain(source: str) -> str:
    out = source
    for pattern, _markup, plain_form in _INLINE:
        out = pattern.sub(plain_form, out)
    lines = [_BULLET.sub(r"- \1", line) for line in out.splitlines()]
    return "\n".join(lines).strip()


def _blocks(source: str) -> str:
    parts: list[str] = []
    for block in re.split(r"\n\s*\n", source.strip()):
        lines = [line for line in block.splitlines() if line.strip()]
        if not lines:
            continue
        if all(_BULLET.match(line) for line in lines):
            parts.append(_list("ul", [_BULLET.sub(r"\1", line) for line in lines]))
        elif all(_NUMBER.match(line) for line in lines):
            parts.append(_list("ol", [_NUMBER.sub(r"\1", line) for line in lines]))
        else:
            parts.append("<p>" + "<br/>".join(_inline_html(line) for line in lines) + "</p>")
    return "".join(parts)


def _list(tag: str, items: list[str]) -> str:
    inner = "".join(f"<li>{_inline_html(item)}</li>" for item in items)
    return f"<{tag}>{inner}</{tag}>"
