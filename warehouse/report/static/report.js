// The report page: charts, the table of figures with its filters, its sort and its
// download, the detail panel that shows a mention highlighted in its sentence, and the
// tariffs in effect, the measures and the conflicts, each of which lists its mentions in
// the table of figures when clicked. Reviewed figures carry a mark, and their panel shows
// the extractor's value beside the corrected one with who decided and why; a filter
// leaves the figures no person has reviewed. Data comes from the JSON the generator wrote into
// the page; nothing is fetched. Text from articles only ever enters the page as text
// nodes, never as HTML.
"use strict";

(function () {
  const page = JSON.parse(document.getElementById("report-data").textContent);
  const specs = JSON.parse(document.getElementById("report-charts").textContent);
  const MISSING = "not stated";
  const PAGE_SIZE = 200;
  // The width below which report.css puts the detail panel under the table.
  const NARROW = window.matchMedia("(max-width: 1100px)");
  const FILTERS = ["kind", "sector", "status", "imposed_by", "applied_to", "review"];
  const REVIEW_STATES = ["reviewed", "corrected", "unreviewed"];
  // group: the mentions of one measure or one side of a conflict, {label, ids}.
  const state = { search: "", kind: "", sector: "", status: "", imposed_by: "", applied_to: "", review: "", value: null, group: null };
  let shown = PAGE_SIZE;
  let selected = null;
  // The figure table's order: a column's key and 1 (ascending) or -1; null keeps the
  // page's order (articles newest first, then where each mention stands in its text).
  let order = null;

  const $ = (id) => document.getElementById(id);
  const el = (tag, attrs, ...children) => {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "class") node.className = v;
      else node.setAttribute(k, v === true ? "" : v);
    }
    for (const c of children) {
      if (c === null || c === undefined) continue;
      node.append(c instanceof Node ? c : String(c));
    }
    return node;
  };

  const country = (code) => (code ? (page.vocabulary.countries[code] || code) : MISSING);
  const direction = (f) => (f.kind === "tariff_rate" ? `${f.imposed_by || "?"} → ${f.applied_to || "?"}` : "");
  const article = (item) => page.articles[item.a];

  // One lower-cased string per figure to search in.
  const haystacks = page.figures.map((f) => [
    f.mention, f.display, f.kind, f.sectors.join(" "), f.status, f.source_org,
    page.sentences[f.s], article(f).title, article(f).outlet,
    ...(f.review ? f.review.decisions.flatMap((d) => [d.reviewer, d.why]) : []),
  ].filter(Boolean).join(" \u0001 ").toLowerCase());

  // reviewed: a person decided of it; corrected: a person changed a field of it.
  function reviewMatches(f, wanted) {
    if (wanted === "reviewed") return f.reviewed;
    if (wanted === "corrected") return f.corrected_fields.length > 0;
    if (wanted === "unreviewed") return !f.reviewed;
    return true;
  }

  function fieldMatches(value, wanted) {
    if (!wanted) return true;
    if (wanted === MISSING) return value === null || value === undefined;
    return value === wanted;
  }

  function matches(f, i) {
    if (!fieldMatches(f.kind, state.kind)) return false;
    if (!fieldMatches(f.status, state.status)) return false;
    if (!fieldMatches(f.imposed_by, state.imposed_by)) return false;
    if (!fieldMatches(f.applied_to, state.applied_to)) return false;
    if (!reviewMatches(f, state.review)) return false;
    if (state.sector) {
      if (state.sector === MISSING ? f.sectors.length > 0 : !f.sectors.includes(state.sector)) return false;
    }
    if (state.value !== null && f.value !== state.value) return false;
    if (state.group && !state.group.ids.has(f.id)) return false;
    if (state.search) {
      const words = state.search.toLowerCase().split(/\s+/).filter(Boolean);
      if (!words.every((w) => haystacks[i].includes(w))) return false;
    }
    return true;
  }

  function options(name, values, label) {
    const select = $(`filter-${name}`);
    select.replaceChildren(el("option", { value: "" }, `any ${label}`));
    for (const v of values) select.append(el("option", { value: v }, name === "imposed_by" || name === "applied_to" ? country(v) : v));
  }

  function present(values, order) {
    const seen = new Set(values.map((v) => (v === null || v === undefined ? MISSING : v)));
    const known = order.filter((v) => seen.has(v));
    const rest = [...seen].filter((v) => !order.includes(v) && v !== MISSING).sort();
    return [...known, ...rest, ...(seen.has(MISSING) ? [MISSING] : [])];
  }

  function fillFilters() {
    const F = page.figures;
    options("kind", present(F.map((f) => f.kind), page.vocabulary.kind), "kind");
    const sectors = F.flatMap((f) => (f.sectors.length ? f.sectors : [null]));
    options("sector", present(sectors, page.vocabulary.sectors), "sector");
    const tariffs = F.filter((f) => f.kind === "tariff_rate");
    options("status", present(tariffs.map((f) => f.status), page.vocabulary.status), "status");
    const codes = Object.keys(page.vocabulary.countries);
    options("imposed_by", present(tariffs.map((f) => f.imposed_by), codes), "imposed by");
    options("applied_to", present(tariffs.map((f) => f.applied_to), codes), "applied to");
    options("review", REVIEW_STATES, "review state");
  }

  function syncControls() {
    $("search").value = state.search;
    for (const name of FILTERS) {
      const select = $(`filter-${name}`);
      if (state[name] && ![...select.options].some((o) => o.value === state[name])) {
        select.append(el("option", { value: state[name] }, state[name]));
      }
      select.value = state[name];
    }
    const chip = $("filter-value");
    chip.hidden = state.value === null;
    chip.replaceChildren();
    if (state.value !== null) {
      chip.append(`value = ${state.value}`, el("button", { type: "button", "aria-label": "remove value filter" }, "×"));
      chip.querySelector("button").addEventListener("click", () => { state.value = null; update(); });
    }
    const group = $("filter-group");
    group.hidden = state.group === null;
    group.replaceChildren();
    if (state.group !== null) {
      group.append(`mentions of ${state.group.label}`, el("button", { type: "button", "aria-label": "remove group filter" }, "×"));
      group.querySelector("button").addEventListener("click", () => { state.group = null; update(); });
    }
  }

  function clearFilters() {
    for (const name of FILTERS) state[name] = "";
    state.search = "";
    state.value = null;
    state.group = null;
  }

  // A measure, or a side of a conflict: its mentions, alone, in the table of figures.
  function showGroup(node) {
    clearFilters();
    state.group = { label: node.dataset.label, ids: new Set(node.dataset.figures.split(" ").filter(Boolean)) };
    update();
    $("figures").scrollIntoView({ behavior: "smooth", block: "start" });
  }

  // The mark a reviewed figure carries in the table: corrected, or checked as extracted.
  function reviewMark(f) {
    if (!f.reviewed) return null;
    const corrected = f.corrected_fields.length > 0;
    const last = f.review ? f.review.decisions[f.review.decisions.length - 1] : null;
    const who = last ? ` by ${last.reviewer}, ${last.at}` : "";
    return el("span", { class: `review-mark ${corrected ? "corrected" : "reviewed"}`,
      title: corrected ? `Corrected${who}: ${f.corrected_fields.join(", ")}` : `Reviewed${who}` },
      corrected ? "corrected" : "reviewed");
  }

  function row(f) {
    const tr = el("tr", { tabindex: "0", "data-id": f.id, class: selected === f.id ? "selected" : null },
      el("td", { class: "mention" }, f.mention, " ", reviewMark(f)),
      el("td", { class: "num" }, f.display),
      el("td", {}, el("span", { class: `kind kind-${f.kind}` }, f.kind)),
      el("td", {}, f.sectors.join(", ")),
      el("td", {}, f.status ? el("span", { class: `status status-${f.status}` }, f.status) : ""),
      el("td", {}, direction(f)),
      el("td", {}, f.source_org || ""),
      articleCell(article(f)));
    const open = () => {
      openFigure(f.id);
      // Where the panel sits below the table (narrow windows), bring it into view.
      if (NARROW.matches) $("detail").scrollIntoView({ block: "nearest" });
    };
    tr.addEventListener("click", open);
    tr.addEventListener("keydown", (e) => { if (e.key === "Enter") open(); });
    return tr;
  }

  // The article as the table shows it: its title, and below it the outlet and date.
  function articleCell(a) {
    const facts = [a.outlet, a.published].filter(Boolean).join(" · ");
    return el("td", { class: "article" }, el("span", { class: "title" }, a.title),
      facts ? el("small", {}, facts) : null);
  }

  // What each column of the figure table sorts by; a vocabulary's own order for its terms.
  const rank = (list) => (v) => (v ? list.indexOf(v) : null);
  const SORT_KEYS = {
    mention: (f) => f.mention, value: (f) => f.value, kind: (f) => rank(page.vocabulary.kind)(f.kind),
    sectors: (f) => f.sectors.join(", ") || null, status: (f) => rank(page.vocabulary.status)(f.status),
    direction: (f) => direction(f) || null, source: (f) => f.source_org, article: (f) => article(f).title,
  };

  // Empty values last, whichever the direction; numbers as numbers, text as a reader sorts it.
  function compare(a, b, dir) {
    const blankA = a === null || a === undefined || a === "", blankB = b === null || b === undefined || b === "";
    if (blankA || blankB) return blankA - blankB;
    const c = typeof a === "number" && typeof b === "number" ? a - b : String(a).localeCompare(String(b), undefined, { numeric: true });
    return dir * c;
  }

  function matching() {
    const found = [];
    page.figures.forEach((f, i) => { if (matches(f, i)) found.push(i); });
    if (order) {
      const key = SORT_KEYS[order.key];
      found.sort((i, j) => compare(key(page.figures[i]), key(page.figures[j]), order.dir) || i - j);
    }
    return found;
  }

  function update(keepPage) {
    if (!keepPage) shown = PAGE_SIZE;
    syncControls();
    const hits = matching();
    const body = $("figure-table").tBodies[0];
    body.replaceChildren(...hits.slice(0, shown).map((i) => row(page.figures[i])));
    const total = page.figures.length;
    $("count").textContent = hits.length === total
      ? `${total} figures`
      : `${hits.length} of ${total} figures match`;
    $("more").hidden = hits.length <= shown;
    $("more").textContent = `Show more (${Math.max(0, hits.length - shown)} left)`;
    $("download").disabled = hits.length === 0;
  }

  // Clickable column headers: a button in each, aria-sort on the sorted one; a second
  // click on the same column turns the order round.
  function sortable(table, onSort) {
    const heads = [...table.tHead.rows[0].cells];
    heads.forEach((th, column) => {
      const button = el("button", { type: "button", class: "sort" }, ...th.childNodes);
      th.replaceChildren(button);
      button.addEventListener("click", () => {
        const dir = th.getAttribute("aria-sort") === "ascending" ? -1 : 1;
        heads.forEach((h) => h.removeAttribute("aria-sort"));
        th.setAttribute("aria-sort", dir === 1 ? "ascending" : "descending");
        onSort(column, dir, th);
      });
    });
  }

  // A table written into the page (tariffs in effect, measures, quarantine) sorts its
  // own rows, by a cell's data-sort where it has one, else by its text.
  function sortRows(table, column, dir) {
    const body = table.tBodies[0];
    const value = (tr) => {
      const cell = tr.cells[column];
      const text = (cell.dataset.sort ?? cell.textContent).trim();
      return text !== "" && Number.isFinite(Number(text)) ? Number(text) : text;
    };
    const rows = [...body.rows].map((tr, i) => [value(tr), i, tr]);
    rows.sort((a, b) => compare(a[0], b[0], dir) || a[1] - b[1]);
    body.replaceChildren(...rows.map((r) => r[2]));
  }

  // The CSV as `tradefigures query --format csv` writes it (warehouse/formats.py), so a
  // download and a query give the same bytes: lists joined by ";", numbers as Python
  // prints a float (25.0; the same digits below 10^16, which every figure is), a text
  // cell that begins like a formula behind a "'", a row holding a lone carriage return
  // quoted whole.
  const FORMULA = /^[=+\-@\t\r]/;
  const CSV_VALUES = {
    figure_id: (f) => f.id, article_id: (f) => article(f).id, sentence: (f) => f.sentence ?? page.sentences[f.s],
    title: (f) => article(f).given_title, outlet: (f) => article(f).outlet,
    published_date: (f) => article(f).published, url: (f) => article(f).url,
  };

  function csvCell(value) {
    if (value === null || value === undefined) return "";
    if (typeof value === "number") return Number.isInteger(value) ? value.toFixed(1) : String(value);
    const text = Array.isArray(value) ? value.join(";") : String(value);
    return FORMULA.test(text) ? `'${text}` : text;
  }

  function csv(indices) {
    const columns = page.download.columns;
    const quote = (c) => `"${c.replace(/"/g, '""')}"`;
    const line = (cells) => {
      const all = cells.some((c) => c.includes("\r"));
      return cells.map((c) => (all || /[",\n]/.test(c) ? quote(c) : c)).join(",");
    };
    const rows = indices.map((i) => {
      const f = page.figures[i];
      return line(columns.map((c) => csvCell(c in CSV_VALUES ? CSV_VALUES[c](f) : f[c])));
    });
    return [line(columns), ...rows].map((r) => `${r}\n`).join("");
  }

  function download() {
    const blob = new Blob([csv(matching())], { type: "text/csv;charset=utf-8" });
    const link = el("a", { href: URL.createObjectURL(blob), download: page.download.file });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 0);
  }

  function highlighted(item) {
    const text = page.sentences[item.s];
    return el("blockquote", { class: "sentence" },
      text.slice(0, item.hs), el("mark", {}, text.slice(item.hs, item.he)), text.slice(item.he));
  }

  function articleBlock(item) {
    const a = article(item);
    const facts = [a.outlet, a.published].filter(Boolean).join(" · ");
    return el("div", { class: "source" },
      el("p", {}, el("b", {}, a.title)),
      facts ? el("p", { class: "meta" }, facts) : null,
      a.url
        ? el("p", {}, el("a", { href: a.url, target: "_blank", rel: "noopener noreferrer", class: "article-link" }, "Read the article ↗"))
        : el("p", { class: "meta" }, `Read from ${a.source} (no URL known)`));
  }

  function facts(pairs, columns) {
    const dl = el("dl", {});
    for (const [name, value] of pairs) {
      if (value === null || value === undefined || value === "") continue;
      dl.append(el("dt", { title: columns[name] || "" }, name), el("dd", {}, value));
    }
    return dl;
  }

  function cues(item) {
    const entries = Object.entries(item.cues || {});
    if (!entries.length) return null;
    return el("div", { class: "cues" }, el("h4", {}, "Decided by"),
      el("ul", {}, ...entries.map(([k, v]) => el("li", {}, el("code", {}, k), " ← “", v, "”"))));
  }

  function show(nodes, hash) {
    $("detail").replaceChildren(...nodes.filter(Boolean));
    if (hash) history.replaceState(null, "", `#${hash}`);
    document.querySelectorAll("#figure-table tr.selected").forEach((tr) => tr.classList.remove("selected"));
    const tr = document.querySelector(`#figure-table tr[data-id="${selected}"]`);
    if (tr) tr.classList.add("selected");
  }

  // A reviewed figure's panel: each corrected field with the extractor's value beside
  // it, then every decision on it with who, when and why.
  function reviewBlock(f) {
    if (!f.reviewed || !f.review) return null;
    const r = f.review;
    const corrected = f.corrected_fields.length > 0;
    return el("div", { class: "review" },
      el("h4", {}, corrected ? "Corrected by a person" : "Reviewed by a person"),
      corrected ? el("ul", { class: "corrections" }, ...f.corrected_fields.map((name) => el("li", {},
        el("code", {}, name), " ", el("b", { class: "corrected" }, shownValue(f[name])),
        el("span", { class: "extracted" }, ` (extracted: ${shownValue(r.extracted[name])})`)))) : null,
      el("ol", { class: "decisions" }, ...r.decisions.map((d) => el("li", { "data-id": d.id },
        el("span", { class: "decision" }, d.decision),
        d.set.length ? ` ${d.set.map(([k, v]) => `${k} = ${shownValue(v)}`).join("; ")}` : "",
        d.outcome !== "applied" ? el("span", { class: `outcome outcome-${d.outcome}` }, ` ${d.outcome}`) : null,
        ` · ${d.reviewer} · ${d.at} · `, el("q", {}, d.why)))));
  }

  function shownValue(v) {
    if (v === null || v === undefined) return "null";
    return Array.isArray(v) ? v.join(", ") : String(v);
  }

  function openFigure(id) {
    const f = page.figures.find((x) => x.id === id);
    if (!f) return;
    selected = id;
    const cols = page.columns.figures;
    show([
      el("h3", {}, f.display, " ", el("span", { class: `kind kind-${f.kind}` }, f.kind), " ", reviewMark(f)),
      highlighted(f),
      reviewBlock(f),
      f.whole ? null : el("p", { class: "meta" }, "The article around the mention (the row's sentence was not found whole in the text)."),
      facts([
        ["mention", f.mention], ["value", String(f.value)], ["unit", f.unit], ["currency", f.currency],
        ["qualifier", f.qualifier], ["period", f.period], ["sectors", f.sectors.join(", ")],
        ["status", f.status], ["imposed_by", f.imposed_by && country(f.imposed_by)],
        ["applied_to", f.applied_to && country(f.applied_to)], ["source_org", f.source_org],
        ["figure_id", f.id],
      ], cols),
      cues(f),
      articleBlock(f),
    ], `figure=${id}`);
  }

  function openDate(id) {
    const d = page.dates.find((x) => x.id === id);
    if (!d) return;
    selected = null;
    const cols = page.columns.dates;
    const nearby = page.figures.filter((f) => f.a === d.a && f.s === d.s);
    show([
      el("h3", {}, d.value || d.mention, " ", el("span", { class: `role role-${d.role}` }, d.role || "no role")),
      highlighted(d),
      facts([
        ["mention", d.mention], ["value", d.value], ["granularity", d.granularity],
        ["date_start", d.start], ["date_end", d.end], ["relative", d.relative ? "yes" : "no"],
        ["role", d.role], ["date_id", d.id],
      ], cols),
      cues(d),
      nearby.length ? el("div", { class: "nearby" }, el("h4", {}, "Figures in this sentence"),
        el("ul", {}, ...nearby.map((f) => {
          const link = el("a", { href: `#figure=${f.id}` }, `${f.display} (${f.kind})`);
          link.addEventListener("click", (e) => { e.preventDefault(); openFigure(f.id); });
          return el("li", {}, link);
        }))) : null,
      articleBlock(d),
    ], `date=${id}`);
  }

  function fromChart(meta, datum) {
    if (meta.open === "date" && datum.id) {
      openDate(datum.id);
      $("detail").scrollIntoView({ block: "nearest" });
      return;
    }
    if (!meta.filters) return;
    clearFilters();
    for (const [name, field] of Object.entries(meta.filters)) {
      const value = field.startsWith("=") ? field.slice(1) : datum[field];
      if (value === undefined) continue;
      if (name === "value") state.value = value;
      else state[name] = value;
    }
    update();
    $("figures").scrollIntoView({ behavior: "smooth", block: "start" });
  }

  function renderCharts() {
    const done = [];
    for (const [id, spec] of Object.entries(specs)) {
      const target = $(id);
      if (!target || typeof vegaEmbed !== "function") continue;
      const meta = (spec.usermeta && spec.usermeta.tradefigures && spec.usermeta.tradefigures.click) || {};
      done.push(vegaEmbed(target, spec, { renderer: "svg", actions: false }).then(({ view }) => {
        target.dataset.rendered = "true";
        view.addEventListener("click", (event, item) => {
          if (item && item.datum) fromChart(meta, item.datum);
        });
      }).catch((err) => {
        target.dataset.rendered = "error";
        target.textContent = `This chart could not be drawn: ${err}`;
      }));
    }
    return Promise.all(done);
  }

  function openFromHash() {
    const m = /^#(figure|date)=([0-9a-f]+)$/.exec(location.hash);
    if (m && m[1] === "figure") openFigure(m[2]);
    if (m && m[1] === "date") openDate(m[2]);
  }

  $("search").addEventListener("input", (e) => { state.search = e.target.value.trim(); update(); });
  for (const name of FILTERS) {
    $(`filter-${name}`).addEventListener("change", (e) => { state[name] = e.target.value; update(); });
  }
  $("clear").addEventListener("click", () => { clearFilters(); update(); });
  $("unreviewed-tariffs").addEventListener("click", () => {
    clearFilters();
    state.kind = "tariff_rate";
    state.review = "unreviewed";
    update();
  });
  document.querySelectorAll("#corrections-table tr[data-figure]").forEach((tr) => {
    const open = () => {
      clearFilters();
      update();
      openFigure(tr.dataset.figure);
      $("figures").scrollIntoView({ behavior: "smooth", block: "start" });
    };
    tr.addEventListener("click", open);
    tr.addEventListener("keydown", (e) => { if (e.key === "Enter") open(); });
  });
  document.querySelectorAll("[data-figures]").forEach((node) => {
    node.addEventListener("click", () => showGroup(node));
    node.addEventListener("keydown", (e) => { if (e.key === "Enter") showGroup(node); });
  });
  $("more").addEventListener("click", () => { shown += PAGE_SIZE; update(true); });
  $("download").addEventListener("click", download);
  for (const table of document.querySelectorAll("table.sortable")) {
    if (table.id === "figure-table") {
      sortable(table, (column, dir, th) => { order = { key: th.dataset.key, dir }; update(); });
    } else {
      sortable(table, (column, dir) => sortRows(table, column, dir));
    }
  }

  fillFilters();
  update();
  openFromHash();
  renderCharts().then(() => { document.body.dataset.charts = "ready"; });
})();
