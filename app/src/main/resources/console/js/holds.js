// Holds: the review queue. Each held transaction opens with its recorded determination and the
// three decisions, release (under licences or offered exceptions), reject and ask for facts, each
// with a reason, as `chokepoint review` takes them.
import { get, post } from './api.js';
import { badge, errorBox, fill, h, say } from './dom.js';
import { determination } from './explain.js';

export async function render(view, [selected]) {
  const queue = await get('/api/holds');
  const detail = h('div', { id: 'hold-detail' });
  fill(view,
    h('h1', {}, 'Holds'),
    h('p', { class: 'muted' }, `${queue.length} transaction(s) awaiting review, oldest first.`),
    h('table', { id: 'holds-table' },
      h('thead', {}, h('tr', {}, ['Transaction', 'Date', 'Route', 'Outcome', 'Status', 'Submitted by']
        .map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, queue.map((t) => h('tr', { 'data-tx': t.id },
        h('td', {}, h('a', { href: `#/holds/${encodeURIComponent(t.id)}`, class: 'hold-link' }, t.id)),
        h('td', {}, t.date), h('td', {}, `${t.from} → ${t.to}`),
        h('td', {}, badge(t.outcome)), h('td', {}, badge(t.status)), h('td', {}, t.submittedBy))))),
    detail);
  if (selected) await open(detail, selected);
}

async function open(detail, id) {
  const [tx, licences, matching] = await Promise.all([get(`/api/transactions/${encodeURIComponent(id)}`),
    get('/api/licences'), get(`/api/transactions/${encodeURIComponent(id)}/licences`)]);
  const d = tx.determination;
  const exceptions = [...new Set(d.regimes.flatMap((r) => (r.exceptions || []).map((x) => x.id)))];
  const missing = [...new Set(d.regimes.flatMap((r) => r.missingFacts || []))];
  const result = h('div', { id: 'review-result', role: 'alert' });

  const action = h('select', { id: 'review-action' },
    h('option', { value: 'release' }, 'Release'),
    h('option', { value: 'reject' }, 'Reject'),
    h('option', { value: 'ask' }, 'Ask for facts'));
  const licenceBoxes = licences.licences.map((l) => h('label', { class: 'inline', 'data-licence': l.number },
    h('input', { type: 'checkbox', name: 'licence', value: l.number }), ` ${l.number} (${l.kind}, ${l.holder}) `,
    standing(matching.lines, l.number)));
  const exceptionBoxes = exceptions.map((x) => h('label', { class: 'inline' },
    h('input', { type: 'checkbox', name: 'exception', value: x }), ` licence exception ${x}`));
  const facts = h('textarea', { id: 'review-facts', class: 'mono short' });
  facts.value = missing.join('\n');
  const reason = h('textarea', { id: 'review-reason', class: 'short', 'aria-required': 'true' });
  const releaseFields = h('fieldset', { id: 'release-fields' }, h('legend', {}, 'Release under'),
    licenceBoxes, exceptionBoxes.length ? exceptionBoxes : h('p', { class: 'small muted' }, 'No licence exception was offered.'));
  const askFields = h('div', { id: 'ask-fields', hidden: true },
    h('label', { for: 'review-facts' }, 'Facts to ask for (one per line)'), facts);
  action.addEventListener('change', () => {
    releaseFields.hidden = action.value !== 'release';
    askFields.hidden = action.value !== 'ask';
  });

  async function decide(ev) {
    ev.preventDefault();
    if (!reason.value.trim()) {
      fill(result, h('p', { class: 'error' }, 'A reason is required for every decision.'));
      reason.focus();
      return;
    }
    const checked = (name) => [...detail.querySelectorAll(`input[name=${name}]:checked`)].map((x) => x.value);
    const body = { reason: reason.value.trim() };
    if (action.value === 'release') Object.assign(body, { licences: checked('licence'), exceptions: checked('exception') });
    if (action.value === 'ask') body.facts = facts.value.split('\n').map((x) => x.trim()).filter(Boolean);
    try {
      const review = await post(`/api/transactions/${encodeURIComponent(id)}/${action.value}`, body);
      say(`${id}: ${review.decision}`);
      // Released and rejected transactions leave the queue; asked ones stay, awaiting facts.
      const row = document.querySelector(`#holds-table tr[data-tx="${CSS.escape(id)}"]`);
      if (row && review.decision !== 'ASK_FOR_FACTS') row.remove();
      fill(result, h('p', { class: 'ok' }, `${id}: ${review.decision.replaceAll('_', ' ').toLowerCase()} by ${review.reviewer}`,
        review.covers && review.covers.length ? ` (${review.covers.join('; ')})` : '', '. ',
        h('a', { href: '#/licences' }, 'See the licences')));
    } catch (e) {
      fill(result, errorBox(e));
    }
  }

  fill(detail,
    h('h2', {}, `Review ${tx.id} `, badge(tx.status)),
    h('form', { class: 'card review-form', id: 'review-form', onsubmit: decide },
      h('div', { class: 'row' }, h('div', {}, h('label', { for: 'review-action' }, 'Decision'), action)),
      releaseFields, askFields,
      h('label', { for: 'review-reason' }, 'Reason (required)'), reason,
      h('p', {}, h('button', { type: 'submit', class: 'primary', id: 'review-submit' }, 'Record the decision')),
      result),
    tx.reviews.length ? h('div', { class: 'card' }, h('h3', {}, 'Earlier reviews'),
      h('ul', {}, tx.reviews.map((r) => h('li', {}, `${r.decidedAt.slice(0, 16)} ${r.reviewer}: ${r.decision} — ${r.reason}`)))) : null,
    determination(d));
  detail.scrollIntoView();
}

/** Whether a licence can cover every line, or the first reason per line it cannot. */
function standing(lines, number) {
  const found = lines.map((line) => [line.line, line.matches.find((m) => m.licence === number)]);
  if (found.every(([, m]) => m && m.covers)) return h('span', { class: 'covers ok' }, 'covers every line');
  return h('span', { class: 'cannot small muted' }, found
    .filter(([, m]) => !m || !m.covers)
    .map(([line, m]) => `${line}: ${m && m.reasons.length ? m.reasons[0].message : 'cannot cover'}`).join('; '));
}
