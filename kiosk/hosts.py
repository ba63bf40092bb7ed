"""Which hosts the view may show: the entries of ``KIOSK_ALLOWED_HOSTS`` and ``KIOSK_FRAME_HOSTS``,
parsed once into :class:`HostEntry` values, and the one rule that matches a URL against them (Qt-free).

An entry is a host name or address, or a whole domain written ``*.betgames.tv`` (the domain itself
and every name under it), with an optional port. Without a port it means the default port of the
URL's scheme (443 for https, 80 for plain http); any other port is another service, so a foreign
host. Names are compared as IDNA 2008 A-labels (UTS #46, non-transitional: what Chromium resolves),
in lower case and without a trailing dot.

IDNA: the ``idna`` package, not Python's ``encodings.idna`` codec. The codec implements IDNA 2003,
which maps ``faß.de`` to ``fass.de``; browsers today resolve ``xn--fa-hia.de``, another registered
domain. The rule must name the host the browser actually visits.

Public suffixes (``*.com``, ``*.co.uk``, ``*.github.io``): refused with the list kept by
``publicsuffixlist`` (ICANN and private sections, bundled with the package, never fetched at run
time), loaded on first use.
"""

from __future__ import annotations

import functools
import ipaddress
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from kiosk.words import Words

if TYPE_CHECKING:
    from publicsuffixlist import PublicSuffixList


class HostWords(Words):
    """Allowed-host entries that cannot be used, and why a refused address was close to one."""


DOMAIN_PREFIX = "*."
DEFAULT_PORTS = {"https": 443, "http": 80}
_LABEL_RE = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?")


class HostEntryError(ValueError):
    """An entry that cannot be used; ``str()`` is a sentence naming it and saying how to write it."""


@dataclass(frozen=True)
class Address:
    """Where a URL goes: its host (normalised like an entry's) and its port, with the scheme's default."""

    host: str
    port: int
    default_port: int

    def __str__(self) -> str:
        shown = f"[{self.host}]" if ":" in self.host else self.host
        return shown if self.port == self.default_port else f"{shown}:{self.port}"


@dataclass(frozen=True)
class HostEntry:
    host: str              # A-labels in lower case, no trailing dot; an IPv6 address without brackets
    port: int | None = None  # None: the default port of the URL's scheme
    domain: bool = False   # written "*.host": the host and every name under it

    def __str__(self) -> str:
        shown = f"[{self.host}]" if ":" in self.host else self.host
        text = DOMAIN_PREFIX + shown if self.domain else shown
        return text if self.port is None else f"{text}:{self.port}"

    def covers_host(self, host: str) -> bool:
        return host == self.host or (self.domain and host.endswith("." + self.host))

    def covers_port(self, address: Address) -> bool:
        return address.port == (address.default_port if self.port is None else self.port)

    def matches(self, address: Address) -> bool:
        return self.covers_host(address.host) and self.covers_port(address)


# ---- names ----------------------------------------------------------------------------------------
def _ip(text: str) -> str | None:
    try:
        return str(ipaddress.ip_address(text))
    except ValueError:
        return None


def normalise_host(name: str) -> str | None:
    """A host name as the rule compares it (IDNA A-labels, lower case, no trailing dot), an IP address in
    its canonical form; None when it is neither."""
    name = name.strip().removeprefix("[").removesuffix("]")
    if name.endswith(".") and not name.endswith(".."):
        name = name[:-1]
    if not name:
        return None
    ip = _ip(name)
    if ip is not None:
        return ip
    # Plain ASCII: UTS #46 only lowers its case, and the label check below does the rest.
    ascii_name = name.lower() if name.isascii() and "xn--" not in name.lower() else _idna_encode(name)
    if ascii_name is None:
        return None
    if len(ascii_name) > 253 or not all(_LABEL_RE.fullmatch(label) for label in ascii_name.split(".")):
        return None
    return ascii_name


