/* The simulated social inbox. The server is the clock and keeps the thread: this script
   shows it, asks for it again when the server says the next customer message is due,
   sends replies (each with a key, so a double click or a retry posts once), counts the
   public limit live, keeps unsent drafts across a reload, and shows how long ago each
   customer message arrived. While the practice is being scored it waits, then reloads. */
(function () {
  "use strict";
  var root = document.getElementById("inbox");
  if (!root) { return; }

  function data(id) { return JSON.parse(document.getElementById(id).textContent); }

  if (root.dataset.state === "scoring") {
    var delay = 1000;
    var poll = function () {
      fetch(root.dataset.statusUrl, { headers: { Accept: "application/json" }, credentials: "same-origin" })
        .then(function (response) { return response.json(); })
        .then(function (status) {
          if (status.settled) { window.location.reload(); } else { window.setTimeout(poll, delay); }
        })
        .catch(function () { window.setTimeout(poll, delay); });
      delay = Math.min(delay * 1.3, 4000);
    };
    window.setTimeout(poll, delay);
    return;
  }
  if (root.dataset.interactive !== "true") { return; }

  var text = data("inbox-text");
  var names = { brand: data("inbox-brand"), customer: data("inbox-customer"), handle: data("inbox-handle"), agent: data("inbox-agent") };
  var limit = parseInt(root.dataset.limit, 10);
  var state = data("inbox-state");
  var loadedAt = performance.now();
  var loadedElapsed = state.elapsed;
  var nextTimer = null;
  var feeds = { "public": document.getElementById("feed-public"), "private": document.getElementById("feed-private") };
  var announce = document.getElementById("inbox-announce");  // one polite live region, not the ticking feeds
  var seen = {};
  Array.prototype.forEach.call(root.querySelectorAll(".message[data-id]"), function (item) { seen[item.dataset.id] = true; });

  function format(template, values) {
    return template.replace(/%\((\w+)\)s/g, function (_, key) { return values[key]; });
  }

  function elapsed() {
    if (state.ended) { return Math.min(state.elapsed, state.time_limit); }
    return loadedElapsed + (performance.now() - loadedAt) / 1000;
  }

  function chars(value) { return Array.from(value).length; }  // code points, as the server counts

  function ago(seconds) {
    if (seconds < 10) { return text.now; }
    if (seconds < 60) { return format(text.seconds_ago, { n: Math.floor(seconds) }); }
    return format(text.minutes_ago, { n: Math.floor(seconds / 60) });
  }

  function clock(seconds) {
    var s = Math.max(0, Math.floor(seconds));
    return Math.floor(s / 60) + ":" + String(s % 60).padStart(2, "0");
  }

  function messageItem(message) {
    var item = document.createElement("li");
    item.className = "message from-" + message.author + (message.over_limit ? " over-limit" : "");
    item.dataset.id = message.id;
    var who = document.createElement("p");
    who.className = "who";
    var name = document.createElement("strong");
    var handle = document.createElement("span");
    handle.className = "handle";
    if (message.author === "customer") {
      name.textContent = names.customer;
      handle.textContent = names.handle;
    } else {
      name.textContent = names.brand;
      handle.textContent = "(" + names.agent + ")";
    }
    var time = document.createElement("time");
    time.className = "ago";
    time.dataset.at = message.at;
    who.append(name, " ", handle, " · ", time);
    var body = document.createElement("p");
    body.className = "text";
    body.textContent = message.text;
    item.append(who, body);
    return item;
  }

  function render(next) {
    if (next.state !== "recording") { window.location.reload(); return; }  // finished elsewhere
    state = next;
    loadedAt = performance.now();
    loadedElapsed = next.elapsed;
    next.messages.forEach(function (message) {
      if (seen[message.id]) { return; }
      seen[message.id] = true;
      var feed = feeds[message.visibility];
      var empty = feed.querySelector(".empty");
      if (empty) { empty.remove(); }
      feed.appendChild(messageItem(message));
      feed.lastChild.scrollIntoView({ block: "nearest" });
      if (message.author === "customer") {
        announce.textContent = format(text.new_message, { name: names.customer, text: message.text });
      }
    });
    tick();
    schedule();
  }

  function tick() {
    var now = elapsed();
    Array.prototype.forEach.call(root.querySelectorAll("time.ago"), function (time) {
      time.textContent = ago(now - parseFloat(time.dataset.at));
    });
    var left = document.getElementById("time-left");
    if (left) { left.textContent = format(text.time_left, { t: clock(state.time_limit - now) }); }
    if (!state.ended && now >= state.time_limit) {
      state.ended = true;  // until the server confirms: no second request meanwhile
      refresh();
    }
    if (state.ended) { end(); }
  }

  function end() {
    document.getElementById("ended-note").hidden = false;
    root.querySelector(".status .state").textContent = text.time_is_up;
    Array.prototype.forEach.call(root.querySelectorAll(".composer textarea, .composer button"), function (el) { el.disabled = true; });
  }

  function schedule() {
    if (nextTimer !== null) { window.clearTimeout(nextTimer); nextTimer = null; }
    if (state.ended || state.next_arrival_in === null) { return; }
    nextTimer = window.setTimeout(refresh, (state.next_arrival_in + 0.3) * 1000);
  }

  function refresh() {
    nextTimer = null;
    fetch(root.dataset.stateUrl, { headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then(function (response) { if (!response.ok) { throw new Error(response.status); } return response.json(); })
      .then(render)
      .catch(function () { nextTimer = window.setTimeout(refresh, 3000); });
  }

  function newKey() {
    if (window.crypto && crypto.randomUUID) { return crypto.randomUUID(); }
    var bytes = crypto.getRandomValues(new Uint8Array(16));
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    var hex = Array.from(bytes, function (b) { return b.toString(16).padStart(2, "0"); }).join("");
    return [hex.slice(0, 8), hex.slice(8, 12), hex.slice(12, 16), hex.slice(16, 20), hex.slice(20)].join("-");
  }

  function setUpComposer(form) {
    var visibility = form.dataset.visibility;
    var area = form.querySelector("textarea");
    var keyField = form.querySelector("input[name=key]");
    var error = form.querySelector(".reply-error");
    var warning = form.querySelector(".limit-warning");
    var count = form.querySelector(".counter");
    var preview = form.querySelector(".preview");
    var send = form.querySelector(".send");
    var storeKey = "social-draft-" + root.dataset.attempt + "-" + visibility;
    var sending = false;

    function update() {
      if (count) {
        var n = chars(area.value);
        count.querySelector(".count").textContent = n;
        count.classList.toggle("over", n > limit);
        warning.hidden = n <= limit;
        warning.textContent = n > limit ? format(text.over_limit, { n: n - limit }) : "";
        preview.hidden = !area.value.trim();
        preview.querySelector(".text").textContent = area.value;
      }
      try {
        sessionStorage.setItem(storeKey, JSON.stringify({ text: area.value, key: keyField.value }));
      } catch (e) { /* private browsing: drafts simply are not kept */ }
    }

    try {
      var draft = JSON.parse(sessionStorage.getItem(storeKey) || "null");
      if (draft) { area.value = draft.text; keyField.value = draft.key || ""; }
    } catch (e) { /* ignore a broken draft */ }
    update();

    area.addEventListener("input", function () { keyField.value = ""; error.textContent = ""; update(); });
    area.addEventListener("keydown", function (event) {
      if (event.key === "Enter" && !event.shiftKey && !event.ctrlKey && !event.altKey && !event.metaKey && !event.isComposing) {
        event.preventDefault();
        form.requestSubmit(send);
      }
    });
    form.querySelector(".sign").addEventListener("click", function () {
      var signature = this.dataset.signature;
      var current = area.value.replace(/\s+$/, "");
      if (current.slice(-signature.length) !== signature) {
        area.value = current + (current ? " " : "") + signature;
        keyField.value = "";
        update();
      }
      area.focus();
      area.setSelectionRange(area.value.length, area.value.length);
    });

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      if (sending) { return; }
      error.textContent = "";
      if (!area.value.trim()) { error.textContent = text.empty; area.focus(); return; }
      if (!keyField.value) { keyField.value = newKey(); update(); }
      sending = true;
      send.disabled = true;
      send.setAttribute("aria-busy", "true");
      fetch(form.action, {
        method: "POST", body: new FormData(form), credentials: "same-origin",
        headers: { Accept: "application/json", "X-CSRFToken": form.querySelector("[name=csrfmiddlewaretoken]").value }
      })
        .then(function (response) {
          return response.json().then(function (body) { return { ok: response.ok, body: body }; });
        })
        .then(function (result) {
          if (!result.ok) {
            error.textContent = result.body.error;
            refresh();  // e.g. the practice ended meanwhile
            return;
          }
          area.value = "";
          keyField.value = "";
          update();
          render(result.body);
          if (result.body.over_limit && warning) {
            warning.hidden = false;
            warning.textContent = format(text.sent_over_limit, { n: chars(result.body.message.text) - limit });
          }
          area.focus();
        })
        .catch(function () { error.textContent = text.network_error; })
        .finally(function () {
          sending = false;
          send.disabled = state.ended;
          send.removeAttribute("aria-busy");
        });
    });
  }

  Array.prototype.forEach.call(root.querySelectorAll(".composer"), setUpComposer);
  tick();
  schedule();
  window.setInterval(tick, 1000);
})();
