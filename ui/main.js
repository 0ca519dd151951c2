// The app's controller: decides the first screen, moves between the home screen, a connection's
// details and the wizard's steps, and keeps the wizard's draft saved. Views never import each
// other; they are wired together here.

import {
  appInfo, clearDraft, language, setLanguage, getConnection, listConnections, loadDraft, previewRegistration, saveDraft,
  saveRequestedConnection, stopAnswering, takeHandedRequest, wizardOptions,
} from './api.js';
import { enterConnect, initConnect } from './connect.js';
import { enterHandOver, initHandOver } from './handover.js';
import { initDetails, openReplace, showDetails } from './details.js';
import { initDoctor, runChecks } from './doctor.js';
import { initUpdates } from './updates.js';
import { $, clearErrorsOnEdit, showError, showView } from './dom.js';
import { initHome, showHome } from './home.js';
import { startLanguage, t } from './i18n.js';
import {
  enterReconnectRequest, enterReply, fixAnsweringDc, hideAnswering, hideIncoming, initOnboarding, setRequestForm,
  showAnswering, showIncoming, showReconnectKept, showRequests,
} from './onboarding.js';
import { initSecretToggles } from './secret-input.js';
import { initUnlock, offerUnlock } from './unlock.js';
import { enterSelfClient, initSelfClient } from './selfclient.js';
import { initStep1, readForm, resetTouched, showProblems, writeForm } from './step1.js';
import { initStep2, offerStep2Back, showPlan } from './step2.js';
import {
  answerInStep3, askFingerprint, enterStep3, initStep3, readStep3, resetStep3, setSaver,
} from './step3.js';

let options = null;
let step = 1;
let hasDraft = false;
let previewSeq = 0;
let latestPreview = null;
let saveTimer = null;
/** Where step 4's and step 5's Back go: a connection's details (its name), or the wizard. */
let connectFrom = null;
let handOverFrom = null;
let handOverName = null;
/**
 * What the wizard is doing, one thing at a time:
 * - `own`: a connection of one's own (`alsoSignIn`: the person chose to sign in from this
 *   computer though the integration signs in by itself);
 * - `self-client`: one's own Self Client, imported from the console's code;
 * - `answering`: a customer's admin answering a request (`view`: the request as Rust read it);
 * - `requesting`: staff making a request for a customer (step 1 only).
 * `enterMode` is the one place it changes; it undoes what the mode left showed and sets up the next.
 */
let mode = { kind: 'own', alsoSignIn: false };
const answering = () => (mode.kind === 'answering' ? mode.view : null);

async function enterMode(next) {
  const leaving = mode;
  mode = next;
  if (leaving.kind === 'requesting' && next.kind !== 'requesting') setRequestForm(false);
  if (leaving.kind === 'answering' && next.kind !== 'answering') {
    hideAnswering();
    hideIncoming();
    askFingerprint(null);
    setSaver(null);
    answerInStep3(null);
    offerStep2Back(true);
    await stopAnswering().catch(() => {});
    resetStep3();
  }
  if ((leaving.kind === 'answering' || leaving.kind === 'requesting') && next.kind === 'own') await restoreForm();
  if (next.kind === 'requesting') setRequestForm(true);
  if (next.kind === 'answering') startAnswering(next.view);
}

/** The notice above every screen: a sentence of ours, an error from Rust, or nothing. */
function showNotice(message) {
  showError('notice', message);
  $('notice').hidden = !message;
}

/** The stepper's name of each step (its message), by its view. */
const STEPS = {
  'step-1': 'stepper-integration',
  'step-2': 'stepper-register',
  'step-2-self': 'stepper-code',
  'step-3': 'stepper-secret',
  'step-4': 'stepper-sign-in',
  'step-5': 'stepper-hand-over',
  'step-5-reply': 'stepper-reply',
};

/**
 * The steps of the path being walked, by view: a Self Client, a request and an integration that
 * signs in by itself each have fewer. `null` where step 4 or 5 was opened from a connection's details.
 */
