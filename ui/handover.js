// Step 5: where the credentials go next. Plain values are copied here; secrets are copied by Rust,
// which reads them from their store at the click and clears the clipboard again.

import { clipboardSetting, copySecret, handOver, setClipboardSetting } from './api.js';
import { copyButton } from './copy.js';
import { $, showError } from './dom.js';
import { unlockFirst } from './unlock.js';
import { valueRow } from './values.js';

let current = null;
let countdown = null;

function showCountdown(label, receipt) {
  clearInterval(countdown);
  const status = $('s5-clipboard');
  if (receipt.clearsInSecs === null || receipt.clearsInSecs === undefined) {
    status.textContent = `${label} copied. It stays on the clipboard until something else is copied.`;
    return;
  }
  const deadline = Date.now() + receipt.clearsInSecs * 1000;
  const tick = () => {
    const left = Math.max(0, Math.round((deadline - Date.now()) / 1000));
    status.textContent = left > 0
      ? `${label} copied. Clipboard clears in ${left} s.`
      : `${label}: clipboard cleared (if it still held it).`;
    if (left === 0) clearInterval(countdown);
  };
  tick();
  countdown = setInterval(tick, 1000);
}

/** A row for a secret: named, never shown, copied by Rust. */
function secretRow(value) {
  const row = document.createElement('div');
  row.className = 'value-row';
  row.dataset.key = value.key;
  const name = document.createElement('span');
  name.className = 'value-label';
  name.textContent = value.label;
  const hidden = document.createElement('span');
  hidden.className = 'value secret-value';
  hidden.textContent = `•••••••• kept in ${current.secretStoreDescription}`;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy-button';
  button.textContent = 'Copy';
  button.setAttribute('aria-label', `Copy ${value.label}`);
  button.addEventListener('click', async () => {
    $('s5-clipboard').textContent = '';
    try {
      showCountdown(value.label, await copySecret(current.connection, value.secret, null));
    } catch (error) {
      if (!unlockFirst(error)) showError('s5-clipboard', error);
    }
  });
  const wrap = document.createElement('span');
  wrap.className = 'copy';
  wrap.append(button);
  row.append(name, hidden, wrap);
  return row;
}

function wayBlock(way) {
  const block = document.createElement('section');
  block.className = 'panel way';
  const title = document.createElement('h2');
  title.textContent = way.title;
  const steps = document.createElement('ol');
  steps.className = 'instructions';
  steps.append(...way.steps.map((step) => {
    const li = document.createElement('li');
    li.textContent = step;
    return li;
  }));
  block.append(title, steps);
  for (const snippet of way.snippets) {
    const caption = document.createElement('p');
    caption.className = 'snippet-caption';
    caption.textContent = `${snippet.edition} · ${snippet.file}`;
    const code = document.createElement('pre');
    code.className = 'snippet';
    code.textContent = snippet.code;
    block.append(caption, code, copyButton(snippet.code, `${snippet.edition} code`));
  }
  return block;
}

export function initHandOver({ onBack, onDone }) {
  $('back-5').addEventListener('click', onBack);
  $('s5-done').addEventListener('click', onDone);
  $('s5-clear').addEventListener('change', (event) => setClipboardSetting(Number(event.target.value)));
}

/** Prepares step 5 for a saved connection (its details come from `getConnection`). */
export async function enterHandOver(connection) {
  const plan = await handOver(connection.name);
  current = { connection: connection.name, secretStoreDescription: connection.secretStoreDescription };
  clearInterval(countdown);
  $('step-5-title').textContent = plan.title;
  $('s5-intro').textContent = plan.intro;
  $('s5-values').replaceChildren(...plan.values.map((value) => (value.secret
    ? secretRow(value)
    : valueRow(value.key, value.label, value.value))));
  $('s5-ways').replaceChildren(...plan.ways.map(wayBlock));
  $('s5-warnings').replaceChildren(...plan.warnings.map((warning) => {
    const li = document.createElement('li');
    li.textContent = warning;
    return li;
  }));
  $('s5-clipboard').textContent = '';
  $('s5-clear').value = String(await clipboardSetting());
}
