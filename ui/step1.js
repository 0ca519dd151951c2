// Step 1: the integration form. Rust validates and decides what to show; this module reads the
// form, writes it back from a draft, and shows each problem next to its field once the user has
// touched that field.

import { $, errorText, setFieldError } from './dom.js';
import { dcLabel, has, t } from './i18n.js';

const touched = new Set();
let suggestions = {};
let currentTemplate = null;
// Whether the client name is a suggestion of ours (replaced when the template changes) rather than
// one the admin typed (kept), whatever its words.
let nameIsOurs = true;

export function initStep1(options, { onChange, onNext }) {
  const dc = $('dc');
  for (const centre of options.dataCentres) {
    const option = document.createElement('option');
    option.value = centre.id;
    option.textContent = dcLabel(centre);
    dc.append(option);
  }
  suggestions = Object.fromEntries(options.templates.map((template) => [template.id, template.suggestedClientName]));
  // A product's own name stays as it is; "My Zoho Client" is said in the admin's language.
  suggestions.custom = t('suggested-client-name');

  const picks = $('function-picks');
  for (const fn of options.catalystFunctions) {
    const pick = document.createElement('button');
    pick.type = 'button';
    pick.className = 'pick';
    pick.textContent = `${fn.name} · ${has(`edition-${fn.name}`) ? t(`edition-${fn.name}`) : fn.edition}`;
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
    if (event.target.id === 'client-name' && event.type === 'input') nameIsOurs = false;
    if (event.target.name === 'template') {
      const name = $('client-name');
      // Keep a name the admin typed; replace a suggestion of ours, even one a template passed
      // through on the way left (the Self Client has no name field).
      if (!name.value.trim() || nameIsOurs) {
        name.value = suggestions[event.target.value] ?? name.value;
        nameIsOurs = true;
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
  for (const id of ['catalyst', 'hotglue', 'custom', 'self-client']) {
    $(`fields-${id}`).hidden = id !== template;
  }
  // A Self Client has no name to register and no redirect URI.
  const selfClient = template === 'self-client';
  $('name-port-row').hidden = selfClient;
  $('step1-advanced').hidden = selfClient;
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
  const nameBefore = $('client-name').value;
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
  // A name written back as it was (the data centre changed) keeps what it was.
  if (input.clientName !== nameBefore) {
    nameIsOurs = !input.clientName.trim() || Object.values(suggestions).includes(input.clientName);
  }
  const radio = $(`template-${input.template}`) ?? $('template-catalyst');
  radio.checked = true;
  showTemplateFields(radio.value);
}

/** A missing client name's example is the suggestion shown for the template, in the admin's language. */
function inOwnWords(problem) {
  if (problem.kind !== 'client_name_empty' || !suggestions[currentTemplate]) return problem;
  return { ...problem, args: { ...problem.args, example: suggestions[currentTemplate] } };
}

/** Shows the core's preview: problems next to touched fields, the rest as "Still needed". */
export function showProblems(preview) {
  const messages = new Map();
  const waiting = [];
  for (const problem of preview.problems.map(inOwnWords)) {
    if (problem.field && touched.has(problem.field)) {
      if (!messages.has(problem.field)) messages.set(problem.field, problem);
    } else {
      const label = problem.field && has(`field-${problem.field}`) ? t(`field-${problem.field}`) : errorText(problem);
      if (!waiting.includes(label)) waiting.push(label);
    }
  }
  for (const input of document.querySelectorAll('#step-1 [data-field]')) {
    setFieldError(input.dataset.field, messages.get(input.dataset.field));
  }
  // A problem with the port is never hidden in a closed section.
  if (messages.has('loopback-port')) $('step1-advanced').open = true;
  $('next').disabled = preview.plan === null;
  const hint = $('next-hint');
  if (preview.plan) {
    hint.textContent = '';
  } else if (waiting.length) {
    hint.textContent = t('still-needed', { fields: waiting.join(t('list-separator')) });
  } else {
    hint.textContent = t('correct-fields');
  }
  $('loopback-preview').textContent = preview.loopbackUri ?? 'http://localhost:PORT/callback';
  const taken = $('catalyst-org-taken');
  taken.hidden = !preview.orgIdTaken;
  taken.textContent = preview.orgIdTaken ? t('org-id-taken', { org: preview.orgIdTaken }) : '';
}
