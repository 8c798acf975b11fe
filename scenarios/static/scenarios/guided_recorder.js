/* The guided role-play: plays each customer line, records the agent's answer with
   MediaRecorder (recording indicator, level meter from a Web Audio AnalyserNode),
   uploads it at once so the worker transcribes it while the call goes on, lets the
   agent record a turn again, and submits the attempt. No microphone: a clear message
   and the upload alternative. */
(function () {
  "use strict";
  var section = document.getElementById("guided");
  if (!section) { return; }
  var text = JSON.parse(document.getElementById("practice-text").textContent);
  var heard = JSON.parse(document.getElementById("turns-heard").textContent);
  var turns = Array.prototype.slice.call(section.querySelectorAll("li.turn"));
  var submitButton = document.getElementById("submit-attempt");
  var micError = section.querySelector(".mic-error");
  var recorded = {};
  heard.forEach(function (turn) { recorded[turn.index] = true; });

  var stream = null, analyser = null, audioContext = null, recorder = null;
  var chunks = [], tick = null, frame = null, startedAt = 0;

  function q(turn, selector) { return turn.querySelector(selector); }
  function indexOf(turn) { return Number(turn.dataset.index); }

  function csrfToken() {
    var match = document.cookie.match(/(?:^|;\s*)csrftoken=([^;]+)/);
    if (match) { return decodeURIComponent(match[1]); }
    var input = document.querySelector("input[name=csrfmiddlewaretoken]");
    return input ? input.value : "";
  }

  function supportedType() {
    var types = ["audio/webm;codecs=opus", "audio/webm", "audio/ogg;codecs=opus", "audio/mp4"];
    for (var i = 0; i < types.length; i++) {
      if (window.MediaRecorder.isTypeSupported(types[i])) { return types[i]; }
    }
    return "";
  }

  function extensionFor(type) {
    if (type.indexOf("ogg") !== -1) { return "ogg"; }
    if (type.indexOf("mp4") !== -1) { return "m4a"; }
    return "webm";
  }

  function showMicError(message) {
    micError.textContent = message + " ";
    if (section.dataset.uploadFallback) {
      var link = document.createElement("a");
      link.href = section.dataset.uploadFallback;
      link.textContent = text.upload_instead;
      micError.appendChild(link);
    }
    micError.hidden = false;
    turns.forEach(function (turn) { q(turn, ".record").disabled = true; q(turn, ".rerecord").disabled = true; });
  }

  function openMicrophone() {
    if (stream) { return Promise.resolve(stream); }
    if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia || !window.MediaRecorder) {
      return Promise.reject(new Error("unsupported"));
    }
    return navigator.mediaDevices.getUserMedia({ audio: true }).then(function (s) {
      stream = s;
      audioContext = new (window.AudioContext || window.webkitAudioContext)();
      analyser = audioContext.createAnalyser();
      analyser.fftSize = 1024;
      audioContext.createMediaStreamSource(stream).connect(analyser);
      return stream;
    });
  }

  function drawLevel(bar) {
    var samples = new Float32Array(analyser.fftSize);
    analyser.getFloatTimeDomainData(samples);
    var sum = 0;
    for (var i = 0; i < samples.length; i++) { sum += samples[i] * samples[i]; }
    var rms = Math.sqrt(sum / samples.length);
    bar.style.width = Math.min(100, Math.round(rms * 400)) + "%";
    frame = window.requestAnimationFrame(function () { drawLevel(bar); });
  }

  function elapsedLabel() {
    var seconds = Math.floor((Date.now() - startedAt) / 1000);
    return Math.floor(seconds / 60) + ":" + String(seconds % 60).padStart(2, "0");
  }

  function playLine(turn) {
    if (turn.dataset.audioUrl) {
      new Audio(turn.dataset.audioUrl).play().catch(function () { /* autoplay refused: the button stays */ });
    }
  }

  function activate(turn) {
    turns.forEach(function (other) {
      var active = other === turn;
      other.classList.toggle("active", active);
      q(other, ".record").hidden = !active || recorded[indexOf(other)];
      q(other, ".rerecord").hidden = !recorded[indexOf(other)];
    });
    if (turn) {
      turn.scrollIntoView({ block: "nearest" });
      playLine(turn);
    }
  }

  function nextTurn() {
    for (var i = 0; i < turns.length; i++) {
      if (!recorded[indexOf(turns[i])]) { return turns[i]; }
    }
    return null;
  }

  function refreshSubmit() {
    submitButton.disabled = nextTurn() !== null || recorder !== null;
  }

  function startRecording(turn) {
    openMicrophone().then(function () {
      var type = supportedType();
      recorder = new MediaRecorder(stream, type ? { mimeType: type } : undefined);
      chunks = [];
      recorder.ondataavailable = function (event) { if (event.data.size) { chunks.push(event.data); } };
      recorder.onstop = function () {
        var blob = new Blob(chunks, { type: recorder.mimeType || type });
        recorder = null;
        upload(turn, blob);
      };
      if (audioContext.state === "suspended") { audioContext.resume(); }
      recorder.start();
      startedAt = Date.now();
      turns.forEach(function (other) { q(other, ".record").disabled = true; q(other, ".rerecord").disabled = true; });
      q(turn, ".record").hidden = true;
      q(turn, ".rerecord").hidden = true;
      q(turn, ".stop").hidden = false;
      var indicator = q(turn, ".recording-indicator");
      indicator.hidden = false;
      q(indicator, ".elapsed").textContent = "0:00";
      tick = window.setInterval(function () { q(indicator, ".elapsed").textContent = elapsedLabel(); }, 250);
      drawLevel(q(turn, ".level-bar"));
      refreshSubmit();
    }).catch(function (error) {
      var denied = error && (error.name === "NotAllowedError" || error.name === "NotFoundError" ||
        error.name === "NotReadableError" || error.name === "SecurityError");
      showMicError(denied ? text.mic_denied : text.no_recorder);
    });
  }

  function stopRecording(turn) {
    window.clearInterval(tick);
    window.cancelAnimationFrame(frame);
    q(turn, ".level-bar").style.width = "0";
    q(turn, ".recording-indicator").hidden = true;
    q(turn, ".stop").hidden = true;
    recorder.stop();
  }

  function enableButtons() {
    turns.forEach(function (other) { q(other, ".record").disabled = false; q(other, ".rerecord").disabled = false; });
  }

  function upload(turn, blob) {
    var status = q(turn, ".turn-status");
    status.textContent = text.uploading;
    q(turn, ".heard").textContent = "";
    var form = new FormData();
    form.append("audio", blob, "turn-" + indexOf(turn) + "." + extensionFor(blob.type));
    fetch(turn.dataset.uploadUrl, {
      method: "POST", body: form, credentials: "same-origin",
      headers: { "X-CSRFToken": csrfToken(), Accept: "application/json" }
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (data) {
        enableButtons();
        if (!response.ok) {
          status.textContent = text.upload_failed + " " + (data.error || response.status);
          status.classList.add("error");
          activate(turn);
          return;
        }
        status.classList.remove("error");
        status.textContent = text.transcribing;
        recorded[indexOf(turn)] = true;
        activate(nextTurn());
        refreshSubmit();
        if (window.AttemptStatus) { window.AttemptStatus.watch(); }
      });
    }).catch(function () {
      enableButtons();
      status.textContent = text.network_error;
      status.classList.add("error");
      activate(turn);
    });
  }

  document.addEventListener("attempt-status", function (event) {
    event.detail.turns.forEach(function (state) {
      var turn = turns[state.index];
      if (!turn || !state.transcribed) { return; }
      var status = q(turn, ".turn-status");
      status.textContent = state.error ? state.error + " " + text.record_again : "";
      status.classList.toggle("error", Boolean(state.error));
      q(turn, ".heard").textContent = state.text ? text.heard + " " + state.text : (state.error ? "" : text.nothing_heard);
    });
  });

  turns.forEach(function (turn) {
    q(turn, ".record").addEventListener("click", function () { startRecording(turn); });
    q(turn, ".rerecord").addEventListener("click", function () { activate(turn); startRecording(turn); });
    q(turn, ".stop").addEventListener("click", function () { stopRecording(turn); });
    var again = q(turn, ".play-line");
    if (again) { again.addEventListener("click", function () { playLine(turn); }); }
  });

  submitButton.addEventListener("click", function () {
    submitButton.disabled = true;
    submitButton.textContent = text.submitting;
    fetch(section.dataset.submitUrl, {
      method: "POST", credentials: "same-origin",
      headers: { "X-CSRFToken": csrfToken(), Accept: "application/json" }
    }).then(function (response) {
      return response.json().then(function (data) {
        if (!response.ok) { throw new Error(data.error || response.status); }
        if (stream) { stream.getTracks().forEach(function (track) { track.stop(); }); }
        section.hidden = true;
        window.AttemptStatus.watch();
      });
    }).catch(function (error) {
      submitButton.disabled = false;
      micError.textContent = String(error.message || error);
      micError.hidden = false;
    });
  });

  if (!window.MediaRecorder || !navigator.mediaDevices) { showMicError(text.no_recorder); }
  activate(nextTurn());
  refreshSubmit();
  if (heard.some(function (turn) { return !turn.transcribed; })) { window.AttemptStatus.watch(); }
})();
