// Small DOM helpers shared by the pages: element building without innerHTML (names from lists and
// transactions are untrusted text), badges, numbers and dates.

/** Builds an element: h('a', {href: '#'}, 'text', child...). Attributes starting with "on" are listeners. */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElementNS(
    tag === 'svg' || attrs.svg ? 'http://www.w3.org/2000/svg' : 'http://www.w3.org/1999/xhtml',
    tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false || k === 'svg') continue;
    if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (k === 'text') el.textContent = v;
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, children);
  return el;
}

/** An SVG element. */
export function s(tag, attrs = {}, ...children) {
  return h(tag, { ...attrs, svg: true }, ...children);
}

function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

/** Replaces an element's children. */
export function fill(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

/** A coloured badge for an outcome, status or band. */
export function badge(word) {
  return h('span', { class: `badge ${word}` }, String(word || '').replaceAll('_', ' '));
}

/** Waits before calling, restarting the wait on every call: for search as you type. */
export function debounce(fn, ms) {
  let timer;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}

/** A number for people: whole numbers as they are, others with up to 2 decimals. */
export function num(x) {
  if (x === null || x === undefined || x === '') return '–';
  const n = Number(x);
  return Number.isInteger(n) ? n.toLocaleString('en') : n.toLocaleString('en', { maximumFractionDigits: 2 });
}

/** A drawdown bar with an accessible value: share in [0, 1]. */
export function bar(share, label) {
  const pct = Math.round((share || 0) * 1000) / 10;
  const cls = pct >= 100 ? 'bar full' : pct >= 50 ? 'bar high' : 'bar';
  return h('div', {
    class: cls, role: 'progressbar', 'aria-valuemin': 0, 'aria-valuemax': 100,
    'aria-valuenow': pct, 'aria-label': label, 'data-used': pct,
  }, h('span', { style: `width:${Math.min(100, pct)}%` }));
}

/** Shows a short message in the status region. */
export function say(text) {
  const el = document.getElementById('status');
  el.textContent = text;
  clearTimeout(say.timer);
  say.timer = setTimeout(() => { el.textContent = ''; }, 5000);
}

/** An error from the API as a paragraph, with the field it names. */
export function errorBox(e) {
  return h('p', { class: 'error', role: 'alert' },
    e.message || String(e), e.field ? ` (field: ${e.field})` : '');
}
