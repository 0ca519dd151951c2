// Step 4: sign in to Zoho through the browser; tokens are stored by Rust, never shown here.

import { cancelSignIn, confirmAccount, finishSignIn, getConnection, pasteRedirect, signInOptions, startSignIn } from './api.js';
import { copyButton } from './copy.js';
import { $, setFieldError, showBanner } from './dom.js';
import { scopeChoice } from './scopes.js';
import { unlockFirst } from './unlock.js';
import { showTestCall } from './test-call.js';
import { storeIn, t } from './i18n.js';

/** How long the waiting screen stays calm before it lists what usually goes wrong. */
const CAUSES_AFTER_MS = 45_000;

let options = null;
let current = null;
let timer = null;
let causesTimer = null;

function selectedScopes() {
  const scopes = [...document.querySelectorAll('#s4-presets input:checked')].map((i) => i.value);
  if ($('s4-profile-scope').checked) scopes.push(options.profileScope);
  scopes.push(...$('s4-extra').value.split(/[\s,]+/).filter(Boolean));
  return scopes;
}

/** The product permissions chosen (the profile scope alone is not something to connect for). */
function productScopes() {
  return selectedScopes().filter((scope) => scope !== options.profileScope);
}

/** Sign in waits until the connection may do something in Zoho. */
function updateConnectEnabled() {
  const nothing = productScopes().length === 0;
  $('s4-connect').disabled = nothing || !$('s4-waiting').hidden;
  $('s4-connect-hint').textContent = nothing ? t('choose-a-permission') : '';
}

function showScopes(chosen) {
  const box = $('s4-presets');
  box.replaceChildren(...options.presets.map((preset) => {
    const group = document.createElement('fieldset');
    group.className = 'scope-group';
    const title = document.createElement('legend');
    // Zoho's product names (CRM, Books) are names, the same in every language.
    title.className = 'product-name';
    title.textContent = preset.product;
    group.append(title, ...preset.scopes.map((scope) => scopeChoice(scope, chosen.includes(scope))));
    return group;
  }));
  $('s4-profile-scope').checked = chosen.length === 0 || chosen.includes(options.profileScope);
  const known = new Set([options.profileScope, ...options.presets.flatMap((p) => p.scopes)]);
  $('s4-extra').value = chosen.filter((s) => !known.has(s)).join(', ');
  // Advanced opens by itself only when it holds something of this connection's.
  $('s4-advanced').open = Boolean($('s4-extra').value);
  updateConnectEnabled();
}

/** The likely causes, with the paste field, open (after a while, or when asked). */
function showHelp(open) {
  clearTimeout(causesTimer);
  $('s4-help').hidden = !open;
  $('s4-show-causes').hidden = open;
  $('s4-show-causes').setAttribute('aria-expanded', String(open));
}

function setWaiting(waiting) {
  $('s4-waiting').hidden = !waiting;
  updateConnectEnabled();
  // While waiting, Cancel is the one thing to click here.
  $('s4-connect').hidden = waiting || !$('s4-done').hidden;
  $('back-4').disabled = waiting;
  showHelp(false);
  if (waiting) causesTimer = setTimeout(() => showHelp(true), CAUSES_AFTER_MS);
  // While waiting, the browser is what matters: the scopes step aside for the address and countdown.
  $('s4-scopes-field').hidden = waiting;
  clearInterval(timer);
  if (!waiting) return;
  const deadline = Date.now() + options.timeoutSecs * 1000;
  const tick = () => {
    const left = Math.max(0, Math.round((deadline - Date.now()) / 1000));
    $('s4-countdown').textContent = t('time-left', { time: `${Math.floor(left / 60)}:${String(left % 60).padStart(2, '0')}` });
  };
  tick();
  timer = setInterval(tick, 1000);
}

function showConnected(connected) {
  $('s4-done-text').textContent = t('connected-summary', {
    account: connected.email ?? t('your-zoho-account'),
    dc: connected.connection.dc.toUpperCase(),
    scopes: connected.grantedScopes.join(', '),
  });
  const [from, to] = connected.dcChanged ?? [];
  $('s4-dc-note').textContent = connected.dcChanged ? t('dc-changed', { from: from.toUpperCase(), to: to.toUpperCase() }) : '';
  $('s4-done-name').textContent = connected.connection.name;
  $('s4-done').hidden = false;
  $('s4-connect').hidden = true;
  $('s4-handover').focus();
  showTestCall($('s4-check'), connected.connection.name);
}


function showSignInError(error) {
  // Cancelling is the user's own choice: back to the scopes, with no error to read.
  if (unlockFirst(error)) return;
  if (error.category !== 'cancelled') showBanner('s4-error', 's4-error-text', error);
  $('s4-connect').focus();
}