function wizardPath() {
  if (mode.kind === 'requesting') return null; // one screen
  if (mode.kind === 'answering') {
    const { reconnect, refreshToken } = mode.view.request;
    if (reconnect && mode.view.reconnecting === 'kept') return ['step-4', 'step-5-reply'];
    return [...(reconnect ? [] : ['step-2']), 'step-3', ...(refreshToken ? ['step-4'] : []), 'step-5-reply'];
  }
  if (connectFrom || handOverFrom) return null;
  const plan = latestPreview?.plan;
  if (plan?.template === 'self-client') return ['step-1', 'step-2-self', 'step-5'];
  const signIn = !plan?.signsInItself || mode.alsoSignIn;
  return ['step-1', 'step-2', 'step-3', ...(signIn ? ['step-4'] : []), 'step-5'];
}

/** Draws the stepper for the path: finished steps with a check mark, the current one marked. */
function showStepper(view) {
  const path = wizardPath();
  const at = path ? path.indexOf(view) : -1;
  $('stepper').hidden = at < 0;
  $('stepper').replaceChildren(...(path ?? []).map((id, i) => {
    const li = document.createElement('li');
    li.dataset.view = id;
    const num = document.createElement('span');
    num.className = 'num';
    num.setAttribute('aria-hidden', 'true');
    num.textContent = i < at ? '✓' : String(i + 1);
    const name = document.createElement('span');
    name.className = 'name';
    name.textContent = t(STEPS[id]);
    li.append(num, name);
    if (i < at) {
      li.classList.add('done');
      const done = document.createElement('span');
      done.className = 'visually-hidden';
      done.textContent = ` ${t('stepper-done')}`;
      li.append(done);
    }
    if (i === at) {
      li.classList.add('current');
      li.setAttribute('aria-current', 'step');
    }
    if (i > at) li.classList.add('upcoming');
    return li;
  }));
}

function showStep(next) {
  showView(`step-${next}`);
  step = parseInt(next, 10); // '5-reply' is step 5
  showStepper(`step-${next}`);
}

async function refreshPreview() {
  const seq = ++previewSeq;
  const preview = await previewRegistration(readForm());
  if (seq !== previewSeq) return latestPreview; // a newer keystroke has already asked
  latestPreview = preview;
  showProblems(preview);
  return preview;
}

async function persist() {
  clearTimeout(saveTimer);
  // A request's values are the request's, and a request being made is not a draft.
  if (mode.kind === 'answering' || mode.kind === 'requesting') return;
  try {
    await saveDraft({ step, input: readForm(), ...readStep3() });
    hasDraft = true;
  } catch (error) {
    showNotice(error);
  }
}

function persistSoon() {
  clearTimeout(saveTimer);
  saveTimer = setTimeout(persist, 300);
}

/** Shows a wizard step (falling back to step 1 while the inputs are incomplete). */
async function goToStep(next, drafted = {}, { save = true } = {}) {
  // Back in the wizard itself: steps 4 and 5 belong to it again.
  connectFrom = null;
  handOverFrom = null;
  const preview = await refreshPreview();
  const target = next > 1 && !preview.plan ? 1 : next;
  // A Self Client has its own step 2 (a code from the console) and no step 3.
  const selfClient = preview.plan?.template === 'self-client' && mode.kind !== 'requesting';
  if (mode.kind === 'self-client' && !selfClient) await enterMode({ kind: 'own', alsoSignIn: false });
  if (selfClient && target >= 2) {
    if (mode.kind !== 'self-client') await enterMode({ kind: 'self-client' });
    await enterSelfClient(preview.plan);
    showStep('2-self');
    await offerUnlock();
    if (save) await persist();
    return;
  }
  if (target === 2) showPlan(preview.plan);
  if (target === 3) await enterStep3(preview.plan, drafted);
  showStep(target);
  if (target === 3) await offerUnlock();
  if (save) await persist();
}

async function goHome(message = '') {
  clearTimeout(saveTimer);
  if (mode.kind !== 'own') await enterMode({ kind: 'own', alsoSignIn: false });
  // A click's event is not a message.
  showNotice(typeof message === 'string' || message?.message ? message : '');
  await showHome({ hasDraft, onOpen: openConnection });
  await showRequests();
  showView('home');
}

/** The wizard's own form again after a request used it. */
async function restoreForm() {
  const loaded = await loadDraft().catch(() => ({ draft: null }));
  writeForm(loaded.draft?.input ?? options.defaults, { markTouched: Boolean(loaded.draft) });
}