def _idna_encode(name: str) -> str | None:
    import idna  # its mapping tables load only for a name that needs them (start-up time)

    try:
        return str(idna.encode(name, uts46=True, transitional=False).decode("ascii"))
    except (idna.IDNAError, UnicodeError, ValueError):
        return None


def is_loopback(host: str) -> bool:
    """``localhost`` and the names under it (Chromium resolves them to this machine itself, RFC 6761), or a
    loopback address (127.0.0.0/8, ::1); never a name like ``127.example.com``."""
    host = host.lower().removeprefix("[").removesuffix("]").removesuffix(".")
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@functools.cache
def _suffixes() -> PublicSuffixList:
    from publicsuffixlist import PublicSuffixList

    return PublicSuffixList()  # the list bundled with the package: no download, ever


def is_public_suffix(domain: str) -> bool:
    """``com``, ``co.uk``, ``github.io``: a name under which anyone can register their own."""
    return bool(_suffixes().is_public(domain))


def registrable_domain(host: str) -> str | None:
    """``betgames.tv`` for ``webshop.betgames.tv``; None for an address or a public suffix."""
    if _ip(host) is not None:
        return None
    found = _suffixes().privatesuffix(host)
    return str(found) if found else None


# ---- entries --------------------------------------------------------------------------------------
def _split_port(text: str) -> tuple[str, str | None]:
    """('host', 'port' or None); an IPv6 address is bracketed when it has a port."""
    if text.startswith("["):
        host, sep, rest = text[1:].partition("]")
        if not sep:
            raise HostEntryError(HostWords.tr("%1 has no closing ']'").arg(repr(text)))
        if rest and not rest.startswith(":"):
            raise HostEntryError(HostWords.tr("%1 has something after ']' that is not a port").arg(repr(text)))
        return host, rest[1:] if rest else None
    if text.count(":") > 1:
        return text, None  # a bare IPv6 address
    host, sep, port = text.partition(":")
    return host, port if sep else None


def _port(text: str | None, entry: str) -> int | None:
    if text is None:
        return None
    if not text.isdigit() or not 0 < int(text) < 65536:
        raise HostEntryError(HostWords.tr("%1 has port %2, which is not a port number (1-65535)").arg(repr(entry),
                                                                                                       repr(text)))
    return int(text)


def _check_spelling(text: str) -> None:
    """Refuse the other ways people write a domain or a URL, saying how to write it here."""
    if "://" in text or "/" in text or "?" in text or "#" in text:
        raise HostEntryError(HostWords.tr("%1 is not a host name: write the host alone, without scheme or path (e.g. "
                                          "'webshop.betgames.tv' or '*.betgames.tv')").arg(repr(text)))
    if text == "*" or text.startswith("*:"):
        raise HostEntryError(HostWords.tr("%1 would allow every host on the internet; list the webshop's own hosts or "
                                          "domains (e.g. '*.betgames.tv')").arg(repr(text)))
    if text.startswith(".") and not text.startswith(".."):
        raise HostEntryError(HostWords.tr("%1: write a whole domain as '%2' (a leading dot alone is not used "
                                          "here)").arg(repr(text), f"*{text}"))
    if "*" in text.removeprefix(DOMAIN_PREFIX):
        raise HostEntryError(HostWords.tr("%1: a '*' may only stand as the first label, as in '*.betgames.tv' (the "
                                          "domain and every name under it)").arg(repr(text)))


