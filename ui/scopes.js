// Zoho's permissions (scopes) in an admin's words, for step 4's access list. Zoho's own name is
// shown beside each, small, for whoever compares it with an integration's documentation.

const LABELS = {
  'ZohoCRM.modules.ALL': 'Read and change records (leads, contacts, deals…)',
  'ZohoCRM.settings.ALL': 'Read and change settings (fields, layouts)',
  'ZohoCRM.users.ALL': 'Read and manage users',
  'ZohoCRM.org.ALL': 'Read and change the organisation’s details',
  'ZohoCRM.coql.READ': 'Search records with queries (COQL)',
  'ZohoBooks.fullaccess.all': 'Everything in Books',
  'ZohoInventory.fullaccess.all': 'Everything in Inventory',
  'Desk.tickets.ALL': 'Read and change tickets',
  'Desk.basic.READ': 'Read departments and agents',
  'ZohoAnalytics.data.all': 'Read and change data',
  'ZohoCreator.report.READ': 'Read reports',
  'ZohoCreator.form.CREATE': 'Add records through forms',
};

/** The admin's words for `scope`, or Zoho's name when there are none. */
export const scopeLabel = (scope) => LABELS[scope] ?? scope;

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
