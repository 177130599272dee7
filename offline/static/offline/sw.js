/* Sen service worker, served at /sw.js so that its scope is the whole site.
 *
 * - The app shell (the offline page and the stylesheet and script it links) is kept at
 *   install; static files are then answered from the cache and refreshed behind.
 * - Pages: network first; a copy of each page she opens (and of each course she saves) is
 *   kept, and shown when there is no connection. Pages with personal or admin data are
 *   never kept.
 * - Pictures of saved courses are answered from the cache, even online (data is expensive).
 * - Nothing but GET is touched: forms go to the server as they always do; offline.js queues
 *   what she does offline.
 *
 * Bump VERSION when this file's caching changes: older caches are deleted on activation.
 */
"use strict";

const VERSION = "v1";
const SHELL = `sen-shell-${VERSION}`;
const PAGES = `sen-pages-${VERSION}`;
const MEDIA = `sen-media-${VERSION}`;
const OFFLINE_URL = "/offline/";
const PRIVATE = [
  "/admin/", "/dashboard/", "/me/", "/members/", "/signin/", "/signup/", "/signout/",
  "/join/", "/chapters/", "/password/", "/certificates/", "/i18n/", "/offline/courses/",
];

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(SHELL);
    const response = await fetch(OFFLINE_URL, { credentials: "same-origin" });
    if (!response.ok) throw new Error(`${OFFLINE_URL}: ${response.status}`);
    const html = await response.clone().text();
    await cache.put(OFFLINE_URL, response);
    const assets = [...html.matchAll(/(?:href|src)="(\/static\/[^"]+)"/g)].map((m) => m[1]);
    await cache.addAll([...new Set(assets)]);
    await self.skipWaiting();
  })());
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    const current = [SHELL, PAGES, MEDIA];
    for (const name of await caches.keys()) {
      if (name.startsWith("sen-") && !current.includes(name)) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

// "private" only keeps shared caches (proxies) away: every page she sees while signed in
// says so, and her phone may keep them. "no-store" means not even her phone.
function keepable(url, response) {
  return response.ok && response.type === "basic"
    && !PRIVATE.some((prefix) => url.pathname.startsWith(prefix))
    && !/no-store/.test(response.headers.get("Cache-Control") || "");
}

async function page(request, url) {
  const cache = await caches.open(PAGES);
  try {
    const response = await fetch(request);
    if (keepable(url, response)) await cache.put(url.href, response.clone());
    return response;
  } catch (error) {
    return (await cache.match(url.href, { ignoreVary: true }))
      || (await cache.match(url.href, { ignoreVary: true, ignoreSearch: true }))
      || (await caches.match(OFFLINE_URL, { ignoreVary: true }))
      || Response.error();
  }
}

async function staticFile(event) {
  const cache = await caches.open(SHELL);
  const cached = await cache.match(event.request, { ignoreVary: true });
  const fresh = fetch(event.request).then((response) => {
    if (response.ok) return cache.put(event.request, response.clone()).then(() => response);
    return response;
  });
  if (!cached) return fresh;
  event.waitUntil(fresh.catch(() => null));
  return cached;
}

// Lesson pictures come in several widths (.width-360, .width-720...): any saved width of the
// same picture will do.
const family = (path) => path.replace(/\.width-\d+/, "");

async function media(request, url) {
  const cache = await caches.open(MEDIA);
  let cached = await cache.match(request, { ignoreVary: true, ignoreSearch: true });
  if (!cached) {
    const wanted = family(url.pathname);
    const key = (await cache.keys()).find((k) => family(new URL(k.url).pathname) === wanted);
    if (key) cached = await cache.match(key);
  }
  return cached || fetch(request);
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  if (url.pathname.startsWith("/admin/")) return;  // Wagtail's admin: always the network
  if (request.mode === "navigate") event.respondWith(page(request, url));
  else if (url.pathname.startsWith("/static/")) event.respondWith(staticFile(event));
  else if (url.pathname.startsWith("/media/")) event.respondWith(media(request, url));
});

// Save a course: {type: "save", items: [{url, kind}]}, progress posted back on the port.
async function save(items, port) {
  const pages = await caches.open(PAGES);
  const pictures = await caches.open(MEDIA);
  let done = 0;
  let failed = 0;
  for (const item of items) {
    try {
      const url = new URL(item.url, self.location.origin);
      if (url.origin !== self.location.origin) throw new Error("another site");
      const response = await fetch(url.href, { credentials: "same-origin" });
      if (!response.ok) throw new Error(`${url.href}: ${response.status}`);
      await (item.kind === "image" ? pictures : pages).put(url.href, response);
    } catch (error) {
      failed += 1;
    }
    done += 1;
    if (port) port.postMessage({ done, total: items.length });
  }
  if (port) port.postMessage({ finished: true, failed });
}

// The offline page, made again for whoever is signed in now (offline.js asks when that
// changes): it then shows her menu, not "Sign in".
async function shell(port) {
  const response = await fetch(OFFLINE_URL, { credentials: "same-origin", cache: "no-store" });
  if (response.ok) await (await caches.open(SHELL)).put(OFFLINE_URL, response);
  if (port) port.postMessage({ shell: response.ok });
}

// Pages she keeps that what she sent has changed (the lesson, its course): fetched again,
// so that offline they show what the server recorded. Only pages already kept.
async function refresh(urls) {
  const cache = await caches.open(PAGES);
  for (const path of new Set(urls)) {
    const url = new URL(path, self.location.origin);
    if (url.origin !== self.location.origin || !(await cache.match(url.href))) continue;
    try {
      const response = await fetch(url.href, { credentials: "same-origin", cache: "no-store" });
      if (keepable(url, response)) await cache.put(url.href, response);
    } catch (error) {
      // No connection after all: the copy stays until she opens the page online.
    }
  }
}

self.addEventListener("message", (event) => {
  const data = event.data || {};
  if (data.type === "save") event.waitUntil(save(data.items || [], event.ports[0]));
  if (data.type === "shell") event.waitUntil(shell(event.ports[0]).catch(() => null));
  if (data.type === "refresh") event.waitUntil(refresh(data.urls || []));
  // Signed out: her pages (with her name and ticks) leave the phone.
  if (data.type === "forget") event.waitUntil(caches.delete(PAGES));
});
