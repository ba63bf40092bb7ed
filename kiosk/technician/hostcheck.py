"""The doctor's look at KIOSK_ALLOWED_HOSTS and KIOSK_FRAME_HOSTS: the exact names must resolve; a domain
entry is named as one (it is not one host, so there is nothing to resolve). Qt-free."""

from __future__ import annotations

import concurrent.futures
from collections.abc import Callable
from dataclasses import dataclass

from kiosk.hosts import HostEntry, entries_of
from kiosk.settings import Settings, env_name

Resolver = Callable[[str, int], list[str]]  # (host, port) -> addresses; raises OSError or UnicodeError


@dataclass(frozen=True)
class HostsReport:
    ok: bool
    sentence: str


def check_hosts(settings: Settings, resolve: Resolver) -> HostsReport:
    allowed = entries_of(settings.allowed_hosts)
    frames = entries_of(settings.frame_hosts)
    exact = [e for e in (*allowed, *frames) if not e.domain]
    with concurrent.futures.ThreadPoolExecutor(max(1, min(8, len(exact)))) as pool:
        resolved = dict(zip(exact, pool.map(lambda e: _resolves(resolve, e), exact), strict=True))
    bad = [e for e, ok in resolved.items() if not ok]
    if bad:
        return HostsReport(False, f"{', '.join(str(e) for e in bad)} cannot be resolved; check the spelling in "
                                  f"{_settings_of(bad, frames)} and the PC's DNS")
    parts = [_describe(allowed, "")]
    if frames:
        parts.append(_describe(frames, "frame-only (inside the webshop's frames, https): "))
    return HostsReport(True, "; ".join(p for p in parts if p))


def _resolves(resolve: Resolver, entry: HostEntry) -> bool:
    try:
        return bool(resolve(entry.host, entry.port or 443))
    except (OSError, UnicodeError):
        return False


def _describe(entries: tuple[HostEntry, ...], prefix: str) -> str:
    names = [str(e) for e in entries if not e.domain]
    domains = [e for e in entries if e.domain]
    said = []
    if names:
        said.append(f"{', '.join(names)} {'resolves' if len(names) == 1 else 'resolve'}")
    for d in domains:
        said.append(f"{d} is a domain: {d.host} and every name under it"
                    + (f", on port {d.port}" if d.port is not None else ""))
    return prefix + "; ".join(said)


def _settings_of(bad: list[HostEntry], frames: tuple[HostEntry, ...]) -> str:
    names = {env_name("frame_hosts") if e in frames else env_name("allowed_hosts") for e in bad}
    return " and ".join(sorted(names))
