// Working with a customer: the staff's request (made from step 1's form), the list of requests
// and the reply's import; the admin's side: opening a request, the banner that keeps its values
// in view, and the last step that sends the encrypted reply. Files and the clipboard are Rust's.

import {
  acceptReconnect, appInfo, cancelRequest, chooseRequestFile, confirmImport, copyReply, copyRequestLink, createReconnectRequest,
  createRequest, discardImport, listRequests, openReply, openRequestText, removeConnection, saveReply, saveRequestFile,
  storeStatus, switchRequest,
} from './api.js';
import { $, setFieldError, showView, showError } from './dom.js';
import { copyButton } from './copy.js';
import { requestEmail } from './request-email.js';
import { offerUnlock, unlockFirst } from './unlock.js';
import { showTestCall } from './test-call.js';
import { dcLabel, relativeTime, storeIn, t } from './i18n.js';

let hooks = null;
let replyName = null;
/** A request that arrived while another was being answered. */
let incoming = null;

/** "Waiting for the reply · expires in 6 days", "Answered 2 hours ago", in the screens' language. */
function requestSummary(request) {
  const now = Date.now() / 1000;
  if (request.state === 'answered' && request.answeredAt) {
    return t('request-answered', { when: relativeTime(request.answeredAt - now) });
  }
  const expires = relativeTime(request.expiresAt - now);
  return t(request.state === 'expired' ? 'request-expired' : 'request-waiting', { expires });
}

