"""The sandbox against its seeds: a real server on loopback, driven with httpx (no Qt)."""

from __future__ import annotations

import hashlib
import io
import json
import re
import socket
import ssl
import time
import uuid

import httpx
import pytest

from kiosk.clock import FakeClock
from kiosk.sandbox import Sandbox, run_cli

PARTNER_ID = 1001
SECRET = "sandbox-secret"
GOOD_HASH = hashlib.sha256(f"{SECRET}{PARTNER_ID}".encode()).hexdigest()
IDENTITY = {"shop_name": "Vilnius, Gedimino pr. 5", "pos_name": "Computer #3", "user_name": "John Smith"}
# One TLS context for every client: building one per httpx client is most of a test's cost.
TLS = ssl.create_default_context()
UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def get(url: str, **kwargs) -> httpx.Response:
    return httpx.get(url, verify=TLS, **kwargs)


def post(url: str, **kwargs) -> httpx.Response:
    return httpx.post(url, verify=TLS, **kwargs)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def make_sandbox(clock):
    started: list[Sandbox] = []

    def make(**kwargs) -> Sandbox:
        kwargs.setdefault("clock", clock)
        sb = Sandbox(partner_id=PARTNER_ID, secret_key=SECRET, **kwargs).start()
        started.append(sb)
        return sb

    yield make
    for sb in started:
        sb.stop()


@pytest.fixture
def sb(make_sandbox) -> Sandbox:
    return make_sandbox()


@pytest.fixture
def http(sb):
    with httpx.Client(verify=TLS, base_url=sb.base_url, follow_redirects=False, timeout=5) as client:
        yield client


def auth_body(**overrides):
    return {"hash": GOOD_HASH, "id": PARTNER_ID, **IDENTITY, **overrides}


def autologin(http: httpx.Client, **overrides) -> dict:
    r = http.post("/s/api/v2/webshop/auth", json=auth_body(**overrides))
    assert r.status_code == 200, r.text
    return r.json()["data"]


def login(http: httpx.Client, **overrides) -> dict:
    data = autologin(http, **overrides)
    r = http.get(data["url"])
    assert r.status_code == 302 and r.headers["location"] == "/webshop/"
    return data


# -- lifecycle ---------------------------------------------------------------------

def test_listens_on_loopback_and_stops_cleanly():
    sb = Sandbox()
    sb.start()
    assert sb.base_url == f"http://127.0.0.1:{sb.port}" and sb.port > 0
    assert sb.auth_url == sb.base_url + "/s/api/v2/webshop/auth"
    assert sb.webshop_url == sb.base_url + "/webshop/"
    assert sb.login_page_url == sb.base_url + "/webshop/login"
    assert sb.gateway_url == sb.base_url
    assert get(sb.base_url + "/sandbox/state").status_code == 200
    t = time.perf_counter()
    sb.stop()
    assert time.perf_counter() - t < 5  # stopping never waits for a request left hanging (30 s)
    with pytest.raises(httpx.ConnectError):
        get(sb.base_url + "/sandbox/state", timeout=1)
    sb.stop()  # twice is harmless


def test_context_manager_and_quiet_by_default(capfd):
    with Sandbox(clock=FakeClock()) as sb:
        get(sb.webshop_url)
        get(sb.base_url + "/nowhere")
    out, err = capfd.readouterr()
    assert out == "" and err == ""


def test_verbose_log_masks_link_tokens(capfd):
    with Sandbox(verbose=True) as sb, httpx.Client(verify=TLS) as client:
        url = client.post(sb.auth_url, json=auth_body()).json()["data"]["url"]
        client.get(url)
    err = capfd.readouterr().err
    token = url.rsplit("/", 1)[1]
    assert "/webshop/integrations/auth/login/6280/[redacted]" in err
    assert token not in err and SECRET not in err and GOOD_HASH not in err


def test_refuses_a_non_loopback_host():
    with pytest.raises(ValueError, match="loopback"):
        Sandbox(host="0.0.0.0")


# -- the autologin API (seed 000) ---------------------------------------------------

def test_auth_success_has_the_seed_shape_and_magnitudes(sb, http):
    r = http.post("/s/api/v2/webshop/auth", json=auth_body())
    assert r.status_code == 200 and r.headers["content-type"] == "application/json"
    data = r.json()["data"]
    assert set(data) == {"url", "shop_id", "pos_id", "user_id"}
    assert (data["shop_id"], data["pos_id"], data["user_id"]) == (6202, 6228, 6280)
    prefix = f"{sb.base_url}/webshop/integrations/auth/login/6280/"
    assert data["url"].startswith(prefix)
    assert re.fullmatch(r"[0-9a-f]{64}", data["url"][len(prefix):])
    c = sb.counters
    assert (c["auth_requests"], c["auth_ok"], c["links_issued"], c["auth_rejected"]) == (1, 1, 1, 0)


