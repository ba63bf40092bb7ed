"""A size budget for what web pages keep on disk (Qt-free; runs before the web profile exists).

Only the HTTP cache has a cap in Chromium (``setHttpCacheMaximumSize``). IndexedDB, Cache
Storage, service worker scripts, Local Storage and file-system data grow as the webshop (or any
script it embeds) pleases, for months, until the disk is full. Qt has no API to clear them, so
at every start, before the profile is created, the kiosk measures the profile's storage dir and,
when it is over ``KIOSK_WEB_STORAGE_LIMIT_MB``, deletes those site-data folders. Cookies (the
webshop session), preferences and the HTTP cache (capped on its own) are kept. The webshop
loses nothing it needs: the kiosk logs in with a fresh autologin link on every start anyway.
"""

from __future__ import annotations

import logging
import os
import shutil
from pathlib import Path

log = logging.getLogger(__name__)

# Chromium's per-profile site data, as QtWebEngine lays it out under the persistent storage path.
SITE_DATA = ("IndexedDB", "Service Worker", "WebStorage", "Local Storage", "Session Storage", "blob_storage",
             "File System", "Shared Dictionary", "GPUCache", "DawnGraphiteCache", "DawnWebGPUCache")


def storage_dir(data_dir: Path) -> Path:
    """Where :func:`kiosk.ui.page.make_profile` puts the profile's persistent storage."""
    return data_dir / "web" / "storage"


def tree_size(path: Path) -> int:
    total = 0
    for root, _dirs, files in os.walk(path, onerror=lambda _e: None):
        for name in files:
            try:
                total += os.lstat(os.path.join(root, name)).st_size
            except OSError:
                pass
    return total


def trim_web_storage(path: Path, limit_bytes: int) -> tuple[int, int] | None:
    """Delete the site data under ``path`` if it holds more than ``limit_bytes``.

    Returns ``(bytes before, bytes after)`` when it trimmed, None when under the budget (or off:
    ``limit_bytes`` 0). Never raises: a folder that cannot be deleted is logged and left."""
    if limit_bytes <= 0 or not path.is_dir():
        return None
    before = tree_size(path)
    if before <= limit_bytes:
        return None
    for name in SITE_DATA:
        target = path / name
        if target.exists():
            try:
                shutil.rmtree(target)
            except OSError as e:
                log.warning("web storage: cannot delete %s (%s)", target, e.strerror or e.__class__.__name__)
    after = tree_size(path)
    log.warning("web storage held %.0f MB, over the %.0f MB budget (KIOSK_WEB_STORAGE_LIMIT_MB): site data "
                "(IndexedDB, Cache Storage, service workers, local storage) cleared, %.0f MB left",
                before / 1e6, limit_bytes / 1e6, after / 1e6)
    return before, after
