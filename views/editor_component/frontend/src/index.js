// Tonlage editor desk: a CodeMirror 6 editor inside a Streamlit custom component.
//
// The editor types and pastes here; findings from the Python engine come back as mark
// decorations (<mark data-category="KEY">) in the editable text. Clicking a mark or moving the
// cursor into it with the keyboard opens a card (category, explanation, suggestion, one-click
// replacement, "Hier ignorieren", "Regel abschalten"). A findings list in text order beside the
// editor jumps to a mark and flashes it. Re-analysis follows typing (debounced), not a button.
//
// Offsets: the engine reports Python str indices (code points); CodeMirror counts UTF-16 code
// units. toUnits() converts, so emoji and other astral characters do not shift the marks.
// Findings that arrive for an older text are mapped through the edits made since it was sent.
// User text only ever reaches the DOM through CodeMirror's text nodes or textContent – never
// innerHTML – so pasted markup stays text.

import { ChangeSet, EditorSelection, EditorState, StateEffect, StateField, Annotation } from "@codemirror/state";
import { Decoration, EditorView, keymap, placeholder, drawSelection } from "@codemirror/view";
import { defaultKeymap, history, historyKeymap } from "@codemirror/commands";

const DEBOUNCE_MS = 600;
const STORAGE_KEY = "tonlage.editor.v1";
const FLASH_MS = 1600;

// --- Streamlit component protocol (v1, postMessage) --------------------------------------

function post(type, data) {
  window.parent.postMessage({ isStreamlitMessage: true, type, ...data }, "*");
}
function setComponentValue(value) {
  post("streamlit:setComponentValue", { value, dataType: "json" });
}
let lastHeight = 0;
function setFrameHeight() {
  const h = Math.ceil(document.documentElement.getBoundingClientRect().height) + 4;
  if (h !== lastHeight) {
    lastHeight = h;
    post("streamlit:setFrameHeight", { height: h });
  }
}

// --- small helpers ---------------------------------------------------------------------------

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") node.className = v;
    else if (k === "text") node.textContent = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? "" : String(v));
  }
  for (const c of children) if (c) node.append(c);
  return node;
}

/** Code-point index → UTF-16 index for `text` (identity when there are no astral chars). */
function toUnits(text) {
  if (!/[\uD800-\uDFFF]/.test(text)) return (i) => i;
  const map = [];
  let u = 0;
  for (const ch of text) {
    map.push(u);
    u += ch.length;
  }
  map.push(u);
  return (i) => map[Math.max(0, Math.min(i, map.length - 1))];
}

function loadStored() {
  try {
    const raw = window.localStorage.getItem(STORAGE_KEY);
    const data = raw ? JSON.parse(raw) : null;
    return data && typeof data.text === "string" ? data : null;
  } catch (e) {
    return null;
  }
}
function store(patch) {
  try {
    const data = { ...(loadStored() || { text: "" }), ...patch, saved: Date.now() };
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(data));
  } catch (e) {
    /* storage full or disabled: the session still keeps the draft */
  }
}

// --- editor state: findings, hidden categories, flash ----------------------------------------

const setFindings = StateEffect.define();
const setHidden = StateEffect.define();
const setFlash = StateEffect.define();
const external = Annotation.define(); // a change that came from Python, not from typing

const deskField = StateField.define({
  create: () => ({ findings: [], hidden: new Set(), flash: null }),
  update(value, tr) {
    let { findings, hidden, flash } = value;
    if (tr.docChanged) {
      findings = findings
        .map((f) => ({ ...f, from: tr.changes.mapPos(f.from, 1), to: tr.changes.mapPos(f.to, -1) }))
        .filter((f) => f.to > f.from);
      flash = null;
    }
    for (const e of tr.effects) {
      if (e.is(setFindings)) findings = e.value;
      else if (e.is(setHidden)) hidden = e.value;
      else if (e.is(setFlash)) flash = e.value;
    }
    return { findings, hidden, flash };
  },
  provide: (field) =>
    EditorView.decorations.from(field, (value) => {
      const ranges = [];
      for (const f of value.findings) {
        if (value.hidden.has(f.cat)) continue;
        ranges.push(
          Decoration.mark({
            tagName: "mark",
            class: `tl-mark tl-c-${f.css} tl-v-${f.voice === "quote" ? "quote" : "author"}`,
            attributes: { "data-category": f.cat, "data-id": f.id, "data-voice": f.voice, "data-n": String(f.n) },
          }).range(f.from, f.to),
        );
      }
      if (value.flash) ranges.push(Decoration.mark({ class: "tl-flash" }).range(value.flash.from, value.flash.to));
      return Decoration.set(ranges, true);
    }),
});

