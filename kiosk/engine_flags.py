"""Chromium command-line flags: what the environment may pass to the web engine, and what the kiosk adds.

``QTWEBENGINE_CHROMIUM_FLAGS`` is read by QtWebEngine when it starts. A technician (or malware)
could use it to open a debugging port or turn off the renderer sandbox; Chromium accepts a flag
with one dash or two and ``_`` for ``-`` nowhere, but ``--Flag`` and ``-flag`` both, so the
filter compares names without their dashes, in lower case.
"""

from __future__ import annotations

import logging
import os
from collections.abc import MutableMapping

log = logging.getLogger(__name__)

ENV = "QTWEBENGINE_CHROMIUM_FLAGS"

# Names (no dashes, lower case) dropped whatever their value; a trailing "*" matches any ending.
REFUSED = (
    "remote-debugging*",             # remote-debugging-port, -pipe, -address, -targets
    "remote-allow-origins",
    "auto-open-devtools*",
    "no-sandbox",                    # the renderer sandbox stays on in the product
    "disable-setuid-sandbox",
    "disable-seccomp-filter-sandbox",
    "no-zygote",
    "single-process",                # renderer (and its crashes) inside the kiosk process
    "in-process-gpu",
    "in-process-plugins",
    "disable-web-security",
    "allow-running-insecure-content",
    "ignore-certificate-errors*",    # certificates are never bypassed
    "ignore-urlfetcher-cert-requests",
    "unsafely-treat-insecure-origin-as-secure",
    "user-data-dir",
    "load-extension",
    "enable-pinch",                  # the kiosk turns pinch zoom off (below)
    "log-net-log",                   # a net log holds link-token URLs and cookies, outside the redaction
    "net-log-capture-mode",
    "enable-logging",                # Chromium's own log files, likewise
    "v",
    "vmodule",
    "renderer-cmd-prefix",           # run another program in front of the renderer
    "utility-cmd-prefix",
    "gpu-launcher",
    "ppapi-plugin-launcher",
)

# What the kiosk adds: touch pinch would change the page scale and stay for the next player.
ADDED = ("--disable-pinch",)


def flag_name(flag: str) -> str:
    """``--Remote-Debugging-Port=9222`` → ``remote-debugging-port``."""
    return flag.lstrip("-").split("=", 1)[0].strip().lower()


def is_refused(flag: str) -> bool:
    if not flag.startswith("-"):
        return False  # a bare value (Chromium ignores it)
    name = flag_name(flag)
    return any(name.startswith(rule[:-1]) if rule.endswith("*") else name == rule for rule in REFUSED)


def clean(flags: str) -> tuple[str, list[str]]:
    """The flags the kiosk keeps (with its own added) and the names it dropped."""
    kept, dropped = [], []
    for flag in flags.split():
        if is_refused(flag):
            dropped.append(flag_name(flag))
        else:
            kept.append(flag)
    names = {flag_name(f) for f in kept}
    kept += [f for f in ADDED if flag_name(f) not in names]
    return " ".join(kept), dropped


def apply(environ: MutableMapping[str, str] = os.environ) -> list[str]:
    """Rewrite ``QTWEBENGINE_CHROMIUM_FLAGS`` before the web engine starts; returns the dropped names."""
    if environ.pop("QTWEBENGINE_REMOTE_DEBUGGING", None):
        log.warning("QTWEBENGINE_REMOTE_DEBUGGING was set; ignored (the kiosk never opens a debugging port)")
    kept, dropped = clean(environ.get(ENV, ""))
    if dropped:
        log.warning("%s: removed %s (remote debugging, a renderer sandbox turned off, single-process and "
                    "certificate bypasses are not allowed in the kiosk)", ENV, ", ".join(sorted(set(dropped))))
    environ[ENV] = kept
    return dropped
