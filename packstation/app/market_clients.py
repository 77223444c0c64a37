"""A connected shop's API client, as its settings say: the shop's own address or the
marketplace's, and how long to wait for an answer."""

from __future__ import annotations

from packstation.app.device_settings import MarketplaceApi
from packstation.connectors import ozon_seller, rakuten_rms
from packstation.connectors.ozon_seller import OzonKeys, OzonSeller
from packstation.connectors.rakuten_rms import RakutenKeys, RakutenRms


def rakuten_client(keys: RakutenKeys, api: MarketplaceApi) -> RakutenRms:
    url = api.api_url or rakuten_rms.DEFAULT_BASE_URL
    return RakutenRms(keys, base_url=url, timeout=api.timeout_s)


def ozon_client(keys: OzonKeys, api: MarketplaceApi, timeout: float | None = None) -> OzonSeller:
    """`timeout`: a shorter wait than the settings' (a look-up the packer waits for)."""
    url = api.api_url or ozon_seller.DEFAULT_BASE_URL
    return OzonSeller(keys, base_url=url, timeout=api.timeout_s if timeout is None else timeout)
