"""Products, their barcodes and their stock."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from sqlalchemy import Connection, bindparam, select, update
from sqlalchemy.orm import Session

from packstation.domain.barcodes import lookup_key
from packstation.domain.model import CatalogueProduct
from packstation.domain.pack_session import KnownProduct
from packstation.store.schema import BARCODES, PRODUCTS, Product, ProductBarcode


@dataclass(frozen=True, slots=True)
class BarcodeConflict:
    code: str
    sku: str  # the product that already has it
    line: int


@dataclass(frozen=True, slots=True)
class StockRow:
    product_id: int
    available: int


def upsert_product(session: Session, item: CatalogueProduct) -> tuple[bool, list[BarcodeConflict]]:
    """Create or update one product by SKU. Barcodes from the catalogue replace the old
    catalogue barcodes; barcodes taught at the bench stay. Returns (created, conflicts)."""
    product = session.scalar(select(Product).where(Product.sku == item.sku))
    created = product is None
    if product is None:
        product = Product(sku=item.sku, reserved=0)
        session.add(product)
    product.name = item.name
    product.variant = item.variant
    product.weight_g = item.weight_g
    product.cost_price = item.cost_price
    product.fragile = item.fragile
    product.image_path = item.image_path
    product.stock = item.stock
    product.unit_code = item.unit_code.value if item.unit_code else None
    product.is_box = item.is_box
    size = item.dimensions
    product.length_mm = size.length_mm if size else None
    product.width_mm = size.width_mm if size else None
    product.height_mm = size.height_mm if size else None
    session.flush()

    wanted = {lookup_key(b.code): b for b in item.barcodes}
    owners = dict(
        session.execute(
            select(ProductBarcode.code, Product.sku)
            .join(Product)
            .where(ProductBarcode.code.in_(wanted), Product.id != product.id)
        ).all()
    )
    conflicts = [BarcodeConflict(code, sku, item.source_line) for code, sku in owners.items()]
    for barcode in list(product.barcodes):
        if not barcode.taught and barcode.code not in wanted:
            product.barcodes.remove(barcode)
    have = {barcode.code: barcode for barcode in product.barcodes}
    for key, barcode in wanted.items():
        if key in owners:
            continue
        if key in have:
            have[key].pack_quantity = barcode.pack_quantity
            have[key].printed = barcode.code
        else:
            product.barcodes.append(
                ProductBarcode(code=key, printed=barcode.code, pack_quantity=barcode.pack_quantity)
            )
    session.flush()
    return created, conflicts


_KNOWN = (
    select(PRODUCTS.c.sku, PRODUCTS.c.name)
    .join(BARCODES)
    .where(BARCODES.c.code == bindparam("key"))
)


def known_product(connection: Connection, key: str) -> KnownProduct | None:
    row = connection.execute(_KNOWN, {"key": key}).first()
    return KnownProduct(row.sku, row.name) if row else None


def stock_by_sku(connection: Connection | Session, skus: Iterable[str]) -> dict[str, StockRow]:
    rows = connection.execute(
        select(Product.sku, Product.id, Product.stock, Product.reserved).where(
            Product.sku.in_(set(skus))
        )
    )
    return {row.sku: StockRow(row.id, row.stock - row.reserved) for row in rows}


def change_reserved(connection: Connection | Session, deltas: Mapping[int, int]) -> None:
    """Add to each product's reserved count (negative releases). Atomic per row, so two
    stations reserving at once both count."""
    rows = [{"pid": pid, "delta": delta} for pid, delta in deltas.items() if delta]
    if rows:
        connection.execute(
            update(PRODUCTS)
            .where(PRODUCTS.c.id == bindparam("pid"))
            .values(reserved=PRODUCTS.c.reserved + bindparam("delta")),
            rows,
        )


def teach_barcode(session: Session, sku: str, code: str) -> None:
    product_id = session.scalar(select(Product.id).where(Product.sku == sku))
    session.add(
        ProductBarcode(
            product_id=product_id,
            code=lookup_key(code),
            printed=code,
            pack_quantity=1,
            taught=True,
        )
    )
    session.flush()
