"""The one host rule (kiosk/hosts.py) and where it is used without a browser: settings, the navigation
policy, the autologin link check, the doctor's hosts check and the login-page verdict."""

from __future__ import annotations

import pytest

from kiosk.autologin.navigation import NavigationPolicy, Verdict
from kiosk.autologin.webshop import LinkRefused, WebshopClient
from kiosk.hosts import HostEntry, HostEntryError, address_of, near_miss, parse_entry
from kiosk.sandbox import Sandbox
from kiosk.settings import ConfigError, explicit_settings, load_settings
from kiosk.technician.hostcheck import check_hosts
from kiosk.technician.loginpage import INVALID_TOKEN, invalid_link, judge_landing, suggest_pattern

IDENTITY = {"partner_id": 1, "secret_key": "k" * 16, "shop_name": "s", "pos_name": "p", "user_name": "u"}


def policy(allowed, frames=(), **over) -> NavigationPolicy:
    return NavigationPolicy(explicit_settings(**IDENTITY, allowed_hosts=list(allowed), frame_hosts=list(frames), **over))


def allows(entry: str, url: str) -> bool:
    address = address_of(url)
    return address is not None and parse_entry(entry).matches(address)


# ---- domains ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("url", ["https://betgames.tv/", "https://webshop.betgames.tv/webshop/",
                                 "https://a.b.betgames.tv/x", "https://WebShop.BetGames.TV/", "https://betgames.tv./",
                                 "https://webshop.betgames.tv.:443/"])
def test_a_domain_entry_covers_the_domain_and_every_name_under_it(url):
    assert allows("*.betgames.tv", url)


@pytest.mark.parametrize("url", ["https://evilbetgames.tv/", "https://betgames.tv.evil.com/", "https://betgames.tvx/",
                                 "https://xbetgames.tv/", "https://betgames-tv.com/", "https://tv/",
                                 "https://betgames.tv@evil.com/", "https://evil.com/?betgames.tv",
                                 "https://evil.com/betgames.tv", "https://evil.com#.betgames.tv"])
def test_look_alike_hosts_are_not_covered(url):
    assert not allows("*.betgames.tv", url)


def test_an_exact_entry_covers_that_host_only():
    assert allows("webshop.betgames.tv", "https://webshop.betgames.tv/")
    assert not allows("webshop.betgames.tv", "https://games.webshop.betgames.tv/")
    assert not allows("webshop.betgames.tv", "https://betgames.tv/")


def test_case_trailing_dots_and_idna_are_one_spelling():
    assert parse_entry("WebShop.BetGames.TV.") == parse_entry("webshop.betgames.tv") == HostEntry("webshop.betgames.tv")
    # IDNA 2008 (UTS #46, non-transitional), as browsers resolve it: ß stays ß (xn--fa-hia), never "ss".
    assert parse_entry("faß.de").host == "xn--fa-hia.de"
    assert allows("faß.de", "https://xn--fa-hia.de/") and not allows("faß.de", "https://fass.de/")
    assert parse_entry("*.BÜCHER.example") == parse_entry("*.xn--bcher-kva.example")
    assert allows("*.bücher.example", "https://shop.xn--bcher-kva.example/")
    assert allows("*.xn--bcher-kva.example", "https://SHOP.BÜCHER.example/")
    assert str(parse_entry("*.Bücher.Example.")) == "*.xn--bcher-kva.example"