@pytest.mark.parametrize(("overrides", "message"), [
    ({"hash": "0" * 64}, "Incorrect hash"),
    ({"hash": GOOD_HASH.upper()}, "Incorrect hash"),
    ({"hash": hashlib.sha256(f"{PARTNER_ID}{SECRET}".encode()).hexdigest()}, "Incorrect hash"),
    ({"id": 1002}, "Incorrect partner_id"),
])
def test_auth_rejects_a_wrong_hash_or_partner(sb, http, overrides, message):
    r = http.post("/s/api/v2/webshop/auth", json=auth_body(**overrides))
    assert r.status_code == 400
    assert r.json() == {"error": {"code": 400, "message": message}}
    assert sb.counters["auth_rejected"] == 1 and sb.counters["links_issued"] == 0


@pytest.mark.parametrize("content", [
    b"{not json", b"[1, 2]", b'"a string"', b"",
    json.dumps({"hash": GOOD_HASH, "id": PARTNER_ID, "shop_name": "S", "pos_name": "P"}).encode(),
    json.dumps(auth_body(id=str(PARTNER_ID))).encode(),
    json.dumps(auth_body(id=True)).encode(),
    json.dumps(auth_body(hash=None)).encode(),
    json.dumps(auth_body(user_name="  ")).encode(),
    json.dumps(auth_body(shop_name=7)).encode(),
])
def test_auth_rejects_bad_json_and_bad_fields(http, content):
    r = http.post("/s/api/v2/webshop/auth", content=content, headers={"Content-Type": "application/json"})
    assert r.status_code == 400
    error = r.json()["error"]
    assert error["code"] == 400 and error["message"]


def test_auth_requires_json_content_type(http):
    r = http.post("/s/api/v2/webshop/auth", content=json.dumps(auth_body()),
                  headers={"Content-Type": "text/plain"})
    assert r.status_code == 400 and "Content-Type" in r.json()["error"]["message"]
    r = http.post("/s/api/v2/webshop/auth", content=json.dumps(auth_body()),
                  headers={"Content-Type": "application/json; charset=utf-8"})
    assert r.status_code == 200


def test_auth_ids_are_stable_per_name_and_scoped(http):
    first = autologin(http)
    again = autologin(http)
    assert {k: first[k] for k in ("shop_id", "pos_id", "user_id")} == \
           {k: again[k] for k in ("shop_id", "pos_id", "user_id")}
    assert first["url"] != again["url"]  # a fresh one-time link each time
    other_user = autologin(http, user_name="Jane Doe")
    assert (other_user["shop_id"], other_user["pos_id"], other_user["user_id"]) == (6202, 6228, 6281)
    other_pos = autologin(http, pos_name="Computer #4")
    assert (other_pos["shop_id"], other_pos["pos_id"], other_pos["user_id"]) == (6202, 6229, 6282)
    other_shop = autologin(http, shop_name="Kaunas, Laisvės al. 1")
    assert (other_shop["shop_id"], other_shop["pos_id"], other_shop["user_id"]) == (6203, 6230, 6283)
    assert autologin(http, user_name="Jane Doe")["user_id"] == 6281


# -- autologin links and sessions ---------------------------------------------------

def test_link_is_one_time_and_sets_a_session_cookie(sb, http):
    data = autologin(http)
    r = http.get(data["url"])
    assert r.status_code == 302 and r.headers["location"] == "/webshop/"
    cookie = r.headers["set-cookie"]
    assert "HttpOnly" in cookie and "Path=/" in cookie and "SameSite=Lax" in cookie
    assert http.get("/webshop/").status_code == 200
    with httpx.Client(verify=TLS, follow_redirects=False) as fresh:
        again = fresh.get(data["url"])
    assert again.status_code == 302 and again.headers["location"] == "/webshop/login"
    c = sb.counters
    assert (c["links_redeemed"], c["links_refused"], c["login_page_served"]) == (1, 1, 0)


def test_both_documented_link_forms_work(sb, http):
    data = autologin(http)
    short_form = data["url"].replace("/integrations/auth/login/", "/integrations/login/")
    r = http.get(short_form)
    assert r.status_code == 302 and r.headers["location"] == "/webshop/"
    assert len(sb.sessions) == 1


@pytest.mark.parametrize("mangle", [
    lambda url: url.replace("/6280/", "/6281/"),
    lambda url: url.replace("/6280/", "/abc/"),
    lambda url: url[:-1] + ("0" if url[-1] != "0" else "1"),
    lambda url: url.rsplit("/", 1)[0] + "/short",
])
def test_bad_links_go_to_the_login_page(sb, http, mangle):
    r = http.get(mangle(autologin(http)["url"]))
    assert r.status_code == 302 and r.headers["location"] == "/webshop/login"
    assert sb.counters["links_refused"] == 1 and sb.sessions == []


