"""The sandbox's HTML pages. Self-contained: inline CSS and JS only, no external resource."""

from __future__ import annotations

import json
from html import escape
from string import Template
from typing import Any

from .webshop import Identity

_CSS = """
*{box-sizing:border-box}
body{margin:0;font-family:"Segoe UI",Roboto,Helvetica,Arial,sans-serif;background:#0d1117;color:#e6edf3}
header{display:flex;align-items:center;justify-content:space-between;padding:14px 28px;
  background:linear-gradient(90deg,#141b24,#1b2633);border-bottom:3px solid #f5b301}
.logo{font-weight:800;font-size:22px;letter-spacing:.5px}.logo span{color:#f5b301}
.badge{font-size:12px;padding:3px 8px;border-radius:10px;background:#f5b301;color:#111;font-weight:700}
main{padding:24px 28px;max-width:1100px;margin:0 auto}
.card{background:#161e29;border:1px solid #263241;border-radius:10px;padding:18px 22px;margin-bottom:20px}
h1{font-size:24px;margin:0 0 10px}h2{font-size:18px;margin:0 0 12px;color:#f5b301}
dl{display:grid;grid-template-columns:max-content 1fr;gap:6px 18px;margin:0}dt{color:#8b98a9}dd{margin:0}
.games{display:grid;grid-template-columns:repeat(auto-fill,minmax(200px,1fr));gap:14px}
.game{height:110px;border-radius:10px;padding:14px;font-weight:700;display:flex;align-items:flex-end;
  background:linear-gradient(135deg,#233247,#0f5132)}
.game:nth-child(2n){background:linear-gradient(135deg,#3b1f4a,#7a1f2b)}
.game:nth-child(3n){background:linear-gradient(135deg,#1f3b4a,#1f5f7a)}
button,.button{font:inherit;font-weight:700;border:0;border-radius:8px;padding:16px 28px;cursor:pointer;
  background:#f5b301;color:#111;font-size:20px;text-decoration:none;display:inline-block}
button:disabled{opacity:.5;cursor:wait}
.verify-status{margin-top:12px;min-height:1.4em;font-size:17px}
.verify-status.ok{color:#3fb950}.verify-status.error{color:#f85149}.verify-status.muted{color:#8b98a9}
input{font:inherit;width:100%;padding:10px;margin:4px 0 14px;border-radius:6px;border:1px solid #263241;
  background:#0d1117;color:#e6edf3}
.error{color:#f85149}.muted{color:#8b98a9}
a{color:#58a6ff}
"""

_WEBSHOP = Template("""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Webshop — $user_name</title><style>$css</style></head>
<body>
<header><div class="logo">Bet<span>Games</span> Webshop</div><div class="badge">SANDBOX</div></header>
<main>
<section class="card" id="who">
<h1>Logged in as <span id="user-name">$user_name</span></h1>
<dl>
<dt>Betshop</dt><dd id="shop">$shop_name (#$shop_id)</dd>
<dt>Point of sale</dt><dd id="pos">$pos_name (#$pos_id)</dd>
<dt>User</dt><dd id="user">$user_name (#$user_id)</dd>
</dl>
</section>
<section class="card">
<h2>Player phone verification</h2>
<button id="verify-button" type="button">Verify my phone</button>
<div id="verify-status" class="verify-status muted" data-status="" role="status"></div>
</section>
<section class="card">
<h2>Live games</h2>
<div class="games"><div class="game">Lucky 7</div><div class="game">Speedy 7</div>
<div class="game">Wheel of Fortune</div><div class="game">Bet on Poker</div>
<div class="game">Lucky 5</div><div class="game">War of Bets</div></div>
</section>
</main>
<script id="kiosk-test-data" type="application/json">$test_data</script>
<script>
(function () {
  "use strict";
  var POLL_MS = $poll_ms;
  var DEMO_PLAYER_TOKEN = $demo_token;
  var UNAVAILABLE = "Phone verification is available on the kiosk";
  var statusEl = document.getElementById("verify-status");
  var button = document.getElementById("verify-button");

  function kioskApi() {
    return (window.kiosk && typeof window.kiosk.verifyMobile === "function") ? window.kiosk : null;
  }
  // Whatever the kiosk answers, a token-shaped string never reaches the screen.
  function scrub(text) {
    return String(text)
      .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, "[hidden]")
      .replace(/[0-9a-z_-]{32,}/gi, "[hidden]");
  }
  function show(text, kind, status) {
    statusEl.textContent = scrub(text);
    statusEl.className = "verify-status " + (kind || "");
    statusEl.setAttribute("data-status", status || "");
  }
  function describe(result) {
    if (!result || typeof result !== "object") return "No answer from the kiosk";
    var text = "Status: " + result.status;
    var reason = (typeof result.reason === "string" && result.reason) ? result.reason : result.message;
    if (typeof reason === "string" && reason) text += " — " + reason;
    return text;
  }
  async function verify() {
    var api = kioskApi();
    if (!api) { show(UNAVAILABLE, "muted", "unavailable"); return; }
    button.disabled = true;
    show("Verifying…", "muted", "pending");
    try {
      var result = await api.verifyMobile(DEMO_PLAYER_TOKEN);
      var status = (result && typeof result.status === "string") ? result.status : "unknown";
      show(describe(result), status === "verified" ? "ok" : "", status);
    } catch (e) {
      show("Phone verification failed", "error", "error");
    } finally {
      button.disabled = false;
    }
  }
  button.addEventListener("click", verify);
  if (kioskApi()) {
    show("Tap the button to verify your phone", "", "ready");
  } else {
    show(UNAVAILABLE, "muted", "unavailable");
    document.addEventListener("kiosk-ready", function () {
      if (kioskApi()) show("Tap the button to verify your phone", "", "ready");
    });
  }

  function schedule() { window.setTimeout(poll, POLL_MS); }
  function poll() {
    fetch("/webshop/api/session", {cache: "no-store", credentials: "same-origin"})
      .then(function (r) {
        if (r.status === 401) { location.href = "/webshop/login"; return; }
        schedule();
      })
      .catch(schedule);
  }
  schedule();
})();
</script>
</body></html>
""")

