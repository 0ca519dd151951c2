// The only module that names the app's commands. Every call returns a promise; failures reject with
// `{kind, message}` from the Rust side.

const { invoke } = window.__TAURI__.core;

export const wizardOptions = () => invoke('wizard_options');

export const previewRegistration = (input) => invoke('preview_registration', { input });

export const loadDraft = () => invoke('load_draft');

export const saveDraft = (draft) => invoke('save_draft', { draft });

export const openConsole = (dc) => invoke('open_console', { dc });