def test_links_expire(sb, http, clock):
    data = autologin(http)
    clock.advance(300)
    r = http.get(data["url"])
    assert r.headers["location"] == "/webshop/login"


def test_following_the_link_lands_on_the_webshop_page(sb, http):
    data = autologin(http)
    r = http.get(data["url"], follow_redirects=True)
    assert r.status_code == 200 and str(r.url) == sb.webshop_url
    assert "<title>Webshop — John Smith</title>" in r.text
    c = sb.counters
    assert (c["webshop_page_served"], c["login_page_served"]) == (1, 0)


def test_the_webshop_speaks_the_asked_language_records_what_was_asked_and_lets_the_player_switch(sb, http):
    data = autologin(http)
    r = http.get(data["url"], follow_redirects=True, headers={"Accept-Language": "de-DE,pl;q=0.9,en;q=0.8"})
    assert '<html lang="pl">' in r.text  # German it does not speak; Polish is the next choice
    assert http.get("/webshop/", headers={"Accept-Language": "pt-BR,pt;q=0.9"}).text.count('<html lang="pt-BR">') == 1
    assert '<html lang="en">' in http.get("/webshop/").text  # nothing asked: its default
    assert sb.accept_languages == ["de-DE,pl;q=0.9,en;q=0.8", "pt-BR,pt;q=0.9", ""]
    switched = http.get("/webshop/lang/lt")  # the page's own language menu: remembered in a cookie
    assert switched.status_code == 302 and switched.headers["location"] == "/webshop/"
    assert '<html lang="lt">' in http.get("/webshop/", headers={"Accept-Language": "es"}).text
    assert http.get("/sandbox/state").json()["accept_language"] == "es"
    said = {"intl": "lt", "languages": ["lt", "en"], "lang": "lt"}
    assert http.post("/sandbox/page-language", json=said).status_code == 200
    assert sb.page_languages == [said] and http.get("/sandbox/state").json()["page_language"] == said


def test_webshop_page_shows_who_is_logged_in_and_is_self_contained(sb, make_sandbox):
    sb = make_sandbox(poll_interval=0.25)
    with httpx.Client(verify=TLS, base_url=sb.base_url) as http:
        login(http, user_name="<b>Ann</b> & Co")
        page = http.get("/webshop/").text
    assert "<title>Webshop — &lt;b&gt;Ann&lt;/b&gt; &amp; Co</title>" in page
    assert "Vilnius, Gedimino pr. 5 (#6202)" in page and "Computer #3 (#6228)" in page
    assert "(#6280)" in page and "<b>Ann</b>" not in page
    test_data = re.search(r'<script id="kiosk-test-data" type="application/json">(.*?)</script>', page).group(1)
    assert json.loads(test_data) == {"user_id": 6280, "shop_id": 6202, "pos_id": 6228, "user_name": "<b>Ann</b> & Co"}
    assert "var POLL_MS = 250;" in page and 'fetch("/webshop/api/session"' in page
    assert 'location.href = "/webshop/login"' in page
    assert f"var DEMO_PLAYER_TOKEN = {json.dumps(sb.demo_player_token)};" in page
    assert "window.kiosk.verifyMobile" in page and "kiosk-ready" in page
    assert "Phone verification is available on the kiosk" in page
    # Nothing from elsewhere; the live-draw clips come from the sandbox itself, the payment frame from the
    # sandbox under its second loopback name (a frame-only host).
    assert f'src="http://localhost:{sb.port}/sandbox/payment"' in page
    assert not re.search(r"""(src=(?!"/sandbox/media/|"http://localhost:\d+/sandbox/payment")|href=["']?https?:|url\(|@import)""",
                         page)


@pytest.mark.parametrize("path", ["/webshop/", "/webshop"])
def test_webshop_without_a_session_redirects_to_login(sb, http, path):
    r = http.get(path)
    assert r.status_code == 302 and r.headers["location"] == "/webshop/login"
    http.cookies.set("webshop_session", "forged")
    r = http.get(path)
    assert r.status_code == 302 and r.headers["location"] == "/webshop/login"
    assert sb.counters["webshop_page_served"] == 0


def test_session_api(http):
    assert http.get("/webshop/api/session").status_code == 401
    login(http)
    r = http.get("/webshop/api/session")
    assert r.status_code == 200
    assert r.json()["user_id"] == 6280 and r.json()["user_name"] == "John Smith"


