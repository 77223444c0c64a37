"""Run every benchmark and print its figures: `python -m benchmarks` (or `make bench`)."""

from benchmarks import (
    escpos_raster,
    handover_manifest,
    label_raster,
    manifest_pdf,
    marketplace_api,
    open_by_number,
    queue_gui,
    queue_refresh,
    rakuten_import,
    scale_latency,
    scan_verdict,
    startup,
    stations_contend,
    waybill_pipeline,
)

for module in (
    startup,
    scan_verdict,
    rakuten_import,
    marketplace_api,
    open_by_number,
    queue_refresh,
    queue_gui,
    stations_contend,
    scale_latency,
    label_raster,
    escpos_raster,
    manifest_pdf,
    handover_manifest,
    waybill_pipeline,
):
    module.report()
    print()
