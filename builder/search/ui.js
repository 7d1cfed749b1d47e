/* The search box of theme_overrides/partials/header.html: the typed query is folded
   (explainerFold, above) and given to Pagefind, which loads only the index of this page's
   <html lang> and only the chunks the query needs. Results are links built with textContent:
   nothing from the index is parsed as HTML. */
(function () {
  var box = document.querySelector("[data-ex-search]");
  var script = document.currentScript;
  if (!box || !script) return;
  var input = box.querySelector("input");
  var list = box.querySelector("ol");
  var status = box.querySelector("[role=status]");
  var root = new URL("../../", script.src);  /* this script is assets/javascripts/… */
  var SHOWN = 6;
  var loading = null;
  var seq = 0;

  function pagefind() {
    if (!loading) {
      loading = import(new URL("pagefind/pagefind.js", root).href).then(function (pf) {
        return Promise.resolve(pf.options({ baseUrl: root.pathname })).then(function () {
          return Promise.resolve(pf.init()).then(function () {
            box.dataset.ready = "true";  /* the runtime is in: a query waits only for its chunks */
            return pf;
          });
        });
      });
    }
    return loading;
  }

  function say(count) {
    var text = count === 0 ? box.dataset.none : count === 1 ? box.dataset.one : box.dataset.other;
    status.textContent = (text || "").replace("#", String(count));
  }

  /* ``total``: how many pages match; ``final``: no more results are on their way. */
  function render(items, query, total, final) {
    list.replaceChildren();
    items.forEach(function (data) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      /* the page's URL from the site's root, kept as metadata by builder/search */
      link.href = new URL((data.meta && data.meta.href) || "", root).href;
      link.textContent = (data.meta && data.meta.title) || link.href;
      item.appendChild(link);
      if (data.meta && data.meta.description) {
        var text = document.createElement("p");
        text.textContent = data.meta.description;
        item.appendChild(text);
      }
      list.appendChild(item);
    });
    list.hidden = !query;
    /* which query these results answer, once final (tests and the benchmark wait on it) */
    list.dataset.query = final ? query : "";
    if (query) say(total);
    else status.textContent = "";
  }

  function search() {
    var query = explainerFold.foldQuery(input.value).trim();
    var mine = ++seq;
    if (!query) return render([], "", 0, true);
    pagefind()
      .then(function (pf) { return pf.search(query); })
      .then(function (found) {
        if (mine !== seq || !found) return null;
        /* The best SHOWN pages, the first three as soon as their fragments arrive (each
           fragment is a whole page's text: fewer shown, fewer bytes per query). */
        var total = found.results.length;
        var data = found.results.slice(0, SHOWN).map(function (r) { return r.data(); });
        return Promise.all(data.slice(0, 3)).then(function (head) {
          if (mine !== seq) return null;
          if (data.length > 3) render(head, query, total, false);
          return Promise.all(data).then(function (items) { return [items, total]; });
        });
      })
      .then(function (done) { if (done && mine === seq) render(done[0], query, done[1], true); })
      .catch(function () { if (mine === seq) status.textContent = box.dataset.failed || ""; });
  }

  function links() { return Array.prototype.slice.call(list.querySelectorAll("a")); }

  /* Pagefind's runtime (script, worker, wasm: about 160 KB, cached by the browser from page to
     page) loads when the page is idle, or at once when the reader reaches the box first, so
     that the first keystroke only waits for the index chunks of its words. */
  input.addEventListener("focus", pagefind, { once: true });
  input.addEventListener("pointerenter", pagefind, { once: true });
  if (window.requestIdleCallback) window.requestIdleCallback(pagefind, { timeout: 3000 });
  else window.setTimeout(pagefind, 1000);
  input.addEventListener("input", search);
  box.addEventListener("submit", function (event) { event.preventDefault(); });
  box.addEventListener("keydown", function (event) {
    var all = links();
    var at = all.indexOf(document.activeElement);
    if (event.key === "ArrowDown" && all.length) {
      all[Math.min(at + 1, all.length - 1)].focus();
    } else if (event.key === "ArrowUp" && at >= 0) {
      (at === 0 ? input : all[at - 1]).focus();
    } else if (event.key === "Escape") {
      input.value = "";
      render([], "", 0, true);
      input.focus();
    } else if (event.key === "Enter" && document.activeElement === input && all.length) {
      window.location.href = all[0].href;
    } else {
      return;
    }
    event.preventDefault();
  });
  /* "/" or "s" anywhere outside a form field goes to the search box, as in the theme. */
  document.addEventListener("keydown", function (event) {
    var target = event.target;
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
    if (event.key === "/" || event.key === "s") {
      event.preventDefault();
      input.focus();
    }
  });
})();
