"""The bench's layout holds still: the queue pane keeps its width, the banner its height, and the
progress caption stays whole, whatever order or message is shown."""

from __future__ import annotations

from datetime import date

from packstation.app.packing import Level
from packstation.gui.banner import FULL_PX
from tests.builders import later, rakuten
from tests.gui.conftest import scanner_burst
from tests.gui.test_main_window import wait_banner

PLAIN = "502763-20261122-00000001"
GIFT = "502763-20261122-00000002"
LONG = (
    "WRONG ITEM: this code belongs to another order in the queue. Put the item back on the shelf, "
    "then scan the item the order asks for; the packing slip lists every item and its quantity."
)


def gift_order():  # type: ignore[no-untyped-def]
    return later(
        rakuten(GIFT, ("CUP", 1), gift=True),
        gift_wrap="包装紙: 花柄",
        noshi="御祝",
        delivery_date=date(2026, 11, 25),
        time_slot="14:00-16:00",
    )


def test_the_queue_pane_keeps_its_width_between_orders(qtbot, open_bench) -> None:  # type: ignore[no-untyped-def]
    bench = open_bench(rakuten(PLAIN, ("TEA", 1)), gift_order())
    panel = bench.window.queue_panel
    before = panel.width()
    assert before >= 320
    scanner_burst(bench.window, GIFT)
    wait_banner(qtbot, bench, Level.INFO, GIFT)
    assert panel.width() == before
    view = bench.window.pack_view
    qtbot.wait(50)
    chips = [view.chips.itemAt(i).widget() for i in range(view.chips.count())]
    assert len(chips) == 4
    for chip in chips:  # each shown whole: rows wrap instead of cutting a chip off
        assert chip.width() >= chip.sizeHint().width()
        assert chip.mapTo(view, chip.rect().topRight()).x() < view.width()
    bench.window.pack_view.set_banner(Level.BAD, LONG * 3)
    qtbot.wait(50)
    assert panel.width() == before
    bench.window.pack_view.show_idle()
    qtbot.wait(50)
    assert panel.width() == before


def test_the_banner_keeps_its_height_for_short_and_long_messages(qtbot, open_bench) -> None:  # type: ignore[no-untyped-def]
    bench = open_bench(rakuten(PLAIN, ("TEA", 1)))
    banner = bench.window.pack_view.banner
    bench.window.pack_view.set_banner(Level.GOOD, "OK")
    qtbot.wait(50)
    short = banner.height()
    assert banner.font_px == FULL_PX
    bench.window.pack_view.set_banner(Level.BAD, LONG)
    qtbot.wait(50)
    assert banner.height() == short
    assert banner.fits()
    bench.window.pack_view.set_banner(Level.BAD, LONG * 2)
    qtbot.wait(50)
    assert banner.height() == short
    assert banner.fits() and banner.font_px < FULL_PX  # set smaller, shown whole


def test_the_progress_caption_is_whole_beside_its_bar(qtbot, open_bench) -> None:  # type: ignore[no-untyped-def]
    bench = open_bench(rakuten(PLAIN, ("TEA", 3)))
    scanner_burst(bench.window, PLAIN)
    wait_banner(qtbot, bench, Level.INFO, PLAIN)
    view = bench.window.pack_view
    assert not view.progress.isTextVisible()
    caption = view.progress_caption
    assert caption.text() == "0 of 3 units scanned"
    # Once the layout has taken the new text in (the next passes of the event loop, later on a
    # busy machine), the caption is whole.
    qtbot.waitUntil(
        lambda: caption.fontMetrics().horizontalAdvance(caption.text())
        <= caption.contentsRect().width(),
        timeout=3000,
    )


def test_counts_on_the_bench_take_their_singular_and_plural(qtbot, open_bench) -> None:  # type: ignore[no-untyped-def]
    bench = open_bench(rakuten(PLAIN, ("TEA", 1)))
    scanner_burst(bench.window, PLAIN)
    wait_banner(qtbot, bench, Level.INFO, PLAIN)
    assert bench.window.pack_view.progress_caption.text() == "0 of 1 unit scanned"
    qtbot.waitUntil(lambda: bench.window.status.text() == "1 order (1 parcel) in the list")