def test_expire_sessions(sb, http):
    login(http)
    assert len(sb.sessions) == 1
    sb.expire_sessions()
    assert sb.sessions == []
    assert http.get("/webshop/api/session").status_code == 401
    assert http.get("/webshop/").headers["location"] == "/webshop/login"


def test_expire_sessions_over_http(sb, http):
    login(http)
    r = http.post("/sandbox/expire")
    assert r.status_code == 200 and r.json() == {"expired": 1}
    assert http.get("/webshop/api/session").status_code == 401


def test_session_lifetime_follows_the_injected_clock(make_sandbox, clock):
    sb = make_sandbox(session_lifetime=60)
    with httpx.Client(verify=TLS, base_url=sb.base_url, follow_redirects=False) as http:
        login(http)
        clock.advance(59)
        assert http.get("/webshop/api/session").status_code == 200
        assert sb.sessions[0]["age"] == 59
        clock.advance(1)
        assert http.get("/webshop/api/session").status_code == 401
        assert http.get("/webshop/").headers["location"] == "/webshop/login"
        assert sb.sessions == []


def test_sessions_live_forever_by_default(sb, http, clock):
    login(http)
    clock.advance(10 * 365 * 86400)
    assert http.get("/webshop/api/session").status_code == 200


def test_login_page_is_counted(sb, http):
    r = http.get("/webshop/login")
    assert r.status_code == 200 and "<form" in r.text
    r = http.post("/webshop/login", data={"username": "x", "password": "y"})
    assert r.status_code == 200 and "Incorrect" in r.text
    assert sb.counters["login_page_served"] == 2


def test_download_and_popup_pages(sb, http):
    r = http.get("/sandbox/download")
    assert r.status_code == 200
    assert r.headers["content-disposition"] == "attachment; filename=report.pdf"
    assert sb.counters["downloads_served"] == 1
    page = http.get("/sandbox/popup").text
    assert 'target="_blank" href="/webshop/"' in page
    assert f'target="_blank" href="http://127.0.0.2:{sb.port}/"' in page
    assert "window.open('/webshop/')" in page and f"window.open('http://127.0.0.2:{sb.port}/')" in page


def test_state_and_control_endpoints(sb, http):
    login(http)
    state = http.get("/sandbox/state").json()
    assert state["sessions"] == 1 and state["counters"]["auth_ok"] == 1
    assert state["auth_failure"] is None and state["brands"] == [1009]
    assert http.post("/sandbox/auth-failure", json={"mode": "500"}).json() == {"mode": "500"}
    assert http.post("/s/api/v2/webshop/auth", json=auth_body()).status_code == 500
    assert http.post("/sandbox/auth-failure", json={"mode": None}).status_code == 200
    assert http.post("/s/api/v2/webshop/auth", json=auth_body()).status_code == 200
    assert http.post("/sandbox/auth-failure", json={"mode": "nope"}).status_code == 400
    assert http.post("/sandbox/gateway-failure", json={"mode": "500"}).status_code == 200
    assert http.get("/sandbox/state").json()["gateway_failure"] == "500"
    assert http.get("/sandbox/outbox").json() == {"outbox": []}
    assert http.get("/sandbox/expire").status_code == 405
    assert http.get("/nowhere").status_code == 404


# -- autologin failure modes -----------------------------------------------------

def test_failure_500(sb, http):
    sb.set_auth_failure("500")
    r = http.post("/s/api/v2/webshop/auth", json=auth_body())
    assert r.status_code == 500 and r.json()["error"]["code"] == 500
    assert sb.counters["auth_requests"] == 1 and sb.counters["links_issued"] == 0


def test_failure_html(sb, http):
    sb.set_auth_failure("html")
    r = http.post("/s/api/v2/webshop/auth", json=auth_body())
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert "<html>" in r.text


def test_failure_garbage(sb, http):
    sb.set_auth_failure("garbage")
    r = http.post("/s/api/v2/webshop/auth", json=auth_body())
    assert r.status_code == 200
    with pytest.raises(ValueError):
        r.json()


def test_failure_missing_fields(sb, http):
    sb.set_auth_failure("missing_fields")
    r = http.post("/s/api/v2/webshop/auth", json=auth_body())
    assert r.status_code == 200 and "url" not in r.json()["data"]
    assert r.json()["data"]["user_id"] == 6280


def test_failure_foreign_url(sb, http):
    sb.set_auth_failure("foreign_url")
    r = http.post("/s/api/v2/webshop/auth", json=auth_body())
    assert r.status_code == 200
    assert r.json()["data"]["url"].startswith("https://evil.example/webshop/integrations/auth/login/6280/")
    assert sb.counters["links_issued"] == 0


def test_failure_modes_still_reject_a_bad_hash(sb, http):
    sb.set_auth_failure("foreign_url")
    assert http.post("/s/api/v2/webshop/auth", json=auth_body(hash="x")).status_code == 400


