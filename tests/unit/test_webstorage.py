"""The web storage budget (Qt-free part): what is cleared, what is kept."""

from __future__ import annotations

from kiosk.webstorage import SITE_DATA, tree_size, trim_web_storage

MB = 1024 * 1024


def profile_like(root, site_bytes: int):
    """A storage dir laid out as QtWebEngine's, with ``site_bytes`` of IndexedDB data (a sparse file)."""
    (root / "IndexedDB" / "https_webshop.example_0.indexeddb.leveldb").mkdir(parents=True)
    with open(root / "IndexedDB" / "https_webshop.example_0.indexeddb.leveldb" / "000003.log", "wb") as f:
        f.truncate(site_bytes)
    (root / "Service Worker" / "CacheStorage").mkdir(parents=True)
    (root / "Service Worker" / "CacheStorage" / "index").write_bytes(b"x" * 1000)
    (root / "Local Storage" / "leveldb").mkdir(parents=True)
    (root / "Cookies").write_bytes(b"session cookie" * 100)
    (root / "user_prefs.json").write_text("{}", encoding="utf-8")
    return root


def test_over_the_budget_the_site_data_goes_and_cookies_stay(tmp_path):
    root = profile_like(tmp_path / "storage", 300 * MB)
    before, after = trim_web_storage(root, 256 * MB)
    assert before > 300 * MB and after < MB
    assert not any((root / name).exists() for name in SITE_DATA)
    assert (root / "Cookies").read_bytes().startswith(b"session cookie") and (root / "user_prefs.json").exists()


def test_under_the_budget_nothing_is_touched(tmp_path):
    root = profile_like(tmp_path / "storage", 10 * MB)
    size = tree_size(root)
    assert trim_web_storage(root, 256 * MB) is None
    assert tree_size(root) == size and (root / "IndexedDB").exists()


def test_zero_means_no_limit_and_a_missing_dir_is_fine(tmp_path):
    root = profile_like(tmp_path / "storage", 300 * MB)
    assert trim_web_storage(root, 0) is None and (root / "IndexedDB").exists()
    assert trim_web_storage(tmp_path / "nothing-yet", MB) is None
