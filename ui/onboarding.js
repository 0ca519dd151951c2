// Working with a customer: the staff's request (made from step 1's form), the list of requests
// and the reply's import; the admin's side: opening a request, the banner that keeps its values
// in view, and the last step that sends the encrypted reply. Files and the clipboard are Rust's.

import {
  cancelRequest, chooseRequestFile, copyReply, copyRequestLink, createRequest, importReply, listRequests,
  openRequestText, removeConnection, saveReply, saveRequestFile, storeStatus,
} from './api.js';
import { $, errorText, setFieldError, showView } from './dom.js';
import { optionalPassphrase } from './secret-input.js';

let hooks = null;
let replyName = null;

async function showPassphraseField(fieldId) {
  const status = await storeStatus();
  $(fieldId).hidden = status.active !== 'encrypted-file' || status.unlocked;
  return status;
}

/** The requests this computer's store (or the team's) holds, with a Cancel for each waiting one. */
export async function showRequests() {
  let requests = [];
  $('requests-error').hidden = true;
  try {
    requests = await listRequests();
  } catch (error) {
    $('requests-error').textContent = `The requests could not be listed: ${errorText(error)}`;
    $('requests-error').hidden = false;
  }
  const rows = $('request-rows');
  rows.replaceChildren();
  for (const request of requests) {
    const tr = document.createElement('tr');
    for (const text of [request.name, request.from, request.fingerprint, request.summary]) {
      const td = document.createElement('td');
      td.textContent = text;
      tr.append(td);
    }
    const actions = document.createElement('td');
    if (request.state !== 'answered') {
      const cancel = document.createElement('button');
      cancel.type = 'button';
      cancel.className = 'link-button';
      cancel.textContent = 'Cancel';
      cancel.setAttribute('aria-label', `Cancel the request ${request.name}`);
      cancel.addEventListener('click', async () => {
        try {
          await cancelRequest(request.name, null);
        } catch (error) {
          $('requests-error').textContent = errorText(error);
          $('requests-error').hidden = false;
        }
        showRequests();
      });
      actions.append(cancel);
    }
    tr.append(actions);
    rows.append(tr);
  }
  $('requests').hidden = requests.length === 0;
}

/** Step 1 in request mode: the request's own options shown, Next replaced by Make the request. */
export function setRequestForm(on) {
  $('choice-self-client').hidden = on; // a Self Client is one's own: it cannot be requested
  $('request-options').hidden = !on;
  $('make-request').hidden = !on;
  $('cancel-request-form').hidden = !on;
  $('next').hidden = on;
  $('err-request').textContent = '';
  document.querySelector('#step-1 h1').textContent = on
    ? 'What should your customer create?'
    : 'What are you connecting?';
}

async function makeRequest(input) {
  const request = {
    name: $('request-name').value,
    from: $('request-from').value,
    input,
    dc: $('request-dc-open').checked ? null : input.dc,
    scopes: $('request-scopes').value,
    refreshToken: $('request-refresh').checked,
    expiresInDays: Number($('request-expires').value),
  };
  $('err-request').textContent = '';
  setFieldError('request-name', '');
  try {
    const made = await createRequest(request, null);
    $('made-fingerprint').textContent = made.fingerprint;
    $('made-store').textContent = made.keyKeptIn;
    const days = Math.round((made.request.expiresAt - made.request.createdAt) / 86400);
    $('made-expires').textContent = `in ${days} day${days === 1 ? '' : 's'}`;
    $('made-status').textContent = '';
    setRequestForm(false);
    showView('request-made');
  } catch (error) {
    if (error.field === 'connection-name' || error.kind?.startsWith('connection_')) {
      setFieldError('request-name', errorText(error));
      $('request-name').focus();
    } else {
      $('err-request').textContent = errorText(error);
    }
  }
}

/** The banner that keeps a request's facts in view while the admin answers it. */
export function showAnswering(view, dataCentres) {
  $('answering-text').textContent = view.banner;
  $('answering-from').textContent = view.request.from;
  const open = view.request.dc === null;
  $('answering-dc-field').hidden = !open;
  if (open) {
    const select = $('answering-dc');
    select.replaceChildren(...dataCentres.map((dc) => {
      const option = document.createElement('option');
      option.value = dc.id;
      option.textContent = dc.label;
      return option;
    }));
    select.value = view.input.dc;
  }
  $('answering').hidden = false;
}

export function hideAnswering() {
  $('answering').hidden = true;
}