def test_failure_hang_does_not_hold_up_stop(make_sandbox):
    sb = make_sandbox()
    sb.set_auth_failure("hang")
    with pytest.raises(httpx.ReadTimeout):
        post(sb.auth_url, json=auth_body(), timeout=0.2)
    assert get(sb.base_url + "/sandbox/state").status_code == 200  # the rest keeps being served
    t = time.perf_counter()
    sb.stop()
    assert time.perf_counter() - t < 5  # stopping never waits for a request left hanging (30 s)


def test_unknown_failure_mode_is_refused(sb):
    with pytest.raises(ValueError):
        sb.set_auth_failure("slow")
    with pytest.raises(ValueError):
        sb.set_gateway_failure("hang")


# -- the player-data gateway (seed 004) ---------------------------------------------

def gw(rest: str, version: str = "v1") -> str:
    return f"/gateway/player-data/{version}/{rest}"


def hdr(token: str | None, two_fa: str | None = None) -> dict[str, str]:
    headers = {}
    if token is not None:
        headers["x-auth-token"] = token
    if two_fa is not None:
        headers["2fa-auth-token"] = two_fa
    return headers


def update(http, token, number, brand=1009, **body):
    payload = {"brand_id": brand, "is_2fa_required": True,
               "mobile": {"number": number, "status_comment": "Comment"}, **body}
    return http.put(gw(f"send/code/{brand}"), json=payload, headers=hdr(token))


def send(http, token, two_fa, number="44-987654321", brand=1009):
    return http.post(gw(f"send/code/{brand}"), json={"mobile_number": number}, headers=hdr(token, two_fa))


def validate(http, token, two_fa, code, brand=1009):
    return http.put(gw(f"validate/code/{brand}"), json={"sms_code": code}, headers=hdr(token, two_fa))


def start_2fa(http, token, number="44-987654321") -> str:
    r = update(http, token, number)
    assert r.status_code == 403, r.text
    return r.json()["data"]["data"]


def test_gateway_get_player_data(sb, http):
    r = http.get(gw("1009"), headers=hdr(sb.demo_player_token))
    assert r.status_code == 200
    assert r.json() == {"status": "Success", "data": {
        "brand_id": 1009, "player_id": 32574, "is_2fa_required": True,
        "mobile": {"number": "44-123456789", "verification_status": 0, "status": "Pending", "status_comment": ""}}}
    assert sb.brands == {1009} and sb.counters["gateway_requests"] == 1


def test_gateway_add_player(sb, http):
    token = sb.add_player(brand_id=1010, number="370-61234567", verified=True, is_2fa_required=False)
    assert UUID_RE.match(token) and sb.brands == {1009, 1010}
    data = http.get(gw("1010"), headers=hdr(token)).json()["data"]
    assert data["player_id"] == 32575 and data["is_2fa_required"] is False
    assert data["mobile"]["verification_status"] == 1 and data["mobile"]["status"] == "Active"
    assert http.get(gw("1009"), headers=hdr(token)).status_code == 401  # a session belongs to its brand


@pytest.mark.parametrize("version", ["v2", "v10"])
def test_gateway_accepts_any_numbered_version(sb, http, version):
    assert http.get(gw("1009", version), headers=hdr(sb.demo_player_token)).status_code == 200


@pytest.mark.parametrize("path", ["/gateway/player-data/x1/1009", "/gateway/player-data/1/1009",
                                  "/gateway/player-data/v1/1009/extra", "/gateway/player-data/v1/send/sms/1009"])
def test_gateway_unknown_paths_are_404_json(sb, http, path):
    r = http.get(path, headers=hdr(sb.demo_player_token))
    assert r.status_code == 404 and "errMsg" in r.json()


ENDPOINTS = [("GET", "{brand}"), ("PUT", "send/code/{brand}"), ("POST", "send/code/{brand}"),
             ("PUT", "validate/code/{brand}")]


@pytest.mark.parametrize(("method", "path"), ENDPOINTS)
@pytest.mark.parametrize("brand", ["1010", "abc", "-1", "1009.0"])
def test_gateway_invalid_brand(sb, http, method, path, brand):
    r = http.request(method, gw(path.format(brand=brand)), json={}, headers=hdr(sb.demo_player_token))
    assert r.status_code == 400 and r.json() == {"errMsg": "invalid input - invalid brand id"}


@pytest.mark.parametrize("path", ["send/code", "validate/code"])
def test_gateway_missing_brand_is_an_invalid_brand(sb, http, path):
    r = http.put(gw(path), json={}, headers=hdr(sb.demo_player_token))
    assert r.status_code == 400 and r.json() == {"errMsg": "invalid input - invalid brand id"}


