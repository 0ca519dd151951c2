// Zoho's permissions (scopes) in an admin's words, for step 4's access list. Zoho's own name is
// shown beside each, small, for whoever compares it with an integration's documentation.

import { t } from './i18n.js';

/** Each scope's message; a scope without one is shown by Zoho's name. */
const LABELS = {
  'ZohoCRM.modules.ALL': 'scope-crm-modules',
  'ZohoCRM.settings.ALL': 'scope-crm-settings',
  'ZohoCRM.users.ALL': 'scope-crm-users',
  'ZohoCRM.org.ALL': 'scope-crm-org',
  'ZohoCRM.coql.READ': 'scope-crm-coql',
  'ZohoBooks.fullaccess.all': 'scope-books',
  'ZohoInventory.fullaccess.all': 'scope-inventory',
  'Desk.tickets.ALL': 'scope-desk-tickets',
  'Desk.basic.READ': 'scope-desk-basic',
  'ZohoAnalytics.data.all': 'scope-analytics',
  'ZohoCreator.report.READ': 'scope-creator-reports',
  'ZohoCreator.form.CREATE': 'scope-creator-forms',
};

/** The admin's words for `scope`, or Zoho's name when there are none. */
export const scopeLabel = (scope) => (LABELS[scope] ? t(LABELS[scope]) : scope);

/** One checkbox row: the plain label, and Zoho's name small beside it. */
export function scopeChoice(scope, checked) {
  const label = document.createElement('label');
  const input = document.createElement('input');
  input.type = 'checkbox';
  input.value = scope;
  input.checked = checked;
  const text = document.createElement('span');
  text.textContent = scopeLabel(scope);
  const name = document.createElement('small');
  name.className = 'scope-name';
  name.textContent = scope;
  label.append(input, ' ', text, ' ', name);
  return label;
}
