// The app's controller: decides the first screen, moves between the home screen, a connection's
// details and the wizard's steps, and keeps the wizard's draft saved. Views never import each
// other; they are wired together here.

import { appInfo, clearDraft, getConnection, listConnections, loadDraft, previewRegistration, saveDraft, wizardOptions } from './api.js';
import { enterConnect, initConnect } from './connect.js';
import { enterHandOver, initHandOver } from './handover.js';
import { initDetails, showDetails } from './details.js';
import { initDoctor, runChecks } from './doctor.js';
import { $, errorText, showView } from './dom.js';
import { initHome, showHome } from './home.js';
import { initSecretToggles } from './secret-input.js';
import { initStep1, readForm, resetTouched, showProblems, writeForm } from './step1.js';
import { initStep2, showPlan } from './step2.js';
import { enterStep3, initStep3, readStep3, resetStep3 } from './step3.js';

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

function showNotice(message) {
  const notice = $('notice');
  notice.textContent = message;
  notice.hidden = !message;
}

function showStep(next) {
  step = next;
  showView(`step-${step}`);
  for (const li of document.querySelectorAll('#stepper li')) {
    const n = Number(li.dataset.step);
    li.classList.toggle('current', n === step);
    li.classList.toggle('done', n < step);
    if (n === step) li.setAttribute('aria-current', 'step');
    else li.removeAttribute('aria-current');
  }
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
  try {
    await saveDraft({ step, input: readForm(), ...readStep3() });
    hasDraft = true;
  } catch (error) {
    showNotice(`Your progress could not be saved: ${errorText(error)}`);
  }
}

function persistSoon() {
  clearTimeout(saveTimer);
  saveTimer = setTimeout(persist, 300);
}

/** Shows a wizard step (falling back to step 1 while the inputs are incomplete). */
async function goToStep(next, drafted = {}, { save = true } = {}) {
  const preview = await refreshPreview();
  const target = next > 1 && !preview.plan ? 1 : next;
  if (target === 2) showPlan(preview.plan);
  if (target === 3) await enterStep3(preview.plan, drafted);
  showStep(target);
  if (save) await persist();
}

async function goHome() {
  clearTimeout(saveTimer);
  showNotice('');
  await showHome({ hasDraft, onOpen: openConnection });
  showView('home');
}

async function openConnection(name) {
  try {
    await showDetails(name);
    showView('details');
  } catch (error) {
    showNotice(errorText(error));
  }
}

/** Step 4 for a saved connection: from the end of the wizard or from its details. */
async function openConnect(name, { from }) {
  connectFrom = from;
  await enterConnect(name);
  showStep(4);
}

/** Step 5 for a saved connection: after step 4 or 3, or from its details. */
async function openHandOver(name, { from }) {
  handOverFrom = from;
  handOverName = name;
  try {
    await enterHandOver(await getConnection(name));
    showStep(5);
  } catch (error) {
    showNotice(errorText(error));
  }
}

async function startNewConnection() {
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

async function start() {
  options = await wizardOptions();
  initSecretToggles();
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
    onConnect: (name) => { hasDraft = false; openConnect(name, { from: null }); },
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
  });
  initDetails({
    onBack: goHome,
    onConnect: (name) => openConnect(name, { from: name }),
    onHandOver: (name) => openHandOver(name, { from: name }),
    onRemoved: async (name) => { await goHome(); showNotice(`Removed “${name}” and its secrets.`); },
  });
  $('nav-home').addEventListener('click', goHome);
  initDoctor({ onBack: goHome });
  $('check-computer').addEventListener('click', () => {
    showView('doctor');
    runChecks();
  });
  const about = await appInfo();
  $('about').textContent = `${about.name} ${about.version}`;

  let restored = null;
  try {
    const loaded = await loadDraft();
    restored = loaded.draft;
    if (loaded.notice) showNotice(loaded.notice);
  } catch (error) {
    if (error.kind === 'cannot_start') {
      // No settings folder: nothing can be saved, so say why and offer nothing that would fail.
      showNotice(`Zoho Credential Wizard cannot work on this computer yet. ${errorText(error)}`);
      document.body.dataset.ready = 'true';
      return;
    }
    showNotice(`Your saved progress could not be read: ${errorText(error)}`);
  }
  hasDraft = Boolean(restored);
  writeForm(restored?.input ?? options.defaults, { markTouched: Boolean(restored) });

  // An unfinished wizard resumes where it was; otherwise the saved connections come first.
  if (restored) {
    await goToStep(restored.step, restored, { save: false });
  } else {
    // Home too when something could not be listed (the team store away): it says so there.
    let listed = { connections: [], problems: [] };
    try {
      listed = await listConnections();
    } catch (error) {
      showNotice(errorText(error));
    }
    if (listed.connections.length > 0 || listed.problems.length > 0) await goHome();
    else await goToStep(1, {}, { save: false });
  }
  document.body.dataset.ready = 'true';
}

start().catch((error) => showNotice(`The wizard could not start: ${errorText(error)}`));
