// Small DOM helpers every view uses: finding elements, the text of an error, showing one view with
// focus on its heading, and marking a field's problem for sighted and screen-reader users alike.

import { FluentNumber } from './vendor/fluent-bundle/index.js';
import { has, relativeTime, storeIn, t } from './i18n.js';

export const $ = (id) => document.getElementById(id);

/** "signIn" -> "sign-in": a next step's name as its message id. */
const kebab = (name) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/**
 * An error's values as the catalogs take them: numbers counted in the language's plural forms
 * but written without grouping (a port is 47823, not 47,823), lists joined, fields by their name.
 */
function errorArgs(args = {}) {
  const words = {};
  for (const [name, value] of Object.entries(args ?? {})) {
    if (typeof value === 'number') words[name] = new FluentNumber(value, { useGrouping: false });
    else if (name === 'causes') words[name] = value.map((c, i) => `${i + 1}. ${t(`cause-${c.kind}`, c)}`).join(' ');
    else if (Array.isArray(value)) words[name] = value.length ? value.join(', ') : t('none-on-record');
    else if (name === 'field' && has(`field-${value}`)) words[name] = t(`field-${value}`);
    else if (name === 'store' && has(`store-in-${value}`)) words[name] = storeIn(value);
    else if (name === 'why' && has(`why-${value}`)) words[name] = t(`why-${value}`);
    else if (value === null) words[name] = 'none'; // a select's "none" variant
    // What is wrong with a value: a kind with values of its own (crates/core/src/flaw.rs).
    else if (typeof value?.flaw === 'string' && has(`flaw-${value.flaw}`)) {
      words[name] = t(`flaw-${value.flaw}`, errorArgs(value));
    }
    else if (typeof value === 'object') continue;
    else words[name] = value;
  }
  // A moment the core words in English ("3 hours ago") comes with its time: said here instead.
  if (typeof args?.at === 'number') words.when = relativeTime(args.at - Date.now() / 1000);
  return words;
}

/**
 * The words of an error from Rust (`{kind, args, nextStep, ...}`), in the screens' language:
 * what happened, then what to do. Anything else thrown shows as it is.
 */
export function errorText(error) {
  if (!error?.kind || !has(`error-${error.kind}`)) return error?.message ?? String(error);
  const args = errorArgs(error.args);
  if (error.cause) args.cause = errorText(error.cause);
  const text = t(`error-${error.kind}`, args);
  const step = error.nextStep;
  if (!step) return text;
  return `${text} ${t(`next-${kebab(step.step)}`, { connection: step.connection ?? '' })}`;
}

const VIEWS = [
  'home', 'details', 'doctor', 'open-request-view', 'import-reply-view', 'request-made', 'reconnect-request',
  'reconnect-kept',
  'step-1', 'step-2', 'step-2-self', 'step-3', 'step-4', 'step-5', 'step-5-reply',
];

/**
 * Shows one view, hides the others, and moves focus to its heading, so keyboard and screen-reader
 * users start at the top of what just appeared.
 */
export function showView(id) {
  for (const view of VIEWS) $(view).hidden = view !== id;
  // Each screen that needs the encrypted file asks again (see unlock.js).
  $('unlock').hidden = true;
  document.body.removeAttribute('data-unlocking');
  $('unlock-passphrase').value = '';
  $('stepper').hidden = !id.startsWith('step-');
  $('nav-home').hidden = id === 'home';
  window.scrollTo(0, 0);
  $(id).querySelector('h1')?.focus();
}

/**
 * Puts an error's message in `target` (an element or its id), and the system's own words, when
 * there are any, under a collapsed "Details" after it: never in the message itself.
 */
export function showError(target, error) {
  const slot = typeof target === 'string' ? $(target) : target;
  if (!error || typeof error === 'string') {
    slot.textContent = error ?? '';
    return;
  }
  slot.textContent = errorText(error);
  if (!error.details) return;
  const more = document.createElement('details');
  more.className = 'error-details';
  const summary = document.createElement('summary');
  summary.textContent = t('details');
  const text = document.createElement('code');
  text.textContent = error.details;
  more.append(summary, text);
  slot.append(' ', more);
}

/**
 * Puts `message` (text, an error from Rust, or nothing) in the field's error slot and sets
 * `aria-invalid` to match.
 */
export function setFieldError(fieldId, message) {
  const slot = $(`err-${fieldId}`);
  if (slot) showError(slot, message);
  const input = $(fieldId);
  if (!input) return;
  if (message) input.setAttribute('aria-invalid', 'true');
  else input.removeAttribute('aria-invalid');
}

/**
 * Clears a field's error the moment the person edits the field: an error never names a value that
 * has since changed. (Step 1 and step 3 check again as the person types, and say it anew if it
 * still applies.)
 */
export function clearErrorsOnEdit() {
  document.addEventListener('input', (event) => {
    const ids = event.target.getAttribute?.('aria-describedby')?.split(/\s+/) ?? [];
    for (const id of ids.filter((i) => i.startsWith('err-'))) {
      $(id).textContent = '';
      event.target.removeAttribute('aria-invalid');
    }
  });
}

/** Shows a banner that holds one message (or error), and brings it into view. */
export function showBanner(bannerId, textId, message) {
  showError(textId, message);
  $(bannerId).hidden = false;
  $(bannerId).scrollIntoView({ block: 'nearest' });
}
