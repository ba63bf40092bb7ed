// The kiosk's own look at the page, in its isolated script world (the page can neither see nor call it):
// does the main document show a login form? Reported once per address (origin + path) on the console with
// the kiosk's per-page marker, which the page cannot read. Judged by the page, not by one input: a
// password field counts only when it is visible, not a short numeric PIN or one-time code, and either
// says it is a current password or has a visible user/e-mail field before it in its form (or, without
// a form, in the nearest enclosing block that holds one).
(function () {
  "use strict";
  var MARK = __KIOSK_MARK__;
  var PIN_WORDS = /\b(pin|otp|one[ -]?time|passcode|code|cvc|cvv|voucher)\b/i;
  var USER_WORDS = /(user|login|e-?mail|account|customer|member|phone|mobile|nick|identif)/i;
  var reported = {};
  var scheduled = false;

  function visible(el) {
    if (el.disabled || el.hidden) return false;
    var r = el.getBoundingClientRect();
    if (r.width < 2 || r.height < 2) return false;
    var s = window.getComputedStyle(el);
    return s.visibility !== "hidden" && s.display !== "none" && parseFloat(s.opacity || "1") > 0.05;
  }
  function words(el) {
    var text = [el.name, el.id, el.getAttribute("placeholder"), el.getAttribute("aria-label"),
                el.getAttribute("autocomplete")].join(" ");
    if (el.labels) for (var i = 0; i < el.labels.length; i++) text += " " + el.labels[i].textContent;
    return text;
  }
  function pinLike(el) {
    var mode = (el.getAttribute("inputmode") || "").toLowerCase();
    if (mode === "numeric" || mode === "decimal" || mode === "tel") return true;
    if (el.maxLength > 0 && el.maxLength <= 6) return true;
    return PIN_WORDS.test(words(el));
  }
  function userField(el) {
    if (el.tagName !== "INPUT" || !visible(el)) return false;
    var type = (el.getAttribute("type") || "text").toLowerCase();
    if (type === "email") return true;
    if (type !== "text" && type !== "tel" && type !== "") return false;
    return /username|email/i.test(el.getAttribute("autocomplete") || "") || USER_WORDS.test(words(el));
  }
  function hasUserFieldBefore(pw, scope) {
    var inputs = scope.querySelectorAll("input");
    for (var i = 0; i < inputs.length && inputs[i] !== pw; i++) if (userField(inputs[i])) return true;
    return false;
  }
  function isLoginPassword(pw) {
    if (!visible(pw) || pinLike(pw)) return false;
    if (/current-password/i.test(pw.getAttribute("autocomplete") || "")) return true;
    if (pw.form) return hasUserFieldBefore(pw, pw.form);
    var block = pw.parentElement;
    for (var depth = 0; block && depth < 4; depth++, block = block.parentElement) {
      if (block.querySelectorAll("input").length > 1) return hasUserFieldBefore(pw, block);
    }
    return false;
  }
  function check() {
    scheduled = false;
    window.__kioskLoginFormChecks = (window.__kioskLoginFormChecks || 0) + 1;  // this world only: for tests
    var key = location.origin + location.pathname;
    if (reported[key]) return;
    var fields = document.querySelectorAll("input[type=password i]");
    for (var i = 0; i < fields.length; i++) {
      if (isLoginPassword(fields[i])) {
        reported[key] = true;
        console.debug(MARK + " " + location.href);
        return;
      }
    }
  }
  function soon() {
    if (scheduled) return;
    scheduled = true;
    window.setTimeout(check, 400);
  }
  check();
  new MutationObserver(soon).observe(document.documentElement, {childList: true, subtree: true, attributes: true,
                                                                 attributeFilter: ["type", "style", "class", "hidden"]});
  window.addEventListener("load", soon);
})();
