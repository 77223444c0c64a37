"""The marketplace API keys of each shop, kept in the OS keyring and nowhere else.

One keyring entry per marketplace and shop: service "packstation", user `rakuten:<shop>` or
`ozon:<shop>`, the keys as a small JSON object. Without a usable keyring (only keyring's
`fail` or `null` backend, or a chainer with nothing to chain) storing and reading raise
NoKeyring, which says how to get one: there is no fallback to a file.
"""

from __future__ import annotations

import json

import keyring
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null
from keyring.errors import KeyringError, PasswordDeleteError

from packstation.connectors.ozon_seller import OzonKeys
from packstation.connectors.rakuten_rms import RakutenKeys
from packstation.domain.messages import QT_TRANSLATE_NOOP, Message

SERVICE = "packstation"

NO_KEYRING = QT_TRANSLATE_NOOP(
    "Credentials",
    "No keyring is available to keep the marketplace keys. Install and start a Secret "
    "Service such as gnome-keyring (or KWallet, or KeePassXC with its Secret Service "
    "integration on) and log in again; on Windows the keys go to the Credential Manager. "
    "Packstation does not write the keys to a file.",
)
KEYRING_FAILED = QT_TRANSLATE_NOOP(
    "Credentials", "The keyring did not answer ({detail}); unlock it and try again"
)


class NoKeyring(Exception):
    """The keys cannot be stored or read; `message` says why and what to do."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.render())
        self.message = message


def usable(backend: KeyringBackend) -> bool:
    """False for the backends keyring falls back to when it has no real one."""
    if isinstance(backend, fail.Keyring | null.Keyring):
        return False
    if isinstance(backend, chainer.ChainerBackend):
        return bool(backend.backends)
    return True


class Credentials:
    """The shops' keys in the keyring (`backend` None: the one keyring chose for this OS)."""

    def __init__(self, backend: KeyringBackend | None = None) -> None:
        self._backend = backend

    def _keyring(self) -> KeyringBackend:
        backend = self._backend or keyring.get_keyring()
        if not usable(backend):
            raise NoKeyring(NO_KEYRING())
        return backend

    def _get(self, user: str) -> dict[str, object] | None:
        try:
            text = self._keyring().get_password(SERVICE, user)
        except KeyringError as error:
            raise NoKeyring(KEYRING_FAILED(detail=type(error).__name__)) from None
        try:
            value = json.loads(text) if text else None
        except ValueError:
            return None
        return value if isinstance(value, dict) else None

    def _set(self, user: str, value: dict[str, str]) -> None:
        try:
            self._keyring().set_password(SERVICE, user, json.dumps(value))
        except KeyringError as error:
            raise NoKeyring(KEYRING_FAILED(detail=type(error).__name__)) from None

    def _forget(self, user: str) -> None:
        try:
            self._keyring().delete_password(SERVICE, user)
        except PasswordDeleteError:
            return
        except KeyringError as error:
            raise NoKeyring(KEYRING_FAILED(detail=type(error).__name__)) from None

    def save_rakuten(self, shop: str, keys: RakutenKeys) -> None:
        self._set(
            f"rakuten:{shop}",
            {"serviceSecret": keys.service_secret, "licenseKey": keys.license_key},
        )

    def rakuten(self, shop: str) -> RakutenKeys | None:
        value = self._get(f"rakuten:{shop}")
        secret, key = (value or {}).get("serviceSecret"), (value or {}).get("licenseKey")
        if isinstance(secret, str) and isinstance(key, str) and secret and key:
            return RakutenKeys(secret, key)
        return None

    def save_ozon(self, shop: str, keys: OzonKeys) -> None:
        self._set(f"ozon:{shop}", {"clientId": keys.client_id, "apiKey": keys.api_key})

    def ozon(self, shop: str) -> OzonKeys | None:
        value = self._get(f"ozon:{shop}")
        client_id, key = (value or {}).get("clientId"), (value or {}).get("apiKey")
        if isinstance(client_id, str) and isinstance(key, str) and client_id and key:
            return OzonKeys(client_id, key)
        return None

    def save_smtp_password(self, host: str, username: str, password: str) -> None:
        self._set(f"smtp:{username}@{host}", {"password": password})

    def smtp_password(self, host: str, username: str) -> str | None:
        password = (self._get(f"smtp:{username}@{host}") or {}).get("password")
        return password if isinstance(password, str) and password else None

    def forget(self, marketplace: str, shop: str) -> None:
        """Remove a shop's keys of "rakuten" or "ozon" (nothing stored: nothing to do)."""
        self._forget(f"{marketplace}:{shop}")
