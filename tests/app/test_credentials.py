"""Marketplace keys in the OS keyring, and a clear refusal when there is none."""

from __future__ import annotations

import json

import keyring.backend
import pytest
from keyring.backends import chainer, fail, null

from packstation.app.credentials import SERVICE, Credentials, NoKeyring, OzonKeys
from packstation.connectors.rakuten_rms import RakutenKeys


def test_rakuten_keys_are_kept_per_shop_in_the_keyring(memory_keyring):
    credentials = Credentials()
    credentials.save_rakuten("tea-shop", RakutenKeys("SP-secret", "SL-license"))
    credentials.save_rakuten("cup-shop", RakutenKeys("SP-other", "SL-other"))
    assert credentials.rakuten("tea-shop") == RakutenKeys("SP-secret", "SL-license")
    assert credentials.rakuten("cup-shop") == RakutenKeys("SP-other", "SL-other")
    assert credentials.rakuten("no-shop") is None
    assert json.loads(memory_keyring.entries[(SERVICE, "rakuten:tea-shop")]) == {
        "serviceSecret": "SP-secret",
        "licenseKey": "SL-license",
    }


def test_ozon_keys_live_beside_the_rakuten_ones(memory_keyring):
    credentials = Credentials()
    credentials.save_ozon("tea-shop", OzonKeys("123456", "api-key-uuid"))
    credentials.save_rakuten("tea-shop", RakutenKeys("SP", "SL"))
    assert credentials.ozon("tea-shop") == OzonKeys("123456", "api-key-uuid")
    credentials.forget("ozon", "tea-shop")
    credentials.forget("ozon", "tea-shop")
    assert credentials.ozon("tea-shop") is None
    assert credentials.rakuten("tea-shop") == RakutenKeys("SP", "SL")


def test_a_damaged_entry_reads_as_no_keys(memory_keyring):
    memory_keyring.entries[(SERVICE, "rakuten:tea-shop")] = "not json"
    assert Credentials().rakuten("tea-shop") is None


def test_keys_never_show_in_a_repr():
    shown = repr(RakutenKeys("SP-secret", "SL-license")) + repr(OzonKeys("123456", "api-uuid"))
    assert not any(s in shown for s in ("SP-secret", "SL-license", "123456", "api-uuid"))


@pytest.mark.parametrize("backend", [fail.Keyring(), null.Keyring()], ids=["fail", "null"])
def test_without_a_usable_keyring_nothing_is_stored_and_the_error_says_what_to_do(backend):
    credentials = Credentials(backend)
    with pytest.raises(NoKeyring) as caught:
        credentials.save_rakuten("tea-shop", RakutenKeys("SP", "SL"))
    assert "gnome-keyring" in str(caught.value) and "Credential Manager" in str(caught.value)
    with pytest.raises(NoKeyring):
        credentials.rakuten("tea-shop")


def test_a_chainer_with_nothing_to_chain_is_no_keyring(monkeypatch):
    monkeypatch.setattr(keyring.backend, "get_all_keyring", lambda: [])
    with pytest.raises(NoKeyring):
        Credentials(chainer.ChainerBackend()).rakuten("tea-shop")
