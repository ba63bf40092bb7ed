"""The doctor's look at KIOSK_ALLOWED_HOSTS and KIOSK_FRAME_HOSTS: the exact names must resolve; a domain
entry is named as one (it is not one host, so there is nothing to resolve). Qt-free."""

from __future__ import annotations

import concurrent.futures
from collections.abc import Callable
from dataclasses import dataclass

from kiosk.hosts import HostEntry, HostWords, entries_of
from kiosk.settings import Settings, env_name
from kiosk.words import joined

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
        return HostsReport(False, HostWords.tr("%1 cannot be resolved; check the spelling in %2 and the PC's DNS").arg(
            ", ".join(str(e) for e in bad), _settings_of(bad, frames)))
    parts = [_describe(allowed)]
    if frames:
        parts.append(HostWords.tr("frame-only (inside the webshop's frames, https): %1").arg(_describe(frames)))
    return HostsReport(True, joined([p for p in parts if p], "; "))


def _resolves(resolve: Resolver, entry: HostEntry) -> bool:
    try:
        return bool(resolve(entry.host, entry.port or 443))
    except (OSError, UnicodeError):
        return False


def _describe(entries: tuple[HostEntry, ...]) -> str:
    names = [str(e) for e in entries if not e.domain]
    domains = [e for e in entries if e.domain]
    said: list[str] = []
    if names:
        said.append((HostWords.tr("%1 resolves") if len(names) == 1 else HostWords.tr("%1 resolve")).arg(", ".join(names)))
    for d in domains:
        if d.port is None:
            said.append(HostWords.tr("%1 is a domain: %2 and every name under it").arg(str(d), d.host))
        else:
            said.append(HostWords.tr("%1 is a domain: %2 and every name under it, on port %3").arg(str(d), d.host, d.port))
    return joined(said, "; ")


def _settings_of(bad: list[HostEntry], frames: tuple[HostEntry, ...]) -> str:
    names = {env_name("frame_hosts") if e in frames else env_name("allowed_hosts") for e in bad}
    return ", ".join(sorted(names))
