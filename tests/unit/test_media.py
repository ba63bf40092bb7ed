"""The Qt-free verdict on what the web engine plays (kiosk.monitoring.media)."""

from __future__ import annotations

import pytest

from kiosk.monitoring.media import CODECS, CodecProbe, ProbeAnswerInvalid, media_fields, parse_probe, summary, video_check

WHEELS = {  # what the PyPI wheels' engine answers (Chromium 140, no proprietary codecs)
    "h264": {"mse": False, "canPlay": "", "decoded": False, "error": "DEMUXER_ERROR_NO_SUPPORTED_STREAMS"},
    "aac": {"mse": False, "canPlay": "", "decoded": False, "error": "DEMUXER_ERROR_NO_SUPPORTED_STREAMS"},
    "vp9": {"mse": True, "canPlay": "probably", "decoded": True, "error": ""},
    "av1": {"mse": True, "canPlay": "probably", "decoded": True, "error": ""},
    "opus": {"mse": True, "canPlay": "probably", "decoded": True, "error": ""},
}


def test_a_codec_plays_only_when_claimed_and_its_clip_decodes():
    assert CodecProbe(mse=True, can_play="probably", decoded=True).plays
    assert CodecProbe(mse=False, can_play="maybe", decoded=True).plays
    assert not CodecProbe(mse=True, can_play="probably", decoded=False).plays  # claimed, but no decoder behind it
    assert not CodecProbe(mse=False, can_play="", decoded=True).plays


def test_the_wheels_answer_gives_the_media_fields_and_a_warning_naming_the_way_out():
    media = media_fields(parse_probe(WHEELS))
    assert media == {"h264": False, "aac": False, "vp9": True, "av1": True, "opus": True}
    ok, linux = video_check(media, "linux")
    assert not ok and "cannot play H.264 and AAC" in linux and "stay black" in linux and "betshop-kiosk-system" in linux
    ok, windows = video_check(media, "win32")
    assert not ok and "build-qtwebengine-codecs.ps1" in windows
    assert summary(media) == "plays VP9, AV1, Opus; cannot play H.264, AAC"


def test_an_engine_with_the_codecs_passes():
    media = dict.fromkeys(CODECS, True)
    assert video_check(media, "linux")[0] and summary(media) == "plays H.264, AAC, VP9, AV1, Opus"
    assert video_check({**media, "aac": False}, "linux")[1].startswith("This kiosk's web engine cannot play AAC,")


def test_not_probed_yet_is_said_so():
    assert video_check(None) == (False, "The web engine's video support has not been probed yet.")
    assert summary(None) == "not probed yet"


@pytest.mark.parametrize("answer, problem", [
    ([], "answered list, not an object"),
    ({k: v for k, v in WHEELS.items() if k != "av1"}, "no result for av1"),
    ({**WHEELS, "vp9": {**WHEELS["vp9"], "canPlay": "yes"}}, "canPlayType for vp9 is 'yes'"),
])
def test_a_malformed_answer_is_refused_with_a_sentence(answer, problem):
    with pytest.raises(ProbeAnswerInvalid, match=problem):
        parse_probe(answer)


def test_the_sandbox_serves_the_live_draw_clips():
    import httpx

    from kiosk import assets
    from kiosk.sandbox import Sandbox

    with Sandbox() as sb:
        for name, kind in (("live-h264-aac.mp4", "video/mp4"), ("live-vp9-opus.webm", "video/webm")):
            r = httpx.get(f"{sb.base_url}/sandbox/media/{name}", timeout=5)
            assert r.status_code == 200 and r.headers["content-type"] == kind and r.content == assets.data(f"media/{name}")
