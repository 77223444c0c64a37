"""1-bit images as printers take them: rows of packed bits, most significant bit first.

A set bit is a black dot, which is what ESC/POS `GS v 0`, ZPL `^GF` and (inverted) TSPL
`BITMAP` expect. Each row is padded to whole bytes with white.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PIL import Image

DEFAULT_THRESHOLD = 160  # grey levels below this print black: keeps thin kanji strokes


@dataclass(frozen=True)
class Bitmap:
    width: int  # dots
    height: int  # dots
    data: bytes  # height rows of row_bytes bytes; bit set = black

    @property
    def row_bytes(self) -> int:
        return (self.width + 7) // 8

    def __post_init__(self) -> None:
        if self.width <= 0 or self.height <= 0:
            raise ValueError("a bitmap needs a width and a height")
        if len(self.data) != self.row_bytes * self.height:
            raise ValueError(
                f"{self.width}x{self.height} needs {self.row_bytes * self.height} bytes, "
                f"got {len(self.data)}"
            )

    def row(self, y: int) -> bytes:
        return self.data[y * self.row_bytes : (y + 1) * self.row_bytes]

    @classmethod
    def from_image(cls, image: Image.Image, threshold: int = DEFAULT_THRESHOLD) -> Bitmap:
        """Any Pillow image: transparency becomes white, grey below `threshold` black."""
        from PIL import Image

        if image.mode in ("RGBA", "LA", "P"):
            image = image.convert("RGBA")
            background = Image.new("RGBA", image.size, "white")
            image = Image.alpha_composite(background, image)
        if image.mode != "1":
            grey = image.convert("L")
            image = grey.point(lambda level: 0 if level < threshold else 255, mode="1")
        # Pillow's raw mode "1;I" packs inverted: a black dot becomes a set bit.
        packed = image.tobytes("raw", "1;I")
        return cls(image.width, image.height, packed)

    def to_image(self) -> Image.Image:
        """A mode "1" Pillow image (black dots black) of exactly width x height."""
        from PIL import Image

        return Image.frombytes("1", (self.width, self.height), self.data, "raw", "1;I")
