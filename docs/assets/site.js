/* Find, filter and self-test: everything runs in the reader's browser.
 *
 * - question lists (<ul class="question-list">, made by scripts/mkdocs_hooks.py) get level,
 *   section and topic filters; the filter state lives in the URL query
 *   (?level=mid&section=data&topic=pandas), restored on load;
 * - a self-test toggle in the header hides the answers site-wide;
 * - per-question progress (not seen / learning / known) is kept in localStorage, summarised
 *   on the home page, exported to and imported from a JSON file.
 *
 * No request leaves the site: the only fetch is the site's own all-questions page.
 * Without JavaScript none of this exists and every question and answer shows.
 */
(function () {
  "use strict";

  var LEVELS = ["fresher", "mid", "senior", "lead"];
  var SECTIONS = {
    basics: "Basics",
    "oop-memory": "OOP, data structures and memory",
    data: "Data handling with pandas and NumPy",
    coding: "Coding problems and patterns",
    advanced: "Advanced internals",
    production: "Architecture, optimisation and production scripting",
  };
  var STATES = [
    ["unseen", "Not seen"],
    ["learning", "Learning"],
    ["known", "Known"],
  ];
  var PROGRESS_KEY = "pia.progress.v1";
  var SELFTEST_KEY = "pia.selftest";
  var FILTER_KEYS = ["level", "section", "topic"];
  var uid = 0;

  /* ---------- helpers ---------- */

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) {
      var value = attrs[name];
      if (value === null || value === undefined || value === false) return;
      if (name === "text") node.textContent = value;
      else if (name === "className") node.className = value;
      else if (name.slice(0, 2) === "on") node.addEventListener(name.slice(2), value);
      else node.setAttribute(name, value === true ? "" : value);
    });
    (children || []).forEach(function (child) {
      node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    });
    return node;
  }

  function storageGet(key) {
    try {
      return window.localStorage.getItem(key);
    } catch (error) {
      return null;
    }
  }

  /** Stores (or, for null, removes) a value; returns "" or why the browser refused. */
  function storageSet(key, value) {
    try {
      if (value === null) window.localStorage.removeItem(key);
      else window.localStorage.setItem(key, value);
      return "";
    } catch (error) {
      if (error && error.name === "QuotaExceededError") return "this browser's storage for the site is full";
      return "this browser does not let the site store data (" + ((error && error.name) || error) + ")";
    }
  }

  /** The site root as an absolute URL, from Material's config (base is relative). */
  function siteRoot() {
    var base = ".";
    var config = document.getElementById("__config");
    if (config) {
      try {
        base = JSON.parse(config.textContent).base || ".";
      } catch (error) {
        /* keep "." */
      }
    }
    return new URL(base.replace(/\/?$/, "/"), window.location.href);
  }

  /** A page's key: its path relative to the site root, e.g. "basics/eq-vs-is/". */
  function pageKey(href) {
    var root = siteRoot();
    var url = new URL(href, window.location.href);
    var path = url.pathname.replace(/index\.html$/, "");
    if (path.indexOf(root.pathname) === 0) path = path.slice(root.pathname.length);
    return path.replace(/^\/+/, "");
  }

  /* ---------- progress store ----------
   * Saved as JSON {page key: "learning" | "known"} under PROGRESS_KEY. Nothing here throws away
   * what it cannot read: a value that is not a JSON object (hand-edited, corrupted) is shown as
   * unreadable and moved to UNREADABLE_KEY just before the first write replaces it; entries
   * that are not understood stay stored as they are but are not counted. Every write returns
   * what went wrong (storage full, storage disabled), so the reader is told, never misled.
   */

  var UNREADABLE_KEY = PROGRESS_KEY + ".unreadable";
  var EXPORT_FORMAT = "python-interview-progress";
  var SAVED_STATES = ["learning", "known"];
  // a page key as pageKey() makes it: relative path segments ending in "/", no "." or ".."
  var PAGE_KEY = /^[A-Za-z0-9][\w.-]*(\/[A-Za-z0-9][\w.-]*)*\/$/;

  function isObject(value) {
    return value !== null && typeof value === "object" && !Array.isArray(value);
  }

  /** A JSON value in a few words, for messages. */
  function describe(value) {
    if (value === null) return "null";
    if (Array.isArray(value)) return "a list";
    if (typeof value === "object") return "an object";
    var text = JSON.stringify(value);
    return text.length > 40 ? text.slice(0, 37) + "..." : text;
  }

  function plural(count, word, many) {
    return count + " " + (count === 1 ? word : many || word + "s");
  }

  /** What is stored: the readable entries, the raw object, and what could not be read. */
  function readStore() {
    var store = { text: storageGet(PROGRESS_KEY), raw: {}, entries: {}, ignored: [], unreadable: "" };
    if (store.text === null) return store;
    var data;
    try {
      data = JSON.parse(store.text);
    } catch (error) {
      store.unreadable = "it is not valid JSON";
      return store;
    }
    if (!isObject(data)) {
      store.unreadable = "it is " + describe(data) + ", not an object of page: state";
      return store;
    }
    store.raw = data;
    Object.keys(data).forEach(function (key) {
      if (PAGE_KEY.test(key) && SAVED_STATES.indexOf(data[key]) >= 0) store.entries[key] = data[key];
      else store.ignored.push(key);
    });
    return store;
  }

  function loadProgress() {
    return readStore().entries;
  }

  /** Stores `data` in place of what `store` read; returns "" or why the browser refused. */
  function writeProgress(data, store) {
    if (store.unreadable) {
      var failed = storageSet(UNREADABLE_KEY, store.text);
      if (failed) return failed;
    }
    return storageSet(PROGRESS_KEY, JSON.stringify(data));
  }

  /** Marks one page; entries this page cannot read stay as they are. Returns "" or the failure. */
  function setState(key, state) {
    var store = readStore();
    var data = store.unreadable ? {} : store.raw;
    if (state === "unseen") delete data[key];
    else data[key] = state;
    return writeProgress(data, store);
  }

  /** A sentence about stored progress this page could not read, or "". */
  function storeProblem(store) {
    if (store.unreadable) {
      return (
        "Your saved progress could not be read (" + store.unreadable + "), so it is not shown. It is kept " +
        "as it was; your next change moves it to " + UNREADABLE_KEY + " in this browser's storage."
      );
    }
    if (store.ignored.length) {
      return (
        plural(store.ignored.length, "saved entry", "saved entries") +
        " could not be read (" + JSON.stringify(store.ignored[0]) + (store.ignored.length > 1 ? ", ..." : "") +
        "); they are kept as they are but not counted."
      );
    }
    return "";
  }

  /**
   * Checks a whole import file; returns {page: state} or throws an Error saying what is wrong.
   * Accepts our export ({format, version, progress}) or a bare {page: state} object; every
   * entry must be a page key with "learning" or "known", or nothing is imported.
   */
  function parseImport(text) {
    var parsed;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      throw new Error("it is not JSON (" + error.message + ")");
    }
    if (!isObject(parsed)) throw new Error("it holds " + describe(parsed) + ", not a progress export");
    var entries = parsed;
    if ("progress" in parsed || "format" in parsed) {
      if ("format" in parsed && parsed.format !== EXPORT_FORMAT) {
        throw new Error('its "format" is ' + describe(parsed.format) + ', not "' + EXPORT_FORMAT + '"');
      }
      if ("version" in parsed && parsed.version !== 1) {
        throw new Error('its "version" is ' + describe(parsed.version) + "; this site reads version 1");
      }
      if (!isObject(parsed.progress)) {
        throw new Error('its "progress" is ' + describe(parsed.progress) + ", not an object of page: state");
      }
      entries = parsed.progress;
    }
    var problems = [];
    var clean = {};
    Object.keys(entries).forEach(function (key) {
      var value = entries[key];
      if (!PAGE_KEY.test(key)) problems.push(describe(key) + " is not a page address like basics/eq-vs-is/");
      else if (SAVED_STATES.indexOf(value) < 0) problems.push(key + ' is ' + describe(value) + ', not "learning" or "known"');
      else clean[key] = value;
    });
    if (problems.length) {
      throw new Error(problems[0] + (problems.length > 1 ? " (and " + plural(problems.length - 1, "more problem") + ")" : ""));
    }
    if (!Object.keys(clean).length) throw new Error("it holds no progress entries");
    return clean;
  }

  /** What replacing `store` with `incoming` would do, as sentences; `known` lists this site's pages. */
  function describeChange(store, incoming, known) {
    var current = store.entries;
    var added = [];
    var changed = [];
    var same = 0;
    Object.keys(incoming).forEach(function (key) {
      if (!(key in current)) added.push(key);
      else if (current[key] !== incoming[key]) changed.push(key);
      else same++;
    });
    var forgotten = Object.keys(current).filter(function (key) {
      return !(key in incoming);
    });
    function example(keys, show) {
      return keys.length ? " (" + keys.slice(0, 3).map(show).join(", ") + (keys.length > 3 ? ", ..." : "") + ")" : "";
    }
    function name(key) {
      return key;
    }
    var lines = [];
    if (added.length) lines.push("add " + plural(added.length, "question") + " you had not marked" + example(added, name));
    if (changed.length) {
      lines.push(
        "change " + plural(changed.length, "question") +
          example(changed, function (key) {
            return key + ": " + current[key] + " \u2192 " + incoming[key];
          }),
      );
    }
    if (forgotten.length) {
      lines.push("forget " + plural(forgotten.length, "question") + " that the file does not mention" + example(forgotten, name));
    }
    if (same) lines.push("leave " + plural(same, "question") + " as they are");
    if (store.ignored.length) {
      lines.push("drop " + plural(store.ignored.length, "saved entry", "saved entries") + " this page could not read");
    }
    if (store.unreadable) lines.push("move your unreadable saved progress to " + UNREADABLE_KEY + " (kept, not deleted)");
    if (known) {
      var missing = Object.keys(incoming).filter(function (key) {
        return !known[key];
      });
      if (missing.length) {
        lines.push(
          "store " + plural(missing.length, "entry", "entries") +
            " for pages this site does not have" + example(missing, name) + "; they are kept but not counted",
        );
      }
    }
    return lines;
  }

  /* ---------- filters on question lists ---------- */

  function readQuery() {
    var params = new URLSearchParams(window.location.search);
    var state = {};
    FILTER_KEYS.forEach(function (key) {
      state[key] = params.get(key) || "";
    });
    return state;
  }

  function writeQuery(state) {
    var params = new URLSearchParams(window.location.search);
    FILTER_KEYS.forEach(function (key) {
      if (state[key]) params.set(key, state[key]);
      else params.delete(key);
    });
    var query = params.toString();
    var url = window.location.pathname + (query ? "?" + query : "") + window.location.hash;
    window.history.replaceState(window.history.state, "", url);
  }

  function setupFilters(list, useUrl) {
    if (list.hasAttribute("data-filters")) return;
    list.setAttribute("data-filters", "");
    var items = Array.prototype.slice.call(list.querySelectorAll(":scope > li.question"));
    if (!items.length) return;
    var id = "question-list-" + ++uid;
    list.id = list.id || id;

    var found = { level: {}, section: {}, topic: {} };
    items.forEach(function (item) {
      found.level[item.dataset.level] = true;
      found.section[item.dataset.section] = true;
      (item.dataset.topics || "").split(/\s+/).filter(Boolean).forEach(function (topic) {
        found.topic[topic] = true;
      });
    });
    var options = {
      level: LEVELS.filter(function (level) {
        return found.level[level];
      }),
      section: Object.keys(SECTIONS).filter(function (section) {
        return found.section[section];
      }),
      topic: Object.keys(found.topic).sort(),
    };
    var labels = { level: "Level", section: "Section", topic: "Topic" };
    var state = useUrl ? readQuery() : { level: "", section: "", topic: "" };
    // a section list has one section: no section filter; a list has no topic filter if tiny
    var groups = ["level"];
    if (options.section.length > 1) groups.push("section");
    if (options.topic.length > 1 && options.section.length > 1) groups.push("topic");
    FILTER_KEYS.forEach(function (key) {
      if (groups.indexOf(key) < 0 || options[key].indexOf(state[key]) < 0) state[key] = "";
    });

    var count = el("p", { className: "question-filter__count", role: "status", "aria-live": "polite" });
    var buttons = { level: [], section: [], topic: [] };

    function apply(fromUser) {
      var shown = 0;
      items.forEach(function (item) {
        var topics = (item.dataset.topics || "").split(/\s+/);
        var match =
          (!state.level || item.dataset.level === state.level) &&
          (!state.section || item.dataset.section === state.section) &&
          (!state.topic || topics.indexOf(state.topic) >= 0);
        item.hidden = !match;
        if (match) shown++;
      });
      groups.forEach(function (key) {
        buttons[key].forEach(function (button) {
          button.setAttribute("aria-pressed", String(button.value === state[key]));
        });
      });
      count.textContent =
        shown === items.length
          ? "Showing all " + items.length + " questions"
          : "Showing " + shown + " of " + items.length + " questions";
      list.setAttribute("data-shown", String(shown));
      clear.hidden = !groups.some(function (key) {
        return state[key];
      });
      if (fromUser && useUrl) writeQuery(state);
    }

    var panel = el("div", { className: "question-filter", role: "group", "aria-label": "Filter questions" });
    groups.forEach(function (key) {
      var labelId = id + "-" + key + "-label";
      var row = el("div", { className: "question-filter__group", role: "group", "aria-labelledby": labelId });
      row.appendChild(el("span", { className: "question-filter__label", id: labelId, text: labels[key] }));
      [""].concat(options[key]).forEach(function (value) {
        var text = value === "" ? "All" : key === "section" ? SECTIONS[value] : value;
        var button = el("button", {
          type: "button",
          className: "question-filter__button" + (key === "level" && value ? " level-" + value : ""),
          value: value,
          "data-filter": key,
          "aria-pressed": "false",
          "aria-controls": list.id,
          text: text,
          onclick: function () {
            state[key] = value;
            apply(true);
          },
        });
        if (value === "") button.setAttribute("aria-label", "All " + (key === "level" ? "levels" : key + "s"));
        buttons[key].push(button);
        row.appendChild(button);
      });
      panel.appendChild(row);
    });
    var clear = el("button", {
      type: "button",
      className: "question-filter__clear",
      "data-filter-clear": "",
      text: "Clear filters",
      onclick: function () {
        groups.forEach(function (key) {
          state[key] = "";
        });
        apply(true);
      },
    });
    var footer = el("div", { className: "question-filter__footer" }, [count, clear]);
    panel.appendChild(footer);
    list.parentNode.insertBefore(panel, list);
    decorateList(list);
    apply(false);
  }

  /** Marks each list item with the reader's progress on that question. */
  function decorateList(list) {
    var data = loadProgress();
    list.querySelectorAll(":scope > li.question").forEach(function (item) {
      var link = item.querySelector("a");
      if (!link) return;
      var state = data[pageKey(link.href)];
      var old = item.querySelector(".progress-mark");
      if (old) old.remove();
      if (state) {
        var label = state === "known" ? "Known" : "Learning";
        item.appendChild(
          el("span", { className: "progress-mark progress-mark--" + state, text: label }),
        );
      }
    });
  }

  /* ---------- self-test mode ---------- */

  function selfTestOn() {
    return storageGet(SELFTEST_KEY) === "1";
  }

  /** Wraps a question page's In depth and Pitfalls into a block that can be hidden. */
  function prepareQuestionPage(content) {
    if (content.querySelector(".selftest-hideable")) return;
    var headings = Array.prototype.slice.call(content.querySelectorAll(":scope > h2"));
    var start = headings.filter(function (h) {
      return /^(in depth|pitfalls)/i.test(h.textContent.trim());
    })[0];
    if (!start) return;
    var wrapper = el("div", { className: "selftest-hideable", id: "selftest-answer-body" });
    var reveal = el("button", {
      type: "button",
      className: "md-button selftest-reveal",
      "data-selftest-reveal": "",
      "aria-expanded": "false",
      "aria-controls": "selftest-answer-body",
      text: "Reveal answer",
      onclick: function () {
        var open = wrapper.hidden;
        wrapper.hidden = !open;
        reveal.setAttribute("aria-expanded", String(open));
        reveal.textContent = open ? "Hide answer" : "Reveal answer";
      },
    });
    start.parentNode.insertBefore(reveal, start);
    start.parentNode.insertBefore(wrapper, start);
    var node = start;
    while (node) {
      var next = node.nextSibling;
      if (node.nodeType === 1 && node.tagName === "H2" && /^follow-ups?/i.test(node.textContent.trim())) break;
      if (node.nodeType === 1 && node.classList.contains("verified-on")) break;
      wrapper.appendChild(node);
      node = next;
    }
  }

  function applySelfTest() {
    var on = selfTestOn();
    document.documentElement.classList.toggle("selftest", on);
    document.querySelectorAll("[data-selftest-toggle]").forEach(function (button) {
      button.hidden = false;
      button.setAttribute("aria-pressed", String(on));
      button.title = on ? "Self-test mode is on: show the answers" : "Self-test mode: hide the answers";
    });
    document.querySelectorAll(".md-content details.answer").forEach(function (details) {
      if (on) {
        if (!details.hasAttribute("data-was-open")) details.setAttribute("data-was-open", String(details.open));
        details.open = false;
      } else if (details.hasAttribute("data-was-open")) {
        details.open = details.getAttribute("data-was-open") === "true";
        details.removeAttribute("data-was-open");
      }
    });
    document.querySelectorAll(".selftest-hideable").forEach(function (wrapper) {
      wrapper.hidden = on;
    });
    document.querySelectorAll("[data-selftest-reveal]").forEach(function (reveal) {
      reveal.hidden = !on;
      reveal.setAttribute("aria-expanded", "false");
      reveal.textContent = "Reveal answer";
    });
  }

  // Material's head-question-outline icon, inlined: the button is added here rather than by
  // overriding Material's header template, since it only works with JavaScript anyway.
  var SELFTEST_ICON = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M13 3c3.88 0 7 3.14 7 7 0 2.8-1.63 5.19-4 6.31V21H9v-3H8c-1.11 0-2-.89-2-2v-3H4.5c-.42 0-.66-.5-.42-.81L6 9.66A7.003 7.003 0 0 1 13 3m-2.68 4.39h1.93c.01-.3.1-.53.28-.69a1 1 0 0 1 .66-.23c.31 0 .57.1.75.28.18.19.26.45.26.75 0 .32-.07.59-.23.82-.14.23-.35.43-.61.59-.51.34-.86.64-1.05.91-.2.26-.31.68-.31 1.18h2c0-.31.04-.56.13-.74.09-.19.26-.36.51-.52.45-.24.82-.53 1.11-.93s.44-.81.44-1.31c0-.76-.27-1.37-.81-1.82-.53-.45-1.26-.68-2.19-.68-.87 0-1.57.2-2.11.59-.52.41-.78.98-.77 1.77zM12 14h2v-2h-2zm1-13C8.41 1 4.61 4.42 4.06 8.9L2.5 11h-.03l-.02.03c-.55.76-.62 1.76-.19 2.59.36.69 1 1.17 1.74 1.32V16c0 1.85 1.28 3.42 3 3.87V23h11v-5.5c2.5-1.67 4-4.44 4-7.5 0-4.97-4.04-9-9-9"/></svg>';

  function ensureSelfTestButton() {
    var header = document.querySelector(".md-header__inner");
    if (!header || header.querySelector("[data-selftest-toggle]")) return;
    var button = document.createElement("button");
    button.type = "button";
    button.className = "md-header__button md-icon selftest-toggle";
    button.setAttribute("data-selftest-toggle", "");
    button.setAttribute("aria-pressed", "false");
    button.title = "Self-test mode: hide the answers";
    button.innerHTML = SELFTEST_ICON + '<span class="pia-sr-only">Self-test mode</span>';
    var anchor = header.querySelector("[data-md-component=palette]") || header.querySelector("label[for=__search]");
    header.insertBefore(button, anchor);
  }

  function setupSelfTestToggle() {
    ensureSelfTestButton();
    document.querySelectorAll("[data-selftest-toggle]").forEach(function (button) {
      if (button.hasAttribute("data-ready")) return;
      button.setAttribute("data-ready", "");
      button.addEventListener("click", function () {
        storageSet(SELFTEST_KEY, selfTestOn() ? null : "1");
        applySelfTest();
      });
    });
  }

  /* ---------- progress on a question page ---------- */

  function setupProgressControl(content, key) {
    if (content.querySelector(".progress-control")) return;
    var title = content.querySelector(":scope > h1");
    if (!title) return;
    var labelId = "progress-control-label";
    var group = el("div", { className: "progress-control", role: "group", "aria-labelledby": labelId });
    group.appendChild(el("span", { className: "progress-control__label", id: labelId, text: "Your progress:" }));
    var buttons = STATES.map(function (pair) {
      return el("button", {
        type: "button",
        className: "progress-control__button progress-control__button--" + pair[0],
        "data-progress": pair[0],
        "aria-pressed": "false",
        text: pair[1],
        onclick: function () {
          var before = readStore();
          var failed = setState(key, pair[0]);
          update();
          if (failed) status.textContent = "Not saved: " + failed + ". Your saved progress is unchanged.";
          else if (before.unreadable) {
            status.textContent =
              "Saved. Your earlier saved progress could not be read; it is kept in this browser as " + UNREADABLE_KEY + ".";
          } else status.textContent = "";
        },
      });
    });
    buttons.forEach(function (button) {
      group.appendChild(button);
    });
    var status = el("span", { className: "progress-control__status", role: "status", "data-progress-status": "" });
    status.textContent = readStore().unreadable ? storeProblem(readStore()) : "";
    group.appendChild(status);
    function update() {
      var state = loadProgress()[key] || "unseen";
      buttons.forEach(function (button) {
        button.setAttribute("aria-pressed", String(button.getAttribute("data-progress") === state));
      });
    }
    title.parentNode.insertBefore(group, title.nextSibling);
    update();
  }

  /* ---------- the home page dashboard ---------- */

  function fetchQuestions(url) {
    return fetch(url, { credentials: "same-origin" })
      .then(function (response) {
        if (!response.ok) throw new Error("HTTP " + response.status);
        return response.text();
      })
      .then(function (text) {
        var doc = new DOMParser().parseFromString(text, "text/html");
        return Array.prototype.slice.call(doc.querySelectorAll("ul.question-list > li.question")).map(function (item) {
          var link = item.querySelector("a");
          return {
            key: pageKey(new URL(link.getAttribute("href"), url).href),
            level: item.dataset.level,
            section: item.dataset.section,
          };
        });
      });
  }

  function tally(questions, field, keys, names) {
    var data = loadProgress();
    var table = el("table"); // no class: Material styles it like a Markdown table
    var head = el("tr", {}, [
      el("th", { scope: "col", text: field === "level" ? "Level" : "Section" }),
      el("th", { scope: "col", text: "Questions" }),
      el("th", { scope: "col", text: "Not seen" }),
      el("th", { scope: "col", text: "Learning" }),
      el("th", { scope: "col", text: "Known" }),
    ]);
    table.appendChild(el("thead", {}, [head]));
    var body = el("tbody");
    keys.forEach(function (value) {
      var chosen = questions.filter(function (q) {
        return q[field] === value;
      });
      if (!chosen.length) return;
      var counts = { unseen: 0, learning: 0, known: 0 };
      chosen.forEach(function (q) {
        counts[data[q.key] || "unseen"]++;
      });
      var href = new URL("all-questions/?" + field + "=" + encodeURIComponent(value), siteRoot()).href;
      body.appendChild(
        el("tr", { "data-row": value }, [
          el("th", { scope: "row" }, [el("a", { href: href, text: names ? names[value] : value })]),
          el("td", { "data-count": "total", text: String(chosen.length) }),
          el("td", { "data-count": "unseen", text: String(counts.unseen) }),
          el("td", { "data-count": "learning", text: String(counts.learning) }),
          el("td", { "data-count": "known", text: String(counts.known) }),
        ]),
      );
    });
    table.appendChild(body);
    return el("div", { className: "md-typeset__scrollwrap" }, [
      el("div", { className: "md-typeset__table progress-table" }, [table]),
    ]);
  }

  /**
   * The import confirmation: a native modal <dialog>, so focus stays inside it and Escape
   * cancels. Cancel has the focus first: pressing Enter never replaces anything by accident.
   */
  function importDialog() {
    var titleId = "progress-import-title";
    var introId = "progress-import-intro";
    var intro = el("p", { id: introId });
    var list = el("ul", { className: "progress-import__changes" });
    var cancel = el("button", {
      type: "button",
      className: "md-button",
      "data-import-cancel": "",
      text: "Cancel, keep my progress",
    });
    var replace = el("button", {
      type: "button",
      className: "md-button md-button--primary",
      "data-import-replace": "",
      text: "Replace my progress",
    });
    var dialog = el(
      "dialog",
      { className: "progress-import", "aria-labelledby": titleId, "aria-describedby": introId, "data-import-confirm": "" },
      [
        el("h2", { id: titleId, text: "Replace your saved progress?" }),
        intro,
        list,
        el("div", { className: "progress-import__actions" }, [cancel, replace]),
      ],
    );
    var pending = null;
    cancel.addEventListener("click", function () {
      dialog.close("cancel");
    });
    replace.addEventListener("click", function () {
      dialog.close("replace");
    });
    // Escape closes the dialog too, with an empty returnValue: that is a cancel
    dialog.addEventListener("close", function () {
      var done = pending;
      pending = null;
      if (done) done(dialog.returnValue === "replace");
    });
    return {
      node: dialog,
      ask: function (text, lines, callback) {
        intro.textContent = text;
        list.textContent = "";
        lines.forEach(function (line) {
          list.appendChild(el("li", { text: line }));
        });
        pending = callback;
        dialog.returnValue = "";
        dialog.showModal();
        cancel.focus();
      },
    };
  }

  function setupDashboard(container) {
    if (container.hasAttribute("data-ready")) return;
    container.setAttribute("data-ready", "");
    var url = new URL(container.getAttribute("data-questions") || "all-questions/", siteRoot()).href;
    var tables = el("div", { className: "progress-dashboard__tables", "aria-live": "polite" });
    var status = el("p", { className: "progress-dashboard__status", role: "status" });
    var fileId = "progress-import-file";
    var fileInput = el("input", {
      type: "file",
      id: fileId,
      accept: "application/json,.json",
      className: "progress-dashboard__file",
      "data-progress-import": "",
    });
    var questions = [];

    function render() {
      tables.textContent = "";
      var store = readStore();
      var data = store.entries;
      var problem = storeProblem(store);
      if (problem) tables.appendChild(el("p", { className: "progress-dashboard__problem", "data-progress-problem": "", text: problem }));
      var known = 0;
      var learning = 0;
      questions.forEach(function (q) {
        if (data[q.key] === "known") known++;
        else if (data[q.key] === "learning") learning++;
      });
      tables.appendChild(
        el("p", {
          className: "progress-dashboard__summary",
          "data-progress-summary": "",
          text:
            known + " known, " + learning + " learning, " + (questions.length - known - learning) +
            " not seen, of " + questions.length + " questions.",
        }),
      );
      tables.appendChild(el("h3", { text: "By level" }));
      tables.appendChild(tally(questions, "level", LEVELS));
      tables.appendChild(el("h3", { text: "By section" }));
      tables.appendChild(tally(questions, "section", Object.keys(SECTIONS), SECTIONS));
    }

    var exportButton = el("button", {
      type: "button",
      className: "md-button",
      "data-progress-export": "",
      text: "Export progress",
      onclick: function () {
        var payload = {
          format: "python-interview-progress",
          version: 1,
          exported: new Date().toISOString(),
          progress: loadProgress(),
        };
        var blob = new Blob([JSON.stringify(payload, null, 2) + "\n"], { type: "application/json" });
        var link = el("a", { href: URL.createObjectURL(blob), download: "python-interview-progress.json" });
        document.body.appendChild(link);
        link.click();
        link.remove();
        setTimeout(function () {
          URL.revokeObjectURL(link.href);
        }, 1000);
        status.textContent = "Progress exported to python-interview-progress.json.";
      },
    });
    var dialog = importDialog();
    fileInput.addEventListener("change", function () {
      var file = fileInput.files && fileInput.files[0];
      if (!file) return;
      var reader = new FileReader();
      reader.onerror = function () {
        status.textContent = "Nothing was imported: " + file.name + " could not be read. Your saved progress is unchanged.";
      };
      reader.onload = function () {
        fileInput.value = "";
        var imported;
        try {
          imported = parseImport(String(reader.result));
        } catch (error) {
          status.textContent =
            "Nothing was imported: " + file.name + " is not a progress export, because " + error.message +
            ". Your saved progress is unchanged.";
          return;
        }
        var store = readStore();
        var count = Object.keys(imported).length;
        var known = null;
        if (questions.length) {
          known = {};
          questions.forEach(function (q) {
            known[q.key] = true;
          });
        }
        status.textContent = "";
        dialog.ask(
          file.name + " has progress for " + plural(count, "question") + ". Replacing your saved progress with it will:",
          describeChange(store, imported, known),
          function (replace) {
            if (!replace) {
              status.textContent = "Import cancelled. Your saved progress is unchanged.";
              return;
            }
            var failed = writeProgress(imported, store);
            if (failed) {
              status.textContent =
                "Import failed: " + failed + ", so nothing was stored. Your saved progress is unchanged.";
            } else {
              status.textContent =
                "Imported progress for " + plural(count, "question") + " from " + file.name +
                "; it replaced your previous progress" +
                (store.unreadable ? ", whose unreadable text is kept as " + UNREADABLE_KEY : "") + ".";
            }
            render();
          },
        );
      };
      reader.readAsText(file);
    });
    var resetButton = el("button", {
      type: "button",
      className: "md-button",
      "data-progress-reset": "",
      text: "Reset progress",
      onclick: function () {
        if (!window.confirm("Forget your progress on every question?")) return;
        var store = readStore();
        var failed = writeProgress({}, store);
        status.textContent = failed
          ? "Reset failed: " + failed + ". Your saved progress is unchanged."
          : "Progress reset: every question is marked not seen" +
            (store.unreadable ? "; the unreadable saved text is kept as " + UNREADABLE_KEY : "") + ".";
        render();
      },
    });
    var actions = el("div", { className: "progress-dashboard__actions" }, [
      exportButton,
      fileInput,
      el("label", { className: "md-button progress-dashboard__import", for: fileId }, ["Import progress"]),
      resetButton,
    ]);
    container.textContent = "";
    container.appendChild(tables);
    container.appendChild(actions);
    container.appendChild(status);
    container.appendChild(dialog.node);

    fetchQuestions(url)
      .then(function (found) {
        questions = found;
        render();
      })
      .catch(function () {
        tables.textContent = "The question list could not be loaded, so progress cannot be counted here.";
      });
  }

  /* ---------- wiring ---------- */

  function init() {
    var content = document.querySelector(".md-content__inner");
    setupSelfTestToggle();
    if (content) {
      var lists = content.querySelectorAll("ul.question-list");
      lists.forEach(function (list, index) {
        setupFilters(list, index === 0);
      });
      if (content.querySelector("details.answer")) {
        prepareQuestionPage(content);
        setupProgressControl(content, pageKey(window.location.href));
      }
      content.querySelectorAll("[data-progress-dashboard]").forEach(setupDashboard);
    }
    applySelfTest();
  }

  // expose a little for tests and the console
  window.pia = { pageKey: pageKey, loadProgress: loadProgress, parseImport: parseImport };

  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(init);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();

// Print every answer expanded: open the closed <details> before printing, close them after.
// The print part of site.css shows their content where the browser supports ::details-content;
// this covers the others (Firefox, Safari).
(function () {
  "use strict";
  var opened = [];

  window.addEventListener("beforeprint", function () {
    opened = Array.prototype.filter.call(document.querySelectorAll("details:not([open])"), function (details) {
      details.open = true;
      return true;
    });
  });

  window.addEventListener("afterprint", function () {
    opened.forEach(function (details) {
      details.open = false;
    });
    opened = [];
  });
})();
