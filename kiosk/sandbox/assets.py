"""The "heavy webshop": a webshop page that weighs what a real one does, for tests and benchmarks.

A few MB in 60 subresources (render-blocking stylesheets, deferred script bundles that must run
before DOMContentLoaded, many images), and optionally one image whose host "the shop's firewall
drops": the sandbox holds that request open without answering, so the page's load event never
fires while the page is fully usable.
"""

from __future__ import annotations

import functools
import random
import struct
import zlib
from dataclasses import dataclass
from string import Template

from .. import assets as resources

PREFIX = "/sandbox/assets/"
STALLED = PREFIX + "stalled.png"  # never answered: the request is held open until the sandbox stops


@dataclass(frozen=True)
class HeavyPage:
    stylesheets: int = 8       # 40 KB each, in <head>
    scripts: int = 4           # 150 KB each, deferred (run before DOMContentLoaded)
    images: int = 48           # 50 KB each
    stalled: bool = True       # plus one image that never answers

    @property
    def subresources(self) -> int:
        return self.stylesheets + self.scripts + self.images + int(self.stalled)

    @property
    def total_bytes(self) -> int:
        return sum(len(body(name)[0]) for name in self.names())

    def names(self) -> list[str]:
        return ([f"style-{i}.css" for i in range(self.stylesheets)] + [f"bundle-{i}.js" for i in range(self.scripts)]
                + [f"image-{i}.png" for i in range(self.images)])

    def inject(self, page: str) -> str:
        """The webshop page with this weight added (asset references from resources/sandbox/heavy-*.html)."""
        link, script, img = (Template(resources.text(f"sandbox/heavy-{k}.html")).substitute
                             for k in ("link", "script", "img"))
        head = "".join(link(href=PREFIX + f"style-{i}.css") for i in range(self.stylesheets))
        head += "".join(script(src=PREFIX + f"bundle-{i}.js") for i in range(self.scripts))
        imgs = [img(src=PREFIX + f"image-{i}.png", n=i) for i in range(self.images)]
        if self.stalled:
            imgs.insert(len(imgs) // 2, img(src=STALLED, n="stalled"))
        gallery = Template(resources.text("sandbox/heavy-gallery.html")).substitute(images="".join(imgs))
        return page.replace("</head>", head + "</head>", 1).replace("</main>", gallery + "</main>", 1)


_SIZES = {"css": 40_000, "js": 150_000, "png": 50_000}
_TYPES = {"css": "text/css; charset=utf-8", "js": "text/javascript; charset=utf-8", "png": "image/png"}


def body(name: str) -> tuple[bytes, str]:
    """The bytes and content type of an asset; KeyError for a name the heavy page does not use."""
    stem, _, ext = name.rpartition(".")
    kind, _, number = stem.rpartition("-")
    if ext not in _SIZES or not number.isdigit() or kind not in ("style", "bundle", "image"):
        raise KeyError(name)
    return _make(ext, int(number)), _TYPES[ext]


def _padding(n: int, seed: int) -> str:
    rng = random.Random(seed)  # deterministic, and not compressible to nothing
    return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


@functools.cache
def _make(ext: str, n: int) -> bytes:
    size = _SIZES[ext]
    if ext == "css":
        rule = f".heavy-{n} {{ border-radius: {n % 9}px; }}\n/* "
        return (rule + _padding(size - len(rule) - 3, n) + " */").encode()
    if ext == "js":
        code = f"window.__heavyBundles = (window.__heavyBundles || 0) + 1; /* {n} "
        return (code + _padding(size - len(code) - 3, 1000 + n) + " */").encode()
    return _png(n, size)


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def _png(n: int, size: int) -> bytes:
    """A valid 8×8 PNG in one colour, padded to ``size`` with a private ancillary chunk."""
    colour = bytes(((n * 53) % 256, (n * 101) % 256, (n * 197) % 256))
    raw = b"".join(b"\x00" + colour * 8 for _ in range(8))
    head = b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", struct.pack(">IIBBBBB", 8, 8, 8, 2, 0, 0, 0))
    data = _chunk(b"IDAT", zlib.compress(raw)) + _chunk(b"IEND", b"")
    pad = max(0, size - len(head) - len(data) - 12)
    return head + _chunk(b"kiPd", _padding(pad, 2000 + n).encode()) + data