/** The admin opens a request: the wizard runs with its values, from step 2. */
async function answerRequest(view) {
  await enterMode({ kind: 'answering', view });
  const reconnect = view.request.reconnect;
  if (!reconnect) {
    await goToStep(2, { connectionName: view.request.name }, { save: false });
  } else if (view.reconnecting === 'kept') {
    // The connection and its client are here: the fingerprint, then straight to the sign-in.
    await showReconnectKept(view);
  } else {
    // Removed here: the client exists in Zoho, so its secret again, for that client only.
    await goToStep(3, { clientId: reconnect.clientId, connectionName: view.request.name }, { save: false });
  }
}

/** What answering `view` shows: its banner, its values in the form, its fingerprint to confirm. */
function startAnswering(view) {
  showAnswering(view, options.dataCentres);
  resetStep3();
  writeForm(view.input, { markTouched: true });
  const removedHere = view.request.reconnect && view.reconnecting !== 'kept';
  answerInStep3({ name: view.request.name, clientId: removedHere ? view.request.reconnect.clientId : null });
  offerStep2Back(false); // step 1 is the request's
  askFingerprint(view.fingerprint);
  // Saved against the request on screen: the one whose fingerprint the admin confirmed.
  const { fingerprint } = view;
  setSaver(
    async (connection, secret, passphrase) => {
      const saved = await saveRequestedConnection(fingerprint, connection.clientId, secret, readForm().dc, passphrase);
      fixAnsweringDc();
      return saved;
    },
    () => (view.request.refreshToken ? 'signInThenSend' : 'send'),
  );
}

/** Step 5 while answering: the reply instead of the hand-over. */
async function openReply(name) {
  await enterReply(name, answering());
  showStep('5-reply');
  await offerUnlock();
}

/** A request the app was handed (started with a file or link, or given one by a second launch). */
async function takeHanded() {
  try {
    const view = await takeHandedRequest();
    // Another request while one is answered: nothing is replaced until the admin chooses.
    if (view?.interrupts) showIncoming(view);
    else if (view) await answerRequest(view);
    return Boolean(view);
  } catch (error) {
    await goHome(error);
    return true;
  }
}

async function openConnection(name) {
  try {
    const connection = await showDetails(name);
    showView('details');
    await offerUnlock(connection.secretStore);
  } catch (error) {
    showNotice(error);
  }
}

/** Step 4 for a saved connection: from the end of the wizard or from its details. */
async function openConnect(name, { from }) {
  connectFrom = from;
  const connection = await enterConnect(name);
  showStep(4);
  await offerUnlock(connection.secretStore);
}

/** Step 5 for a saved connection: after step 4 or 3, or from its details. */
async function openHandOver(name, { from }) {
  if (answering()) return openReply(name);
  handOverFrom = from;
  handOverName = name;
  try {
    const connection = await getConnection(name);
    await enterHandOver(connection);
    showStep(5);
    await offerUnlock(connection.secretStore);
  } catch (error) {
    showNotice(error);
  }
}

/** The staff ask the customer's admin to sign in again to a connection held here. */
async function askCustomer(name) {
  try {
    enterReconnectRequest(await getConnection(name));
  } catch (error) {
    showNotice(error);
  }
}

async function startNewConnection() {
  await enterMode({ kind: 'own', alsoSignIn: false });
  await clearDraft();
  hasDraft = false;
  resetTouched();
  resetStep3();
  writeForm(options.defaults, { markTouched: false });
  await goToStep(1, {}, { save: false });
}

async function resumeDraft() {
  const loaded = await loadDraft();
  if (!loaded.draft) return startNewConnection();
  writeForm(loaded.draft.input, { markTouched: true });
  return goToStep(loaded.draft.step, loaded.draft, { save: false });
}

/** The language menu at the foot of every screen: the system's, or one chosen and kept. */
function initLanguageMenu(words) {
  const menu = $('language');
  const system = document.createElement('option');
  system.value = '';
  system.textContent = t('language-system');
  menu.replaceChildren(system, ...words.choices.map(({ tag, name }) => {
    const option = document.createElement('option');
    option.value = tag;
    option.lang = tag;
    option.textContent = name;
    return option;
  }));
  menu.value = words.chosen ?? '';
  menu.addEventListener('change', async () => {
    try {
      await setLanguage(menu.value || null);
      window.location.reload();
    } catch (error) {
      showNotice(error);
    }
  });
}