@pytest.mark.parametrize(("method", "path"), ENDPOINTS)
@pytest.mark.parametrize("token", [None, "", "not-a-session", str(uuid.uuid4())])
def test_gateway_invalid_session_token(sb, http, method, path, token):
    r = http.request(method, gw(path.format(brand=1009)), json={}, headers=hdr(token))
    assert r.status_code == 401 and r.json() == {"errMsg": "invalid input - invalid token"}


def test_gateway_token_only_in_the_header(sb, http):
    r = http.get(gw(f"1009?x-auth-token={sb.demo_player_token}"))
    assert r.status_code == 401


@pytest.mark.parametrize(("method", "path"), ENDPOINTS)
def test_gateway_failure_500(sb, http, method, path):
    sb.set_gateway_failure("500")
    r = http.request(method, gw(path.format(brand=1009)), json={}, headers=hdr(sb.demo_player_token))
    assert r.status_code == 500 and r.json() == {"result": "internal server error"}


def test_gateway_failure_garbage(sb, http):
    sb.set_gateway_failure("garbage")
    r = http.get(gw("1009"), headers=hdr(sb.demo_player_token))
    assert r.status_code == 200
    with pytest.raises(ValueError):
        r.json()
    sb.set_gateway_failure(None)
    assert http.get(gw("1009"), headers=hdr(sb.demo_player_token)).json()["status"] == "Success"


def test_gateway_wrong_method_is_405(sb, http):
    assert http.delete(gw("1009"), headers=hdr(sb.demo_player_token)).status_code == 405
    assert http.post(gw("validate/code/1009"), headers=hdr(sb.demo_player_token)).status_code == 405


@pytest.mark.parametrize("content", [b"{nope", b"[]", b"null"])
def test_gateway_rejects_a_body_that_is_not_a_json_object(sb, http, content):
    r = http.put(gw("send/code/1009"), content=content, headers=hdr(sb.demo_player_token))
    assert r.status_code == 400 and r.json() == {"errMsg": "invalid input - invalid request body"}


@pytest.mark.parametrize("number", ["123456789", "44-1234", "12345-123456789", "44-123456789012345",
                                    "+44-123456789", "44 123456789", "", None, 44123456789])
def test_update_rejects_a_bad_number(sb, http, number):
    r = update(http, sb.demo_player_token, number)
    assert r.status_code == 422
    assert r.json() == {"status": "Failed", "data": {"description": "Invalid mobile number"}}


def test_update_checks_the_player_in_the_body(sb, http):
    assert update(http, sb.demo_player_token, "44-987654321", player_id=1).status_code == 422
    assert update(http, sb.demo_player_token, "44-987654321", brand_id=1010).status_code == 400


def test_update_requires_verification_for_a_new_number(sb, http):
    r = update(http, sb.demo_player_token, "44-987654321")
    assert r.status_code == 403
    body = r.json()
    assert UUID_RE.match(body["data"]["data"])
    assert body == {"status": "Error", "data": {"data": body["data"]["data"]},
                    "message": "Mobile verification required",
                    "userFriendlyMessage": "Mobile verification required"}
    # Nothing changes until the code is validated.
    assert sb.player_data(sb.demo_player_token)["mobile"]["number"] == "44-123456789"


def test_update_cannot_switch_2fa_off_from_the_body(sb, http):
    assert update(http, sb.demo_player_token, "44-987654321", is_2fa_required=False).status_code == 403


def test_update_to_an_already_verified_number(sb, http):
    token = sb.add_player(number="44-111111111", verified=True)
    r = update(http, token, "44-111111111")
    assert r.status_code == 200 and r.json() == {"status": "Success", "data": None}
    assert sb.player_data(token)["mobile"]["status_comment"] == "Comment"


def test_update_without_2fa_stores_the_number_unverified(sb, http):
    token = sb.add_player(is_2fa_required=False)
    r = update(http, token, "49-1701234567")
    assert r.status_code == 200 and r.json() == {"status": "Success", "data": None}
    mobile = http.get(gw("1009"), headers=hdr(token)).json()["data"]["mobile"]
    assert mobile["number"] == "49-1701234567" and mobile["verification_status"] == 0


