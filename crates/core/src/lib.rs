//! Zoho Credential Wizard's core: data centres, registration rules, drafts, saved connections,
//! secret stores, and Zoho's OAuth flow. Free of any GUI toolkit and terminal code, so the app and
//! the `zcw` CLI share it, and it runs on a headless server.

pub mod agent;
pub mod api;
pub mod atomic_file;
pub mod browser;
pub mod cause;
pub mod clipboard;
pub mod clock;
pub mod config;
pub mod connection;
pub mod connection_book;
pub mod connections;
pub mod context;
pub mod dc;
pub mod doctor;
pub mod draft;
pub mod error;
pub mod field;
pub mod file_error;
pub mod file_lock;
pub mod flaw;
pub mod hand_over;
pub mod home;
pub mod http;
pub mod note;
pub mod oauth;
pub mod onboarding;
pub mod private_dir;
#[cfg(test)]
mod properties;
pub mod registration;
pub mod rules;
pub mod secret;
pub mod secret_store;
pub mod small_file;
pub mod team;
#[cfg(test)]
mod testing;
pub mod token_cache;
pub mod updates;

pub use context::Context;
pub use dc::{DataCentre, DATA_CENTRES};
pub use error::{Category, Error, NextStep, Problem, Result};
pub use field::Field;
pub use registration::{RegistrationPlan, Template, WizardInput};