def parse_entry(text: str) -> HostEntry:
    """One entry, as written by a technician; raises HostEntryError with a sentence."""
    text = text.strip()
    if not text:
        raise HostEntryError(HostWords.tr("an entry is empty"))
    _check_spelling(text)
    domain = text.startswith(DOMAIN_PREFIX)
    raw_host, raw_port = _split_port(text.removeprefix(DOMAIN_PREFIX))
    port = _port(raw_port, text)
    host = normalise_host(raw_host)
    if host is None:
        raise HostEntryError(HostWords.tr("%1 is not a host name or address (letters, digits, '-' and '.'; no scheme, "
                                          "path or spaces)").arg(repr(text)))
    if domain:
        if _ip(host) is not None:
            raise HostEntryError(HostWords.tr("%1: an IP address has no names under it; write it without "
                                              "'*.'").arg(repr(text)))
        if is_public_suffix(host):
            raise HostEntryError(HostWords.tr("%1 names a public suffix (%2), under which anyone can register a name; "
                                              "write the webshop's own domain, e.g. '%3'").arg(
                repr(text), host, f"*.example.{host}"))
    return HostEntry(host, port, domain)


def parse_entries(texts: Iterable[str]) -> tuple[list[HostEntry], list[str]]:
    """The entries that parse (duplicates once), and a sentence for each one that does not."""
    entries: list[HostEntry] = []
    problems: list[str] = []
    for text in texts:
        try:
            entry = parse_entry(text)
        except HostEntryError as e:
            problems.append(e.args[0])  # the sentence, translatable where a screen shows it
            continue
        if entry not in entries:
            entries.append(entry)
    return entries, problems


def entries_of(texts: Iterable[str]) -> tuple[HostEntry, ...]:
    """Entries of settings that were validated already (a bad one is left out)."""
    return tuple(parse_entries(texts)[0])


# ---- URLs -----------------------------------------------------------------------------------------
def address_of(url: str) -> Address | None:
    """The address an http(s) URL goes to; None for another scheme or a URL without a usable host."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:  # a port out of range, a bad IPv6 literal
        return None
    default = DEFAULT_PORTS.get(parts.scheme.lower())
    if default is None or not parts.hostname:
        return None
    host = normalise_host(parts.hostname)
    if host is None:
        return None
    return Address(host, default if port is None else port, default)


def first_match(entries: Sequence[HostEntry], address: Address) -> HostEntry | None:
    return next((e for e in entries if e.matches(address)), None)


def near_miss(address: Address, allowed: Sequence[HostEntry], frames: Sequence[HostEntry] = (),
              *, main_frame: bool = True) -> str | None:
    """Why a refused address was close to an entry, with the entry that would have allowed it; None when
    nothing was close. Never suggests another port: a service on another port is another service."""
    if main_frame:
        frame_entry = first_match(frames, address)
        if frame_entry is not None:
            return HostWords.tr("%1 is a frame-only host (KIOSK_FRAME_HOSTS entry '%2'): it may load only inside the "
                                "webshop's frames, never as the page").arg(str(address), str(frame_entry))
    entries = [*allowed, *(() if main_frame else frames)]
    same_host = [e for e in entries if e.covers_host(address.host)]
    if same_host:
        ports = sorted({e.port or 0 for e in same_host})
        if ports == [0]:
            return HostWords.tr("%1 is allowed on the default port only, not on port %2").arg(address.host, address.port)
        listed = ", ".join(str(p) for p in ports if p)
        if 0 in ports:
            return HostWords.tr("%1 is allowed on the default port and port %2 only, not on port %3").arg(
                address.host, listed, address.port)
        return HostWords.tr("%1 is allowed on port %2 only, not on port %3").arg(address.host, listed, address.port)
    return _did_you_mean(address, entries)


def _did_you_mean(address: Address, entries: Sequence[HostEntry]) -> str | None:
    host = address.host
    for e in entries:
        if e.domain or not e.covers_port(address) or _ip(e.host) is not None:
            continue
        if host.endswith("." + e.host):
            wanted = HostEntry(e.host, e.port, domain=True)
        else:
            common = registrable_domain(host)
            if common is None or common != registrable_domain(e.host):
                continue
            wanted = HostEntry(common, e.port, domain=True)
        return HostWords.tr("%1 is not listed, but '%2' is: did you mean '%3'?").arg(str(address), str(e), str(wanted))
    return None