_LOGIN = Template("""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Webshop — Sign in</title><style>$css</style></head>
<body>
<header><div class="logo">Bet<span>Games</span> Webshop</div><div class="badge">SANDBOX</div></header>
<main><section class="card" style="max-width:420px;margin:40px auto">
<h1>Sign in</h1>$message
<form method="post" action="/webshop/login" id="login-form">
<label>User name<input name="username" autocomplete="username"></label>
<label>Password<input name="password" type="password" autocomplete="current-password"></label>
<button type="submit">Sign in</button>
</form></section></main></body></html>
""")

_POPUP = Template("""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Sandbox — pop-ups and links</title><style>$css</style></head>
<body><main>
<section class="card"><h1>Pop-ups and links</h1>
<p><a id="blank-webshop" target="_blank" href="/webshop/">New window: the webshop</a></p>
<p><a id="blank-foreign" target="_blank" href="$foreign">New window: a foreign host</a></p>
<p><a id="link-foreign" href="$foreign">Same window: a foreign host</a></p>
<p><a id="link-download" href="/sandbox/download">Download a report</a></p>
<p><button id="open-webshop" type="button" onclick="window.open('/webshop/')">window.open the webshop</button></p>
<p><button id="open-foreign" type="button" onclick="window.open('$foreign')">window.open a foreign host</button></p>
</section></main></body></html>
""")

_INDEX = Template("""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>BetGames sandbox</title><style>$css</style></head>
<body><main><section class="card"><h1>BetGames sandbox</h1>
<p class="muted">A local fake of the webshop autologin API and the player-data gateway.</p>
<ul>
<li><a href="/webshop/">/webshop/</a> (needs an autologin link first)</li>
<li><a href="/sandbox/state">/sandbox/state</a> counters and sessions</li>
<li><a href="/sandbox/outbox">/sandbox/outbox</a> SMS codes "sent"</li>
<li><a href="/sandbox/popup">/sandbox/popup</a> pop-up and link tests</li>
<li>POST /sandbox/expire, POST /sandbox/auth-failure, POST /sandbox/gateway-failure, POST /sandbox/reset-demo</li>
</ul></section></main></body></html>
""")


def script_json(value: Any) -> str:
    """JSON that is safe inside a <script> element."""
    return (json.dumps(value).replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("&", "\\u0026"))


def webshop_page(identity: Identity, poll_interval: float, demo_player_token: str) -> str:
    test_data = {"user_id": identity.user_id, "shop_id": identity.shop_id,
                 "pos_id": identity.pos_id, "user_name": identity.user_name}
    return _WEBSHOP.substitute(
        css=_CSS, user_name=escape(identity.user_name), shop_name=escape(identity.shop_name),
        pos_name=escape(identity.pos_name), shop_id=identity.shop_id, pos_id=identity.pos_id,
        user_id=identity.user_id, test_data=script_json(test_data),
        poll_ms=max(50, round(poll_interval * 1000)), demo_token=script_json(demo_player_token))


def login_page(message: str | None = None) -> str:
    html = f'<p class="error" id="login-error">{escape(message)}</p>' if message else ""
    return _LOGIN.substitute(css=_CSS, message=html)


def popup_page(port: int) -> str:
    return _POPUP.substitute(css=_CSS, foreign=f"http://127.0.0.2:{port}/")


def index_page() -> str:
    return _INDEX.substitute(css=_CSS)
