"""What the web engine can play, from a probe run in a page (Qt-free).

The probe (:mod:`kiosk.ui.media`) asks the engine three things per codec: ``MediaSource.isTypeSupported``
(what HLS/DASH players use), ``canPlayType``, and whether a half-second clip of it actually decodes
(``resources/media/probe-*``). A codec *plays* only when the engine claims it and the clip decodes:
a claim alone can be wrong (a distribution's FFmpeg without that decoder).

The webshop's live draws are H.264 video with AAC audio. Qt's own QtWebEngine binaries, the PyPI
PySide6 wheels included, are built without these "proprietary" codecs; distributions build
QtWebEngine with their FFmpeg and play them. :func:`video_check` says so, and names the way out.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass

from kiosk.words import Text, Words


class MediaWords(Words):
    """What the web engine plays: the technician's Information screen and the doctor's video check."""

# Codec → (what the probe asks MediaSource and canPlayType, the clip it decodes, the element that plays it).
CODECS: dict[str, tuple[str, str, str]] = {
    "h264": ('video/mp4; codecs="avc1.42E01E"', "probe-h264.mp4", "video"),
    "aac": ('audio/mp4; codecs="mp4a.40.2"', "probe-aac.m4a", "audio"),
    "vp9": ('video/webm; codecs="vp9"', "probe-vp9.webm", "video"),
    "av1": ('video/webm; codecs="av01.0.00M.08"', "probe-av1.webm", "video"),
    "opus": ('audio/webm; codecs="opus"', "probe-opus.webm", "audio"),
}
LIVE_STREAM_CODECS = ("h264", "aac")  # what the webshop's live draws are encoded in
NAMES = {"h264": "H.264", "aac": "AAC", "vp9": "VP9", "av1": "AV1", "opus": "Opus"}


@dataclass(frozen=True)
class CodecProbe:
    mse: bool        # MediaSource.isTypeSupported
    can_play: str    # canPlayType: "", "maybe" or "probably"
    decoded: bool    # the clip reached loadeddata (a frame or audio was decoded)
    error: str = ""  # what the media element reported when it did not

    @property
    def plays(self) -> bool:
        return (self.mse or self.can_play in ("maybe", "probably")) and self.decoded

    def describe(self) -> str:
        said = f"MSE {'yes' if self.mse else 'no'}, canPlayType {self.can_play or 'no'}"
        return f"{said}, clip {'decoded' if self.decoded else 'not decoded' + (f' ({self.error})' if self.error else '')}"


class ProbeAnswerInvalid(ValueError):
    pass


def parse_probe(answer: object) -> dict[str, CodecProbe]:
    """The page's answer ({codec: {mse, canPlay, decoded, error}}) checked; a codec missing from it is an error."""
    if not isinstance(answer, dict):
        raise ProbeAnswerInvalid(f"the media probe answered {type(answer).__name__}, not an object")
    results = {}
    for codec in CODECS:
        item = answer.get(codec)
        if not isinstance(item, dict):
            raise ProbeAnswerInvalid(f"the media probe's answer has no result for {codec}")
        can_play = item.get("canPlay", "")
        if can_play not in ("", "maybe", "probably"):
            raise ProbeAnswerInvalid(f"the media probe's canPlayType for {codec} is {can_play!r}")
        results[codec] = CodecProbe(mse=item.get("mse") is True, can_play=can_play, decoded=item.get("decoded") is True,
                                    error=str(item.get("error") or "")[:120])
    return results


def media_fields(results: dict[str, CodecProbe]) -> dict[str, bool]:
    """/health's ``media``: codec → plays."""
    return {codec: results[codec].plays for codec in CODECS}


def missing(media: dict[str, bool]) -> list[str]:
    return [codec for codec in LIVE_STREAM_CODECS if not media.get(codec)]


def way_out(platform: str | None = None) -> Text:
    """What to install so the live streams play, on this platform."""
    platform = platform or sys.platform
    if platform.startswith("linux"):
        return MediaWords.tr("Install the betshop-kiosk-system package on Debian 13 or newer: it runs on the "
                             "distribution's QtWebEngine, which plays them (see docs/it/video.md).")
    if platform.startswith("win"):
        return MediaWords.tr("Install a kiosk build whose QtWebEngine was built with proprietary codecs "
                             "(installer/windows/build-qtwebengine-codecs.ps1; see docs/it/video.md).")
    return MediaWords.tr("Use a QtWebEngine built with proprietary codecs (see docs/it/video.md).")


def live_stream_warning(media: dict[str, bool], platform: str | None = None) -> str | None:
    """None when the live streams play; otherwise that they stay black, and the way out."""
    lacking = missing(media)
    if not lacking:
        return None
    return MediaWords.tr("The webshop's live streams (%1) stay black. %2").arg("/".join(NAMES[c] for c in lacking),
                                                                              way_out(platform))


def video_check(media: dict[str, bool] | None, platform: str | None = None) -> tuple[bool, str]:
    """(passed, sentence): can this kiosk play the webshop's live streams? For the log and a doctor check."""
    if media is None:
        return False, MediaWords.tr("The web engine's video support has not been probed yet.")
    lacking = missing(media)
    if not lacking:
        return True, MediaWords.tr("The web engine plays H.264 and AAC, the codecs of the webshop's live streams.")
    names = NAMES[lacking[0]] if len(lacking) == 1 else MediaWords.tr("%1 and %2").arg(*(NAMES[c] for c in lacking[:2]))
    return False, MediaWords.tr("This kiosk's web engine cannot play %1, the codecs of the webshop's live streams: they "
                                "stay black. %2").arg(names, way_out(platform))


def summary(media: dict[str, bool] | None) -> str:
    """One line for the technician's Information screen: what plays and what does not."""
    if media is None:
        return MediaWords.tr("not probed yet")
    plays = ", ".join(NAMES[c] for c in CODECS if media.get(c))
    lacks = ", ".join(NAMES[c] for c in CODECS if not media.get(c))
    if plays and lacks:
        return MediaWords.tr("plays %1; cannot play %2").arg(plays, lacks)
    return MediaWords.tr("plays %1").arg(plays) if plays else MediaWords.tr("cannot play %1").arg(lacks)
