// Check: a transaction (docs/formats.md §1, as JSON or YAML) pasted, uploaded or filled in a
// form, determined in every regime without being recorded, and shown as an explanation tree whose
// missing facts can be answered in place.
import { isYaml, post } from './api.js';
import { errorBox, fill, h } from './dom.js';
import { determination } from './explain.js';

/** The H100 example (examples/h100-to-shanghai.yaml, PO-2026-0215 without its certifications). */
const EXAMPLE = {
  id: 'PO-2026-0215',
  date: '2026-02-15',
  route: { from: 'US', to: 'CN' },
  parties: [
    { role: 'exporter', name: 'Pacific Compute Distribution Inc.', country: 'US' },
    { role: 'end-user', name: 'Shanghai Yunhai Datacenter Co., Ltd.', country: 'CN' },
  ],
  endUse: { purpose: 'commercial' },
  items: [{ id: 'L1', description: 'NVIDIA H100 SXM5 80GB module', quantity: 8,
    unitValue: { amount: 25000, currency: 'USD' }, chip: 'NVIDIA H100 SXM' }],
};

export async function render(view) {
  const text = h('textarea', { id: 'check-json', spellcheck: 'false', class: 'mono' });
  text.value = JSON.stringify(EXAMPLE, null, 2);
  const asOf = h('input', { id: 'check-as-of', type: 'date' });
  const out = h('div', { id: 'check-result' });
  const file = h('input', { id: 'check-file', type: 'file', accept: '.json,.yaml,.yml,application/json,application/yaml' });
  file.addEventListener('change', async () => {
    if (file.files[0]) text.value = await file.files[0].text();
  });

  async function run() {
    fill(out, h('p', { class: 'muted' }, 'Determining…'));
    try {
      const d = await post(`/api/check${asOf.value ? `?asOf=${asOf.value}` : ''}`, text.value);
      fill(out, determination(d, (answers) => {
        try {
          if (isYaml(text.value)) {
            throw new Error('This transaction is YAML: write the answers into its text above and check it again.');
          }
          const tx = JSON.parse(text.value);
          for (const [path, value] of answers) setPath(tx, path, value);
          text.value = JSON.stringify(tx, null, 2);
          run();
        } catch (e) {
          fill(out, errorBox(e));
        }
      }));
    } catch (e) {
      fill(out, errorBox(e));
    }
  }

  fill(view,
    h('h1', {}, 'Check a transaction'),
    h('div', { class: 'check-grid' },
      h('div', { class: 'card' },
        h('label', { for: 'check-json' }, 'Transaction (JSON or YAML, docs/formats.md §1)'), text,
        h('div', { class: 'row' },
          h('div', {}, h('label', { for: 'check-file' }, 'Or upload a JSON or YAML file'), file),
          h('div', {}, h('label', { for: 'check-as-of' }, 'As of (default: its date)'), asOf),
          h('div', {}, h('button', { id: 'check-run', type: 'button', class: 'primary', onclick: run }, 'Check'))),
        h('p', { class: 'muted small' }, 'Ctrl+Enter in the text checks it. Nothing is recorded.')),
      form(text)),
    out);
  text.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) run();
  });
}

/** A small form for the common case: one item to one end user. */
function form(text) {
  const f = (id, label, value, attrs = {}) => {
    const input = h('input', { id, type: 'text', value, ...attrs });
    return [h('div', {}, h('label', { for: id }, label), input), input];
  };
  const [idBox, id] = f('f-id', 'Transaction id', 'PO-NEW-1');
  const [dateBox, date] = f('f-date', 'Date', new Date().toISOString().slice(0, 10), { type: 'date' });
  const [fromBox, from] = f('f-from', 'From', 'US', { size: 3 });
  const [toBox, to] = f('f-to', 'To', 'CN', { size: 3 });
  const [userBox, user] = f('f-user', 'End user', 'Shanghai Yunhai Datacenter Co., Ltd.');
  const [chipBox, chip] = f('f-chip', 'Chip (catalogue name)', 'NVIDIA H100 SXM');
  const [qtyBox, qty] = f('f-qty', 'Quantity', '8', { type: 'number', min: 1 });
  const build = () => {
    text.value = JSON.stringify({
      id: id.value, date: date.value, route: { from: from.value.toUpperCase(), to: to.value.toUpperCase() },
      parties: [{ role: 'exporter', name: 'Our company', country: from.value.toUpperCase() },
        { role: 'end-user', name: user.value, country: to.value.toUpperCase() }],
      items: [{ id: 'L1', quantity: Number(qty.value), chip: chip.value }],
    }, null, 2);
    document.getElementById('check-run').click();
  };
  return h('div', { class: 'card' }, h('h2', {}, 'Or fill a form'),
    h('div', { class: 'row' }, idBox, dateBox, fromBox, toBox),
    h('div', { class: 'row' }, userBox, chipBox, qtyBox),
    h('p', {}, h('button', { type: 'button', onclick: build }, 'Use the form')));
}

/** Sets an answer at a missing-fact path: items[L1].x.y, parties[NAME].x, endUse.x, facts.x. */
export function setPath(tx, path, raw) {
  const value = raw === 'true' ? true : raw === 'false' ? false
    : raw !== '' && !Number.isNaN(Number(raw)) ? Number(raw) : raw;
  const m = path.match(/^(items|parties)\[(.+?)\]\.(.+)$/);
  let target = tx;
  let rest = path;
  if (m) {
    const key = m[1] === 'items' ? 'id' : 'name';
    target = (tx[m[1]] || []).find((x) => x[key] === m[2]);
    if (!target) throw new Error(`no ${m[1]} entry ${m[2]}`);
    // A catalogue chip's figures are supplied as a chipSpec (docs/formats.md §2.5).
    rest = m[3].replace(/^chip\./, 'chipSpec.');
  }
  const keys = rest.split('.');
  for (const k of keys.slice(0, -1)) target = target[k] ??= {};
  target[keys[keys.length - 1]] = value;
}
