// Copy buttons: put a value on the clipboard and confirm it where the user is looking.

import { copyKeys, t } from './i18n.js';

/** Puts `text` (never a secret: Rust copies those) on the clipboard; whether it worked. */
export async function writeClipboard(text) {
  if (navigator.clipboard && window.isSecureContext) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      // Fall through to the selection-based copy, which WebKitGTK also supports.
    }
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.className = 'offscreen';
  document.body.append(area);
  area.select();
  const copied = document.execCommand('copy');
  area.remove();
  return copied;
}

/**
 * A Copy button for `text`, with a status line that says "Copied" (or how to copy by hand).
 * `caption` replaces the button's "Copy" where the value itself is not on the screen.
 */
export function copyButton(text, label, caption = null) {
  const wrap = document.createElement('span');
  wrap.className = 'copy';
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy-button';
  button.textContent = caption ?? t('copy');
  if (!caption) button.setAttribute('aria-label', t('copy-label', { label }));
  const status = document.createElement('span');
  status.className = 'copied';
  status.setAttribute('role', 'status');
  let timer;
  button.addEventListener('click', async () => {
    const ok = await writeClipboard(text);
    status.textContent = ok ? t('copied') : t('copy-by-hand', { keys: copyKeys() });
    status.classList.toggle('failed', !ok);
    clearTimeout(timer);
    timer = setTimeout(() => { status.textContent = ''; }, 2500);
  });
  wrap.append(button, status);
  return wrap;
}
