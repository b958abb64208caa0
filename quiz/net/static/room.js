// The room's page: join with code and name, then answer. Everything shown that came from
// the room (names, questions, answers) is set as textContent: it is data, never markup.
"use strict";

(() => {
  const $ = (id) => document.getElementById(id);
  const sections = ["join", "lobby", "question", "reveal", "over"];
  const store = window.sessionStorage;
  let texts = { de: {}, en: {} };
  let lang = (store.getItem("quiz.lang") || navigator.language || "en").slice(0, 2) === "de" ? "de" : "en";
  let socket = null;
  let last = null;          // the last state
  let deadline = 0;         // performance.now() when the open question closes
  let sentFor = 0;          // the question number an answer was sent for
  let retries = 0;
  const RETRY_MAX = 60;     // the host keeps a seat for at least a minute

  function text(key, values) {
    const template = texts[lang][key] ?? texts.en[key] ?? key;
    return template.replace(/\{(\w+)\}/g, (_, name) => (values && name in values ? String(values[name]) : ""));
  }

  function show(name) {
    for (const section of sections) $(section).hidden = section !== name;
  }

  function status(message) { $("status").textContent = message || ""; }

  function applyTexts() {
    document.documentElement.lang = lang;
    document.title = text("title");
    for (const element of document.querySelectorAll("[data-text]")) {
      element.textContent = text(element.dataset.text);
    }
    $("answer").placeholder = text("answer_placeholder");
    $("language").textContent = lang === "de" ? "English" : "Deutsch";
    if (last) render(last);
  }

  function list(element, rows, line) {
    element.replaceChildren(...rows.map((row) => {
      const item = document.createElement("li");
      line(item, row);
      return item;
    }));
  }

  function boardLine(seat) {
    return (item, row) => {
      const name = document.createElement("span");
      name.textContent = row.name + (row.present ? "" : " (" + text("away") + ")");
      const score = document.createElement("span");
      score.className = "score";
      score.textContent = row.score + (row.gained ? "  +" + row.gained : "");
      item.value = row.place;
      item.classList.toggle("me", row.seat === seat);
      item.append(name, score);
    };
  }

  function render(state) {
    last = state;
    const room = state.room, you = state.you;
    if (room.phase === "lobby") {
      $("lobby-title").textContent = text("hello", { name: you.name });
      list($("lobby-players"), room.players, (item, p) => {
        item.textContent = p.name;
        item.classList.toggle("away", !p.present);
      });
      show("lobby");
    } else if (room.phase === "question") {
      renderQuestion(room.question, you);
      show("question");
    } else if (room.phase === "reveal") {
      renderReveal(room, you);
      show("reveal");
    } else {
      const players = room.players.length;
      const place = you.result ? you.result.place : "";
      $("final").textContent = text("final", { place, players });
      list($("podium"), room.podium, boardLine(you.seat));
      show("over");
    }
  }

  function renderQuestion(question, you) {
    const fresh = $("prompt").dataset.number !== String(question.number);
    $("question-number").textContent = question.total === null
      ? text("question_blitz", { number: question.number })
      : text("question", { number: question.number, total: question.total });
    if (fresh) {
      $("prompt").dataset.number = String(question.number);
      $("prompt").textContent = question.prompt;
      $("answer").value = "";
      $("answer-error").textContent = "";
      deadline = performance.now() + question.remaining * 1000;
      const buttons = question.choices.map((choice, index) => {
        const button = document.createElement("button");
        button.type = "button";
        const key = document.createElement("span");
        key.className = "key";
        key.textContent = "ABCDEF"[index];
        button.append(key, document.createTextNode(choice));
        button.addEventListener("click", () => { button.classList.add("picked"); answer(String(index + 1)); });
        return button;
      });
      $("choices").replaceChildren(...buttons);
      $("answer-form").hidden = question.choices.length > 0;
    }
    const done = you.answered || sentFor === question.number;
    for (const button of $("choices").querySelectorAll("button")) button.disabled = done;
    for (const field of $("answer-form").elements) field.disabled = done;
    $("received").hidden = !done;
    if (!done && fresh && question.choices.length === 0) $("answer").focus();
    tick();
  }

  function renderReveal(room, you) {
    const reveal = room.reveal, result = you.result;
    $("reveal-number").textContent = reveal.total === null
      ? text("question_blitz", { number: reveal.number })
      : text("question", { number: reveal.number, total: reveal.total });
    const verdict = result ? result.verdict : "timeout";
    $("verdict").textContent = text("verdict." + verdict);
    $("verdict").className = "verdict " + (verdict === "correct" || verdict === "typo" ? "right" : "wrong");
    $("right-answer").textContent = text("right_answer", { answer: reveal.answer });
    $("points").textContent = result ? text("points", { points: result.points, score: result.score }) : "";
    $("place").textContent = result ? text("place", { place: result.place, players: room.players.length }) : "";
    list($("leaderboard"), reveal.leaderboard.slice(0, 10), boardLine(you.seat));
  }

  function tick() {
    if (!last || last.room.phase !== "question") return;
    const left = Math.max(0, (deadline - performance.now()) / 1000);
    $("countdown").textContent = text("seconds_left", { seconds: Math.ceil(left) });
    $("countdown").classList.toggle("danger", left < 5);
  }

  function answer(given) {
    if (!last || last.room.phase !== "question") return;
    const number = last.room.question.number;
    if (sentFor === number) return;
    sentFor = number;
    send({ type: "answer", number, text: given });
    render(last);
  }

  function send(message) {
    if (socket && socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(message));
  }

  function connect(first) {
    const scheme = location.protocol === "https:" ? "wss://" : "ws://";
    socket = new WebSocket(scheme + location.host + "/ws");
    socket.addEventListener("open", () => {
      retries = 0;
      status("");
      const token = store.getItem("quiz.token");
      if (token) send({ type: "rejoin", token, lang });
      else if (first) send(first);
    });
    socket.addEventListener("message", (event) => {
      let message;
      try { message = JSON.parse(event.data); } catch { return; }
      if (message.type === "welcome") {
        store.setItem("quiz.token", message.token);
      } else if (message.type === "state") {
        render(message);
      } else if (message.type === "refused") {
        if (message.key === "room.error.unknown_seat") store.removeItem("quiz.token");
        if (!last) { show("join"); $("join-error").textContent = message.message; }
        else $("answer-error").textContent = message.message;
      }
    });
    socket.addEventListener("close", (event) => {
      if (last && last.room.phase === "over") { status(""); return; }
      if (event.code === 1001 || event.code === 1008) { status(text("closed")); return; }
      if (!store.getItem("quiz.token") || retries >= RETRY_MAX) { status(text("closed")); return; }
      retries += 1;
      status(text("lost"));
      setTimeout(() => connect(null), 1000);
    });
  }

  $("join-form").addEventListener("submit", (event) => {
    event.preventDefault();
    $("join-error").textContent = "";
    store.removeItem("quiz.token");
    const join = { type: "join", code: $("code").value, name: $("name").value, lang };
    if (socket && socket.readyState === WebSocket.OPEN) send(join);
    else connect(join);
  });
  $("answer-form").addEventListener("submit", (event) => { event.preventDefault(); answer($("answer").value); });
  $("skip").addEventListener("click", () => answer(""));
  $("language").addEventListener("click", () => {
    lang = lang === "de" ? "en" : "de";
    store.setItem("quiz.lang", lang);
    applyTexts();
  });
  setInterval(tick, 250);

  fetch("/texts.json").then((response) => response.json()).then((loaded) => {
    texts = loaded;
    $("code").value = new URLSearchParams(location.search).get("code") || "";
    applyTexts();
    if (store.getItem("quiz.token")) connect(null);
    else show("join");
  });
})();
