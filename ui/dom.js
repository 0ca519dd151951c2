// Small DOM helpers every view uses: finding elements, the text of an error, showing one view with
// focus on its heading, and marking a field's problem for sighted and screen-reader users alike.

export const $ = (id) => document.getElementById(id);

/** The message of an error from Rust (`{kind, message, ...}`) or anything thrown. */
export const errorText = (error) => error?.message ?? String(error);

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
  $('stepper').hidden = !id.startsWith('step-');
  $('nav-home').hidden = id === 'home';
  window.scrollTo(0, 0);
  $(id).querySelector('h1')?.focus();
}

/** Puts `message` (or nothing) in the field's error slot and sets `aria-invalid` to match. */
export function setFieldError(fieldId, message) {
  const slot = $(`err-${fieldId}`);
  if (slot) slot.textContent = message ?? '';
  const input = $(fieldId);
  if (!input) return;
  if (message) input.setAttribute('aria-invalid', 'true');
  else input.removeAttribute('aria-invalid');
}

/** Shows a banner that holds one message, and brings it into view. */
export function showBanner(bannerId, textId, message) {
  $(textId).textContent = message;
  $(bannerId).hidden = false;
  $(bannerId).scrollIntoView({ block: 'nearest' });
}