def test_full_verification(sb, http, clock):
    token = sb.demo_player_token
    two_fa = start_2fa(http, token)
    r = send(http, token, two_fa)
    assert r.status_code == 200
    assert r.json() == {"status": "Success", "data": {"description": "Success", "2fa_auth_token": two_fa}}
    assert sb.counters["codes_sent"] == 1
    [message] = sb.outbox
    assert message == {"brand_id": 1009, "player_id": 32574, "mobile_number": "44-987654321",
                       "code": message["code"], "sent_at": clock.monotonic()}
    assert re.fullmatch(r"\d{6}", message["code"])
    assert sb.last_code() == sb.last_code("44-987654321") == message["code"]
    assert sb.last_code("44-000000000") is None
    assert http.get("/sandbox/outbox").json()["outbox"] == [message]

    r = validate(http, token, two_fa, message["code"])
    assert r.status_code == 200
    body = r.json()
    new_token = body["data"]["auth_token"]
    assert UUID_RE.match(new_token) and new_token != token
    assert body == {"status": "Success", "data": {
        "description": "Valid", "2fa_auth_token": two_fa,
        "updated_fields": {"mobile_number": "44-987654321", "verification_status": "1"},
        "result": "OK", "token": new_token, "auth_token": new_token, "status": 200}}

    for session in (token, new_token):
        mobile = http.get(gw("1009"), headers=hdr(session)).json()["data"]["mobile"]
        assert mobile["number"] == "44-987654321"
        assert mobile["verification_status"] == 1 and mobile["status"] == "Active"

    already = {"description": "Auth Token is already verified", "2fa_auth_token": two_fa}
    r = validate(http, token, two_fa, message["code"])
    assert r.status_code == 422 and r.json() == {"status": "Error", "data": already}
    clock.advance(60)
    r = send(http, token, two_fa)
    assert r.status_code == 422 and r.json() == {"status": "Failed", "data": already}
    # The number is verified now: updating to it needs no new verification.
    assert update(http, token, "44-987654321").status_code == 200


@pytest.mark.parametrize("two_fa", [None, "", str(uuid.uuid4())])
def test_send_code_needs_an_issued_2fa_token(sb, http, two_fa):
    r = send(http, sb.demo_player_token, two_fa)
    assert r.status_code == 422
    assert r.json() == {"status": "Failed", "data": {"description": "Auth token does not exist"}}


def test_a_2fa_token_belongs_to_its_player(sb, http):
    two_fa = start_2fa(http, sb.demo_player_token)
    other = sb.add_player()
    assert send(http, other, two_fa).json()["data"]["description"] == "Auth token does not exist"
    assert validate(http, other, two_fa, "000000").json()["data"]["description"] == "Auth token does not exist"


def test_send_code_checks_the_number(sb, http):
    two_fa = start_2fa(http, sb.demo_player_token)
    for number in ("44-111111111", "not a number"):
        r = send(http, sb.demo_player_token, two_fa, number=number)
        assert r.status_code == 422 and r.json()["data"]["description"] == "Invalid mobile number"
    assert sb.outbox == []


def test_send_code_cooldown(sb, http, clock):
    token = sb.demo_player_token
    two_fa = start_2fa(http, token)
    assert send(http, token, two_fa).status_code == 200
    clock.advance(10)
    r = send(http, token, two_fa)
    assert r.status_code == 422
    assert r.json() == {"status": "Failed", "data": {
        "description": "Please wait before sending again in 50 seconds",
        "2fa_auth_token": two_fa, "remaining_time": 50}}
    clock.advance(49.5)
    assert send(http, token, two_fa).json()["data"]["remaining_time"] == 1
    clock.advance(0.5)
    assert send(http, token, two_fa).status_code == 200
    assert len(sb.outbox) == 2 and sb.last_code() == sb.outbox[1]["code"]


def test_send_code_limit(sb, http, clock):
    token = sb.demo_player_token
    two_fa = start_2fa(http, token)
    for _ in range(5):
        assert send(http, token, two_fa).status_code == 200
        clock.advance(60)
    r = send(http, token, two_fa)
    assert r.status_code == 422
    assert r.json() == {"status": "Failed", "data": {
        "description": "Authentication attempts limit exceeded", "2fa_auth_token": two_fa}}
    # The last code sent can still be validated.
    assert validate(http, token, two_fa, sb.last_code()).status_code == 200


def test_validate_wrong_code_and_attempt_limit(sb, http):
    token = sb.demo_player_token
    two_fa = start_2fa(http, token)
    send(http, token, two_fa)
    code = sb.last_code()
    wrong = "000000" if code != "000000" else "111111"
    for _ in range(4):
        r = validate(http, token, two_fa, wrong)
        assert r.status_code == 422
        assert r.json() == {"status": "Error", "data": {"description": "Invalid code", "2fa_auth_token": two_fa}}
    limit = {"status": "Error", "data": {"description": "Authentication attempts limit exceeded",
                                        "2fa_auth_token": two_fa}}
    r = validate(http, token, two_fa, wrong)
    assert r.status_code == 422 and r.json() == limit
    r = validate(http, token, two_fa, code)
    assert r.status_code == 422 and r.json() == limit
    assert send(http, token, two_fa).json()["data"]["description"] == "Authentication attempts limit exceeded"
    assert sb.player_data(token)["mobile"]["verification_status"] == 0


