// Step 5: where the credentials go next. Plain values are copied here; secrets are copied by Rust,
// which reads them from their store at the click and clears the clipboard again.

import { clipboardSetting, copySecret, handOver, setClipboardSetting } from './api.js';
import { copyButton } from './copy.js';
import { $, showError } from './dom.js';
import { unlockFirst } from './unlock.js';
import { valueRow } from './values.js';
import { storeIn, t } from './i18n.js';

let current = null;
let countdown = null;

function showCountdown(label, receipt) {
  clearInterval(countdown);
  const status = $('s5-clipboard');
  if (receipt.clearsInSecs === null || receipt.clearsInSecs === undefined) {
    status.textContent = t('copied-kept', { label });
    return;
  }
  const deadline = Date.now() + receipt.clearsInSecs * 1000;
  const tick = () => {
    const left = Math.max(0, Math.round((deadline - Date.now()) / 1000));
    status.textContent = left > 0 ? t('copied-clears', { label, left }) : t('copied-cleared', { label });
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
  const label = t(`value-${value.key}`);
  name.textContent = label;
  const hidden = document.createElement('span');
  hidden.className = 'value secret-value';
  hidden.textContent = t('secret-kept-in', { store: current.store });
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy-button';
  button.textContent = t('copy');
  button.setAttribute('aria-label', t('copy-label', { label }));
  button.addEventListener('click', async () => {
    $('s5-clipboard').textContent = '';
    try {
      showCountdown(label, await copySecret(current.connection, value.secret, null));
    } catch (error) {
      if (!unlockFirst(error)) showError('s5-clipboard', error);
    }
  });
  const wrap = document.createElement('span');
  wrap.className = 'copy';
  // The same room a plain value's "Copied" takes: the Copy buttons line up.
  const room = document.createElement('span');
  room.className = 'copied';
  wrap.append(button, room);
  row.append(name, hidden, wrap);
  return row;
}

function wayBlock(way) {
  const block = document.createElement('section');
  block.className = 'panel way';
  const title = document.createElement('h2');
  title.textContent = t(`handover-way-${way.kind}`, current.args);
  const steps = document.createElement('ol');
  steps.className = 'instructions';
  steps.append(...way.steps.map((step) => {
    const li = document.createElement('li');
    li.textContent = t(`handover-step-${step}`, current.args);
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
    block.append(caption, code, copyButton(snippet.code, t('snippet-code', { edition: snippet.edition })));
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
  current = { connection: connection.name, store: storeIn(connection.secretStore), args: plan.args };
  clearInterval(countdown);
  // A Self Client is handed over as one's own scripts are.
  const kind = plan.template === 'self-client' ? 'custom' : plan.template;
  $('step-5-title').textContent = t(`handover-${kind}-title`, plan.args);
  $('s5-intro').textContent = t(`handover-${kind}-intro`, plan.args);
  $('s5-values').replaceChildren(...plan.values.map((value) => (value.secret
    ? secretRow(value)
    : valueRow(value.key, t(`value-${value.key}`), value.value))));
  $('s5-ways').replaceChildren(...plan.ways.map(wayBlock));
  $('s5-warnings').replaceChildren(...plan.warnings.map((warning) => {
    const li = document.createElement('li');
    li.textContent = t(`handover-warning-${warning}`, plan.args);
    return li;
  }));
  $('s5-clipboard').textContent = '';
  $('s5-clear').value = String(await clipboardSetting());
}
