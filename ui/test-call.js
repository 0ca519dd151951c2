// One test call with a connection's new token (after a sign-in or an import): what it reached,
// or what is missing, on one line.

import { connectionHealth } from './api.js';
import { errorText, showError } from './dom.js';
import { said, t } from './i18n.js';

export async function showTestCall(line, name) {
  line.hidden = false;
  line.className = '';
  line.textContent = t('test-call-running');
  try {
    const health = await connectionHealth(name, true);
    if (health.verdict === 'working') {
      line.textContent = health.reachedWords
        ? t('test-call-reached', { reached: said('reached', health.reachedWords) })
        : t('test-call-tokens');
    } else {
      line.className = 'warning';
      line.textContent = t('test-call-failed', { problem: health.problem ? errorText(health.problem) : health.verdict });
    }
  } catch (error) {
    line.className = 'warning';
    showError(line, error);
  }
}
