"""The carriers a parcel can go with, their services, each service's limits, and where a
tracking number is looked up.

A service's name is the one the carrier prints on its labels. Its limits are the most it
takes: weight in grams; the sum of the three sides, the longest side, the middle side and the
thickness (the shortest side) in millimetres; length plus girth (the longest side plus twice
the other two) for UPS. A service taken only in the carrier's own boxes lists those boxes, and
a parcel must be one of them. Figures and where they come from ("unverified": found in no
source here, taken from common knowledge of the service, check before relying on it):

- Yamato 宅急便: 30 kg, 200 cm by the sides, 170 cm on the longest side
  (danchizumano-nandeyanen.com/?p=450715, quoting Yamato). Billed by size class.
- Yamato 宅急便コンパクト: only in its 専用BOX, 25 × 20 × 5 cm (thickness 5 cm:
  dailyseize.com/?p=250; 25 × 20: unverified); no weight limit (unverified). The 薄型専用BOX
  has no stated thickness and is not listed.
- Yamato ネコポス: 1 kg, 31.2 × 22.8 cm, 3 cm thick since 10 November 2025
  (mirai-guide.com/necopos-saisho-size-fuuto, hoshiblo.com/3944.html). A newer form, 34 cm
  long, 60 cm by the sides (nei-gameya.com/nekoposu-size-over), is not used: unverified
  against Yamato.
- Sagawa 飛脚宅配便: 30 kg, 160 cm by the sides; larger parcels are 飛脚ラージサイズ宅配便
  (3min-lib.com/sagawa-carriage-size-list). Billed by size class.
- Japan Post ゆうパック: 25 kg (25-30 kg is 重量ゆうパック, not listed), 170 cm by the sides
  (takumick.com/?p=9546, my-neverland.com/1091.html). Billed by size class, 60 to 170.
- Japan Post ゆうパケット: 1 kg, 60 cm by the sides, 34 cm long, 3 cm thick (unverified: the
  sources found give these figures for ゆうパケットポスト, topicshub-jp.com/2025/05/cm_9.html).
- Japan Post クリックポスト: 1 kg, 34 × 25 cm, 3 cm thick (applica.info/clickpost-tracking).
- Russian Post Посылка: 20 kg (gist.github.com, quoting Russian Post's rules: heavier parcels
  only at equipped offices); its size limits are unverified and not set.
- CDEK Посылка склад-дверь: 30 kg (unverified); size limits unverified and not set.
- Ozon FBS: delivered by Ozon on Ozon's own label; Ozon's limits are unverified and not set.
- DHL Express Worldwide: 70 kg, 120 cm on the longest side (global.lianlianpay.com article
  on DHL; imba.missouri.edu on DHL weight limits).
- UPS Standard: 70 kg, 274 cm long, 400 cm length plus girth
  (ups.com/zw/en/help-center/packaging-and-supplies/weight-size.page).
- generic: any other carrier; its services are whatever the shop writes, so none are listed.

Tracking pages ({number} is the normalised tracking number): Yamato and Japan Post as their
sites link them (the brief; Japan Post's reqCodeNo1 parameter also in public code); Sagawa
k2k.sagawa-exp.co.jp okurijosearch.do?okurijoNo= and UPS ups.com/track?tracknum= (both in
public tracking code); CDEK cdek.ru/ru/tracking?order_id= (Spoleto.Delivery's CDEK provider);
Russian Post pochta.ru/tracking?barcode= and DHL's tracking-express page: unverified. Ozon
and generic have none.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from urllib.parse import quote

from packstation.domain.parcel_size import Dimensions
from packstation.domain.tracking import normalize


@dataclass(frozen=True, slots=True)
class Limits:
    """The most a service takes; None: no limit of that kind."""

    most_g: int | None = None
    sides_mm: int | None = None
    longest_mm: int | None = None
    middle_mm: int | None = None
    thickness_mm: int | None = None
    length_girth_mm: int | None = None
    boxes: tuple[Dimensions, ...] = ()  # the carrier's own boxes, the only ones it takes

    @property
    def by_dimensions(self) -> bool:
        sizes = (
            self.sides_mm,
            self.longest_mm,
            self.middle_mm,
            self.thickness_mm,
            self.length_girth_mm,
        )
        return bool(self.boxes) or any(size is not None for size in sizes)


@dataclass(frozen=True, slots=True)
class Service:
    carrier: str
    name: str  # as the carrier prints it
    limits: Limits
    size_classes: bool = False  # billed by the Japanese size classes (parcel_size)


@dataclass(frozen=True, slots=True)
class Carrier:
    code: str
    services: tuple[Service, ...]
    tracking: str | None = None  # URL template with {number}


COMPACT_BOX = Dimensions(250, 200, 50)

CARRIERS: dict[str, Carrier] = {
    carrier.code: carrier
    for carrier in (
        Carrier(
            "yamato",
            (
                Service(
                    "yamato",
                    "宅急便",
                    Limits(most_g=30_000, sides_mm=2000, longest_mm=1700),
                    size_classes=True,
                ),
                Service("yamato", "宅急便コンパクト", Limits(boxes=(COMPACT_BOX,))),
                Service(
                    "yamato",
                    "ネコポス",
                    Limits(most_g=1000, longest_mm=312, middle_mm=228, thickness_mm=30),
                ),
            ),
            "https://toi.kuronekoyamato.co.jp/cgi-bin/tneko?number00=1&number01={number}",
        ),
        Carrier(
            "sagawa",
            (
                Service(
                    "sagawa",
                    "飛脚宅配便",
                    Limits(most_g=30_000, sides_mm=1600),
                    size_classes=True,
                ),
            ),
            "https://k2k.sagawa-exp.co.jp/p/web/okurijosearch.do?okurijoNo={number}",
        ),
        Carrier(
            "japanpost",
            (
                Service(
                    "japanpost",
                    "ゆうパック",
                    Limits(most_g=25_000, sides_mm=1700),
                    size_classes=True,
                ),
                Service(
                    "japanpost",
                    "ゆうパケット",
                    Limits(most_g=1000, sides_mm=600, longest_mm=340, thickness_mm=30),
                ),
                Service(
                    "japanpost",
                    "クリックポスト",
                    Limits(most_g=1000, longest_mm=340, middle_mm=250, thickness_mm=30),
                ),
            ),
            "https://trackings.post.japanpost.jp/services/srv/search/direct?reqCodeNo1={number}",
        ),
        Carrier(
            "russianpost",
            (Service("russianpost", "Посылка", Limits(most_g=20_000)),),
            "https://www.pochta.ru/tracking?barcode={number}",
        ),
        Carrier(
            "cdek",
            (Service("cdek", "Посылка склад-дверь", Limits(most_g=30_000)),),
            "https://www.cdek.ru/ru/tracking?order_id={number}",
        ),
        Carrier("ozon", (Service("ozon", "FBS", Limits()),)),
        Carrier(
            "dhl",
            (Service("dhl", "Express Worldwide", Limits(most_g=70_000, longest_mm=1200)),),
            "https://www.dhl.com/global-en/home/tracking/tracking-express.html"
            "?submit=1&tracking-id={number}",
        ),
        Carrier(
            "ups",
            (
                Service(
                    "ups",
                    "Standard",
                    Limits(most_g=70_000, longest_mm=2740, length_girth_mm=4000),
                ),
            ),
            "https://www.ups.com/track?tracknum={number}",
        ),
        # FedEx and USPS: tracking numbers only (parcels from abroad, returns); no services
        Carrier("fedex", (), "https://www.fedex.com/fedextrack/?trknbr={number}"),
        Carrier("usps", (), "https://tools.usps.com/go/TrackConfirmAction?tLabels={number}"),
        Carrier("generic", ()),
    )
}


def services(carriers: Iterable[str]) -> list[Service]:
    """The services of these carriers, in the registry's order; unknown codes have none."""
    return [
        service
        for code in carriers
        if code in CARRIERS
        for service in CARRIERS[code].services
    ]


