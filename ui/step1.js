// Step 1: the integration form. Rust validates; this module reads the form, writes it back from a
// draft, and shows each problem next to its field once the user has touched that field.

const $ = (id) => document.getElementById(id);

/** Labels for the "still needed" hint, by field id. */
const FIELD_LABELS = {
  'dc': 'data centre',
  'template': 'integration',
  'client-name': 'client name',
  'loopback-port': "this app's port",
  'catalyst-project': 'project name',
  'catalyst-org': 'org ID',
  'catalyst-environment': 'environment',
  'catalyst-function': 'function name',
  'catalyst-serve-port': 'local serve port',
  'hotglue-homepage': 'homepage URL',
  'custom-homepage': 'homepage URL',
  'custom-redirect-uris': 'redirect URIs',
};

const touched = new Set();
let suggestions = {};
let currentTemplate = null;

export function initStep1(options, { onChange, onNext }) {
  const dc = $('dc');
  for (const centre of options.dataCentres) {
    const option = document.createElement('option');
    option.value = centre.id;
    option.textContent = `${centre.id.toUpperCase()} · ${centre.region} (${centre.domain})`;
    dc.append(option);
  }
  suggestions = Object.fromEntries(options.templates.map((t) => [t.id, t.suggestedClientName]));

  const picks = $('function-picks');
  for (const fn of options.catalystFunctions) {
    const pick = document.createElement('button');
    pick.type = 'button';
    pick.className = 'pick';
    pick.textContent = `${fn.name} · ${fn.edition}`;
    pick.addEventListener('click', () => {
      $('catalyst-function').value = fn.name;
      touched.add('catalyst-function');
      onChange();
    });
    picks.append(pick);
  }

  const form = $('step-1');
  const changed = (event) => {
    const field = event.target.dataset.field ?? (event.target.name === 'template' ? 'template' : null);
    if (field) touched.add(field);
    if (event.target.name === 'template') {
      const name = $('client-name');
      // Keep a name the user chose; replace only our own suggestion for the previous template.
      if (!name.value.trim() || name.value === suggestions[currentTemplate]) {
        name.value = suggestions[event.target.value] ?? name.value;
      }
      showTemplateFields(event.target.value);
    }
    onChange();
  };
  form.addEventListener('input', changed);
  form.addEventListener('change', changed);
  form.addEventListener('focusout', (event) => {
    const field = event.target.dataset?.field;
    if (field && event.target.value !== '') {
      touched.add(field);
      onChange();
    }
  });
  $('next').addEventListener('click', onNext);
}

function selectedTemplate() {
  return document.querySelector('input[name="template"]:checked')?.value ?? 'catalyst';
}

function showTemplateFields(template) {
  currentTemplate = template;
  for (const id of ['catalyst', 'hotglue', 'custom']) {
    $(`fields-${id}`).hidden = id !== template;
  }
}

/** The form's current values, in the shape of the core's `WizardInput`. */
export function readForm() {
  return {
    dc: $('dc').value,
    template: selectedTemplate(),
    clientName: $('client-name').value,
    loopbackPort: $('loopback-port').value,
    catalyst: {
      project: $('catalyst-project').value,
      org: $('catalyst-org').value,
      environment: $('catalyst-environment').value,
      function: $('catalyst-function').value,
      servePort: $('catalyst-serve-port').value,
    },
    hotglue: { homepage: $('hotglue-homepage').value },
    custom: {
      homepage: $('custom-homepage').value,
      redirectUris: $('custom-redirect-uris').value.split('\n'),
    },
  };
}

/** Forgets which fields were touched (a new connection starts clean). */
export function resetTouched() {
  touched.clear();
}

/** Fills the form from a `WizardInput`; fields that hold a value count as touched. */
export function writeForm(input, { markTouched }) {
  const values = {
    'dc': input.dc,
    'client-name': input.clientName,
    'loopback-port': input.loopbackPort,
    'catalyst-project': input.catalyst.project,
    'catalyst-org': input.catalyst.org,
    'catalyst-environment': input.catalyst.environment,
    'catalyst-function': input.catalyst.function,
    'catalyst-serve-port': input.catalyst.servePort,
    'hotglue-homepage': input.hotglue.homepage,
    'custom-homepage': input.custom.homepage,
    'custom-redirect-uris': input.custom.redirectUris.join('\n'),
  };
  for (const [id, value] of Object.entries(values)) {
    $(id).value = value;
    if (markTouched && value !== '') touched.add(id);
  }
  const radio = $(`template-${input.template}`) ?? $('template-catalyst');
  radio.checked = true;
  showTemplateFields(radio.value);
}

/** Shows the preview's problems: next to touched fields, and as a summary beside Next. */
export function showProblems(preview) {
  for (const el of document.querySelectorAll('#step-1 .error')) el.textContent = '';
  for (const el of document.querySelectorAll('#step-1 [data-field]')) el.removeAttribute('aria-invalid');
  const waiting = [];
  for (const problem of preview.problems) {
    const field = problem.field;
    if (field && touched.has(field)) {
      const slot = $(`err-${field}`);
      if (slot && !slot.textContent) slot.textContent = problem.message;
      $(field)?.setAttribute('aria-invalid', 'true');
    } else {
      const label = FIELD_LABELS[field] ?? problem.message;
      if (!waiting.includes(label)) waiting.push(label);
    }
  }
  $('next').disabled = preview.plan === null;
  const hint = $('next-hint');
  if (preview.plan) {
    hint.textContent = '';
  } else if (waiting.length) {
    hint.textContent = `Still needed: ${waiting.join(', ')}.`;
  } else {
    hint.textContent = 'Correct the fields marked in red to continue.';
  }
  const loopback = preview.plan?.loopbackUri ?? `http://localhost:${$('loopback-port').value.trim()}/callback`;
  $('loopback-preview').textContent = loopback;
  showOrgIdTaken();
}

/** When a console address was pasted, say which org ID was taken from it. */
function showOrgIdTaken() {
  const raw = $('catalyst-org').value.trim();
  const note = $('catalyst-org-taken');
  const match = /\/baas\/(\d+)(?:[/#?]|$)/.exec(raw);
  note.hidden = !(match && raw !== match[1]);
  note.textContent = match ? `✓ Org ID ${match[1]} taken from the address.` : '';
}
