"""Page sizes and margins shared by the Word and PDF writers."""

from __future__ import annotations

from dataclasses import dataclass

MM_PER_INCH = 25.4


@dataclass(frozen=True)
class PageSize:
    width_mm: float
    height_mm: float
    margin_mm: float = 25.0

    def turned(self, landscape: bool) -> PageSize:
        if not landscape:
            return self
        return PageSize(self.height_mm, self.width_mm, self.margin_mm)

    @property
    def text_width_mm(self) -> float:
        return self.width_mm - 2 * self.margin_mm


SIZES = {
    "a4": PageSize(210.0, 297.0),
    "letter": PageSize(8.5 * MM_PER_INCH, 11 * MM_PER_INCH),
}


def page_size(name: str, landscape: bool = False) -> PageSize:
    return SIZES.get(name, SIZES["a4"]).turned(landscape)
