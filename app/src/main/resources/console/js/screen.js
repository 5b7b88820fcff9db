// Screen: matches appear as the name is typed, in any script, each with its explanation. Requests
// are debounced, and an answer that arrives after a newer query was sent is dropped.
import { post } from './api.js';
import { badge, debounce, errorBox, fill, h, say } from './dom.js';

const ALERT = 0.8;

export async function render(view) {
  const name = h('input', { id: 'screen-name', type: 'search', autocomplete: 'off', size: 48,
    placeholder: '华为技术有限公司, Huawei Technologies, Hua Wei…' });
  const country = h('input', { id: 'screen-country', type: 'text', size: 4, maxlength: 2, placeholder: 'CN' });
  const review = h('input', { id: 'screen-review', type: 'checkbox' });
  const results = h('div', { id: 'screen-results', 'aria-live': 'polite' });
  let latest = 0;

  const run = debounce(async () => {
    const query = name.value.trim();
    const mine = ++latest;
    if (!query) {
      fill(results);
      return;
    }
    const body = { name: query, threshold: review.checked ? 0.65 : ALERT };
    if (country.value.trim()) body.country = country.value.trim().toUpperCase();
    try {
      const answer = await post('/api/screen', body);
      if (mine === latest) show(results, answer, body.country);
    } catch (e) {
      if (mine === latest) fill(results, errorBox(e));
    }
  }, 200);
  for (const el of [name, country]) el.addEventListener('input', run);
  review.addEventListener('change', run);

  fill(view,
    h('h1', {}, 'Screen a name'),
    h('div', { class: 'card' },
      h('div', { class: 'row' },
        h('div', {}, h('label', { for: 'screen-name' }, 'Name (any script)'), name),
        h('div', {}, h('label', { for: 'screen-country' }, 'Country'), country),
        h('div', {}, h('label', { for: 'screen-review' }, review, ' include the review band (0.65–0.80)'))),
      h('p', { class: 'muted small' }, 'Matches appear as you type, against every active list.')),
    results);
  name.focus();
}

function show(results, answer, country) {
  if (!answer.matches.length) {
    fill(results, h('p', { class: 'no-match' }, `No match for “${answer.query}”.`));
    return;
  }
  fill(results,
    h('p', { class: 'muted small' }, `${answer.matches.length} match(es) for “${answer.query}”`),
    answer.matches.map((m) =>
      h('article', { class: 'card match', 'data-entry': m.entityId },
        h('div', { class: 'match-head' },
          badge(m.score >= ALERT ? 'HIT' : 'POSSIBLE'),
          h('strong', { class: 'match-list' }, m.list), ' ',
          h('span', { class: 'match-name' }, m.name),
          h('span', { class: 'score' }, `score ${m.score.toFixed(3)}`)),
        h('p', { class: 'small muted' },
          `${m.entityId}`, m.matchedName && m.matchedName !== m.name ? ` · matched “${m.matchedName}”` : '',
          m.countries && m.countries.length ? ` · ${m.countries.join(', ')}` : '',
          m.source ? ` · ${m.source}` : ''),
        m.licencePolicy ? h('p', { class: 'small' }, `Licence policy: ${m.licencePolicy}`) : null,
        h('details', {},
          h('summary', {}, 'Why it matched'),
          h('ul', { class: 'explanation small' }, (m.explanation || []).map((l) => h('li', {}, l)))),
        notThisParty(answer.query, country, m))));
}

// A reviewed non-match ("good guy"): determinations stop counting this party's match to the entry
// until the entry changes. Officers and admins may record one; the reason is required.
function notThisParty(query, country, m) {
  const reason = h('input', { type: 'text', size: 48, class: 'clear-reason', required: true,
    'aria-label': `Why “${query}” is not ${m.entityId}` });
  const outcome = h('div', { class: 'clear-outcome', 'aria-live': 'polite' });
  const form = h('form', { class: 'row' },
    h('label', {}, 'Reason ', reason),
    h('button', { type: 'submit' }, 'Record as not a match'));
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    if (!reason.value.trim()) {
      fill(outcome, h('p', { class: 'error' }, 'A reason is required.'));
      return;
    }
    const body = { name: query, entry: m.entityId, reason: reason.value.trim() };
    if (country) body.country = country;
    try {
      const r = await post('/api/screen/cleared', body);
      fill(outcome, h('p', { class: 'cleared' },
        `Recorded by ${r.reviewer}: “${query}” is not ${r.entry}. Determinations no longer count`
        + ' this match while the entry is unchanged.'));
      say(`Recorded: not ${r.entry}`);
    } catch (e) {
      fill(outcome, errorBox(e));
    }
  });
  return h('details', { class: 'not-this-party' },
    h('summary', {}, 'Not this party…'), form, outcome);
}
