// Step 2: the values to enter in the Zoho API console, and the button that opens it.

import { openConsole } from './api.js';
import { copyButton } from './copy.js';

const $ = (id) => document.getElementById(id);

let currentDc = null;

export function initStep2({ onBack }) {
  $('back').addEventListener('click', onBack);
  $('open-console').addEventListener('click', async () => {
    const status = $('console-status');
    status.replaceChildren();
    status.className = 'console-status';
    try {
      const url = await openConsole(currentDc);
      const text = document.createElement('p');
      text.textContent = `Opened ${url} in your browser. Nothing opened? Copy the address into your browser:`;
      const line = document.createElement('p');
      line.className = 'url-line';
      const code = document.createElement('code');
      code.id = 'console-url';
      code.textContent = url;
      line.append(code, copyButton(url, 'console address'));
      status.append(text, line);
    } catch (error) {
      status.classList.add('failed');
      status.textContent = error.message ?? String(error);
    }
  });
}

function valueRow(key, label, value) {
  const row = document.createElement('div');
  row.className = 'value-row';
  row.dataset.key = key;
  const name = document.createElement('span');
  name.className = 'value-label';
  name.textContent = label;
  const code = document.createElement('code');
  code.className = 'value';
  code.textContent = value;
  row.append(name, code, copyButton(value, label));
  return row;
}

/** Renders a `RegistrationPlan` from the core. */
export function showPlan(plan) {
  currentDc = plan.dc.id;
  $('s2-dc').textContent = `${plan.dc.id.toUpperCase()} · ${plan.dc.region} (${plan.dc.domain})`;
  const rows = [
    valueRow('client-type', 'Client type', plan.clientType),
    valueRow('client-name', 'Client Name', plan.clientName),
    valueRow('homepage', 'Homepage URL', plan.homepage),
    ...plan.redirectUris.map((uri, i) =>
      valueRow('redirect-uri', `Authorized Redirect URI ${plan.redirectUris.length > 1 ? i + 1 : ''}`.trim(), uri)),
  ];
  $('values').replaceChildren(...rows);
  $('plan-notes').replaceChildren(...plan.notes.map((note) => {
    const li = document.createElement('li');
    li.textContent = note;
    return li;
  }));
  $('console-status').replaceChildren();
}
