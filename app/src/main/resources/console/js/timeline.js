// The timeline picture of a regime: one row per rule, bars over time coloured by state (in force,
// suspended, not enforced, phasing in), each declared suspension shaded across its row, and today
// marked. Plain SVG, so it prints and scales.
import { s } from './dom.js';

const ROW = 20;
const LABEL = 260;
const WIDTH = 1180;
const DAY = 86400000;

/** The SVG for GET /api/rules/timeline; onPick(id) is called when a rule is chosen. */
export function timeline(t, onPick) {
  const start = new Date(`${t.from.slice(0, 4)}-01-01`).getTime();
  const endYear = Math.max(Number(t.to.slice(0, 4)), Number(t.today.slice(0, 4))) + 1;
  const end = new Date(`${endYear}-12-31`).getTime();
  const x = (d) => LABEL + ((new Date(d).getTime() - start) / (end - start)) * (WIDTH - LABEL - 10);
  const height = 30 + t.rules.length * ROW + 10;
  const svg = s('svg', {
    // A group, not an image: its rows are buttons that keyboard and screen-reader users reach.
    id: 'timeline', viewBox: `0 0 ${WIDTH} ${height}`, width: '100%', role: 'group',
    'aria-label': `Timeline of the ${t.regime} rules from ${t.from}; today ${t.today}`,
  });
  const defs = s('defs', {},
    s('pattern', { id: 'hatch', width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
      s('rect', { width: 6, height: 6, fill: '#fde7c7' }), s('line', { x1: 0, y1: 0, x2: 0, y2: 6, stroke: '#e08a00', 'stroke-width': 3 })));
  svg.append(defs);
  for (let y = Number(t.from.slice(0, 4)); y <= endYear; y++) {
    const xx = x(`${y}-01-01`);
    svg.append(s('line', { x1: xx, x2: xx, y1: 18, y2: height - 6, class: 'tick' }),
      s('text', { x: xx + 3, y: 14, class: 'year' }, String(y)));
  }
  t.rules.forEach((rule, i) => {
    const y = 26 + i * ROW;
    const row = s('g', { class: 'rule-row', 'data-rule': rule.id, tabindex: 0, role: 'button',
      'aria-label': `${rule.id}: ${rule.title}` });
    row.append(s('text', { x: 4, y: y + 12, class: 'label' }, rule.id.length > 36 ? `${rule.id.slice(0, 35)}…` : rule.id));
    for (const sus of rule.suspensions || []) {
      const x1 = x(sus.from);
      const x2 = sus.to ? x(addDay(sus.to)) : WIDTH - 10;
      row.append(s('rect', { x: x1, y: y - 2, width: Math.max(1, x2 - x1), height: ROW - 2, class: 'suspension-shade',
        'data-from': sus.from, 'data-to': sus.to || '' },
      s('title', {}, `suspended ${sus.from} to ${sus.to || 'open'} by ${sus.instrument}`)));
    }
    for (const seg of rule.segments) {
      const x1 = x(seg.from);
      const x2 = seg.to ? x(addDay(seg.to)) : WIDTH - 10;
      row.append(s('rect', { x: x1, y: y + 2, width: Math.max(1, x2 - x1), height: ROW - 8, rx: 2,
        class: `seg ${seg.kind}`, 'data-kind': seg.kind, 'data-from': seg.from, 'data-to': seg.to || '' },
      s('title', {}, `${rule.id}: ${seg.kind} ${seg.from} to ${seg.to || 'open'}${seg.note ? ` (${seg.note})` : ''}`)));
    }
    const pick = () => onPick && onPick(rule.id);
    row.addEventListener('click', pick);
    row.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); pick(); } });
    svg.append(row);
  });
  const today = x(t.today);
  svg.append(s('line', { id: 'today', x1: today, x2: today, y1: 18, y2: height - 4, class: 'today' }),
    s('text', { x: today + 3, y: height - 6, class: 'today-label' }, `today ${t.today}`));
  return svg;
}

function addDay(d) {
  return new Date(new Date(d).getTime() + DAY).toISOString().slice(0, 10);
}

/** The legend for the colours. */
export function legend() {
  const item = (cls, text) => s('g', {}, s('rect', { width: 14, height: 10, class: cls }), s('text', { x: 18, y: 10 }, text));
  const svg = s('svg', { width: 640, height: 16, class: 'legend', 'aria-hidden': 'true' });
  [['seg in-force', 'in force'], ['seg suspended', 'suspended'], ['seg not-enforced', 'not enforced'],
    ['seg phasing-in', 'phasing in'], ['suspension-shade', 'declared suspension']].forEach(([c, t], i) => {
    const g = item(c, t);
    g.setAttribute('transform', `translate(${i * 125},2)`);
    svg.append(g);
  });
  return svg;
}
