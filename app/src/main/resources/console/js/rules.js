// Rules: the packs and rules of each regime, a timeline picture per regime, and one rule's
// citation and validity.
import { get } from './api.js';
import { badge, fill, h } from './dom.js';
import { citation } from './explain.js';
import { legend, timeline } from './timeline.js';

export async function render(view, [regime = 'CN-ECL', ruleId]) {
  const [book, line] = await Promise.all([get('/api/rules'), get(`/api/rules/timeline?regime=${encodeURIComponent(regime)}`)]);
  const detail = h('div', { id: 'rule-detail' });
  const pick = (id) => { location.hash = `#/rules/${regime}/${encodeURIComponent(id)}`; };
  const r = book.regimes.find((x) => x.regime === regime) || book.regimes[0];
  fill(view,
    h('h1', {}, 'Rules'),
    h('nav', { class: 'tabs', 'aria-label': 'Regimes' }, book.regimes.map((x) =>
      h('a', { href: `#/rules/${x.regime}`, 'aria-current': x.regime === regime ? 'page' : null }, x.regime))),
    h('section', { class: 'card', 'aria-labelledby': 'tl-title' },
      h('h2', { id: 'tl-title' }, `${line.regime} over time`), legend(), timeline(line, pick)),
    detail,
    h('section', { 'aria-labelledby': 'packs-title' },
      h('h2', { id: 'packs-title' }, `${r.regime} packs, state today (${book.asOf})`),
      r.packs.map((p) => h('details', { class: 'card pack' },
        h('summary', {}, h('strong', {}, p.title), h('span', { class: 'muted small' }, ` ${p.file} · ${p.rules.length} rules`)),
        h('p', { class: 'small' }, p.description || ''),
        h('ul', {}, p.rules.map((rule) => h('li', {},
          h('a', { href: `#/rules/${regime}/${encodeURIComponent(rule.id)}` }, rule.id), ' ', badge(rule.state), ' ',
          rule.title, ' ', h('span', { class: 'small' }, citation(rule)))))))));
  if (ruleId) await show(detail, ruleId);
}

async function show(detail, id) {
  const r = await get(`/api/rules/${encodeURIComponent(id)}`);
  const v = r.validity;
  fill(detail, h('article', { class: 'card rule-detail', 'data-rule': r.id },
    h('h2', {}, r.id, ' ', badge(r.state)),
    h('p', {}, r.title),
    h('p', {}, 'Citation: ', citation(r), h('span', { class: 'muted small' }, ` ${r.citation.instrument || ''}`)),
    h('p', { class: 'small' }, `Today: ${r.why}`),
    h('dl', { class: 'validity' },
      h('dt', {}, 'Effective'), h('dd', {}, `${v.effective.from} to ${v.effective.to || 'open'}`),
      v.phaseIns.map((p) => [h('dt', {}, 'Phase-in'), h('dd', {}, `${p.from} ${p.paragraph} ${p.note}`)]),
      v.suspensions.map((p) => [h('dt', {}, 'Suspended'), h('dd', { class: 'suspension' },
        `${p.from} to ${p.to || 'open'} by ${p.instrument}${p.endConfirmed ? '' : ' (end not confirmed)'}${p.note ? `: ${p.note}` : ''}`)]),
      v.enforcement.map((p) => [h('dt', {}, p.enforced ? 'Enforced' : 'Not enforced'),
        h('dd', {}, `${p.from} to ${p.to || 'open'}: ${p.instrument}${p.note ? ` (${p.note})` : ''}`)]),
      h('dt', {}, 'Decides'), h('dd', {}, `${r.decision}${r.review ? ` / ${r.review}` : ''}`),
      h('dt', {}, 'Confidence'), h('dd', {}, r.confidence)),
    r.caveats.length ? h('ul', { class: 'small' }, r.caveats.map((c) => h('li', {}, c))) : null,
    h('details', {}, h('summary', {}, 'Condition (CEL)'), h('pre', { class: 'mono' }, r.condition))));
}