/** The requests this computer's store (or the team's) holds, with a Cancel for each waiting one. */
export async function showRequests() {
  let requests = [];
  $('requests-error').hidden = true;
  try {
    requests = await listRequests();
  } catch (error) {
    showError('requests-error', error);
    $('requests-error').hidden = false;
  }
  const rows = $('request-rows');
  rows.replaceChildren();
  for (const request of requests) {
    const tr = document.createElement('tr');
    for (const text of [request.name, request.from, request.fingerprint, requestSummary(request)]) {
      const td = document.createElement('td');
      td.textContent = text;
      tr.append(td);
    }
    const actions = document.createElement('td');
    if (request.state !== 'answered') {
      const cancel = document.createElement('button');
      cancel.type = 'button';
      cancel.className = 'link-button';
      cancel.textContent = t('cancel');
      cancel.setAttribute('aria-label', t('cancel-request', { name: request.name }));
      cancel.addEventListener('click', async () => {
        try {
          await cancelRequest(request.name, null);
        } catch (error) {
          if (unlockFirst(error)) return;
          showError('requests-error', error);
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
  $('step1-request-hint').hidden = on;
  $('err-request').textContent = '';
  document.querySelector('#step-1 h1').textContent = t(on ? 'request-form-title' : 'step-1-title');
}

/** The request just made: what to send, and the fingerprint to read out. */
async function showMade(made) {
  $('made-fingerprint').textContent = made.fingerprint;
  $('made-store').textContent = storeIn(made.keyPlace);
  const days = Math.round((made.request.expiresAt - made.request.createdAt) / 86400);
  $('made-expires').textContent = relativeTime(days * 86400);
  $('made-status').textContent = '';
  $('request-made-title').textContent = t(made.request.reconnect ? 'reconnect-request-made' : 'request-made-title');
  const email = requestEmail(made, (await appInfo()).downloads);
  $('made-email').textContent = email;
  $('made-email-copy').replaceChildren(copyButton(email, t('email-text'), t('copy-email-text')));
  showView('request-made');
}

let reconnecting = null;

/** The staff's side: a reconnect request for `connection`, its values shown, who asks and
 * the permissions to add asked for. */
export function enterReconnectRequest(connection) {
  reconnecting = connection.name;
  $('rr-name').textContent = connection.name;
  $('rr-client-id').textContent = connection.clientId;
  $('rr-dc').textContent = connection.dc.toUpperCase();
  const scopes = connection.scopes.length ? connection.scopes : connection.signedIn?.grantedScopes ?? [];
  $('rr-scopes').textContent = scopes.join(', ') || t('default-scopes');
  $('rr-scopes-add').value = '';
  $('err-rr').textContent = '';
  setFieldError('rr-from', '');
  showView('reconnect-request');
  $('rr-from').focus();
}

async function makeReconnectRequest() {
  $('err-rr').textContent = '';
  setFieldError('rr-from', '');
  try {
    const made = await createReconnectRequest({
      name: reconnecting,
      from: $('rr-from').value,
      scopes: $('rr-scopes-add').value,
      expiresInDays: Number($('rr-expires').value),
    }, null);
    await showMade(made);
  } catch (error) {
    if (unlockFirst(error)) return;
    if (error.field === 'request-from') {
      setFieldError('rr-from', error);
      $('rr-from').focus();
    } else {
      showError('err-rr', error);
    }
  }
}

/** The admin's side of a reconnect for a connection kept here: the fingerprint, then the sign-in. */
export async function showReconnectKept(view) {
  $('rk-name').textContent = view.request.name;
  $('rk-name-again').textContent = view.request.name;
  $('rk-client-id').textContent = view.request.reconnect.clientId;
  $('rk-scopes').textContent = view.request.scopes.join(', ');
  $('rk-fingerprint').textContent = view.fingerprint;
  $('rk-confirmed').checked = false;
  $('rk-sign-in').disabled = true;
  $('err-rk').textContent = '';
  showView('reconnect-kept');
  await offerUnlock();
}

async function acceptKept() {
  $('err-rk').textContent = '';
  const fingerprint = $('rk-fingerprint').textContent;
  try {
    const connection = await acceptReconnect(fingerprint, null);
    hooks.onSignIn(connection.name);
  } catch (error) {
    if (unlockFirst(error)) return;
    showError('err-rk', error);
  }
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
  setFieldError('request-from', '');
  try {
    const made = await createRequest(request, null);
    setRequestForm(false);
    await showMade(made);
  } catch (error) {
    if (unlockFirst(error)) return;
    if (error.field === 'connection-name' || error.kind?.startsWith('connection_')) {
      setFieldError('request-name', error);
      $('request-name').focus();
    } else if (error.field === 'request-from') {
      setFieldError('request-from', error);
      $('request-from').focus();
    } else {
      showError('err-request', error);
    }
  }
}

/** The banner that keeps a request's facts in view while the admin answers it: what the request
 * says and what this app computed (the fingerprint), each in its own place. */
export function showAnswering(view, dataCentres) {
  hideIncoming();
  $('answering-from').textContent = view.request.from;
  $('answering-reconnect').hidden = !view.request.reconnect;
  $('answering-reconnect-from').textContent = view.request.from;
  $('answering-reconnect-name').textContent = view.request.name;
  $('answering-expires').textContent = relativeTime(view.request.expiresAt - Date.now() / 1000);
  $('answering-fingerprint').textContent = view.fingerprint;
  const open = view.request.dc === null;
  $('answering-dc-field').hidden = !open;
  $('answering-dc').disabled = false;
  if (open) {
    const select = $('answering-dc');
    select.replaceChildren(...dataCentres.map((dc) => {
      const option = document.createElement('option');
      option.value = dc.id;
      option.textContent = dcLabel(dc);
      return option;
    }));
    select.value = view.input.dc;
  }
  $('answering').hidden = false;
}

/** A request that arrived while another is answered: the admin chooses which to answer. */
export function showIncoming(view) {
  incoming = view;
  $('incoming-name').textContent = view.request.name;
  $('incoming-from').textContent = view.request.from;
  $('incoming-fingerprint').textContent = view.fingerprint;
  $('incoming-current').textContent = view.interrupts;
  $('incoming').hidden = false;
  $('incoming-keep').focus();
}

export function hideIncoming() {
  incoming = null;
  $('incoming').hidden = true;
}

export function hideAnswering() {
  $('answering').hidden = true;
}

/** Once the Client Secret is saved, the connection and its reply are for the data centre chosen. */
export function fixAnsweringDc() {
  $('answering-dc').disabled = true;
}

/** The admin's last step: the reply, encrypted to the request's key. */
export async function enterReply(name, view) {
  replyName = name;
  $('reply-to').textContent = view.request.from;
  $('reply-fingerprint').textContent = view.fingerprint;
  $('reply-holds').textContent = t(view.request.refreshToken ? 'reply-holds-sign-in' : 'reply-holds');
  $('reply-status').textContent = '';
  $('reply-code-box').hidden = true;
  $('reply-error').hidden = true;
  // What to do with the connection here comes once the reply is safely saved or copied.
  $('reply-after').hidden = true;
}

async function sendReply(how) {
  $('reply-error').hidden = true;
  $('reply-status').textContent = '';
  try {
    const sent = await how(replyName, null);
    if (!sent) return; // the save dialog was cancelled
    $('reply-holds').textContent = t(sent.withSignIn ? 'reply-holds-sign-in' : 'reply-holds');
    $('reply-status').textContent = sent.path
      ? t('reply-saved', { path: sent.path })
      : t('reply-copied');
    // The fingerprint of the request the reply was encrypted for, as Rust recomputed it.
    $('reply-fingerprint').textContent = sent.fingerprint ?? t('fingerprint-unknown');
    $('reply-code').textContent = sent.code;
    $('reply-code-box').hidden = false;
    $('reply-after').hidden = false;
  } catch (error) {
    if (unlockFirst(error)) return;
    showError('reply-error-text', error);
    $('reply-error').hidden = false;
  }
}

/** The staff's check before a reply is saved: whose account, which client, the reply code. */
function showImportConfirm(preview) {
  $('ic-name').textContent = preview.name;
  $('ic-reconnect').hidden = !preview.reconnect;
  $('ic-reconnect-text').textContent = preview.replaces
    ? t('replaces-sign-in-of', { account: preview.replaces })
    : t('replaces-sign-in');
  $('ic-client-id').textContent = preview.clientId;
  $('ic-dc').textContent = dcLabel(preview.dataCentre);
  $('ic-code').textContent = preview.code;
  if (preview.account) {
    $('ic-account').textContent = preview.account;
    $('ic-account-source').textContent = t(preview.accountChecked ? 'account-confirmed' : 'account-as-reply-says');
  } else {
    $('ic-account').textContent = t(preview.signedIn ? 'account-not-known' : 'account-none');
    $('ic-account-source').textContent = t(preview.signedIn ? 'account-no-profile' : 'account-no-sign-in');
  }
  $('ic-confirm-text').textContent = t(preview.signedIn ? 'confirm-account-and-client' : 'confirm-client');
  $('ic-late').hidden = !preview.late;
  $('ic-late-text').textContent = preview.late
    ? t('reply-late', { late: relativeTime(preview.expiredAt - Date.now() / 1000) })
    : '';
  $('ic-accept-late').checked = false;
  $('ic-confirmed').checked = false;
  $('err-import').textContent = '';
  updateImportEnabled();
  // One main button at a time: the reply is open, so opening it again is not offered.
  $('choose-reply-file').hidden = true;
  $('import-reply-text').hidden = true;
  $('import-confirm').hidden = false;
  $('import-confirm-title').scrollIntoView({ block: 'nearest' });
}

function updateImportEnabled() {
  const lateOk = $('ic-late').hidden || $('ic-accept-late').checked;
  $('ic-import').disabled = !($('ic-confirmed').checked && lateOk);
}

function hideImportConfirm() {
  $('import-confirm').hidden = true;
  $('choose-reply-file').hidden = false;
  $('import-reply-text').hidden = false;
}

async function openFromReply(text) {
  setFieldError('reply-text', '');
  $('import-done').hidden = true;
  hideImportConfirm();
  try {
    const preview = await openReply(text, null);
    if (!preview) return;
    showImportConfirm(preview);
  } catch (error) {
    if (unlockFirst(error)) return;
    setFieldError('reply-text', error);
  }
}

/** What became of the sign-in a reconnect replaced. */
const EARLIER = {
  revoked: 'earlier-revoked',
  alreadyGone: 'earlier-gone',
  notRevoked: 'earlier-not-revoked',
};

function reconnectedText(imported) {
  const store = storeIn(imported.connection.secretStore);
  return [
    t('reconnected', { name: imported.connection.name }),
    ...(imported.secretReplaced ? [t('secret-regenerated', { store, last4: imported.secretLast4 })] : []),
    ...(EARLIER[imported.earlierSignIn] ? [t(EARLIER[imported.earlierSignIn])] : []),
  ].join(' ');
}

async function importConfirmed() {
  $('err-import').textContent = '';
  try {
    // The reply on screen, by its code: not another one opened meanwhile.
    const imported = await confirmImport($('ic-code').textContent, $('ic-accept-late').checked);
    hideImportConfirm();
    $('reply-text').value = '';
    $('import-done-text').textContent = imported.reconnected
      ? reconnectedText(imported)
      : t('imported', {
        name: imported.connection.name,
        dc: imported.connection.dc.toUpperCase(),
        store: storeIn(imported.connection.secretStore),
        last4: imported.secretLast4,
      });
    $('import-done-name').textContent = imported.connection.name;
    $('import-done').hidden = false;
    // Done: the main button moves on to the connection, and the reply is not opened again.
    $('choose-reply-file').hidden = true;
    $('import-reply-text').hidden = true;
    $('import-open').focus();
    if (imported.connection.signedIn) showTestCall($('import-check'), imported.connection.name);
    else $('import-check').hidden = true;
  } catch (error) {
    if (unlockFirst(error)) return;
    showError('err-import', error);
  }
}

async function openFrom(load) {
  setFieldError('request-text', '');
  try {
    const view = await load();
    if (view) hooks.onAnswer(view);
  } catch (error) {
    setFieldError('request-text', error);
  }
}

export function initOnboarding({
  readInput, onRequestNew, onAnswer, onNotice, onCancelForm, onHome, onStopAnswering, onAnsweringDc, onSignIn, onOpen,
}) {
  hooks = { onAnswer, onNotice, onSignIn };
  $('import-open').addEventListener('click', () => onOpen($('import-done-name').textContent));
  $('rr-make').addEventListener('click', makeReconnectRequest);
  $('rr-back').addEventListener('click', () => onHome());
  $('rr-from').addEventListener('input', () => setFieldError('rr-from', ''));
  $('rk-confirmed').addEventListener('change', () => { $('rk-sign-in').disabled = !$('rk-confirmed').checked; });
  $('rk-sign-in').addEventListener('click', acceptKept);
  $('request-credentials').addEventListener('click', onRequestNew);
  $('make-request').addEventListener('click', () => makeRequest(readInput()));
  $('cancel-request-form').addEventListener('click', () => { setRequestForm(false); onCancelForm(); });
  $('made-done').addEventListener('click', onHome);
  $('save-request-file').addEventListener('click', async () => {
    try {
      const path = await saveRequestFile();
      if (path) $('made-status').textContent = t('request-saved', { path });
    } catch (error) {
      showError('made-status', error);
    }
  });
  $('copy-request-link').addEventListener('click', async () => {
    try {
      await copyRequestLink();
      $('made-status').textContent = t('link-copied');
    } catch (error) {
      showError('made-status', error);
    }
  });

  const openRequestView = () => {
    $('request-text').value = '';
    setFieldError('request-text', '');
    showView('open-request-view');
  };
  $('open-request').addEventListener('click', openRequestView);
  $('step1-open-request').addEventListener('click', openRequestView);
  $('open-request-back').addEventListener('click', onHome);
  $('choose-request-file').addEventListener('click', () => openFrom(chooseRequestFile));
  $('open-request-text').addEventListener('click', () => openFrom(() => openRequestText($('request-text').value)));
  $('stop-answering').addEventListener('click', onStopAnswering);
  $('answering-dc').addEventListener('change', (event) => onAnsweringDc(event.target.value));

  $('import-reply').addEventListener('click', async () => {
    $('import-done').hidden = true;
    hideImportConfirm();
    setFieldError('reply-text', '');
    $('import-store').textContent = storeIn((await storeStatus()).active);
    showView('import-reply-view');
    await offerUnlock();
  });
  $('import-reply-back').addEventListener('click', async () => {
    await discardImport().catch(() => {});
    onHome();
  });
  $('choose-reply-file').addEventListener('click', () => openFromReply(null));
  $('import-reply-text').addEventListener('click', () => openFromReply($('reply-text').value));
  $('reply-text').addEventListener('input', () => {
    setFieldError('reply-text', '');
    if (!$('import-confirm').hidden) { hideImportConfirm(); discardImport().catch(() => {}); }
  });
  $('ic-confirmed').addEventListener('change', updateImportEnabled);
  $('ic-accept-late').addEventListener('change', updateImportEnabled);
  $('ic-import').addEventListener('click', importConfirmed);
  $('ic-discard').addEventListener('click', async () => {
    await discardImport().catch(() => {});
    hideImportConfirm();
    $('reply-text').value = '';
  });

  $('incoming-keep').addEventListener('click', hideIncoming);
  $('incoming-switch').addEventListener('click', async () => {
    if (!incoming) return;
    try {
      const view = await switchRequest(incoming.fingerprint);
      hideIncoming();
      hooks.onAnswer(view);
    } catch (error) {
      hideIncoming();
      hooks.onNotice(error);
    }
  });

  $('save-reply').addEventListener('click', () => sendReply(saveReply));
  $('copy-reply').addEventListener('click', () => sendReply(copyReply));
  $('reply-keep').addEventListener('click', onHome);
  $('reply-remove').addEventListener('click', async () => {
    try {
      // Here only: revoking at Zoho would end the sign-in the reply just handed over.
      await removeConnection(replyName, null, true);
      onHome(t('removed-here', { name: replyName }));
    } catch (error) {
      if (unlockFirst(error)) return;
      showError('reply-error-text', error);
      $('reply-error').hidden = false;
    }
  });
}
