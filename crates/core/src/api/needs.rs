//! Which scope a Zoho API call needs, where the path tells (CRM's), so that a scope mismatch can
//! name it. Zoho CRM's scopes are `ZohoCRM.{group}.{operation}`, with per-module scopes
//! `ZohoCRM.modules.{module}.{READ|CREATE|UPDATE|DELETE}`:
//! <https://www.zoho.com/crm/developer/docs/api/v8/scopes.html>.

use crate::http::Method;

/// The narrowest scope Zoho CRM documents for this call, or `None` when the path is not CRM's.
pub fn scope_for(method: Method, path: &str) -> Option<String> {
    let mut segments = path.trim_start_matches('/').split('/');
    if segments.next()? != "crm" {
        return None;
    }
    let version = segments.next()?;
    if !version.starts_with('v') || !version[1..].chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let group = segments.next().filter(|s| !s.is_empty())?;
    let read = matches!(method, Method::Get);
    let level = if read { "READ" } else { "ALL" };
    Some(match group {
        "org" => format!("ZohoCRM.org.{level}"),
        "users" => format!("ZohoCRM.users.{level}"),
        "settings" => "ZohoCRM.settings.ALL".to_string(),
        "coql" => "ZohoCRM.coql.READ".to_string(),
        module
            if module
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_') =>
        {
            let operation = match method {
                Method::Get | Method::List => "READ",
                Method::Post => "CREATE",
                Method::Put | Method::Patch => "UPDATE",
                Method::Delete => "DELETE",
            };
            format!(
                "ZohoCRM.modules.{}.{operation}",
                module.to_ascii_lowercase()
            )
        }
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crm_paths_name_their_scope_and_others_none() {
        for (method, path, scope) in [
            (Method::Get, "/crm/v8/org", Some("ZohoCRM.org.READ")),
            (Method::Get, "/crm/v8/users", Some("ZohoCRM.users.READ")),
            (Method::Put, "/crm/v8/users/1", Some("ZohoCRM.users.ALL")),
            (
                Method::Get,
                "/crm/v8/settings/modules",
                Some("ZohoCRM.settings.ALL"),
            ),
            (Method::Post, "/crm/v8/coql", Some("ZohoCRM.coql.READ")),
            (
                Method::Post,
                "/crm/v8/Leads",
                Some("ZohoCRM.modules.leads.CREATE"),
            ),
            (
                Method::Get,
                "/crm/v2/Deals/1",
                Some("ZohoCRM.modules.deals.READ"),
            ),
            (
                Method::Delete,
                "/crm/v8/Leads/1",
                Some("ZohoCRM.modules.leads.DELETE"),
            ),
            (Method::Get, "/books/v3/invoices", None),
            (Method::Get, "/crm/latest/org", None),
            (Method::Get, "/crm/v8/", None),
            (Method::Get, "/crm/v8/Le%20ads", None),
        ] {
            assert_eq!(scope_for(method, path).as_deref(), scope, "{path}");
        }
    }
}
