// Step 3: the client ID and the one-time client secret, saved straight into the secret store.

import { checkConnection, saveConnection, storeStatus, suggestConnectionName, useFileStore } from './api.js';
import { $, setFieldError, showBanner, showError } from './dom.js';
import { clearSecret } from './secret-input.js';
import { unlockFirst } from './unlock.js';
import { noteText, storeIn, t } from './i18n.js';

const STEP3_FIELDS = ['client-id', 'client-secret', 'connection-name'];

let getInput = () => null;
/** How step 3 saves: a new connection, or (answering a request) the one the request asks for. */
let saver = saveConnection;
let checkTimer = null;
const touched = new Set();
/** Answering a request: Save waits until the admin confirms its fingerprint. */
let needsConfirmation = false;
/** The plan step 3 saves a connection for. */
let plan = null;
/** What comes after saving, when something other than the plan decides (answering a request). */
let pathAfterSave = null;

/**
 * The saved banner's buttons for what comes next: `signIn` (a custom connection: sign in, or skip to
 * the hand-over), `handOver` (the integration signs in by itself: hand over, or also sign in here),
 * `send` (a request without a sign-in) and `signInThenSend` (a request that asks for one).
 */
function showNext(path) {
  const connect = $('saved-connect');
  const handOver = $('saved-handover');
  const signInFirst = path === 'signIn' || path === 'signInThenSend';
  $('saved-why-sign-in').hidden = !signInFirst;
  $('saved-why-hand-over').hidden = path !== 'handOver';
  $('saved-why-send').hidden = path !== 'send';
  connect.hidden = path === 'send';
  connect.className = signInFirst ? 'primary' : 'link-button';
  connect.textContent = t(signInFirst ? 'next-sign-in-to-zoho' : 'also-sign-in-here');
  handOver.className = signInFirst ? 'secondary' : 'primary';
  handOver.textContent = t({
    signIn: 'skip-to-hand-over',
    handOver: 'next-hand-over',
    send: 'next-send-reply',
    signInThenSend: 'skip-to-send-reply',
  }[path]);
  // The main button comes first, for the eye and for the keyboard alike.
  if (signInFirst) $('saved-buttons').prepend(connect);
  else $('saved-buttons').prepend(handOver);
  (signInFirst ? connect : handOver).focus();
}

function updateSaveEnabled() {
  $('save-secret').disabled = needsConfirmation && !$('fingerprint-confirmed').checked;
}

/** Answering a request: asks the admin to confirm `fingerprint` before anything is saved
 * (`null`: a connection of one's own, nothing to confirm). */
export function askFingerprint(fingerprint) {
  needsConfirmation = Boolean(fingerprint);
  $('s3-fingerprint-field').hidden = !fingerprint;
  $('s3-fingerprint').textContent = fingerprint ?? '';
  $('fingerprint-confirmed').checked = false;
  $('fingerprint-confirmed').disabled = false;
  setFieldError('fingerprint-confirmed', '');
  updateSaveEnabled();
}

const secretToggle = () => document.querySelector('.toggle-secret[data-for="client-secret"]');

/** Shows each problem next to its field (once touched), and clears the others. */
function showFieldErrors(problems) {
  const messages = new Map();
  for (const problem of problems) {
    if (STEP3_FIELDS.includes(problem.field) && touched.has(problem.field) && !messages.has(problem.field)) {
      messages.set(problem.field, problem);
    }
  }
  for (const field of STEP3_FIELDS) setFieldError(field, messages.get(field));
}

function connection() {
  return { name: $('connection-name').value, clientId: $('client-id').value, input: getInput() };
}

async function check() {
  const checked = await checkConnection(connection());
  showFieldErrors(checked.problems);
  $('warn-client-id').textContent = touched.has('client-id')
    ? noteText(checked.warnings.find((w) => w.kind === 'client-id-shape') ?? { kind: '', text: '' })
    : '';
}

function checkSoon() {
  clearTimeout(checkTimer);
  checkTimer = setTimeout(check, 200);
}

async function showStore() {
  const status = await storeStatus();
  $('s3-store').textContent = storeIn(status.active);
  return status;
}

function showStoreError(error) {
  showBanner('store-error', 'store-error-text', error);
  // The core says when the keychain failed and the encrypted file is the way out.
  $('offer-file-store').hidden = error.nextStep?.step !== 'chooseFileStore';
}