@pytest.mark.parametrize("entry, words", [
    ("*", ["every host"]),
    ("*:443", ["every host"]),
    ("*.com", ["public suffix", "com"]),
    ("*.co.uk", ["public suffix", "co.uk"]),
    ("*.github.io", ["public suffix"]),  # the list's private section: anyone's pages
    ("*.CO.UK.", ["public suffix", "co.uk"]),
    ("*.xn--p1ai", ["public suffix"]),  # .рф
    ("*.рф", ["public suffix"]),
    (".betgames.tv", ["'*.betgames.tv'"]),
    ("*betgames.tv", ["first label"]),
    ("web*.betgames.tv", ["first label"]),
    ("*.*.betgames.tv", ["first label"]),
    ("betgames.*", ["first label"]),
    ("https://webshop.betgames.tv/", ["without scheme or path"]),
    ("webshop.betgames.tv/webshop", ["without scheme or path"]),
    ("*.127.0.0.1", ["IP address"]),
    ("webshop.betgames.tv:0", ["port"]),
    ("webshop.betgames.tv:99999", ["port"]),
    ("webshop.betgames.tv:http", ["port"]),
    ("web shop.example", ["not a host name"]),
    ("under_score.example", ["not a host name"]),
    ("a..b", ["not a host name"]),
    ("[::1", ["']'"]),
])
def test_bad_entries_are_refused_with_a_sentence(entry, words):
    with pytest.raises(HostEntryError) as e:
        parse_entry(entry)
    assert all(w in str(e.value) for w in words), str(e.value)


def test_the_settings_refuse_them_naming_the_setting_and_its_source(kiosk_env):
    kiosk_env.setenv("KIOSK_ALLOWED_HOSTS", '["*.co.uk", "webshop.betgames.tv"]')
    kiosk_env.setenv("KIOSK_FRAME_HOSTS", '["*"]')
    with pytest.raises(ConfigError) as e:
        load_settings()
    text = str(e.value)
    assert "KIOSK_ALLOWED_HOSTS: '*.co.uk' names a public suffix (co.uk)" in text
    assert "from environment variable KIOSK_ALLOWED_HOSTS" in text
    assert "KIOSK_FRAME_HOSTS: '*' would allow every host on the internet" in text


def test_the_settings_keep_entries_in_one_spelling(kiosk_env):
    kiosk_env.setenv("KIOSK_ALLOWED_HOSTS", '["*.BetGames.TV.", "127.0.0.1:8765", "[::1]:8765", "bücher.example"]')
    kiosk_env.setenv("KIOSK_FRAME_HOSTS", '["Pay.Example.com", "pay.example.com"]')
    s = load_settings()
    assert s.allowed_hosts == ["*.betgames.tv", "127.0.0.1:8765", "[::1]:8765", "xn--bcher-kva.example"]
    assert s.frame_hosts == ["pay.example.com"]
    assert explicit_settings().frame_hosts == []


# ---- ports --------------------------------------------------------------------------------------------
def test_an_entry_without_a_port_means_the_default_port_of_the_scheme():
    assert allows("webshop.example", "https://webshop.example/") and allows("webshop.example", "https://webshop.example:443/")
    assert not allows("webshop.example", "https://webshop.example:8443/")
    assert allows("127.0.0.1", "http://127.0.0.1/") and not allows("127.0.0.1", "http://127.0.0.1:631/")
    assert allows("webshop.example:8443", "https://webshop.example:8443/")
    assert not allows("webshop.example:8443", "https://webshop.example/")
    assert allows("*.example.com:8443", "https://a.example.com:8443/") and not allows("*.example.com:8443", "https://a.example.com/")
    assert allows("[::1]:8765", "http://[::1]:8765/") and allows("::1", "http://[::1]/") and not allows("::1", "http://[::1]:8765/")


def test_no_loopback_exception_for_ports():
    p = policy(["127.0.0.1:8765"])
    assert p.judge("http://127.0.0.1:8765/webshop/") is Verdict.ALLOW
    for url in ("http://127.0.0.1:631/", "http://127.0.0.1:9100/health", "http://127.0.0.1/", "http://localhost:8765/"):
        assert p.judge(url) is Verdict.FOREIGN_HOST, url
        assert p.judge_frame(url) is Verdict.FOREIGN_HOST, url
    assert "allowed on port 8765 only, not on port 631" in p.hint("http://127.0.0.1:631/printers/")


