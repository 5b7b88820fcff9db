// A determination (docs/formats.md §2) as an explanation tree: per regime the outcome, the
// computed figures, the missing facts as questions, and the rules that fired and did not, each
// citation a link.
import { badge, h, num } from './dom.js';

/** The whole determination. onAnswer(answers), when given, makes the questions answerable. */
export function determination(d, onAnswer) {
  return h('div', { class: 'determination', 'data-overall': d.overall },
    h('p', { class: 'det-head' },
      h('strong', {}, d.transaction), ` as of ${d.asOf}: `, badge(d.overall),
      h('span', { class: 'muted small' }, ` rule book ${short(d.rulebook)} · lists ${short(d.lists)}`)),
    screening(d.screening),
    d.regimes.map((r) => regime(r, onAnswer)));
}

function short(hash) {
  return hash ? hash.replace('sha256:', '').slice(0, 12) : '–';
}

function screening(parties) {
  const hits = (parties || []).flatMap((p) => (p.matches || []).map((m) => ({ p, m })));
  if (!hits.length) return null;
  return h('div', { class: 'card screening' },
    h('h3', {}, 'Screening'),
    h('ul', {}, hits.map(({ p, m }) => h('li', {}, badge(m.band), ` ${p.role} “${p.name}”: `,
      h('strong', {}, m.list), ` ${m.entityId} ${m.name} (score ${Number(m.score).toFixed(3)})`))));
}

function regime(r, onAnswer) {
  const groups = { FIRED: [], UNKNOWN: [], NOT_FIRED: [], NOT_IN_FORCE: [] };
  for (const rule of r.rules) (groups[rule.status] || groups.NOT_FIRED).push(rule);
  return h('details', { class: 'card regime', open: true, 'data-regime': r.regime },
    h('summary', {}, h('strong', {}, r.regime), ' ', badge(r.outcome),
      r.review ? h('span', { class: 'review' }, ` review: ${r.review.replaceAll('_', ' ').toLowerCase()}`) : null),
    figures(r),
    questions(r, onAnswer),
    r.exceptions && r.exceptions.length ? h('div', {}, h('h3', {}, 'Licence exceptions offered'),
      h('ul', {}, r.exceptions.map((x) => h('li', {}, h('strong', {}, x.id), ` ${x.title || ''} `,
        x.citation ? h('span', { class: 'muted small' }, `(${x.citation})`) : null)))) : null,
    list('warnings', 'Warnings', r.warnings),
    list('red-flags', 'Red flags', r.redFlags),
    ruleGroup('Rules that fired', groups.FIRED, true, 'fired'),
    ruleGroup('Rules undecided for missing facts', groups.UNKNOWN, true, 'unknown'),
    ruleGroup('Rules that did not fire', groups.NOT_FIRED, false, 'not-fired'),
    ruleGroup('Rules not in force on the date', groups.NOT_IN_FORCE, false, 'not-in-force'),
    collapsed('Caveats', r.caveats),
    collapsed('Trace', r.trace, 'mono'));
}

function figures(r) {
  const rows = r.items.map((i) => {
    const share = i.chineseRareEarthShare ?? (i.shares ? i.shares.cnPart1 : undefined);
    return h('tr', { 'data-item': i.item },
      h('td', {}, i.item),
      h('td', {}, i.kind || ''),
      h('td', { class: 'classification' }, i.classification ?? 'unknown'),
      h('td', { class: 'tpp' }, i.tpp !== undefined ? num(i.tpp) : '–'),
      h('td', { class: 'pd' }, i.performanceDensity !== undefined && i.performanceDensity !== null ? num(i.performanceDensity) : '–'),
      h('td', { class: 'cn-share' }, share !== undefined && share !== null ? `${(share * 100).toFixed(2)}%` : '–'),
      h('td', { class: 'small muted' }, [i.chip, i.basis, i.reached ? `reached: ${i.reached}` : null].filter(Boolean).join(' · ')));
  });
  return h('table', { class: 'figures' },
    h('thead', {}, h('tr', {}, ['Item', 'Kind', 'Classification', 'TPP', 'PD', 'Chinese content', 'Basis']
      .map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, rows));
}

const WORDS = {
  headquarters: 'Where is %s headquartered (country code)?',
  dieAreaMm2: 'What is the die area in mm² of %s?',
  subjectToEar: 'Is %s subject to the EAR (true/false)?',
  origin: 'What is the origin country of %s?',
  bom: 'What is the bill of materials of %s?',
  lists: 'Is %s on the list it possibly matched (review the party)?',
  logicNodeNm: 'What logic node (nm) is %s for?',
  owners: 'Who owns %s, and what share?',
};

/** A missing-fact path as a question a person can answer. */
export function question(path) {
  if (path.startsWith('facts.')) {
    const words = path.slice(6).replace(/([A-Z])/g, ' $1').toLowerCase();
    return `Declared fact “${words}”: true or false?`;
  }
  const m = path.match(/^(items|parties)\[(.+?)\]\.?(.*)$/);
  const field = path.split('.').pop();
  const subject = m ? `${m[1] === 'items' ? 'item' : 'party'} ${m[2]}` : path.split('.')[0];
  const template = WORDS[field];
  return template ? template.replace('%s', subject) : `What is ${path}?`;
}

function questions(r, onAnswer) {
  if (!r.missingFacts || !r.missingFacts.length) return null;
  const inputs = [];
  const items = r.missingFacts.map((path, i) => {
    const id = `q-${r.regime}-${i}`;
    const input = onAnswer ? h('input', { id, type: 'text', 'data-path': path, size: 24 }) : null;
    if (input) inputs.push(input);
    return h('li', { class: 'question' },
      h('label', { for: id }, question(path)), h('code', { class: 'small muted' }, path), input);
  });
  return h('div', { class: 'questions' },
    h('h3', {}, 'Missing facts: questions to answer'),
    h('ol', {}, items),
    onAnswer ? h('button', {
      type: 'button', class: 'primary', onclick: () => onAnswer(
        inputs.filter((x) => x.value.trim()).map((x) => [x.dataset.path, x.value.trim()])),
    }, 'Answer and check again') : null);
}

function ruleGroup(title, rules, open, cls) {
  if (!rules.length) return null;
  return h('details', { class: `rules ${cls}`, open },
    h('summary', {}, `${title} (${rules.length})`),
    h('ul', {}, rules.map((rule) => h('li', { class: 'rule', 'data-rule': rule.id },
      h('strong', {}, rule.id), rule.decision ? [' ', badge(rule.decision)] : null,
      h('div', {}, rule.title || ''),
      h('div', { class: 'small' }, citation(rule)),
      h('div', { class: 'small muted why' }, rule.why)))));
}

/** A rule's citation, a link when the rule has an address. */
export function citation(rule) {
  const text = typeof rule.citation === 'string' ? rule.citation : (rule.citation && rule.citation.short);
  return rule.url
    ? h('a', { class: 'citation', href: rule.url, target: '_blank', rel: 'noopener' }, text)
    : h('span', { class: 'citation' }, text);
}

function list(cls, title, lines) {
  if (!lines || !lines.length) return null;
  return h('div', { class: cls }, h('h3', {}, title), h('ul', {}, lines.map((l) => h('li', {}, l))));
}

function collapsed(title, lines, cls) {
  if (!lines || !lines.length) return null;
  return h('details', { class: 'collapsed' }, h('summary', {}, `${title} (${lines.length})`),
    h('ul', { class: `small ${cls || ''}` }, lines.map((l) => h('li', {}, l))));
}
