"""Importing the product catalogue: idempotent, per-row errors, barcodes kept unique."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from packstation.connectors import imports
from packstation.connectors.imports.problems import RowError
from packstation.connectors.imports.progress import Progress
from packstation.domain.counts import PRODUCTS_ADDED, ROWS_WITH_ERRORS
from packstation.domain.messages import QT_TRANSLATE_NOOP, Message
from packstation.store import catalogue as catalogue_store
from packstation.store.database import Database

BARCODE_TAKEN = QT_TRANSLATE_NOOP(
    "Import", "Barcode {code} already belongs to SKU {sku}; not linked to {new}"
)

CATALOGUE_IMPORTED = QT_TRANSLATE_NOOP("Import", "{file}: {created}, {updated} updated, {errors}")

@dataclass
class CatalogueSummary:
    created: int = 0
    updated: int = 0
    errors: list[RowError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    def report(self, file: str) -> Message:
        return CATALOGUE_IMPORTED(
            file=file,
            created=PRODUCTS_ADDED(n=self.created),
            updated=self.updated,
            errors=ROWS_WITH_ERRORS(n=len(self.errors)),
        )


def import_catalogue(
    db: Database, path: Path, *, progress: Progress | None = None
) -> CatalogueSummary:
    summary = CatalogueSummary()
    with db.session() as session, session.begin():
        for item in imports.parse_catalogue(path, progress=progress):
            if isinstance(item, RowError):
                summary.errors.append(item)
                continue
            created, conflicts = catalogue_store.upsert_product(session, item)
            if created:
                summary.created += 1
            else:
                summary.updated += 1
            summary.errors.extend(
                RowError(
                    str(path),
                    c.line,
                    BARCODE_TAKEN(code=c.code, sku=c.sku, new=item.sku),
                )
                for c in conflicts
            )
    return summary