function visible(state) {
  const v = state.field(deskField);
  return v.findings.filter((f) => !v.hidden.has(f.cat));
}
function findingsAt(state, pos) {
  return visible(state)
    .filter((f) => f.from <= pos && pos <= f.to)
    .sort((a, b) => a.to - a.from - (b.to - b.from));
}

// --- the desk --------------------------------------------------------------------------------

const desk = {
  view: null,
  args: null,
  rev: null,
  seq: 0, // last sequence number sent
  ackSeq: 0, // sequence number of the text the shown findings belong to
  pending: [], // [{seq, changes}] changes made since each sent text
  sentAt: {}, // seq → performance.now() when sent (for the timing shown to benchmarks)
  lastTrip: null, // {seq, ms}: send → marks shown for the last answered text
  timer: null,
  hidden: new Set(),
  card: null, // {nums: [...]} of the open card
  labels: {},
  colors: {},
  cardEl: null,
  listEl: null,
  legendEl: null,
  statusEl: null,
};

function buildDom() {
  const root = document.getElementById("root");
  desk.legendEl = el("div", { class: "tl-legend", role: "toolbar", "aria-label": "Kategorien ein- und ausblenden" });
  const editorBox = el("div", { class: "tl-editor" });
  desk.cardEl = el("div", { class: "tl-card", role: "dialog", "aria-label": "Fund", hidden: true });
  desk.statusEl = el("div", { class: "tl-status", role: "status", "aria-live": "polite" });
  const left = el("div", { class: "tl-left" }, editorBox, desk.cardEl, desk.statusEl);
  desk.listEl = el("ol", { class: "tl-list", "aria-label": "Funde in Textreihenfolge" });
  const right = el(
    "aside",
    { class: "tl-side" },
    el("div", { class: "tl-side-head", text: "Funde im Text" }),
    desk.listEl,
  );
  root.append(desk.legendEl, el("div", { class: "tl-main" }, left, right));

  desk.view = new EditorView({
    parent: editorBox,
    state: EditorState.create({ doc: "", extensions: extensions() }),
  });
  new ResizeObserver(setFrameHeight).observe(document.documentElement);
  window.addEventListener("pagehide", flush);
}

function extensions() {
  return [
    history(),
    drawSelection(),
    keymap.of([
      { key: "Escape", run: () => (closeCard(), true) },
      { key: "Alt-Enter", run: (view) => openCardAt(view.state.selection.main.head, true) },
      ...defaultKeymap,
      ...historyKeymap,
    ]),
    EditorView.lineWrapping,
    EditorView.contentAttributes.of({
      "aria-label": "Entwurf",
      "aria-multiline": "true",
      spellcheck: "true",
      lang: "de",
    }),
    placeholder("Deutschen Text hier eingeben oder einfügen – die Prüfung läuft beim Schreiben mit."),
    deskField,
    EditorView.domEventHandlers({
      mousedown(event) {
        if (event.target.closest && event.target.closest("mark.tl-mark")) desk.clickPending = true;
        return false;
      },
      blur() {
        flush();
        return false;
      },
    }),
    EditorView.updateListener.of(onUpdate),
  ];
}

function onUpdate(update) {
  if (update.docChanged) {
    for (const p of desk.pending) p.changes = p.changes.compose(update.changes);
    const fromPython = update.transactions.some((tr) => tr.annotation(external));
    if (!fromPython) schedule();
    closeCard();
  }
  if (update.docChanged || update.transactions.some((tr) => tr.effects.length)) renderSide();
  if (update.selectionSet && !update.docChanged) {
    const sel = update.state.selection.main;
    const byUser = update.transactions.some((tr) => tr.isUserEvent("select"));
    if (byUser && sel.empty) {
      const pointer = update.transactions.some((tr) => tr.isUserEvent("select.pointer"));
      if (pointer && !desk.clickPending) closeCard();
      else if (!openCardAt(sel.head, false)) closeCard();
    }
    desk.clickPending = false;
  }
  renderStatus();
}

// --- talking to Python -----------------------------------------------------------------------

function schedule() {
  clearTimeout(desk.timer);
  desk.timer = setTimeout(() => send(null), DEBOUNCE_MS);
  renderStatus(true);
}

function flush() {
  if (desk.timer !== null) {
    clearTimeout(desk.timer);
    send(null);
  }
}

