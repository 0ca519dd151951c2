//! The small HTML pages the loopback listener shows in the browser.

/// Escapes text for HTML, so nothing from the request can become markup.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A complete page: a heading and a sentence, both escaped.
pub fn render(title: &str, message: &str, ok: bool) -> String {
    let colour = if ok { "#1e7b34" } else { "#b3261e" };
    format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{title} · Zoho Credential Wizard</title>\
         <style>body{{font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#1d2330}}\
         h1{{color:{colour};font-size:1.4rem}}</style></head>\
         <body><h1>{title}</h1><p>{message}</p></body></html>",
        title = escape(title),
        message = escape(message),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn echoed_text_cannot_become_markup() {
        let page = render("Error", "state <script>alert(1)</script> & \"x\"", false);
        assert!(!page.contains("<script>"));
        assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;"));
    }
}
