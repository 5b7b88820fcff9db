// Dashboard: determinations by outcome per week, transactions by status, the entries screening
// hits most, licences near exhaustion, and the list snapshot and rule book in force.
import { get } from './api.js';
import { badge, bar, fill, h, num, s } from './dom.js';

const OUTCOMES = ['NO_LICENSE_REQUIRED', 'INDETERMINATE', 'LICENSE_REQUIRED', 'PROHIBITED'];
const COLOURS = { NO_LICENSE_REQUIRED: '#2e7d32', INDETERMINATE: '#6a4fb3', LICENSE_REQUIRED: '#b26a00', PROHIBITED: '#b3261e' };

export async function render(view) {
  const d = await get('/api/dashboard');
  fill(view,
    h('h1', {}, 'Dashboard'),
    h('div', { class: 'grid' },
      h('section', { class: 'card', id: 'statuses' }, h('h2', {}, 'Transactions'),
        h('ul', { class: 'statuses' }, Object.entries(d.transactionsByStatus).map(([k, v]) =>
          h('li', {}, h('a', { href: k === 'HELD' || k === 'AWAITING_FACTS' ? '#/holds' : '#/dashboard' }, badge(k)), ` ${v}`)))),
      h('section', { class: 'card', id: 'versions' }, h('h2', {}, 'In force'),
        h('p', { class: 'small' }, 'Lists ', h('code', {}, d.lists.hash.slice(0, 19)), ` as of ${d.lists.asOf}, ${num(d.lists.entries)} entries`),
        h('p', { class: 'small' }, 'Rule book ', h('code', {}, d.rulebook.hash.slice(0, 19)), ` · ${d.rulebook.engine}`),
        h('ul', { class: 'small' }, d.rulebook.regimes.map((r) => h('li', {}, `${r.regime}: ${r.rules} rules in ${r.packs} packs`))))),
    h('section', { class: 'card', id: 'weekly' }, h('h2', {}, 'Determinations by outcome per week (recorded)'), chart(d.outcomesByWeek)),
    h('div', { class: 'grid' },
      h('section', { class: 'card', id: 'top-hits' }, h('h2', {}, 'Top screening hits'),
        d.topHits.length ? h('table', { class: 'small' },
          h('thead', {}, h('tr', {}, ['List', 'Entry', 'Name', 'Determinations', 'Best score'].map((t) => h('th', { scope: 'col' }, t)))),
          h('tbody', {}, d.topHits.map((x) => h('tr', {}, h('td', {}, x.list), h('td', {}, x.entry), h('td', {}, x.name),
            h('td', {}, x.determinations), h('td', {}, Number(x.bestScore).toFixed(3))))))
          : h('p', { class: 'muted' }, 'No hits recorded.')),
      h('section', { class: 'card', id: 'near-exhaustion' }, h('h2', {}, 'Licences near exhaustion'),
        d.licencesNearExhaustion.length ? d.licencesNearExhaustion.map((l) => h('div', { class: 'drawdown' },
          h('a', { href: '#/licences' }, l.number), ` ${Math.round(l.used * 100)}% used`, bar(l.used, `${l.number} used`)))
          : h('p', { class: 'muted' }, 'None at half or more.'))));
}

function chart(weeks) {
  const W = 1100;
  const H = 180;
  const max = Math.max(1, ...weeks.map((w) => Object.values(w.counts).reduce((a, b) => a + b, 0)));
  const bw = (W - 40) / weeks.length;
  const svg = s('svg', { viewBox: `0 0 ${W} ${H + 40}`, width: '100%', role: 'img',
    'aria-label': `Determinations per week: ${weeks.map((w) => `${w.week} ${Object.values(w.counts).reduce((a, b) => a + b, 0)}`).join(', ')}` });
  weeks.forEach((w, i) => {
    let y = H;
    for (const o of OUTCOMES) {
      const n = w.counts[o] || 0;
      if (!n) continue;
      const hh = (n / max) * (H - 20);
      y -= hh;
      svg.append(s('rect', { x: 30 + i * bw + 4, y, width: bw - 8, height: hh, fill: COLOURS[o] },
        s('title', {}, `week of ${w.week}: ${n} ${o}`)));
    }
    svg.append(s('text', { x: 30 + i * bw + bw / 2, y: H + 16, 'text-anchor': 'middle', class: 'axis' }, w.week.slice(5)));
  });
  svg.append(s('line', { x1: 30, x2: W - 10, y1: H, y2: H, stroke: '#888' }),
    s('text', { x: 4, y: 24, class: 'axis' }, String(max)));
  const key = h('p', { class: 'small' }, OUTCOMES.map((o) => [badge(o), ' ']));
  return [svg, key];
}