async function save() {
  const secretInput = $('client-secret');
  for (const field of STEP3_FIELDS) touched.add(field);
  $('store-error').hidden = true;
  $('save-secret').disabled = true;
  $('save-secret').textContent = t('saving');
  try {
    const saved = await saver(connection(), secretInput.value, null);
    clearSecret(secretInput);
    $('saved-text').textContent = t('saved-in', { store: storeIn(saved.connection.secretStore), last4: saved.secretLast4 });
    $('saved-warnings').textContent = saved.warnings.map(noteText).join(' ');
    $('fingerprint-confirmed').disabled = true;
    $('saved-name').textContent = saved.connection.name;
    $('saved').hidden = false;
    $('s3-file-store').hidden = true;
    for (const id of ['client-id', 'client-secret', 'connection-name']) $(id).disabled = true;
    // The secret is in the store now: there is nothing left in the field to show.
    $('client-secret').placeholder = t('saved-placeholder');
    secretToggle().disabled = true;
    $('save-secret').hidden = true;
    $('back-3').hidden = true;
    showNext(pathAfterSave?.() ?? (plan.signsInItself ? 'handOver' : 'signIn'));
    return saved;
  } catch (error) {
    if (unlockFirst(error)) {
      // Asked for at the top of the screen; the secret stays in its field.
    } else if (error.kind === 'fingerprint_mismatch' || error.kind === 'request_changed') {
      setFieldError('fingerprint-confirmed', error);
    } else if (error.category === 'input' && STEP3_FIELDS.includes(error.field)) {
      showFieldErrors([error]);
      $(error.field)?.focus();
    } else {
      showStoreError(error);
    }
    return null;
  } finally {
    updateSaveEnabled();
    $('save-secret').textContent = t('save-secret');
  }
}

export function initStep3({ readInput, onBack, onChange, onDone, onConnect, onHandOver }) {
  getInput = readInput;
  const form = $('step-3');
  form.addEventListener('input', (event) => {
    const field = event.target.dataset.field;
    if (!field) return;
    touched.add(field);
    if (field === 'client-id' || field === 'connection-name') {
      checkSoon();
      onChange();
    } else {
      setFieldError(event.target.id, '');
    }
  });
  $('back-3').addEventListener('click', onBack);
  $('fingerprint-confirmed').addEventListener('change', updateSaveEnabled);
  $('save-secret').addEventListener('click', () => save());
  $('offer-file-store').addEventListener('click', () => {
    $('s3-file-store').hidden = false;
    $('s3-file-store').scrollIntoView({ block: 'nearest' });
    $('s3-new-passphrase').focus();
  });
  $('s3-use-file-store').addEventListener('click', async () => {
    const passphrase = $('s3-new-passphrase').value;
    $('err-s3-new-passphrase').textContent = '';
    try {
      await useFileStore(passphrase, $('s3-new-passphrase-again').value);
    } catch (error) {
      showError('err-s3-new-passphrase', error);
      $('s3-new-passphrase').focus();
      return;
    }
    $('s3-new-passphrase').value = '';
    $('s3-new-passphrase-again').value = '';
    await showStore(); // unlocked now: the passphrase is not asked again this session
    await save();
  });
  $('saved-done').addEventListener('click', onDone);
  $('saved-connect').addEventListener('click', () => onConnect($('saved-name').textContent));
  $('saved-handover').addEventListener('click', () => onHandOver($('saved-name').textContent));
}

/**
 * Saves with `save` instead of as a new connection, and `next` says what follows (see `showNext`);
 * `null`: as a new connection again, with the plan deciding.
 */
export function setSaver(save, next = null) {
  saver = save ?? saveConnection;
  pathAfterSave = next;
}

/** The draftable part of step 3 (never the secret). */
export function readStep3() {
  return { clientId: $('client-id').value, connectionName: $('connection-name').value };
}

/** Prepares step 3 for a plan, restoring drafted values or suggesting a name. */
export async function enterStep3(planned, { clientId = '', connectionName = '' } = {}) {
  plan = planned;
  $('saved').hidden = true;
  $('store-error').hidden = true;
  $('s3-file-store').hidden = true;
  $('save-secret').hidden = false;
  $('back-3').hidden = false;
  for (const id of ['client-id', 'client-secret', 'connection-name']) $(id).disabled = false;
  $('client-secret').placeholder = '';
  secretToggle().disabled = false;
  if (clientId) {
    $('client-id').value = clientId;
    touched.add('client-id');
  }
  const name = connectionName || $('connection-name').value || (await suggestConnectionName(plan.clientName));
  $('connection-name').value = name;
  await showStore();
  await check();
}

/**
 * Step 3 for a request being answered (`request`: its name, and for a reconnect removed here the
 * client it names), or for a connection of one's own again (`null`).
 */
export function answerInStep3(request) {
  $('connection-name').readOnly = Boolean(request);
  if (request) $('connection-name').value = request.name;
  $('client-id').readOnly = Boolean(request?.clientId);
  $('s3-reconnect').hidden = !request?.clientId;
}

/** Empties step 3 for a new connection. */
export function resetStep3() {
  touched.clear();
  for (const id of ['client-id', 'connection-name']) $(id).value = '';
  clearSecret($('client-secret'));
  showFieldErrors([]);
  $('warn-client-id').textContent = '';
}