def service(carrier: str, name: str) -> Service | None:
    return next((item for item in services([carrier]) if item.name == name), None)


def fits(service: Service, box: Dimensions | None, weight_g: Decimal) -> bool:
    """Does a parcel in this box, weighing this much, go by this service? A box whose
    dimensions are unknown (None) fits only a service without dimension limits."""
    limits = service.limits
    if limits.most_g is not None and weight_g > limits.most_g:
        return False
    if not limits.by_dimensions:
        return True
    if box is None:
        return False
    longest, middle, thickness = _sides(box)
    if limits.boxes and (longest, middle, thickness) not in map(_sides, limits.boxes):
        return False
    return all(
        most is None or size <= most
        for size, most in (
            (box.sides_mm, limits.sides_mm),
            (longest, limits.longest_mm),
            (middle, limits.middle_mm),
            (thickness, limits.thickness_mm),
            (longest + 2 * (middle + thickness), limits.length_girth_mm),
        )
    )


def _sides(box: Dimensions) -> tuple[int, int, int]:
    """Longest, middle, thickness: however the box was measured."""
    longest, middle, thickness = sorted((box.length_mm, box.width_mm, box.height_mm), reverse=True)
    return longest, middle, thickness


def tracking_url(carrier: str, number: str) -> str | None:
    """The carrier's page for this tracking number; None for a carrier without one."""
    known, normalized = CARRIERS.get(carrier), normalize(number)
    if known is None or known.tracking is None or not normalized:
        return None
    return known.tracking.format(number=quote(normalized, safe=""))
