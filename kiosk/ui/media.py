"""Asks the web engine what it can play: a hidden page decodes tiny clips (the verdict: kiosk.monitoring.media).

It runs once, about 2 s after the webshop is first ready (off the start-up path), on its own
off-the-record profile, so the webshop's page, cookies and storage are untouched; its renderer
process ends when the probe is done.
"""

from __future__ import annotations

import base64
import json
import logging
import time
from string import Template

from PySide6.QtCore import QObject, QTimer, QUrl, Signal, SignalInstance
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile

from kiosk import assets
from kiosk.monitoring.media import CODECS, ProbeAnswerInvalid, media_fields, parse_probe

log = logging.getLogger(__name__)

CLIP_TIMEOUT_MS = 5000   # a clip that has not decoded by then does not play
PROBE_TIMEOUT_MS = 20000  # the whole probe, page start included

_MIME = {".mp4": "video/mp4", ".m4a": "audio/mp4", ".webm": "video/webm"}


def probe_html() -> str:
    clips = {}
    for codec, (mime, clip, kind) in CODECS.items():
        suffix = clip[clip.rfind("."):]
        url = f"data:{_MIME[suffix]};base64," + base64.b64encode(assets.data(f"media/{clip}")).decode("ascii")
        clips[codec] = {"type": mime, "kind": kind, "url": url}
    return Template(assets.text("media/probe.html")).substitute(clips=json.dumps(clips), timeout_ms=CLIP_TIMEOUT_MS)


class MediaProbe(QObject):
    """``finished(media, details, seconds)``: media is {codec: plays}; ``failed(sentence)`` if the page never answered."""

    finished = Signal(dict, dict, float)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.profile: QWebEngineProfile | None = None
        self.page: QWebEnginePage | None = None
        self._started = 0.0
        self._timeout = QTimer(self)
        self._timeout.setSingleShot(True)
        self._timeout.timeout.connect(lambda: self._fail(f"the media probe did not answer within {PROBE_TIMEOUT_MS // 1000} s"))

    def start(self) -> None:
        self._started = time.monotonic()
        self.profile = QWebEngineProfile(self)  # off the record: nothing written, nothing shared with the webshop
        self.page = QWebEnginePage(self.profile, self)
        self.page.titleChanged.connect(self._on_title)
        self._timeout.start(PROBE_TIMEOUT_MS)
        self.page.setHtml(probe_html(), QUrl("about:blank"))

    def _on_title(self, title: str) -> None:
        if not title.startswith("probe:"):
            return
        self._timeout.stop()
        try:
            results = parse_probe(json.loads(title[len("probe:"):]))
        except (ValueError, ProbeAnswerInvalid) as e:
            self._fail(str(e))
            return
        seconds = time.monotonic() - self._started
        self.end()
        self.finished.emit(media_fields(results), {c: r.describe() for c, r in results.items()}, seconds)

    def _fail(self, sentence: str) -> None:
        self.end()
        self.failed.emit(sentence)

    def end(self) -> None:
        """The page goes before its profile; its renderer process ends with it."""
        page, profile, self.page, self.profile = self.page, self.profile, None, None
        if page is not None:
            page.titleChanged.disconnect(self._on_title)
            page.deleteLater()
        if profile is not None:
            QTimer.singleShot(0, profile.deleteLater)


class MediaWatch(QObject):
    """Runs the probe once, ``delay_ms`` after the webshop is first ready, and hands the result to the session.

    A probe that never answers (a very busy machine) is tried again a minute later, twice at most.
    """

    probed = Signal(dict)

    RETRY_MS = 60_000
    ATTEMPTS = 3

    def __init__(self, ready: SignalInstance, session, delay_ms: int = 2000, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self.probe: MediaProbe | None = None
        self.seconds: float | None = None
        self._attempts = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._run)
        self._delay_ms = delay_ms
        ready.connect(self.on_ready)

    def on_ready(self) -> None:
        if self._attempts == 0 and not self._timer.isActive():
            self._timer.start(self._delay_ms)

    def stop(self) -> None:
        self._timer.stop()
        if self.probe is not None:
            self.probe.end()
            self.probe = None

    def _run(self) -> None:
        self._attempts += 1
        self.probe = MediaProbe(self)
        self.probe.finished.connect(self._on_finished)
        self.probe.failed.connect(self._on_failed)
        self.probe.start()

    def _on_finished(self, media: dict, details: dict, seconds: float) -> None:
        from kiosk.monitoring.media import CODECS, summary, video_check

        self.probe, self.seconds = None, seconds
        media = {codec: bool(media.get(codec)) for codec in CODECS}
        log.info("video: the web engine %s (probed in %.2f s)", summary(media), seconds)
        for codec in CODECS:
            log.info("video: %s: %s", codec, details.get(codec, "?"))
        ok, sentence = video_check(media)
        if not ok:
            log.warning("video: %s", sentence)
        self.session.set_media(media)
        self.probed.emit(media)

    def _on_failed(self, sentence: str) -> None:
        self.probe = None
        if self._attempts < self.ATTEMPTS:
            log.warning("video: %s; trying again in %d s", sentence, self.RETRY_MS // 1000)
            self._timer.start(self.RETRY_MS)
        else:
            log.warning("video: %s; /health media stays null", sentence)
