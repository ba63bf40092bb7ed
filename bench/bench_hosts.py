"""The allowed-hosts rule (kiosk/hosts.py): what it costs at start and on every navigation. Never asserted.

Prints, in a fresh process each (the public suffix list is loaded once, on first use): the import of
the rule, settings validation with and without a domain entry (a domain entry loads the public suffix
list to refuse "*.co.uk"), and per URL the verdict of the navigation policy and the "did you mean"
hint of a refused host.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time

FRESH = """
import time
t = time.perf_counter()
import kiosk.hosts
imported = time.perf_counter() - t
from kiosk.settings import explicit_settings
t = time.perf_counter()
explicit_settings(allowed_hosts={entries!r})
print(imported * 1000, (time.perf_counter() - t) * 1000)
"""


def fresh(entries: list[str], runs: int = 7) -> tuple[float, float]:
    rows = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", FRESH.format(entries=entries)], capture_output=True, text=True,
                             check=True).stdout.split()
        rows.append((float(out[0]), float(out[1])))
    return statistics.median(r[0] for r in rows), statistics.median(r[1] for r in rows)


def per_call(fn, arg: str, n: int = 20000) -> float:
    fn(arg)  # warm (the public suffix list, for a hint)
    t = time.perf_counter()
    for _ in range(n):
        fn(arg)
    return (time.perf_counter() - t) / n * 1e6


def main() -> None:
    from kiosk.autologin.navigation import NavigationPolicy
    from kiosk.settings import explicit_settings

    imported, exact = fresh(["webshop.betgames.tv"])
    _, domain = fresh(["*.betgames.tv", "api.betgames.tv:8443"])
    print(f"import kiosk.hosts: {imported:.1f} ms (median of 7 fresh processes; idna loads only for a non-ASCII name)")
    print(f"settings with an exact host: {exact:.1f} ms; with a domain entry (loads the public suffix list): {domain:.1f} ms")
    policy = NavigationPolicy(explicit_settings(allowed_hosts=["*.betgames.tv", "webshop.example:8443"],
                                                frame_hosts=["pay.example.com"]))
    print(f"judge(), allowed page: {per_call(policy.judge, 'https://webshop.betgames.tv/webshop/games?id=7'):.1f} µs")
    print(f"judge(), foreign page: {per_call(policy.judge, 'https://evil.example/x'):.1f} µs")
    print(f"judge_frame(), frame-only host: {per_call(policy.judge_frame, 'https://pay.example.com/form'):.1f} µs")
    near = NavigationPolicy(explicit_settings(allowed_hosts=["webshop.betgames.tv"]))
    print(f"hint() for a near miss (did you mean): {per_call(near.hint, 'https://live.betgames.tv/', 2000):.1f} µs")


if __name__ == "__main__":
    main()
