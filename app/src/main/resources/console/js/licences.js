// Licences: each with its drawdown bar, share caps and ledger history, and those expiring soon.
import { get } from './api.js';
import { bar, fill, h, num } from './dom.js';

export async function render(view) {
  const [all, soon] = await Promise.all([get('/api/licences'), get('/api/licences/expiring?days=60')]);
  fill(view,
    h('h1', {}, 'Licences'),
    h('section', { class: 'card', id: 'expiring', 'aria-labelledby': 'expiring-title' },
      h('h2', { id: 'expiring-title' }, `Expiring within ${soon.days} days`),
      soon.licences.length
        ? h('ul', {}, soon.licences.map((l) => h('li', {}, h('a', { href: `#licence-${l.number}` }, l.number),
          ` ${l.holder}: last day ${l.validTo} (${l.daysLeft} days)`)))
        : h('p', { class: 'muted' }, 'None.')),
    all.licences.length ? all.licences.map(card) : h('p', {}, 'No licence is recorded.'));
}

function card(l) {
  const q = l.balance.quantity;
  const v = l.balance.value;
  const history = h('div', { class: 'history' });
  const details = h('details', { class: 'history-toggle' }, h('summary', {}, 'History'), history);
  details.addEventListener('toggle', async () => {
    if (!details.open) return;
    const full = await get(`/api/licences/${encodeURIComponent(l.number)}`);
    fill(history, full.entries.length ? entries(full.entries) : h('p', { class: 'muted' }, 'Nothing drawn yet.'));
  });
  return h('article', { class: 'card licence', id: `licence-${l.number}`, 'data-licence': l.number },
    h('h2', {}, l.number, h('span', { class: 'muted small' }, ` ${l.kind} · ${l.status} · ${l.holder}`)),
    h('p', { class: 'small' }, `Valid ${l.validFrom} to ${l.validTo}`,
      l.countries && l.countries.length ? ` · to ${l.countries.join(', ')}` : '',
      ` · items ${(l.items || []).map((i) => i.code || i.description).join(', ')}`),
    q.limit !== null ? h('div', { class: 'drawdown' },
      h('span', { class: 'drawn-text' }, `${num(q.drawn)} of ${num(q.limit)} units drawn, ${num(q.left)} left`),
      bar(q.limit ? q.drawn / q.limit : 0, `${l.number} units drawn`)) : null,
    v.limit !== null ? h('div', { class: 'drawdown' },
      h('span', {}, `${v.currency} ${num(v.drawn)} of ${num(v.limit)} drawn`),
      bar(v.limit ? v.drawn / v.limit : 0, `${l.number} value drawn`)) : null,
    (l.balance.shareCaps || []).map((c) => h('div', { class: 'drawdown share-cap' },
      h('span', {}, `Share cap ${c.id}: ${num(c.drawnToCapped)} drawn of an allowance of ${num(c.allowance)} (${c.condition})`),
      bar(Number(c.allowance) > 0 ? c.drawnToCapped / c.allowance : (c.drawnToCapped > 0 ? 1 : 0), `${l.number} share cap ${c.id}`))),
    details);
}

function entries(list) {
  return h('table', { class: 'small' },
    h('thead', {}, h('tr', {}, ['#', 'When', 'Kind', 'Accepted', 'Transaction', 'Quantity', 'By', 'Reasons']
      .map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, list.map((e) => h('tr', {},
      h('td', {}, e.entry), h('td', {}, e.recordedAt.slice(0, 16).replace('T', ' ')), h('td', {}, e.kind),
      h('td', {}, e.accepted ? 'yes' : 'no'), h('td', {}, [e.transaction, e.line].filter(Boolean).join(' / ')),
      h('td', {}, num(e.quantity)), h('td', {}, e.actor),
      h('td', {}, (e.reasons || []).map((r) => r.message).join('; ') || e.reason || '')))));
}
