//! Zoho Credential Wizard's core: data centres, registration rules, drafts, saved connections,
//! secret stores and browser launching.
//! Free of any GUI toolkit, so the `zcw` CLI runs on a headless machine.

pub mod atomic_file;
pub mod browser;
pub mod config_dir;
pub mod connections;
pub mod dc;
pub mod draft;
pub mod error;
pub mod field;
pub mod oauth;
pub mod profile;
pub mod profile_book;
pub mod registration;
pub mod rules;
pub mod secret;
pub mod secret_store;

pub use dc::{DataCentre, DATA_CENTRES};
pub use error::{Error, Problem, Result};
pub use field::Field;
pub use registration::{RegistrationPlan, Template, WizardInput};