# ---- frame-only hosts -------------------------------------------------------------------------------------
def test_a_frame_only_host_loads_in_frames_over_https_and_never_as_the_page():
    p = policy(["*.shop.example"], ["pay.example.com", "localhost:8765"])
    assert p.judge_frame("https://pay.example.com/form") is Verdict.ALLOW
    assert p.judge_frame("http://pay.example.com/form") is Verdict.INSECURE  # https only for a real host
    assert p.judge_frame("https://pay.example.com:8443/form") is Verdict.FOREIGN_HOST
    assert p.judge_frame("http://localhost:8765/sandbox/payment") is Verdict.ALLOW  # loopback: the sandbox
    assert p.judge("https://pay.example.com/") is Verdict.FOREIGN_HOST
    assert p.judge("http://localhost:8765/sandbox/payment") is Verdict.FOREIGN_HOST
    assert "frame-only host" in p.hint("https://pay.example.com/") and "KIOSK_FRAME_HOSTS" in p.hint("https://pay.example.com/")
    assert p.judge("https://games.shop.example/") is Verdict.ALLOW and p.judge_frame("https://games.shop.example/") is Verdict.ALLOW


def test_names_under_localhost_are_loopback_as_chromium_resolves_them():
    p = policy(["*.kiosk.localhost:8765"])
    assert p.judge("http://shop.kiosk.localhost:8765/") is Verdict.ALLOW
    assert policy(["*.kiosk.example"]).judge("http://shop.kiosk.example/") is Verdict.INSECURE


# ---- did you mean -------------------------------------------------------------------------------------
@pytest.mark.parametrize("url, entries, wanted", [
    ("https://webshop.betgames.tv/", ["betgames.tv"], "did you mean '*.betgames.tv'?"),
    ("https://games.betgames.tv/", ["webshop.betgames.tv"], "did you mean '*.betgames.tv'?"),
    ("https://betgames.tv/", ["webshop.betgames.tv"], "did you mean '*.betgames.tv'?"),
    ("https://a.webshop.example.co.uk/", ["webshop.example.co.uk"], "did you mean '*.webshop.example.co.uk'?"),
    ("https://b.example.co.uk:8443/", ["a.example.co.uk:8443"], "did you mean '*.example.co.uk:8443'?"),
])
def test_a_refused_host_that_nearly_matches_names_the_entry_that_would_allow_it(url, entries, wanted):
    hint = policy(entries).hint(url)
    assert hint is not None and wanted in hint, hint


@pytest.mark.parametrize("url, entries", [
    ("https://evil.example/", ["webshop.betgames.tv"]),
    ("https://other.co.uk/", ["webshop.co.uk"]),  # siblings under a public suffix are strangers
    ("https://evilbetgames.tv/", ["betgames.tv"]),
    ("https://webshop.betgames.tv:8443/", ["betgames.tv"]),  # another port: never suggested
])
def test_no_suggestion_for_strangers_or_another_port(url, entries):
    hint = policy(entries).hint(url)
    assert hint is None or "did you mean" not in hint, hint


def test_near_miss_in_a_frame_counts_the_frame_hosts():
    frames = [parse_entry("pay.example.com")]
    address = address_of("https://eu.pay.example.com/")
    assert "'*.pay.example.com'" in near_miss(address, [], frames, main_frame=False)


# ---- the autologin link --------------------------------------------------------------------------------
def test_the_link_check_uses_the_same_rule(tmp_path):
    with Sandbox() as sb:
        for over, words in (({"allowed_hosts": ["127.0.0.1"]}, ["127.0.0.1:", "allowed on the default port"]),
                            ({"allowed_hosts": ["webshop.betgames.tv"], "frame_hosts": [sb.address]},
                             ["frame-only host"])):
            client = WebshopClient(explicit_settings(**sb.kiosk_settings(data_dir=tmp_path, **over)))
            try:
                with pytest.raises(LinkRefused) as e:
                    client.request_link()
            finally:
                client.close()
            assert all(w in str(e.value) for w in words), str(e.value)
        client = WebshopClient(explicit_settings(**sb.kiosk_settings(data_dir=tmp_path)))
        try:
            assert client.request_link().url.startswith(sb.base_url)
        finally:
            client.close()


