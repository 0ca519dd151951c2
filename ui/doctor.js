// "Check this computer": the core's checks, each shown as fine or with what to do.

import { checkThisComputer } from './api.js';
import { $, showError } from './dom.js';
import { said, t } from './i18n.js';

function checkItem(check) {
  const li = document.createElement('li');
  li.className = check.ok ? 'check ok' : 'check problem';
  li.dataset.id = check.id;
  const mark = document.createElement('span');
  mark.className = 'check-mark';
  mark.setAttribute('aria-hidden', 'true');
  mark.textContent = check.ok ? '✓' : '!';
  const body = document.createElement('div');
  const title = document.createElement('strong');
  title.textContent = t(check.ok ? 'check-fine' : 'check-attention', { check: said('doctor', check.words.title) });
  const detail = document.createElement('p');
  detail.textContent = said('doctor', check.words.detail);
  body.append(title, detail);
  if (check.fix) {
    const fix = document.createElement('p');
    fix.className = 'check-fix';
    fix.textContent = t('check-fix', { fix: said('doctor', check.words.fix) });
    body.append(fix);
  }
  li.append(mark, body);
  return li;
}

/** Runs the checks and shows them; resolves once shown. */
export async function runChecks() {
  $('doctor-summary').textContent = t('checking');
  $('doctor-checks').replaceChildren();
  $('doctor-again').disabled = true;
  try {
    const report = await checkThisComputer();
    const problems = report.checks.filter((c) => !c.ok).length;
    $('doctor-summary').textContent = problems ? t('checks-attention', { problems }) : t('checks-fine');
    $('doctor-checks').replaceChildren(...report.checks.map(checkItem));
  } catch (error) {
    showError('doctor-summary', error);
  } finally {
    $('doctor-again').disabled = false;
  }
}

export function initDoctor({ onBack }) {
  $('doctor-back').addEventListener('click', onBack);
  $('doctor-again').addEventListener('click', runChecks);
}
