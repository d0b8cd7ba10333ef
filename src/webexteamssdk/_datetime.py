"""``WebexTeamsDateTime``: Webex timestamps as timezone-aware datetimes."""

from __future__ import annotations

import re
import warnings
from datetime import datetime, timedelta, timezone

__all__ = ["WEBEX_TEAMS_DATETIME_FORMAT", "WebexTeamsDateTime", "parse_datetime"]

WEBEX_TEAMS_DATETIME_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"

_ISO = re.compile(
    r"^(\d{4})-(\d\d)-(\d\d)[T ](\d\d):(\d\d)(?::(\d\d)(?:[.,](\d{1,9}))?)?"
    r"\s*(Z|z|[+-]\d\d:?\d\d)?$"
)


class WebexTeamsDateTime(datetime):
    """A timezone-aware (UTC) datetime that prints in the Webex format.

    ``str()`` gives ``YYYY-MM-DDTHH:MM:SS.mmmZ``, the form Webex sends and accepts.
    """

    @classmethod
    def strptime(
        cls, date_string: str, format: str = WEBEX_TEAMS_DATETIME_FORMAT
    ) -> WebexTeamsDateTime:
        """Parse a Webex timestamp.

        Tolerant of what Webex and its docs actually send: with or without fractional
        seconds (1 to 9 digits), with ``Z`` or a ``+hh:mm`` offset. A value without an
        offset is taken as UTC. Other formats go to ``datetime.strptime``.

        Raises:
            ValueError: If the string is not a timestamp.
        """
        match = _ISO.match(date_string.strip()) if format == WEBEX_TEAMS_DATETIME_FORMAT else None
        if match is None:
            parsed = datetime.strptime(date_string, format)
            return cls._from(parsed.replace(tzinfo=parsed.tzinfo or timezone.utc))
        year, month, day, hour, minute, second, fraction, offset = match.groups()
        micro = int((fraction or "0")[:6].ljust(6, "0"))
        value = datetime(
            int(year), int(month), int(day), int(hour), int(minute), int(second or 0), micro,
            tzinfo=_zone(offset),
        )
        return cls._from(value)

    @classmethod
    def _from(cls, value: datetime) -> WebexTeamsDateTime:
        utc = value.astimezone(timezone.utc)
        return cls(
            utc.year, utc.month, utc.day, utc.hour, utc.minute, utc.second, utc.microsecond,
            tzinfo=timezone.utc,
        )

    def __str__(self) -> str:
        value: datetime = self
        if self.tzinfo is None:
            warnings.warn(
                "WebexTeamsDateTime without a timezone is formatted as UTC",
                UserWarning,
                stacklevel=2,
            )
        else:
            value = self.astimezone(timezone.utc)
        return value.strftime("%Y-%m-%dT%H:%M:%S.") + f"{value.microsecond // 1000:03d}Z"


def _zone(offset: str | None) -> timezone:
    if offset is None or offset in ("Z", "z"):
        return timezone.utc
    sign = -1 if offset[0] == "-" else 1
    digits = offset[1:].replace(":", "")
    return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))


def parse_datetime(value: str | None) -> WebexTeamsDateTime | None:
    """Parse a Webex timestamp; None or an empty string gives None."""
    if not value:
        return None
    return WebexTeamsDateTime.strptime(value)