# ---- the doctor's hosts check --------------------------------------------------------------------------
def test_the_doctor_resolves_exact_names_and_says_which_entries_are_domains():
    from kiosk.technician.doctor import _resolve

    s = explicit_settings(allowed_hosts=["127.0.0.1:8765", "*.betgames.tv"], frame_hosts=["localhost:8765"])
    found = check_hosts(s, _resolve)
    assert found.ok, found.sentence
    assert "127.0.0.1:8765 resolves" in found.sentence
    assert "*.betgames.tv is a domain: betgames.tv and every name under it" in found.sentence
    assert "frame-only" in found.sentence and "localhost:8765" in found.sentence
    bad = check_hosts(explicit_settings(allowed_hosts=["127.0.0.1"], frame_hosts=["no-such-host.invalid"]), _resolve)
    assert not bad.ok and "no-such-host.invalid cannot be resolved" in bad.sentence and "KIOSK_FRAME_HOSTS" in bad.sentence


# ---- the login page an invalid link lands on ---------------------------------------------------------------
def test_the_invalid_link_has_the_seeds_shape_on_the_webshops_host():
    assert invalid_link(explicit_settings()) == f"https://webshop.betgames.tv/webshop/integrations/login/1/{INVALID_TOKEN}"
    assert invalid_link(explicit_settings(allowed_hosts=["*.betgames.tv"])).startswith("https://webshop.betgames.tv/")
    assert invalid_link(explicit_settings(allowed_hosts=["127.0.0.1:8765"])).startswith("http://127.0.0.1:8765/webshop/")
    real = "https://shop.example/webshop/integrations/auth/login/6280/" + "ab" * 32
    assert invalid_link(explicit_settings(), real) == f"https://shop.example/webshop/integrations/auth/login/6280/{INVALID_TOKEN}"


def test_a_landing_page_the_pattern_misses_fails_with_the_url_and_a_pattern_that_works():
    s = explicit_settings(allowed_hosts=["shop.example"])
    link = invalid_link(s)
    found = judge_landing(s, link, "https://shop.example/account/login?next=%2Fwebshop%2Fintegrations", 200, 2)
    assert found.checked and not found.ok
    assert "https://shop.example/account/login" in found.sentence and "next=" not in found.sentence
    assert found.suggestion == r"^https?://[^/?#]+/account/login(?:[/?#]|$)"
    assert f"Set KIOSK_LOGIN_URL_PATTERN to {found.suggestion}" in found.sentence
    fixed = explicit_settings(allowed_hosts=["shop.example"], login_url_pattern=found.suggestion)
    assert judge_landing(fixed, link, "https://shop.example/account/login?next=x", 200, 2).ok
    assert judge_landing(s, link, "https://shop.example/webshop/login", 200, 1).ok  # the default pattern


def test_no_pattern_is_suggested_that_would_match_the_home_page_or_the_link():
    assert suggest_pattern("https://shop.example/", "https://shop.example/webshop/integrations/login/1/x") is None
    assert suggest_pattern("https://shop.example/webshop/integrations/login/1/x",
                           "https://shop.example/webshop/integrations/login/1/x") is None
    s = explicit_settings(allowed_hosts=["shop.example"])
    home = judge_landing(s, invalid_link(s), "https://shop.example/", 200, 1)
    assert not home.ok and home.suggestion is None and "ask BetGames" in home.sentence
    unmoved = judge_landing(s, invalid_link(s), invalid_link(s), 404, 0)
    assert not unmoved.checked and "HTTP 404" in unmoved.sentence and INVALID_TOKEN not in unmoved.sentence


def test_the_setup_screens_test_connection_checks_the_login_page_too(tmp_path):
    from kiosk.technician.configure import test_connection

    with Sandbox() as sb:
        good = test_connection(explicit_settings(**sb.kiosk_settings(data_dir=tmp_path)))
        assert good.ok and "Login page: an invalid login link lands on" in good.sentence and "recognises" in good.sentence
        wrong = test_connection(explicit_settings(**sb.kiosk_settings(
            data_dir=tmp_path, login_url_pattern=r"^https?://[^/?#]+/account/login(?:[/?#]|$)")))
        assert not wrong.ok and "accepted: shop id" in wrong.sentence
        assert f"lands on {sb.base_url}/webshop/login" in wrong.sentence
        assert r"^https?://[^/?#]+/webshop/login(?:[/?#]|$)" in wrong.sentence
        assert INVALID_TOKEN not in wrong.sentence and not any(t in wrong.sentence for t in sb.issued_tokens)
