"""The web storage budget with the real profile: a page's IndexedDB and Cache Storage over the
budget are gone at the next start, its cookies are not."""

from __future__ import annotations

from kiosk.autologin.session import State
from kiosk.terminal import KioskController
from kiosk.webstorage import storage_dir, tree_size
from tests.helpers import sandbox_settings
from tests.helpers.fixtures import WAIT, run_js, wait_state

# About 3 MB of data that does not compress (Chromium compresses IndexedDB values).
_FILL = """
(async () => {
  function noise(n) {
    const a = new Uint8Array(n);
    for (let i = 0; i < n; i += 65536) crypto.getRandomValues(a.subarray(i, i + 65536));
    return a;
  }
  document.cookie = "kept=yes; max-age=3600; path=/";
  const db = await new Promise((res, rej) => { const r = indexedDB.open('bloat', 1);
    r.onupgradeneeded = () => r.result.createObjectStore('s'); r.onsuccess = () => res(r.result); r.onerror = rej; });
  await new Promise((res, rej) => { const tx = db.transaction('s', 'readwrite');
    tx.objectStore('s').put(noise(1500000), 'big'); tx.oncomplete = res; tx.onerror = rej; });
  db.close();
  const c = await caches.open('bloat'); await c.put('/bloat', new Response(noise(1500000)));
  window.__filled = 'ok';
})().catch(e => { window.__filled = 'error ' + e; });
1
"""

_READ = """
(async () => {
  const names = (await indexedDB.databases()).map(d => d.name);
  const cached = await caches.has('bloat');
  window.__seen = JSON.stringify({idb: names.includes('bloat'), cache: cached, cookie: document.cookie});
})();
1
"""


def start(qtbot, sb, data_dir, **over):
    c = KioskController(sandbox_settings(sb, data_dir, **over))
    c.start()
    c.show()
    wait_state(qtbot, c, State.READY)
    return c


def js_value(qtbot, c, expr: str):
    seen = []
    qtbot.waitUntil(lambda: bool(seen.append(run_js(qtbot, c, expr)) or seen[-1]), timeout=WAIT)
    return seen[-1]


def test_site_data_over_the_budget_is_cleared_at_the_next_start(qtbot, sb, tmp_path):
    import json

    data_dir = tmp_path / "data"
    c = start(qtbot, sb, data_dir, web_storage_limit_mb=1)
    try:
        run_js(qtbot, c, _FILL)
        assert js_value(qtbot, c, "window.__filled") == "ok"
    finally:
        c.shutdown()
    assert tree_size(storage_dir(data_dir)) > 2 * 1024 * 1024
    assert (storage_dir(data_dir) / "IndexedDB").exists()

    again = start(qtbot, sb, data_dir, web_storage_limit_mb=1)
    try:
        run_js(qtbot, again, _READ)
        seen = json.loads(js_value(qtbot, again, "window.__seen"))
        assert seen["idb"] is False and seen["cache"] is False
        assert "kept=yes" in seen["cookie"]
    finally:
        again.shutdown()


def test_under_the_budget_site_data_stays(qtbot, sb, tmp_path):
    import json

    data_dir = tmp_path / "data"
    c = start(qtbot, sb, data_dir)  # the default budget, 256 MB
    try:
        run_js(qtbot, c, _FILL)
        assert js_value(qtbot, c, "window.__filled") == "ok"
    finally:
        c.shutdown()
    again = start(qtbot, sb, data_dir)
    try:
        run_js(qtbot, again, _READ)
        seen = json.loads(js_value(qtbot, again, "window.__seen"))
        assert seen["idb"] is True and seen["cache"] is True
    finally:
        again.shutdown()
