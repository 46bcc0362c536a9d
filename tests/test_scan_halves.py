"""A page a scanner's split-image setting cut into two pages is laid back together (extract/scan_halves.py)."""
from PIL import Image, ImageDraw

from extract import scan_halves


def _page(width: int = 1200, height: int = 800, margin: int = 60):
    """A landscape page: a table of twelve rows between margins, some text strokes in its cells."""
    img = Image.new("RGB", (width, height), "white")
    d = ImageDraw.Draw(img)
    for k in range(13):
        y = 100 + 50 * k
        d.line((margin, y, width - margin, y), fill=(30, 30, 30), width=2)
    for x in (margin, 300, 590, 640, 900, width - margin):
        d.line((x, 100, x, 700), fill=(30, 30, 30), width=2)
    for k in range(12):
        d.text((610, 115 + 50 * k), "8", fill=(0, 0, 0))
    return img


def test_the_two_halves_of_a_page_are_laid_back_together():
    page = _page()
    left, right = page.crop((0, 0, 600, 800)), page.crop((600, 0, 1200, 800))
    assert scan_halves.halves(left, right)
    assert not scan_halves.halves(right, left)
    pages, lefts = scan_halves.joined([left, right])
    assert lefts == [1] and len(pages) == 1 and pages[0].size == (1200, 800)


def test_two_pages_whose_tables_keep_inside_their_margins_stay_apart():
    one, two = _page(600, 800), _page(600, 800)
    assert not scan_halves.halves(one, two)
    pages, lefts = scan_halves.joined([one, two])
    assert lefts == [] and pages == [one, two]
    # halves of different heights are no one page
    page = _page()
    assert not scan_halves.halves(page.crop((0, 0, 600, 800)), page.crop((600, 0, 1200, 780)))


def test_lines_off_every_edge_are_a_ground_not_a_seam():
    """1102.scan's document camera: the shots lie on a gridded cutting mat whose lines run off both sides of both."""
    def on_mat():
        img = Image.new("RGB", (600, 800), (200, 210, 200))
        d = ImageDraw.Draw(img)
        for y in range(20, 800, 40):
            d.line((0, y, 600, y), fill=(60, 60, 60), width=2)
        return img
    assert not scan_halves.halves(on_mat(), on_mat())
