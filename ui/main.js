// The wizard's controller: loads options and the draft, moves between steps, saves the draft.

import { loadDraft, previewRegistration, saveDraft, wizardOptions } from './api.js';
import { initStep1, readForm, showProblems, writeForm } from './step1.js';
import { initStep2, showPlan } from './step2.js';

const $ = (id) => document.getElementById(id);
const LAST_STEP_BUILT = 2;

let step = 1;
let latestPreview = null;
let previewSeq = 0;
let saveTimer = null;

function showNotice(message) {
  const notice = $('notice');
  notice.textContent = message;
  notice.hidden = !message;
}

function showStep(next) {
  step = next;
  for (let n = 1; n <= LAST_STEP_BUILT; n += 1) $(`step-${n}`).hidden = n !== step;
  for (const li of document.querySelectorAll('#stepper li')) {
    const n = Number(li.dataset.step);
    li.classList.toggle('current', n === step);
    li.classList.toggle('done', n < step);
    if (n === step) li.setAttribute('aria-current', 'step');
    else li.removeAttribute('aria-current');
  }
  window.scrollTo(0, 0);
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
    await saveDraft({ step, input: readForm() });
  } catch (error) {
    showNotice(`Your progress could not be saved: ${error.message}`);
  }
}

function persistSoon() {
  clearTimeout(saveTimer);
  saveTimer = setTimeout(persist, 300);
}

async function goToRegistration() {
  const preview = await refreshPreview();
  if (!preview.plan) return;
  showPlan(preview.plan);
  showStep(2);
  await persist();
}

async function start() {
  const options = await wizardOptions();
  initStep1(options, {
    onChange: () => { refreshPreview(); persistSoon(); },
    onNext: goToRegistration,
  });
  initStep2({
    onBack: async () => { showStep(1); await persist(); },
  });

  let restored = null;
  try {
    const loaded = await loadDraft();
    restored = loaded.draft;
    if (loaded.notice) showNotice(loaded.notice);
  } catch (error) {
    showNotice(`Your saved progress could not be read: ${error.message}`);
  }
  writeForm(restored?.input ?? options.defaults, { markTouched: Boolean(restored) });
  const preview = await refreshPreview();
  if (restored?.step === 2 && preview.plan) {
    showPlan(preview.plan);
    showStep(2);
  } else {
    showStep(1);
  }
  document.body.dataset.ready = 'true';
}

start().catch((error) => showNotice(`The wizard could not start: ${error.message ?? error}`));
