// The kiosk's offer to the webshop page: window.kiosk.verifyMobile(sessionToken) -> Promise.
//
// kiosk/ui/bridge.py injects this, after Qt's qwebchannel.js and inside one closure with it
// (so neither QWebChannel nor the native object leaks into the page), at document creation,
// only on the allowed hosts. The promise resolves with
//   {status: "verified", token, auth_token, updated_fields}  or
//   {status: "cancelled" | "locked" | "failed", reason};
// it never rejects. "kiosk-ready" is dispatched on document once the channel is up.
(function () {
  "use strict";
  var transport = (typeof qt === "object" && qt !== null) ? qt.webChannelTransport : undefined;
  if (!transport || Object.prototype.hasOwnProperty.call(window, "kiosk")) return;

  var pending = Object.create(null);  // request id -> resolve
  var queued = [];                    // calls made before the channel was up
  var native = null;
  var counter = 0;
  var prefix = Math.random().toString(36).slice(2, 10);

  function send(call) {
    if (native) native.verifyMobile(call.token, call.id);
    else queued.push(call);
  }

  function settle(id, result) {
    var resolve = pending[id];
    if (!resolve) return;  // another document's request, or answered already
    delete pending[id];
    resolve(result);
  }

  var api = Object.freeze({
    verifyMobile: function (sessionToken) {
      return new Promise(function (resolve) {
        var id = prefix + "-" + (++counter);
        pending[id] = resolve;
        send({id: id, token: typeof sessionToken === "string" ? sessionToken : ""});
      });
    }
  });
  Object.defineProperty(window, "kiosk", {value: api, enumerable: true});

  new QWebChannel(transport, function (channel) {
    native = channel.objects.kiosk || null;
    var waiting = queued.splice(0);
    if (!native) {
      waiting.forEach(function (call) { settle(call.id, {status: "failed", reason: "unavailable"}); });
      return;
    }
    native.verificationFinished.connect(settle);
    waiting.forEach(send);
    document.dispatchEvent(new Event("kiosk-ready"));
  });
})();
