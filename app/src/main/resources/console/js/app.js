// The console's shell: sign-in with an API token, the page router (#/page), and the header.
import { api, setToken, token } from './api.js';
import { fill, h, errorBox } from './dom.js';
import * as dashboard from './dashboard.js';
import * as screen from './screen.js';
import * as check from './check.js';
import * as holds from './holds.js';
import * as licences from './licences.js';
import * as rules from './rules.js';

const PAGES = { dashboard, screen, check, holds, licences, rules };
const view = document.getElementById('view');

async function signedIn() {
  if (!token()) return null;
  try {
    return await api('GET', '/api/me');
  } catch {
    return null;
  }
}

function showSignIn(message) {
  setToken(null);
  document.getElementById('nav').hidden = true;
  document.getElementById('who').hidden = true;
  view.replaceChildren();
  document.getElementById('sign-in').hidden = false;
  document.getElementById('sign-in-error').textContent = message || '';
  document.getElementById('token').focus();
}

async function start() {
  const me = await signedIn();
  if (!me) {
    showSignIn();
    return;
  }
  document.getElementById('sign-in').hidden = true;
  document.getElementById('nav').hidden = false;
  document.getElementById('who').hidden = false;
  document.getElementById('who-name').textContent = `${me.name} (${me.role})`;
  document.body.dataset.role = me.role;
  route();
}

async function route() {
  if (!token()) return;
  const [, name = 'dashboard', ...rest] = (location.hash || '#/dashboard').split('/');
  const page = PAGES[name] || dashboard;
  for (const a of document.querySelectorAll('#nav a')) {
    if (a.getAttribute('href') === `#/${name}`) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  document.title = `${name[0].toUpperCase()}${name.slice(1)} · Chokepoint`;
  fill(view, h('p', { class: 'muted' }, 'Loading…'));
  try {
    await page.render(view, rest.map(decodeURIComponent));
  } catch (e) {
    fill(view, errorBox(e));
  }
}

document.getElementById('sign-in-form').addEventListener('submit', async (ev) => {
  ev.preventDefault();
  setToken(document.getElementById('token').value.trim());
  document.getElementById('token').value = '';
  if (await signedIn()) start();
  else showSignIn('That token is not known or was revoked.');
});
document.getElementById('sign-out').addEventListener('click', () => showSignIn());
window.addEventListener('chokepoint:signed-out', () => showSignIn('Your token was refused; sign in again.'));
window.addEventListener('hashchange', route);
start();