function send(action) {
  clearTimeout(desk.timer);
  desk.timer = null;
  const text = desk.view.state.doc.toString();
  desk.seq += 1;
  desk.sentAt = { [desk.seq]: performance.now() };
  desk.pending.push({ seq: desk.seq, changes: ChangeSet.empty(text.length) });
  if (desk.pending.length > 20) desk.pending.shift();
  store({ text });
  setComponentValue({
    seq: desk.seq,
    text,
    hidden: [...desk.hidden],
    action: action ? { ...action, nonce: `${Date.now()}-${desk.seq}` } : null,
  });
  renderStatus();
}

function onRender(args) {
  desk.args = args;
  desk.labels = args.labels || {};
  desk.colors = args.colors || {};
  applyColors();
  const view = desk.view;
  const text = typeof args.text === "string" ? args.text : "";
  let restored = null;
  if (desk.rev === null) {
    // first render after (re)mount: the session's text, or the browser's saved draft
    desk.seq = Math.max(desk.seq, args.seq || 0);
    desk.hidden = new Set(args.hidden || []);
    if (args.restore) {
      restored = loadStored();
      if (restored && !restored.text) restored = null;
    }
  }
  if (desk.rev !== args.rev) {
    desk.rev = args.rev;
    desk.pending = [];
    const doc = restored ? restored.text : text;
    if (view.state.doc.toString() !== doc) {
      view.dispatch({
        changes: { from: 0, to: view.state.doc.length, insert: doc },
        annotations: [external.of(true)],
      });
    }
    if (restored) {
      desk.hidden = new Set(restored.hidden || []);
      view.dispatch({ effects: setHidden.of(new Set(desk.hidden)) });
      send({ type: "restore", ignored_rules: restored.ignored_rules || [], ignored_here: restored.ignored_here || [] });
      return;
    }
  }
  store({ ignored_rules: args.ignored_rules || [], ignored_here: args.ignored_here || [] });
  // findings belong to args.text (sent as args.seq): map them into the current document
  const units = toUnits(text);
  let changes = null;
  const current = view.state.doc.toString();
  if (current !== text) {
    const entry = desk.pending.find((p) => p.seq === args.seq);
    if (!entry) return renderSide(); // findings for a text we no longer know: wait for the next
    changes = entry.changes;
  }
  desk.pending = desk.pending.filter((p) => p.seq >= (args.seq || 0));
  desk.ackSeq = args.seq || 0;
  const sentAt = desk.sentAt[desk.ackSeq];
  const findings = [];
  (args.findings || []).forEach((f, n) => {
    let from = units(f.s);
    let to = units(f.e);
    if (changes) {
      from = changes.mapPos(from, 1);
      to = changes.mapPos(to, -1);
    }
    if (to > from) findings.push({ ...f, n, from, to, css: f.css || f.cat });
  });
  view.dispatch({ effects: [setFindings.of(findings), setHidden.of(new Set(desk.hidden))] });
  if (sentAt !== undefined) {
    desk.lastTrip = { seq: desk.ackSeq, ms: Math.round(performance.now() - sentAt) };
    delete desk.sentAt[desk.ackSeq];
  }
  if (desk.card) {
    const open = desk.card;
    closeCard();
    if (open.pos !== undefined && findingsAt(view.state, open.pos).length) openCardAt(open.pos, false);
  }
  renderSide();
  renderStatus();
}

// --- colours ---------------------------------------------------------------------------------

function applyColors() {
  let style = document.getElementById("tl-colors");
  if (!style) {
    style = el("style", { id: "tl-colors" });
    document.head.append(style);
  }
  const rules = Object.entries(desk.colors).map(([k, c]) => `.tl-c-${k}{--tl-c:${c}}`);
  style.textContent = rules.join("\n"); // keys and colours come from the engine, not the user
}

// --- legend toggles, findings list, status ---------------------------------------------------

