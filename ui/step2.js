// Step 2: the values to enter in the Zoho API console, and the button that opens it.

import { openConsole } from './api.js';
import { copyButton } from './copy.js';
import { $, showError } from './dom.js';
import { registrationRows } from './values.js';
import { dcLabel, noteText, t } from './i18n.js';

let currentDc = null;

export function initStep2({ onBack, onNext }) {
  $('back').addEventListener('click', onBack);
  $('next-2').addEventListener('click', onNext);
  $('open-console').addEventListener('click', async () => {
    const status = $('console-status');
    status.replaceChildren();
    status.className = 'console-status';
    try {
      const url = await openConsole(currentDc);
      const text = document.createElement('p');
      text.textContent = t('console-opened-copy', { url });
      const line = document.createElement('p');
      line.className = 'url-line';
      const code = document.createElement('code');
      code.id = 'console-url';
      code.textContent = url;
      line.append(code, copyButton(url, t('console-address')));
      status.append(text, line);
    } catch (error) {
      status.classList.add('failed');
      showError(status, error);
    }
  });
}

/** Whether step 2 has a way back to step 1 (a request's step 1 is the request's own). */
export function offerStep2Back(shown) {
  $('back').hidden = !shown;
}

/** Renders a `RegistrationPlan` from the core. */
export function showPlan(plan) {
  currentDc = plan.dc.id;
  $('s2-dc').textContent = dcLabel(plan.dc);
  $('values').replaceChildren(...registrationRows(plan));
  $('plan-notes').replaceChildren(...plan.notes.map((note) => {
    const li = document.createElement('li');
    li.textContent = noteText(note);
    return li;
  }));
  $('console-status').replaceChildren();
}
