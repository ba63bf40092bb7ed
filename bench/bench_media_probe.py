"""How long the media probe takes (kiosk/ui/media.py): a hidden page decodes five tiny clips.

Prints the engine, what it plays, and the median/max of RUNS probes in one process (the first one
includes starting the web engine's helper processes, as in the kiosk it does not: the webshop's page
already runs). Figures only, no assertions. Runs on whatever PySide6 the interpreter has: the pinned
wheels in .venv, or Debian's (python3 bench/bench_media_probe.py inside a Debian 13 root).

    QT_QPA_PLATFORM=offscreen QTWEBENGINE_DISABLE_SANDBOX=1 .venv/bin/python bench/bench_media_probe.py [RUNS]
"""

from __future__ import annotations

import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6 import QtWebEngineWidgets  # noqa: F401  (before the QApplication)
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWebEngineCore import qWebEngineChromiumVersion, qWebEngineVersion
from PySide6.QtWidgets import QApplication

from kiosk.monitoring.media import summary
from kiosk.ui.media import MediaProbe

RUNS = int(sys.argv[1]) if len(sys.argv) > 1 else 7


def main() -> None:
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    app = QApplication(sys.argv[:1])
    times: list[float] = []
    media: dict = {}

    def probe_once() -> None:
        probe = MediaProbe(app)

        def done(result: dict, _details: dict, seconds: float) -> None:
            media.update(result)
            times.append(seconds)
            probe.deleteLater()
            app.quit()

        probe.finished.connect(done)
        probe.failed.connect(lambda sentence: (print("probe failed:", sentence), app.quit()))
        probe.start()
        app.exec()

    for _ in range(RUNS):
        probe_once()
    print(f"Qt {qWebEngineVersion()}, Chromium {qWebEngineChromiumVersion()}, Python {sys.version.split()[0]}")
    print(f"the engine {summary(media)}")
    first, rest = times[0], times[1:] or times
    print(f"probe: first {first:.3f} s (engine start included); then median {statistics.median(rest):.3f} s, "
          f"max {max(rest):.3f} s over {len(rest)} runs")


if __name__ == "__main__":
    main()
