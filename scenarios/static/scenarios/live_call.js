/* The live role-play call: the customer's line is played (and captioned), the agent answers by
   voice, the end of the turn is found by silence (or the "I've finished" button), the reply is
   uploaded, transcribed and judged on the server, and the customer's next line played.
   Without a microphone the agent types the replies. The server holds the call's state, so a
   reload resumes it, and a second tab is refused by the server rather than forking the call. */
(function () {
  "use strict";
  var root = document.getElementById("call");
  if (!root) { return; }
  var text = JSON.parse(document.getElementById("practice-text").textContent);
  var $ = function (selector) { return root.querySelector(selector); };
  var statusEl = $("#call-status");
  var captionEl = $("#caption");
  var captionText = $("#caption-text");
  var heardEl = $("#heard");
  var hintEl = $("#hint-text");
  var errorEl = $("#call-error");
  var levelBar = $(".level-bar");
  var startButton = $("#call-start");
  var endTurnButton = $("#end-turn");
  var typedForm = $("#typed-reply");
  var typedInput = $("#typed-reply textarea");
  var silenceInput = $("#silence-ms");
  var silenceOutput = $("#silence-ms-value");
  var captionsBox = $("#captions-on");

  var call = null;          // the server's view: {turn, ended, line: {index, id, say, audio}}
  var stream = null;
  var typing = false;       // no microphone: replies are typed
  var listening = null;     // the turn being recorded: {recorder, chunks, stop()}
  var pending = null;       // a reply that could not be sent yet (connection lost)
  var player = null;
  var hungUp = false;

  function csrf() {
    var match = document.cookie.match(/(?:^|;\s*)csrftoken=([^;]+)/);
    return match ? decodeURIComponent(match[1]) : "";
  }

  function say(message) { statusEl.textContent = message; }

  function showError(message) {
    errorEl.textContent = message;
    errorEl.hidden = !message;
  }

  function setCaption(line) {
    captionText.textContent = line ? line.say : "";
    captionEl.hidden = !line || !captionsBox.checked;
  }

  function getJSON(url) {
    return fetch(url, { headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then(function (response) { return response.json(); });
  }

  function post(url, body) {
    return fetch(url, {
      method: "POST", body: body, credentials: "same-origin",
      headers: { "X-CSRFToken": csrf(), Accept: "application/json" }
    });
  }

  /* --- The customer speaks */

  function playLine(line) {
    setCaption(line);
    say(text.customer_speaking);
    return new Promise(function (resolve) {
      if (!line.audio) { window.setTimeout(resolve, 600); return; }
      player = new Audio(line.audio);
      var done = function () { player = null; resolve(); };
      player.addEventListener("ended", done);
      player.addEventListener("error", function () {
        say(text.no_voice);  // the caption carries the line
        window.setTimeout(done, 1200);
      });
      player.play().catch(function () { window.setTimeout(done, 1200); });
    });
  }

  /* --- The agent answers */

  function listen() {
    hintEl.hidden = true;
    if (typing) {
      typedForm.hidden = false;
      say(text.your_turn_type);
      typedInput.focus();
      return;
    }
    startRecording();
  }

  function startRecording() {
    var chunks = [];
    var recorder = new MediaRecorder(stream);
    var context = new (window.AudioContext || window.webkitAudioContext)();
    var analyser = context.createAnalyser();
    analyser.fftSize = 1024;
    context.createMediaStreamSource(stream).connect(analyser);
    var samples = new Float32Array(analyser.fftSize);
    var started = Date.now();
    var floor = null;
    var spoke = false;
    var lastVoice = 0;
    var timer = null;
    recorder.addEventListener("dataavailable", function (event) { if (event.data.size) { chunks.push(event.data); } });
    recorder.addEventListener("stop", function () {
      window.clearInterval(timer);
      levelBar.style.width = "0";
      context.close();
      if (hungUp) { return; }
      sendReply({ audio: new Blob(chunks, { type: recorder.mimeType || "audio/webm" }) });
    });

    function tick() {
      analyser.getFloatTimeDomainData(samples);
      var sum = 0;
      for (var i = 0; i < samples.length; i++) { sum += samples[i] * samples[i]; }
      var rms = Math.sqrt(sum / samples.length);
      levelBar.style.width = Math.min(100, Math.round(rms * 400)) + "%";
      var now = Date.now();
      if (now - started < 400) { floor = floor === null ? rms : Math.min(floor, rms); return; }
      var threshold = Math.max(0.015, (floor || 0) * 3);
      if (rms > threshold) { spoke = true; lastVoice = now; }
      var silenceMs = parseInt(silenceInput.value, 10);
      if ((spoke && now - lastVoice >= silenceMs) || (!spoke && now - started > 12000) || now - started > 60000) {
        listening.stop();
      }
    }

    listening = {
      stop: function () {
        if (listening === null) { return; }
        listening = null;
        endTurnButton.disabled = true;
        recorder.stop();
      }
    };
    recorder.start(250);
    timer = window.setInterval(tick, 50);
    endTurnButton.disabled = false;
    say(text.your_turn);
  }

  /* --- The server judges the reply and picks the next line */

  function sendReply(reply, attempt) {
    attempt = attempt || 1;
    say(text.thinking);
    var body = new FormData();
    body.append("turn", call.turn);
    body.append("line", call.line.id);
    if (reply.audio) { body.append("audio", reply.audio, "reply.webm"); } else { body.append("text", reply.text); }
    post(root.dataset.replyUrl, body)
      .then(function (response) {
        return response.json().then(function (data) { return { status: response.status, data: data }; });
      })
      .then(function (result) {
        pending = null;
        if (result.status === 409) { showError(result.data.error); say(text.call_stopped); finishControls(); return; }
        if (result.status !== 200) { showError(result.data.error || text.reply_failed); listen(); return; }
        showError("");
        heardEl.textContent = result.data.heard ? text.heard + " " + result.data.heard : text.heard_nothing;
        call = result.data.call;
        if (result.data.next) {
          playLine(call.line).then(function () { if (call.ended) { ended(); } else { listen(); } });
        } else {
          ended();
        }
      })
      .catch(function () {
        if (attempt < 3) { window.setTimeout(function () { sendReply(reply, attempt + 1); }, 1000 * attempt); return; }
        pending = reply;
        showError(text.network_error);
        $("#retry-reply").hidden = false;
        say(text.call_paused);
      });
  }

  function finishControls() {
    root.querySelectorAll(".during-call button, .during-call textarea").forEach(function (el) { el.disabled = true; });
    if (stream) { stream.getTracks().forEach(function (track) { track.stop(); }); }
  }

  function ended() {
    finishControls();
    say(text.call_ended);
    window.setTimeout(function () { window.location.reload(); }, 1500);
  }

  /* --- Controls */

  function begin() {
    startButton.disabled = true;
    root.querySelector(".during-call").hidden = false;
    var microphone = navigator.mediaDevices && navigator.mediaDevices.getUserMedia && window.MediaRecorder
      ? navigator.mediaDevices.getUserMedia({ audio: true }) : Promise.reject(new Error("no recorder"));
    microphone
      .then(function (granted) { stream = granted; })
      .catch(function () {
        typing = true;
        $("#mic-error").hidden = false;
        endTurnButton.hidden = true;
      })
      .then(function () { return getJSON(root.dataset.stateUrl); })
      .then(function (state) {
        call = state;
        if (call.ended) { ended(); return; }
        startButton.hidden = true;
        playLine(call.line).then(listen);
      })
      .catch(function () { showError(text.network_error); startButton.disabled = false; });
  }

  startButton.addEventListener("click", begin);
  endTurnButton.addEventListener("click", function () { if (listening) { listening.stop(); } });
  typedForm.addEventListener("submit", function (event) {
    event.preventDefault();
    typedForm.hidden = true;
    sendReply({ text: typedInput.value });
    typedInput.value = "";
  });
  $("#retry-reply").addEventListener("click", function (event) {
    event.target.hidden = true;
    showError("");
    if (pending) { sendReply(pending); }
  });
  $("#hint").addEventListener("click", function () {
    getJSON(root.dataset.hintUrl).then(function (data) {
      hintEl.textContent = text.hint + " " + data.hint;
      hintEl.hidden = false;
    });
  });
  $("#replay").addEventListener("click", function () { if (call && !listening) { playLine(call.line); } });
  $("#hang-up").addEventListener("click", function () {
    hungUp = true;
    if (listening) { listening.stop(); }
    if (player) { player.pause(); }
    finishControls();
    say(text.hanging_up);
    post(root.dataset.hangUpUrl, new FormData()).then(function () { window.location.reload(); });
  });
  captionsBox.addEventListener("change", function () { setCaption(call && call.line); });
  silenceInput.addEventListener("input", function () {
    // Written as the page's language writes decimals (1,0 s in Italian).
    silenceOutput.textContent = (parseInt(silenceInput.value, 10) / 1000).toLocaleString(
      document.documentElement.lang, {minimumFractionDigits: 1, maximumFractionDigits: 2}) + " s";
  });
})();
