"""Does a language slow the start? `kiosk run` with and without KIOSK_LANGUAGE, same sandbox, runs interleaved:
start → first autologin request (as the sandbox receives it) and start → ready; and, in this process, what
installing a language and saying the first translated text cost.

Prints a table; never fails on timing. Run: ./dev.sh bench  (or .venv/bin/python bench/bench_language.py)
"""

from __future__ import annotations

import os
import statistics
import time

from benchlib import Launched, offscreen_env

from kiosk.sandbox import Sandbox

RUNS = int(os.environ.get("BENCH_RUNS", "7"))
LANGUAGES = ["", "en", "lt", "pl"]  # "": unset (the system's C locale); "en" set: the noise between two Englishes


def run_once(sb: Sandbox, language: str) -> tuple[float, float]:
    before = sb.counters["auth_requests"]
    settings = {"language": language} if language else {}
    run = Launched("kiosk", sb, prefix="bench-lang-", **settings)
    try:
        while sb.counters["auth_requests"] == before:  # the sandbox has the first request
            if time.monotonic() - run.started > 60:
                raise RuntimeError("no autologin request within 60 s")
            time.sleep(0.0005)
        first = time.monotonic() - run.started
        ready = run.marks.get(timeout=60) - run.started
    finally:
        run.stop()
    return first, ready


def in_process() -> dict[str, float]:
    """Microseconds: install() (Qt's default locale, Qt's own .qm) and the first and a later translated text."""
    offscreen_env()
    from kiosk.ui.app import make_application

    make_application()
    from kiosk.clock import say_duration
    from kiosk.ui.language import install
    from kiosk.ui.screens import ScreenWords

    sentence = ScreenWords.tr("Trying again in %1").arg(say_duration(54))
    t0 = time.perf_counter()
    lang = install("lt")
    t1 = time.perf_counter()
    lang.text(sentence)  # loads kiosk_lt.qm
    t2 = time.perf_counter()
    for _ in range(1000):
        lang.text(sentence)
    t3 = time.perf_counter()
    return {"install": (t1 - t0) * 1e6, "first text": (t2 - t1) * 1e6, "each text": (t3 - t2) * 1e3}


def main() -> None:
    results: dict[str, list[tuple[float, float]]] = {lang: [] for lang in LANGUAGES}
    with Sandbox() as sb:
        run_once(sb, "")  # warm the disk cache: the first start of a session reads every library
        for i in range(RUNS):
            # Interleaved, each round in another order: a busy moment of the machine, or the previous kiosk's
            # processes still ending, hits every variant alike.
            for lang in LANGUAGES[i % len(LANGUAGES):] + LANGUAGES[:i % len(LANGUAGES)]:
                results[lang].append(run_once(sb, lang))
    print(f"\nkiosk run, {RUNS} runs each, medians (p90), ms")
    print(f"{'KIOSK_LANGUAGE':<16}{'start → first request':>26}{'start → ready':>22}")
    for lang, runs in results.items():
        firsts = sorted(r[0] for r in runs)
        readies = sorted(r[1] for r in runs)
        p90 = max(0, int(len(runs) * 0.9) - 1)
        print(f"{lang or '(unset)':<16}{statistics.median(firsts) * 1000:>17.0f} ({firsts[p90] * 1000:.0f})"
              f"{statistics.median(readies) * 1000:>15.0f} ({readies[p90] * 1000:.0f})")
    cost = in_process()
    print(f"\nin process: install('lt') {cost['install']:.0f} µs; first Lithuanian text (reads kiosk_lt.qm) "
          f"{cost['first text']:.0f} µs; each text after {cost['each text']:.1f} µs")


if __name__ == "__main__":
    main()