@pytest.mark.parametrize("body", [{"sms_code": "123456"}, {"sms_code": 123456}, {}])
def test_validate_before_any_code_was_sent(sb, http, body):
    two_fa = start_2fa(http, sb.demo_player_token)
    r = http.put(gw("validate/code/1009"), json=body, headers=hdr(sb.demo_player_token, two_fa))
    assert r.status_code == 422
    assert r.json() == {"status": "Error", "data": {"description": "Invalid code", "2fa_auth_token": two_fa}}


def test_validate_unknown_2fa_token(sb, http):
    r = validate(http, sb.demo_player_token, str(uuid.uuid4()), "123456")
    assert r.status_code == 422
    assert r.json() == {"status": "Error", "data": {"description": "Auth token does not exist"}}


def test_codes_expire(sb, http, clock):
    token = sb.demo_player_token
    two_fa = start_2fa(http, token)
    send(http, token, two_fa)
    clock.advance(299)
    assert validate(http, token, two_fa, "bad").json()["data"]["description"] == "Invalid code"
    clock.advance(1)
    gone = {"status": "Error", "data": {"description": "Auth token does not exist"}}
    assert validate(http, token, two_fa, sb.last_code()).json() == gone
    assert validate(http, token, two_fa, sb.last_code()).json() == gone
    assert send(http, token, two_fa).json()["data"]["description"] == "Auth token does not exist"


def test_limits_are_constructor_parameters(make_sandbox, clock):
    sb = make_sandbox(resend_cooldown=5, max_sends=2, max_attempts=1, code_ttl=10)
    with httpx.Client(verify=TLS, base_url=sb.base_url) as http:
        token = sb.demo_player_token
        two_fa = start_2fa(http, token)
        send(http, token, two_fa)
        assert send(http, token, two_fa).json()["data"]["remaining_time"] == 5
        clock.advance(5)
        assert send(http, token, two_fa).status_code == 200
        clock.advance(5)
        assert send(http, token, two_fa).json()["data"]["description"] == "Authentication attempts limit exceeded"
        r = validate(http, token, two_fa, "bad")
        assert r.json()["data"]["description"] == "Authentication attempts limit exceeded"
        two_fa = start_2fa(http, token)
        send(http, token, two_fa)
        clock.advance(10)
        assert validate(http, token, two_fa, sb.last_code()).json()["data"]["description"] == "Auth token does not exist"


def test_reset_demo_player(sb, http):
    token = sb.demo_player_token
    two_fa = start_2fa(http, token)
    send(http, token, two_fa)
    validate(http, token, two_fa, sb.last_code())
    assert sb.player_data(token)["mobile"]["verification_status"] == 1
    assert http.post("/sandbox/reset-demo").status_code == 200
    assert sb.player_data(token)["mobile"] == {"number": "44-123456789", "verification_status": 0,
                                               "status": "Pending", "status_comment": ""}
    assert send(http, token, two_fa).json()["data"]["description"] == "Auth token does not exist"


# -- the technician's command ---------------------------------------------------------

def test_run_cli_prints_the_settings_and_stops_on_ctrl_c(monkeypatch):
    def interrupt():
        raise KeyboardInterrupt

    monkeypatch.setattr("kiosk.sandbox.cli._wait_forever", interrupt)
    out = io.StringIO()
    assert run_cli(port=0, out=out) == 0
    text = out.getvalue()
    base = re.search(r"KIOSK_AUTH_URL=(http://127\.0\.0\.1:(\d+))/s/api/v2/webshop/auth", text).group(1)
    port = base.rsplit(":", 1)[1]
    for line in ("KIOSK_PARTNER_ID=1001", "KIOSK_SECRET_KEY=sandbox-secret", f"KIOSK_ALLOWED_HOSTS='[\"127.0.0.1:{port}\"]'",
                 f"KIOSK_FRAME_HOSTS='[\"localhost:{port}\"]'",
                 f"KIOSK_GATEWAY_URL={base}", "KIOSK_GATEWAY_VERSION=v1", "KIOSK_BRAND_ID=1009",
                 "KIOSK_SHOP_NAME=", "KIOSK_POS_NAME=", "KIOSK_USER_NAME=",
                 f"{base}/sandbox/state", f"{base}/sandbox/expire", "Sandbox stopped."):
        assert line in text
    assert re.search(r"x-auth-token: [0-9a-f-]{36}", text)
    with pytest.raises(httpx.ConnectError):
        get(base + "/sandbox/state", timeout=1)


def test_run_cli_reports_a_busy_port():
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        out = io.StringIO()
        assert run_cli(port=busy.getsockname()[1], out=out) == 1
    assert "cannot listen" in out.getvalue()
