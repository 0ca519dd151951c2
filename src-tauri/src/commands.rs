//! The commands the webview may call. Each is a thin wrapper over zcw-core.

use serde::Serialize;
use tauri::{AppHandle, State};
use tauri_plugin_opener::OpenerExt;
use zcw_core::browser::browser_override;
use zcw_core::draft::{Draft, DraftStore};
use zcw_core::registration::{Preview, CATALYST_FUNCTIONS};
use zcw_core::{DataCentre, Template, WizardInput, DATA_CENTRES};

use crate::error::Result;

/// What the first step offers, so the webview hard-codes no Zoho facts.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct WizardOptions {
    data_centres: &'static [DataCentre],
    templates: Vec<TemplateOption>,
    catalyst_functions: Vec<FunctionOption>,
    defaults: WizardInput,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TemplateOption {
    id: Template,
    suggested_client_name: &'static str,
}

#[derive(Serialize)]
pub struct FunctionOption {
    name: &'static str,
    edition: &'static str,
}

/// The saved draft, and a notice when an unreadable one was set aside.
#[derive(Serialize)]
pub struct DraftLoad {
    draft: Option<Draft>,
    notice: Option<String>,
}

#[tauri::command]
pub fn wizard_options() -> WizardOptions {
    WizardOptions {
        data_centres: &DATA_CENTRES,
        templates: Template::ALL
            .map(|id| TemplateOption {
                id,
                suggested_client_name: id.suggested_client_name(),
            })
            .into(),
        catalyst_functions: CATALYST_FUNCTIONS
            .map(|(name, edition)| FunctionOption { name, edition })
            .into(),
        defaults: WizardInput::default(),
    }
}

#[tauri::command]
pub fn preview_registration(input: WizardInput) -> Preview {
    input.preview()
}

#[tauri::command]
pub fn load_draft(drafts: State<'_, DraftStore>) -> Result<DraftLoad> {
    match drafts.load() {
        Ok(draft) => Ok(DraftLoad {
            draft,
            notice: None,
        }),
        Err(e @ zcw_core::Error::DraftCorrupt { .. }) => Ok(DraftLoad {
            draft: None,
            notice: Some(e.to_string()),
        }),
        Err(e) => Err(e.into()),
    }
}

#[tauri::command]
pub fn save_draft(drafts: State<'_, DraftStore>, draft: Draft) -> Result<()> {
    Ok(drafts.save(&draft)?)
}

/// Opens the DC's API console in the system browser and returns the address opened. The webview
/// names only the DC; the address comes from the core's table.
#[tauri::command]
pub fn open_console(app: AppHandle, dc: String) -> Result<String> {
    let url = DataCentre::by_id(&dc)?.checked_console_url()?;
    app.opener()
        .open_url(url.as_str(), browser_override())
        .map_err(|e| zcw_core::Error::BrowserLaunch {
            url: url.to_string(),
            reason: e.to_string(),
        })?;
    Ok(url.to_string())
}
