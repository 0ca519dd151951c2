// Masked secret fields with a Show/Hide toggle, and helpers that take a secret out of a field once.

import { t } from './i18n.js';

/** Wires every `.toggle-secret` button to the input it names. */
export function initSecretToggles() {
  for (const button of document.querySelectorAll('.toggle-secret')) {
    button.addEventListener('click', () => {
      const input = document.getElementById(button.dataset.for);
      const show = input.type === 'password';
      input.type = show ? 'text' : 'password';
      button.textContent = show ? t('hide') : t('show');
      button.setAttribute('aria-pressed', String(show));
    });
  }
}

/** Empties a secret field and masks it again. */
export function clearSecret(input) {
  input.value = '';
  input.type = 'password';
  const toggle = document.querySelector(`.toggle-secret[data-for="${input.id}"]`);
  if (toggle) {
    toggle.textContent = t('show');
    toggle.setAttribute('aria-pressed', 'false');
  }
}
