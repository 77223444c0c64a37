"""The paper that leaves the bench: packing slips, waybills, handover manifests (reportlab)."""