/** The admin's last step: the reply, encrypted for the requester only. */
export async function enterReply(name, view) {
  replyName = name;
  $('reply-to').textContent = view.request.from;
  $('reply-holds').textContent = `The reply holds this connection's Client ID and Client Secret${view.request.refreshToken ? ' and its sign-in' : ''}, encrypted so that only ${view.request.from} can open it.`;
  $('reply-status').textContent = '';
  $('reply-error').hidden = true;
  await showPassphraseField('reply-passphrase-field');
}

async function sendReply(how) {
  $('reply-error').hidden = true;
  try {
    const sent = await how(replyName, optionalPassphrase($('reply-passphrase')));
    if (!sent) return; // the save dialog was cancelled
    $('reply-holds').textContent = sent.holds;
    $('reply-status').textContent = sent.path
      ? `✓ Saved in ${sent.path}. Attach it to an email to ${sent.to}.`
      : `✓ Copied. Paste it into an email to ${sent.to}.`;
  } catch (error) {
    $('reply-error-text').textContent = errorText(error);
    $('reply-error').hidden = false;
  }
}

async function importFrom(text) {
  setFieldError('reply-text', '');
  $('import-done').hidden = true;
  try {
    const imported = await importReply(text, optionalPassphrase($('import-passphrase')));
    if (!imported) return;
    $('reply-text').value = '';
    $('import-done-text').textContent = `Imported “${imported.connection.name}” · ${imported.connection.dc.toUpperCase()} · secret saved in ${imported.storedIn} · ••••${imported.secretLast4}`;
    $('import-done-name').textContent = imported.connection.name;
    $('import-done').hidden = false;
  } catch (error) {
    setFieldError('reply-text', errorText(error));
  }
}

async function openFrom(load) {
  setFieldError('request-text', '');
  try {
    const view = await load();
    if (view) hooks.onAnswer(view);
  } catch (error) {
    setFieldError('request-text', errorText(error));
  }
}

export function initOnboarding({ readInput, onRequestNew, onAnswer, onCancelForm, onHome, onStopAnswering, onAnsweringDc }) {
  hooks = { onAnswer };
  $('request-credentials').addEventListener('click', onRequestNew);
  $('make-request').addEventListener('click', () => makeRequest(readInput()));
  $('cancel-request-form').addEventListener('click', () => { setRequestForm(false); onCancelForm(); });
  $('made-done').addEventListener('click', onHome);
  $('save-request-file').addEventListener('click', async () => {
    try {
      const path = await saveRequestFile();
      if (path) $('made-status').textContent = `✓ Saved in ${path}.`;
    } catch (error) {
      $('made-status').textContent = errorText(error);
    }
  });
  $('copy-request-link').addEventListener('click', async () => {
    try {
      await copyRequestLink();
      $('made-status').textContent = '✓ Link copied. Paste it into your email.';
    } catch (error) {
      $('made-status').textContent = errorText(error);
    }
  });

  $('open-request').addEventListener('click', () => {
    $('request-text').value = '';
    setFieldError('request-text', '');
    showView('open-request-view');
  });
  $('open-request-back').addEventListener('click', onHome);
  $('choose-request-file').addEventListener('click', () => openFrom(chooseRequestFile));
  $('open-request-text').addEventListener('click', () => openFrom(() => openRequestText($('request-text').value)));
  $('stop-answering').addEventListener('click', onStopAnswering);
  $('answering-dc').addEventListener('change', (event) => onAnsweringDc(event.target.value));

  $('import-reply').addEventListener('click', async () => {
    $('import-done').hidden = true;
    setFieldError('reply-text', '');
    const status = await showPassphraseField('import-passphrase-field');
    $('import-store').textContent = status.description;
    showView('import-reply-view');
  });
  $('import-reply-back').addEventListener('click', onHome);
  $('choose-reply-file').addEventListener('click', () => importFrom(null));
  $('import-reply-text').addEventListener('click', () => importFrom($('reply-text').value));

  $('save-reply').addEventListener('click', () => sendReply(saveReply));
  $('copy-reply').addEventListener('click', () => sendReply(copyReply));
  $('reply-keep').addEventListener('click', onHome);
  $('reply-remove').addEventListener('click', async () => {
    try {
      // Here only: revoking at Zoho would end the sign-in the reply just handed over.
      await removeConnection(replyName, optionalPassphrase($('reply-passphrase')), true);
      onHome(`Removed “${replyName}” from this computer.`);
    } catch (error) {
      $('reply-error-text').textContent = errorText(error);
      $('reply-error').hidden = false;
    }
  });
}
