/* Sen offline: installs the service worker, saves a course for reading without internet,
 * and keeps what she does offline ("done" taps, quiz answers) on the phone until it can be
 * sent, each with a key made here so that sending twice records it once.
 * Only an enhancement: without this script every page and form works as before.
 */
(function () {
  "use strict";
  var QUEUE = "sen-queue";
  var SAVED = "sen-saved";
  var SHELL_FOR = "sen-shell-member";  // who the worker's offline page was made for
  var sending = false;

  function read(name, fallback) {
    try { return JSON.parse(localStorage.getItem(name)) || fallback; } catch (e) { return fallback; }
  }
  function write(name, value) { localStorage.setItem(name, JSON.stringify(value)); }
  function byId(id) { return document.getElementById(id); }
  function member() { return document.body.getAttribute("data-member") || ""; }

  function uuid() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    var b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 15) | 64; b[8] = (b[8] & 63) | 128;
    var h = Array.prototype.map.call(b, function (x) { return (x + 256).toString(16).slice(1); }).join("");
    return h.slice(0, 8) + "-" + h.slice(8, 12) + "-" + h.slice(12, 16) + "-" + h.slice(16, 20) + "-" + h.slice(20);
  }

  function csrfToken() {
    var match = document.cookie.match(/(?:^|;\s*)csrftoken=([^;]+)/);
    if (match) return decodeURIComponent(match[1]);
    var field = document.querySelector("input[name=csrfmiddlewaretoken]");
    return field ? field.value : "";
  }

  /* Online / offline: the banner, and what only works in one of them. */
  function showConnection() {
    var offline = !navigator.onLine;
    var banner = byId("offline-banner");
    if (banner) banner.hidden = !offline;
    document.querySelectorAll("[data-offline-only]").forEach(function (el) { el.hidden = !offline; });
    document.querySelectorAll("[data-online-only]").forEach(function (el) { el.hidden = offline; });
  }

  function notice(text, link, linkText) {
    var box = byId("sync-notice");
    if (!box || !text) return;
    box.textContent = text + " ";
    if (link) {
      var a = document.createElement("a");
      a.href = link;
      a.textContent = linkText;
      box.appendChild(a);
    }
    box.hidden = false;
  }

  /* The queue: [{key, url, fields, member}], kept in localStorage until the server answers. */
  function enqueue(url, fields) {
    var queue = read(QUEUE, []);
    fields.key = uuid();
    queue.push({ key: fields.key, url: url, fields: fields, member: member(), page: location.pathname });
    write(QUEUE, queue);
  }

  function mine() {
    return read(QUEUE, []).filter(function (e) { return e.member === member(); });
  }

  function post(entry) {
    var body = new URLSearchParams();
    Object.keys(entry.fields).forEach(function (name) {
      [].concat(entry.fields[name]).forEach(function (value) { body.append(name, value); });
    });
    return fetch(entry.url, {
      method: "POST",
      body: body,
      credentials: "same-origin",
      headers: { "Accept": "application/json", "X-CSRFToken": csrfToken() },
    });
  }

  /* Send what she did offline, oldest first. Resolves to the result pages of quizzes sent. */
  async function flush() {
    var waiting = mine();
    if (sending || !navigator.onLine || !member() || !waiting.length) return [];
    sending = true;
    var done = [], results = [], problem = "", changed = [];
    try {
      for (var i = 0; i < waiting.length; i++) {
        var response;
        try { response = await post(waiting[i]); } catch (e) { break; }  // still no connection
        // Kept for later: signed out (401), refused token (403), server trouble (5xx).
        if (response.status === 401 || response.status === 403 || response.status >= 500) continue;
        var data = await response.json().catch(function () { return {}; });
        if (data.result_url) results.push(data.result_url);
        if (!response.ok && data.message) problem = data.message;
        done.push(waiting[i].key);
        changed.push(waiting[i]);
      }
    } finally {
      sending = false;
    }
    write(QUEUE, read(QUEUE, []).filter(function (e) { return done.indexOf(e.key) < 0; }));
    var box = byId("sync-notice");
    if (problem) notice(problem);
    else if (done.length && box) {
      notice(box.getAttribute("data-sent"), results[results.length - 1], box.getAttribute("data-result"));
    }
    if (changed.length) {
      refreshSaved(changed);
      await refreshMain();
    }
    return results;
  }

  /* What was just recorded shows on the open page without a reload: its content is fetched
   * again and put in place (the notices above it stay). */
  function refreshMain() {
    return fetch(location.href, { credentials: "same-origin", headers: { "Accept": "text/html" } })
      .then(function (r) { if (!r.ok) throw new Error(r.status); return r.text(); })
      .then(function (html) {
        var fresh = new DOMParser().parseFromString(html, "text/html").getElementById("main");
        var main = byId("main");
        if (!fresh || !main) return;
        main.innerHTML = fresh.innerHTML;
        enhance(main);
        document.dispatchEvent(new CustomEvent("sen:refreshed"));
      })
      .catch(function () {});
  }

  /* ...and the copies the phone keeps of the pages it changed (the lesson, its course, the
   * open page) are fetched again, so they agree when she is offline next time. */
  function parentOf(path) { return path.replace(/[^/]+\/$/, ""); }
  function refreshSaved(entries) {
    if (!("serviceWorker" in navigator) || !navigator.serviceWorker.controller) return;
    var urls = [location.pathname];
    entries.forEach(function (e) {
      [e.page, e.fields && e.fields.next && [].concat(e.fields.next)[0]].forEach(function (page) {
        if (page) urls.push(page, parentOf(page));
      });
    });
    navigator.serviceWorker.controller.postMessage({ type: "refresh", urls: urls });
  }

  function queued(form) {
    var note = form.querySelector("[data-offline-queued]");
    if (note) note.hidden = false;
    form.querySelectorAll("button[type=submit]").forEach(function (b) { b.hidden = true; });
  }

  function isQueued(url) {
    return mine().some(function (e) { return e.url === url; });
  }

  function queuedPages() {
    return mine().map(function (e) { return e.page; });
  }

  /* A lesson whose "done" waits on the phone says so, also after a reload while offline:
   * its form shows "saved, will be sent" instead of the button, and the course outline marks
   * it. */
  function showQueued(root) {
    root.querySelectorAll("form[data-offline-sync]").forEach(function (form) {
      if (isQueued(form.getAttribute("data-offline-sync"))) queued(form);
    });
    root.querySelectorAll("form[data-offline-quiz]").forEach(function (form) {
      if (isQueued(form.action)) queued(form);
    });
    var pages = queuedPages();
    root.querySelectorAll("[data-queued-label]").forEach(function (outline) {
      outline.querySelectorAll("a[href]").forEach(function (link) {
        var li = link.closest("li");
        if (!li || li.classList.contains("done") || li.querySelector(".outline-queued")) return;
        if (pages.indexOf(new URL(link.href).pathname) < 0) return;
        var state = document.createElement("span");
        state.className = "outline-queued";
        state.textContent = " · " + outline.getAttribute("data-queued-label");
        (li.querySelector(".outline-state") || link).appendChild(state);
      });
    });
  }

  function enhance(root) {
    /* "I have finished this lesson" tapped offline: kept and sent later. */
    root.querySelectorAll("form[data-offline-sync]").forEach(function (form) {
      form.addEventListener("submit", function (event) {
        if (navigator.onLine) return;
        event.preventDefault();
        enqueue(form.getAttribute("data-offline-sync"), {});
        queued(form);
      });
    });

    /* Quiz answered offline: kept, then sent (at once when online) and scored on the server. */
    root.querySelectorAll("form[data-offline-quiz]").forEach(function (form) {
      form.addEventListener("submit", function (event) {
        event.preventDefault();
        var fields = {};
        new FormData(form).forEach(function (value, name) {
          if (name === "csrfmiddlewaretoken" || name === "key") return;
          fields[name] = (fields[name] || []).concat(value);
        });
        enqueue(form.action, fields);
        queued(form);
        flush().then(function (results) { if (results.length) location.href = results[0]; });
      });
    });

    if ("serviceWorker" in navigator) root.querySelectorAll("[data-offline-save]").forEach(saveCourse);
    showQueued(root);
    showConnection();
  }

  /* "Save to learn offline" on a course page: size first, then the download. */
  function saveCourse(box) {
    var status = box.querySelector("[data-offline-status]");
    var ask = box.querySelector("[data-offline-ask]");
    var confirm = box.querySelector("[data-offline-confirm]");
    var course = box.getAttribute("data-course");
    var bundle = null;
    var say = function (text) { status.textContent = text; };
    if (read(SAVED, {})[course]) say(box.getAttribute("data-saved"));
    box.hidden = false;
    ask.addEventListener("click", function () {
      fetch(box.getAttribute("data-manifest"), { credentials: "same-origin", headers: { "Accept": "application/json" } })
        .then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); })
        .then(function (data) { bundle = data; say(data.size_text); confirm.hidden = false; })
        .catch(function () { say(box.getAttribute("data-failed")); });
    });
    confirm.addEventListener("click", function () {
      confirm.hidden = true;
      say(box.getAttribute("data-saving"));
      navigator.serviceWorker.ready.then(function (registration) {
        var channel = new MessageChannel();
        channel.port1.onmessage = function (event) {
          var m = event.data;
          if (!m.finished) { say(box.getAttribute("data-saving") + " " + m.done + "/" + m.total); return; }
          if (m.failed) { say(box.getAttribute("data-failed")); return; }
          var saved = read(SAVED, {});
          saved[course] = bundle.version;
          write(SAVED, saved);
          say(box.getAttribute("data-saved"));
        };
        registration.active.postMessage({ type: "save", items: bundle.items }, [channel.port2]);
      });
    });
  }

  /* The page the worker shows for a page not kept is a copy made earlier: keep it made for
   * whoever is signed in now, so it never offers "Sign in" to a signed-in member. */
  function refreshShell() {
    if (!navigator.onLine || localStorage.getItem(SHELL_FOR) === member()) return;
    navigator.serviceWorker.ready.then(function (registration) {
      var channel = new MessageChannel();
      channel.port1.onmessage = function (event) {
        if (event.data && event.data.shell) localStorage.setItem(SHELL_FOR, member());
      };
      registration.active.postMessage({ type: "shell" }, [channel.port2]);
    });
  }

  if ("serviceWorker" in navigator) {
    navigator.serviceWorker.register("/sw.js").catch(function () {});
    refreshShell();
    document.querySelectorAll("form[action$='/signout/']").forEach(function (form) {
      form.addEventListener("submit", function () {
        localStorage.removeItem(SAVED);
        if (navigator.serviceWorker.controller) navigator.serviceWorker.controller.postMessage({ type: "forget" });
      });
    });
  }
  enhance(document);
  window.addEventListener("online", function () { showConnection(); flush(); });
  window.addEventListener("offline", showConnection);
  flush();
})();