function showCauses(causes) {
  const paste = $('s4-paste'); // kept: it leaves the document with the old list
  $('s4-causes').replaceChildren(...causes.map((cause) => {
    const li = document.createElement('li');
    li.textContent = t(`cause-${cause.kind}`, cause);
    return li;
  }));
  // The last cause is the browser that cannot come back here: its paste field goes right under it.
  $('s4-causes').lastElementChild?.append(paste);
  $('s4-redirect-3').textContent = current.loopbackUri;
  $('s4-redirect-copy').replaceChildren(copyButton(current.loopbackUri, t('redirect-uri')));
}

async function connect() {
  $('s4-error').hidden = true;
  $('s4-done').hidden = true;
  $('s4-confirm').hidden = true;
  setFieldError('s4-pasted', '');
  try {
    const started = await startSignIn(current.name, selectedScopes(), $('s4-pkce').checked);
    $('s4-url').textContent = started.url;
    $('s4-url-copy').replaceChildren(copyButton(started.url, t('sign-in-address'), t('copy-sign-in-address')));
    $('s4-open-error').textContent = started.openError ? t('browser-did-not-open', { reason: started.openError }) : '';
    showCauses(started.likelyCauses);
    setWaiting(true);
    $('s4-cancel').focus();
    const finished = await finishSignIn();
    setWaiting(false);
    if (finished.outcome === 'accountChanged') {
      // Someone else signed in: the tokens wait until the user decides.
      $('s4-confirm-previous').textContent = finished.previous;
      $('s4-confirm-now').textContent = finished.now;
      $('s4-keep-account').textContent = finished.now;
      $('s4-discard-account').textContent = finished.previous;
      $('s4-confirm').hidden = false;
      $('s4-connect').hidden = true;
      $('s4-keep').focus();
      return;
    }
    showConnected(finished);
  } catch (error) {
    setWaiting(false);
    showSignInError(error);
  }
}

async function answerAccount(keep) {
  $('s4-confirm').hidden = true;
  try {
    showConnected(await confirmAccount(keep));
  } catch (error) {
    $('s4-connect').hidden = false;
    showBanner('s4-error', 's4-error-text', error);
    $('s4-connect').focus();
  }
}

function showPkceWarning() {
  $('s4-pkce-warning').textContent = $('s4-pkce').checked
    ? ''
    : t('pkce-off');
}

async function usePasted() {
  try {
    await pasteRedirect($('s4-pasted').value);
    setFieldError('s4-pasted', '');
  } catch (error) {
    // Not this sign-in's answer: say why and keep waiting.
    setFieldError('s4-pasted', error);
    $('s4-pasted').focus();
  }
}

export async function initConnect({ onBack, onDone, onHandOver }) {
  options = await signInOptions();
  $('s4-profile-scope-name').textContent = options.profileScope;
  $('s4-connect').addEventListener('click', connect);
  $('s4-cancel').addEventListener('click', () => cancelSignIn());
  $('s4-use-pasted').addEventListener('click', usePasted);
  $('s4-keep').addEventListener('click', () => answerAccount(true));
  $('s4-discard').addEventListener('click', () => answerAccount(false));
  $('s4-pkce').addEventListener('change', showPkceWarning);
  $('s4-scopes-field').addEventListener('change', updateConnectEnabled);
  $('s4-extra').addEventListener('input', updateConnectEnabled);
  $('s4-show-causes').addEventListener('click', () => {
    showHelp(true);
    $('s4-causes').focus();
  });
  $('back-4').addEventListener('click', onBack);
  $('s4-finish').addEventListener('click', onDone);
  $('s4-handover').addEventListener('click', () => onHandOver(current.name));
}

/** Prepares step 4 for a saved connection. */
export async function enterConnect(name) {
  current = await getConnection(name);
  $('s4-name').textContent = current.name; // each language puts its own quotes around it
  $('s4-redirect-2').textContent = current.loopbackUri;
  $('s4-store').textContent = storeIn(current.secretStore);
  $('s4-reconnect').hidden = !current.signedIn;
  $('s4-error').hidden = true;
  $('s4-done').hidden = true;
  $('s4-confirm').hidden = true;
  $('s4-connect').hidden = false;
  $('s4-pasted').value = '';
  setFieldError('s4-pasted', '');
  setWaiting(false);
  // PKCE is on for every new attempt; turning it off never carries over.
  $('s4-pkce').checked = true;
  showPkceWarning();
  // A first sign-in starts from what the integration needs; a later one from what it had.
  showScopes(current.scopes?.length ? current.scopes : current.suggestedScopes);
  return current;
}
