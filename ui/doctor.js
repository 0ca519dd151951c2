// "Check this computer": the core's checks, each shown as fine or with what to do.

import { checkThisComputer } from './api.js';
import { $, showError } from './dom.js';

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
  title.textContent = `${check.title}: ${check.ok ? 'fine' : 'needs attention'}`;
  const detail = document.createElement('p');
  detail.textContent = check.detail;
  body.append(title, detail);
  if (check.fix) {
    const fix = document.createElement('p');
    fix.className = 'check-fix';
    fix.textContent = `What to do: ${check.fix}`;
    body.append(fix);
  }
  li.append(mark, body);
  return li;
}

/** Runs the checks and shows them; resolves once shown. */
export async function runChecks() {
  $('doctor-summary').textContent = 'Checking… (at most ten seconds)';
  $('doctor-checks').replaceChildren();
  $('doctor-again').disabled = true;
  try {
    const report = await checkThisComputer();
    const problems = report.checks.filter((c) => !c.ok).length;
    $('doctor-summary').textContent = problems
      ? `${problems} ${problems === 1 ? 'thing needs' : 'things need'} attention.`
      : 'Everything this app needs is in place.';
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
