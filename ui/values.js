// A labelled value with a Copy button, as the Zoho console asks for it.

import { copyButton } from './copy.js';
import { t } from './i18n.js';

export function valueRow(key, label, value) {
  const row = document.createElement('div');
  row.className = 'value-row';
  row.dataset.key = key;
  const name = document.createElement('span');
  name.className = 'value-label';
  name.textContent = label;
  const code = document.createElement('code');
  code.className = 'value';
  code.textContent = value;
  row.append(name, code, copyButton(value, label));
  return row;
}

/** Rows for everything registered in Zoho: client type (when given), name, homepage, redirect URIs. */
export function registrationRows({ clientType, clientName, homepage, redirectUris }) {
  return [
    ...(clientType ? [valueRow('client-type', t('zoho-client-type'), clientType)] : []),
    valueRow('client-name', t('zoho-client-name'), clientName),
    valueRow('homepage', t('zoho-homepage'), homepage),
    ...redirectUris.map((uri, i) => valueRow(
      'redirect-uri',
      redirectUris.length > 1 ? t('zoho-redirect-uri-numbered', { number: i + 1 }) : t('zoho-redirect-uri'),
      uri,
    )),
  ];
}
