"""A team server's password, never in plain text: kept in the OS keyring (the ``keyring``
package: Keychain, Windows Credential Locker, Secret Service, KWallet), or left to PostgreSQL's
own password file (~/.pgpass) or service file (pg_service.conf), which libpq reads by itself.

The laptop file remembers the server's address without its password; the keyring entry is
found by that address (service "unccd-desktop", user name the address).
"""

from __future__ import annotations

from contextlib import suppress

import sqlalchemy as sa

from ... import messages as msg
from ...errors import Text
from ...storage.database import to_url

SERVICE = "unccd-desktop"


def split_password(url: str) -> tuple[str, str | None]:
    """The address without its password, and the password (None when it has none)."""
    if "://" not in url:
        return url, None  # a file path
    parsed = to_url(url)
    address = sa.URL.create(
        parsed.drivername,
        username=parsed.username,
        host=parsed.host,
        port=parsed.port,
        database=parsed.database,
        query=parsed.query,
    )
    return address.render_as_string(hide_password=False), parsed.password


def remember_password(url_without_password: str, password: str) -> str | None:
    """Keep the password in the OS keyring. None when kept; otherwise the sentence telling
    the officer to use a PostgreSQL password or service file instead (nothing is stored)."""
    import keyring
    from keyring.backends import fail, null
    from keyring.errors import KeyringError

    address = split_password(url_without_password)[0]
    if isinstance(keyring.get_keyring(), fail.Keyring | null.Keyring):
        return Text(msg.SYNC_NO_KEYRING, address)
    try:
        keyring.set_password(SERVICE, address, password)
        kept = keyring.get_password(SERVICE, address)
    except (KeyringError, OSError, RuntimeError) as exc:
        return Text(msg.SYNC_KEYRING_FAILED, address, str(exc) or type(exc).__name__)
    if kept != password:
        return Text(msg.SYNC_NO_KEYRING, address)
    return None


def forget_password(url_without_password: str) -> None:
    """Remove the address's password from the OS keyring, if one is kept there."""
    import keyring
    from keyring.errors import KeyringError

    with suppress(KeyringError, OSError, RuntimeError):  # none kept, or no keyring
        keyring.delete_password(SERVICE, split_password(url_without_password)[0])


def url_for_connection(url_without_password: str) -> str:
    """The address with the password kept in the keyring, if any; otherwise as given, so that
    libpq's password and service files apply."""
    address, password = split_password(url_without_password)
    if password is not None or "://" not in address:  # a password given, or a file path
        return url_without_password
    import keyring
    from keyring.errors import KeyringError

    try:
        kept = keyring.get_password(SERVICE, address)
    except (KeyringError, OSError, RuntimeError):
        kept = None
    if kept is None:
        return url_without_password
    return to_url(address).set(password=kept).render_as_string(hide_password=False)
