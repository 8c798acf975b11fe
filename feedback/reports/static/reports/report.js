// Clicking an evidence time plays the recording from that moment.
document.addEventListener("click", (event) => {
  const button = event.target.closest("button.seek");
  const audio = document.getElementById("recording");
  if (!button || !audio) return;
  audio.currentTime = parseFloat(button.dataset.start);
  audio.play();
});
