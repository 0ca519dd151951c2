// The only module that names the app's commands. Every call returns a promise; failures reject with
// `{kind, category, message, field, nextStep}` from the Rust side.

const { invoke } = window.__TAURI__.core;

export const appInfo = () => invoke('app_info');
export const language = () => invoke('language');
export const setLanguage = (tag) => invoke('set_language', { tag });
export const updateStatus = () => invoke('update_status');
export const checkForUpdate = (automatic) => invoke('check_for_update', { automatic });
export const installUpdate = () => invoke('install_update');
export const setAutomaticUpdates = (on) => invoke('set_automatic_updates', { on });
export const checkThisComputer = () => invoke('check_this_computer');
export const wizardOptions = () => invoke('wizard_options');
export const previewRegistration = (input) => invoke('preview_registration', { input });

export const loadDraft = () => invoke('load_draft');
export const saveDraft = (draft) => invoke('save_draft', { draft });
export const clearDraft = () => invoke('clear_draft');

export const openConsole = (dc) => invoke('open_console', { dc });

export const storeStatus = () => invoke('store_status');
export const useFileStore = (passphrase, confirmation) =>
  invoke('use_file_store', { passphrase, confirmation });
export const unlockFileStore = (passphrase) => invoke('unlock_file_store', { passphrase });
export const useTeamStore = (team, token) => invoke('use_team_store', { team, token });
export const useKeychain = () => invoke('use_keychain');

export const suggestConnectionName = (clientName) =>
  invoke('suggest_connection_name', { clientName });
export const checkConnection = (connection) => invoke('check_connection', { connection });
export const saveConnection = (connection, clientSecret, passphrase) =>
  invoke('save_connection', { connection, clientSecret, passphrase });

export const listConnections = () => invoke('list_connections');
export const deleteDamagedRecord = (name) => invoke('delete_damaged_record', { name });
export const connectionHealth = (name, fresh = false) => invoke('connection_health', { name, fresh });
export const getConnection = (name) => invoke('get_connection', { name });
export const replaceSecret = (name, clientSecret, passphrase) =>
  invoke('replace_secret', { name, clientSecret, passphrase });
export const renameConnection = (name, newName, passphrase) =>
  invoke('rename_connection', { name, newName, passphrase });
export const removeConnection = (name, passphrase, localOnly = false) =>
  invoke('remove_connection', { name, passphrase, localOnly });
export const disconnectConnection = (name, passphrase, localOnly = false) =>
  invoke('disconnect_connection', { name, passphrase, localOnly });

export const handOver = (name) => invoke('hand_over', { name });
export const copySecret = (name, which, passphrase) => invoke('copy_secret', { name, which, passphrase });
export const clipboardSetting = () => invoke('clipboard_setting');
export const setClipboardSetting = (secs) => invoke('set_clipboard_setting', { secs });

export const signInOptions = () => invoke('sign_in_options');
export const startSignIn = (name, scopes, usePkce) => invoke('start_sign_in', { name, scopes, usePkce });
export const finishSignIn = () => invoke('finish_sign_in');
export const cancelSignIn = () => invoke('cancel_sign_in');
export const pasteRedirect = (address) => invoke('paste_redirect', { address });
export const confirmAccount = (keep) => invoke('confirm_account', { keep });

export const takeHandedRequest = () => invoke('take_handed_request');
export const openRequestText = (text) => invoke('open_request_text', { text });
export const chooseRequestFile = () => invoke('choose_request_file');
export const stopAnswering = () => invoke('stop_answering');
export const switchRequest = (fingerprint) => invoke('switch_request', { fingerprint });
export const saveRequestedConnection = (fingerprint, clientId, clientSecret, dc, passphrase) =>
  invoke('save_requested_connection', { fingerprint, clientId, clientSecret, dc, passphrase });
export const copyReply = (name, passphrase) => invoke('copy_reply', { name, passphrase });
export const saveReply = (name, passphrase) => invoke('save_reply', { name, passphrase });
export const createRequest = (request, passphrase) => invoke('create_request', { request, passphrase });
export const createReconnectRequest = (request, passphrase) =>
  invoke('create_reconnect_request', { request, passphrase });
export const acceptReconnect = (fingerprint, passphrase) => invoke('accept_reconnect', { fingerprint, passphrase });
export const saveRequestFile = () => invoke('save_request_file');
export const copyRequestLink = () => invoke('copy_request_link');
export const listRequests = () => invoke('list_requests');
export const cancelRequest = (name, passphrase) => invoke('cancel_request', { name, passphrase });
export const openReply = (text, passphrase) => invoke('open_reply', { text, passphrase });
export const confirmImport = (code, acceptLate) => invoke('confirm_import', { code, acceptLate });
export const discardImport = () => invoke('discard_import');
export const importSelfClientFile = (name, dc, passphrase) =>
  invoke('import_self_client_file', { name, dc, passphrase });
export const importSelfClientValues = (values, clientSecret, code, passphrase) =>
  invoke('import_self_client_values', { values, clientSecret, code, passphrase });
export const deleteSelfClientFile = () => invoke('delete_self_client_file');
