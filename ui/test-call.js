// One test call with a connection's new token (after a sign-in or an import): what it reached,
// or what is missing, on one line.

import { connectionHealth } from './api.js';
import { showError } from './dom.js';

export async function showTestCall(line, name) {
  line.hidden = false;
  line.className = '';
  line.textContent = 'Testing the connection with one call to Zoho…';
  try {
    const health = await connectionHealth(name, true);
    if (health.verdict === 'working') {
      line.textContent = health.reached
        ? `Tested: connected to ${health.reached}.`
        : 'Tested: Zoho gives it working tokens (its permissions allow no test call).';
    } else {
      line.className = 'warning';
      line.textContent = `The test call did not work: ${health.problem?.message ?? health.verdict}`;
    }
  } catch (error) {
    line.className = 'warning';
    showError(line, error);
  }
}