async function start() {
  const words = await language();
  startLanguage(words);
  initLanguageMenu(words);
  options = await wizardOptions();
  initSecretToggles();
  clearErrorsOnEdit();
  initUnlock();
  initStep1(options, {
    onChange: () => { refreshPreview(); persistSoon(); },
    onNext: () => goToStep(2),
  });
  initStep2({ onBack: () => goToStep(1), onNext: () => goToStep(3) });
  initStep3({
    readInput: readForm,
    onBack: () => goToStep(2),
    onChange: persistSoon,
    onDone: () => { hasDraft = false; goHome(); },
    onConnect: async (name) => {
      hasDraft = false;
      if (mode.kind === 'own') await enterMode({ kind: 'own', alsoSignIn: true });
      openConnect(name, { from: null });
    },
    onHandOver: (name) => { hasDraft = false; openHandOver(name, { from: null }); },
  });
  await initConnect({
    onBack: () => (connectFrom ? openConnection(connectFrom) : goHome()),
    onDone: goHome,
    onHandOver: (name) => openHandOver(name, { from: connectFrom }),
  });
  initHandOver({
    onBack: () => (handOverFrom ? openConnection(handOverFrom) : openConnect(handOverName, { from: null })),
    onDone: goHome,
  });
  initHome({
    onNew: startNewConnection,
    onResume: resumeDraft,
    onChanged: () => showHome({ hasDraft, onOpen: openConnection }),
    onSignInAgain: (name) => openConnect(name, { from: name }),
    onAskCustomer: askCustomer,
    onReplaceSecret: async (name) => { await openConnection(name); openReplace(); },
  });
  initDetails({
    onBack: goHome,
    onConnect: (name) => openConnect(name, { from: name }),
    onHandOver: (name) => openHandOver(name, { from: name }),
    onReconnect: askCustomer,
    onRemoved: async (name) => { await goHome(); showNotice(t('removed-connection', { name })); },
  });
  $('nav-home').addEventListener('click', () => goHome());
  initSelfClient({
    onBack: () => goToStep(1),
    onHandOver: (name) => { hasDraft = false; clearDraft(); openHandOver(name, { from: null }); },
    onDone: () => { hasDraft = false; clearDraft(); goHome(); },
  });
  initOnboarding({
    readInput: readForm,
    onRequestNew: async () => {
      await enterMode({ kind: 'requesting' });
      resetTouched();
      writeForm(options.defaults, { markTouched: false });
      await goToStep(1, {}, { save: false });
    },
    onAnswer: answerRequest,
    onNotice: showNotice,
    onCancelForm: () => goHome(),
    onHome: (message) => goHome(message),
    onStopAnswering: () => goHome(),
    onSignIn: (name) => openConnect(name, { from: null }),
    onOpen: openConnection,
    onAnsweringDc: async (dc) => {
      writeForm({ ...readForm(), dc }, { markTouched: true });
      await goToStep(2, {}, { save: false });
    },
  });
  window.addEventListener('zcw-request', () => { takeHanded(); });
  initDoctor({ onBack: goHome });
  $('check-computer').addEventListener('click', () => {
    showView('doctor');
    runChecks();
  });
  const about = await appInfo();
  $('about').textContent = `${about.name} ${about.version}`;
  initUpdates();

  let restored = null;
  try {
    const loaded = await loadDraft();
    restored = loaded.draft;
    if (loaded.notice) showNotice(loaded.notice);
  } catch (error) {
    if (error.kind === 'cannot_start') {
      // No settings folder: nothing can be saved, so say why and offer nothing that would fail.
      showNotice(error);
      document.body.dataset.ready = 'true';
      return;
    }
    showNotice(error);
  }
  hasDraft = Boolean(restored);
  writeForm(restored?.input ?? options.defaults, { markTouched: Boolean(restored) });

  // A request the app was opened with comes first; then an unfinished wizard; then the list.
  if (await takeHanded()) {
    // answering it
  } else if (restored) {
    await goToStep(restored.step, restored, { save: false });
  } else {
    // Home too when something could not be listed (the team store away): it says so there.
    let listed = { connections: [], problems: [] };
    try {
      listed = await listConnections();
    } catch (error) {
      showNotice(error);
    }
    if (listed.connections.length > 0 || listed.problems.length > 0 || listed.damaged?.length > 0) await goHome();
    else await goToStep(1, {}, { save: false });
  }
  document.body.dataset.ready = 'true';
}

start().catch((error) => showNotice(error));