/** The found words in German quotes, unless they bring their own (scare quotes). */
function quoted(text) {
  return /^[„"»«‚‹“]/.test(text) ? text : `„${text}“`;
}

function counts(findings) {
  const n = {};
  for (const f of findings) n[f.cat] = (n[f.cat] || 0) + 1;
  return n;
}

function toggle(cat, only) {
  const present = Object.keys(counts(desk.view.state.field(deskField).findings));
  if (only) desk.hidden = new Set(present.filter((k) => k !== cat));
  else if (desk.hidden.has(cat)) desk.hidden.delete(cat);
  else desk.hidden.add(cat);
  desk.view.dispatch({ effects: setHidden.of(new Set(desk.hidden)) });
  store({ hidden: [...desk.hidden] });
  send(null);
}

function renderLegend(all) {
  const n = counts(all);
  const order = desk.args && desk.args.order ? desk.args.order : Object.keys(n);
  desk.legendEl.replaceChildren();
  for (const cat of order) {
    if (!n[cat]) continue;
    const on = !desk.hidden.has(cat);
    const chip = el(
      "span",
      { class: `tl-chip tl-c-${cat}${on ? "" : " tl-off"}` },
      el(
        "button",
        {
          type: "button",
          class: "tl-toggle",
          "aria-pressed": on ? "true" : "false",
          "data-category": cat,
          title: on ? "ausblenden" : "einblenden",
          onclick: () => toggle(cat, false),
        },
        el("span", { class: "tl-swatch", "aria-hidden": "true" }),
        el("span", { text: `${desk.labels[cat] || cat} (${n[cat]})` }),
      ),
      el("button", { type: "button", class: "tl-only", text: "nur diese", onclick: () => toggle(cat, true) }),
    );
    desk.legendEl.append(chip);
  }
  if (Object.keys(n).length) {
    desk.legendEl.append(
      el("button", {
        type: "button",
        class: "tl-all",
        text: "alle",
        disabled: desk.hidden.size === 0,
        onclick: () => {
          desk.hidden = new Set();
          desk.view.dispatch({ effects: setHidden.of(new Set()) });
          store({ hidden: [] });
          send(null);
        },
      }),
      el("span", { class: "tl-quote-key", text: "blass, gepunktet unterstrichen = im Zitat" }),
    );
  }
}

function renderSide() {
  const state = desk.view.state;
  const all = state.field(deskField).findings;
  renderLegend(all);
  const shown = visible(state).sort((a, b) => a.from - b.from || b.to - a.to);
  desk.listEl.replaceChildren();
  if (!shown.length) {
    desk.listEl.append(
      el("li", {
        class: "tl-empty",
        text: state.doc.length ? "Keine Funde (mit den aktuellen Filtern)." : "Noch kein Text.",
      }),
    );
    return;
  }
  for (const f of shown) {
    const line = state.doc.lineAt(f.from);
    const where = `Z. ${line.number}, Sp. ${f.from - line.from + 1}`;
    desk.listEl.append(
      el(
        "li",
        {},
        el(
          "button",
          { type: "button", class: `tl-item tl-c-${f.css}`, "data-n": String(f.n), onclick: () => jump(f.n) },
          el("span", { class: "tl-swatch", "aria-hidden": "true" }),
          el("span", { class: "tl-item-where", text: where }),
          el("span", { class: "tl-item-label", text: f.label }),
          el("span", { class: "tl-item-text", text: quoted(state.sliceDoc(f.from, f.to)) }),
        ),
      ),
    );
  }
}

function renderStatus(typing) {
  if (!desk.statusEl || !desk.args) return;
  const chars = desk.view.state.doc.length;
  const max = desk.args.max_chars || 200000;
  const waiting = typing || desk.timer !== null || desk.seq > desk.ackSeq;
  const n = visible(desk.view.state).length;
  const fmt = (x) => x.toLocaleString("de-DE");
  desk.statusEl.replaceChildren(
    el("span", { class: waiting ? "tl-busy" : "tl-ready", text: waiting ? "Prüfung läuft …" : `${fmt(n)} Funde sichtbar` }),
    el("span", { class: chars > max ? "tl-over" : "", text: ` · ${fmt(chars)} von höchstens ${fmt(max)} Zeichen` }),
  );
  desk.statusEl.dataset.state = waiting ? "busy" : "ready";
}

// --- jump, flash, cards ----------------------------------------------------------------------

function byNumber(n) {
  return desk.view.state.field(deskField).findings.find((f) => f.n === n);
}

function jump(n) {
  const f = byNumber(n);
  if (!f) return;
  const view = desk.view;
  view.dispatch({
    selection: EditorSelection.cursor(f.from),
    effects: [EditorView.scrollIntoView(f.from, { y: "center" }), setFlash.of({ from: f.from, to: f.to })],
  });
  view.focus();
  setTimeout(() => {
    if (view.state.field(deskField).flash) view.dispatch({ effects: setFlash.of(null) });
  }, FLASH_MS);
  requestAnimationFrame(() => showCard([f], f.from, false));
}

function openCardAt(pos, focus) {
  const found = findingsAt(desk.view.state, pos);
  if (!found.length) return false;
  showCard(found, pos, focus);
  return true;
}

function closeCard() {
  desk.card = null;
  if (desk.cardEl) {
    desk.cardEl.hidden = true;
    desk.cardEl.replaceChildren();
  }
}

function showCard(found, pos, focus) {
  const view = desk.view;
  const card = desk.cardEl;
  desk.card = { nums: found.map((f) => f.n), pos };
  card.replaceChildren();
  for (const f of found) {
    const section = el("section", { class: `tl-card-f tl-c-${f.css}`, "data-id": f.id });
    section.append(
      el(
        "div",
        { class: "tl-card-head" },
        el("span", { class: "tl-swatch", "aria-hidden": "true" }),
        el("strong", { text: f.label }),
        el("span", { class: "tl-card-voice", text: f.voice === "quote" ? " · im Zitat (zählt ein Fünftel)" : "" }),
      ),
      el("div", { class: "tl-card-text", text: quoted(view.state.sliceDoc(f.from, f.to)) }),
      el("p", { class: "tl-card-expl", text: f.expl }),
    );
    if (f.sugg) section.append(el("p", { class: "tl-card-sugg" }, el("b", { text: "Vorschlag: " }), f.sugg));
    const actions = el("div", { class: "tl-card-actions" });
    for (const word of f.repl || []) {
      actions.append(
        el("button", {
          type: "button",
          class: "tl-btn tl-primary tl-replace",
          text: `Ersetzen durch „${word}“`,
          onclick: () => replace(f.n, word),
        }),
      );
    }
    actions.append(
      el("button", { type: "button", class: "tl-btn tl-ignore", text: "Hier ignorieren", title: "Nur dieses Vorkommen", onclick: () => ignoreHere(f.n) }),
      el("button", { type: "button", class: "tl-btn tl-disable", text: "Regel abschalten", title: `Regel ${f.id} nicht mehr prüfen`, onclick: () => disableRule(f.n) }),
    );
    section.append(actions);
    card.append(section);
  }
  card.append(el("button", { type: "button", class: "tl-close", "aria-label": "Karte schließen", text: "×", onclick: () => (closeCard(), view.focus()) }));
  card.hidden = false;
  // position below the mark (above when there is no room), inside the left column
  const box = card.parentElement.getBoundingClientRect();
  const at = view.coordsAtPos(found[0].from) || view.coordsAtPos(pos);
  const editorRect = view.dom.getBoundingClientRect();
  let top = at ? at.bottom - box.top + 6 : 10;
  let left = at ? at.left - box.left : 10;
  left = Math.max(4, Math.min(left, box.width - card.offsetWidth - 4));
  if (top + card.offsetHeight > editorRect.bottom - box.top + 40 && at) top = Math.max(4, at.top - box.top - card.offsetHeight - 6);
  card.style.top = `${top}px`;
  card.style.left = `${left}px`;
  if (focus) {
    const first = card.querySelector("button");
    if (first) first.focus();
  }
}

function replace(n, word) {
  const f = byNumber(n);
  if (!f) return;
  closeCard();
  desk.view.dispatch({ changes: { from: f.from, to: f.to, insert: word }, userEvent: "input.replace" });
  desk.view.focus();
  send(null); // now, not after the debounce: the marks follow at once
}

function ignoreHere(n) {
  const f = byNumber(n);
  if (!f) return;
  closeCard();
  const rest = desk.view.state.field(deskField).findings.filter((x) => x.n !== n);
  desk.view.dispatch({ effects: setFindings.of(rest) });
  send({ type: "ignore_here", key: f.key });
  desk.view.focus();
}

function disableRule(n) {
  const f = byNumber(n);
  if (!f) return;
  closeCard();
  const rest = desk.view.state.field(deskField).findings.filter((x) => x.id !== f.id);
  desk.view.dispatch({ effects: setFindings.of(rest) });
  send({ type: "disable_rule", id: f.id });
  desk.view.focus();
}

// --- start -----------------------------------------------------------------------------------

buildDom();
window.addEventListener("message", (event) => {
  const data = event.data;
  if (data && data.type === "streamlit:render") onRender(data.args || {});
});
post("streamlit:componentReady", { apiVersion: 1 });
setFrameHeight();
// for browser tests and benchmarks (read-only use): the text and the findings as shown
window.tonlageDesk = {
  text: () => desk.view.state.doc.toString(),
  findings: () => desk.view.state.field(deskField).findings.map((f) => ({ from: f.from, to: f.to, id: f.id, cat: f.cat, voice: f.voice })),
  seq: () => ({ sent: desk.seq, shown: desk.ackSeq, waiting: desk.timer !== null }),
  lastTrip: () => desk.lastTrip,
};
