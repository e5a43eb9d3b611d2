"""The pages of a PDF paper as pixels, for the window's print preview and for printing.

The window shows and prints these pages, rendered from the very PDF bytes that Save as PDF
writes (pdfium, through pypdfium2), so the preview is what the PDF contains. QtPdf would do
the same but ships only in PySide6-Addons (a much larger install).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass


@dataclass(frozen=True)
class PageImage:
    """One page as 8-bit RGB rows: ``stride`` bytes per row, ``height`` rows."""

    width: int
    height: int
    stride: int
    pixels: bytes


def page_count(pdf: bytes) -> int:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    try:
        return len(document)
    finally:
        document.close()


def render_pages(
    pdf: bytes, dpi: float = 96, progress: Callable[[int, int], None] | None = None
) -> Iterator[PageImage]:
    """Each page of ``pdf`` at ``dpi``; ``progress(done, total)`` after each page."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    try:
        total = len(document)
        for number in range(total):
            page = document[number]
            bitmap = page.render(scale=dpi / 72, rev_byteorder=True)
            yield PageImage(bitmap.width, bitmap.height, bitmap.stride, bytes(bitmap.buffer))
            bitmap.close()
            page.close()
            if progress is not None:
                progress(number + 1, total)
    finally:
        document.close()
