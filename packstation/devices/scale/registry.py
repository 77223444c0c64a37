"""Scale protocols by the name the settings store (`scale.protocol = "mt-sics"`)."""

from __future__ import annotations

from collections.abc import Callable

from packstation.devices.scale import cas, dibal, line, mt_sics, nci, toledo
from packstation.devices.scale.codec import UNKNOWN_PROTOCOL, Codec, ProtocolSetupError

PROTOCOLS: dict[str, Callable[..., Codec]] = {
    mt_sics.NAME: mt_sics.codec,
    toledo.NAME_8217: toledo.codec_8217,
    toledo.NAME_8213: toledo.codec_8213,
    nci.NAME: nci.codec,
    cas.NAME: cas.codec,
    dibal.NAME: dibal.codec,
    line.NAME: line.codec,
}

NAMES: tuple[str, ...] = tuple(PROTOCOLS)


def protocol(name: str, **options: object) -> Codec:
    """The codec for `name`; options go to its constructor (toledo: `unit`; line: `pattern`,
    `terminator`, `poll`, `zero`, `tare`, `unit`). Raises ProtocolSetupError."""
    factory = PROTOCOLS.get(name)
    if factory is None:
        raise ProtocolSetupError(UNKNOWN_PROTOCOL(name=name, names=", ".join(NAMES)))
    return factory(**options)
