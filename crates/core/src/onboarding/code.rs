//! Short codes read aloud on the phone (a request's fingerprint, a reply's code): a digest in
//! Crockford's base32, in groups of four, and the comparison of one typed back.

/// `groups` groups of four characters from `digest` (at most 8 groups for a 32-byte digest).
pub fn from_digest(digest: &[u8], groups: usize) -> String {
    let chars = base32(digest);
    chars
        .as_bytes()
        .chunks(4)
        .take(groups)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect::<Vec<_>>()
        .join("-")
}

/// Whether a code someone typed or read out is `code`. Case, spaces and hyphens do not matter,
/// nor Crockford's look-alikes (O for 0, I and L for 1).
pub fn matches(code: &str, told: &str) -> bool {
    let told = normal(told);
    !told.is_empty() && told == normal(code)
}

fn normal(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| match c.to_ascii_uppercase() {
            'O' => '0',
            'I' | 'L' => '1',
            c => c,
        })
        .collect()
}

/// Crockford's base32 (no I, L, O, U: nothing to mishear on the phone).
fn base32(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    let mut out = String::new();
    let (mut buffer, mut bits) = (0u32, 0u32);
    for &byte in bytes {
        buffer = (buffer << 8) | u32::from(byte);
        bits += 8;
        while bits >= 5 {
            bits -= 5;
            out.push(ALPHABET[((buffer >> bits) & 31) as usize] as char);
        }
    }
    if bits > 0 {
        out.push(ALPHABET[((buffer << (5 - bits)) & 31) as usize] as char);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base32_is_crockfords() {
        assert_eq!(base32(&[0xff; 5]), "ZZZZZZZZ");
        assert_eq!(base32(&[0; 10]), "0000000000000000");
        assert_eq!(from_digest(&[0xff; 10], 4), "ZZZZ-ZZZZ-ZZZZ-ZZZZ");
        assert_eq!(from_digest(&[0; 32], 2), "0000-0000");
    }

    #[test]
    fn a_code_read_back_matches_whatever_its_case_spacing_and_look_alikes() {
        assert!(matches("AB10-0CDE", "ab1o-ocde"));
        assert!(matches("AB10-0CDE", " AB I0 0CDE "));
        assert!(matches("AB10-0CDE", "abl00cde"));
        assert!(!matches("AB10-0CDE", "AB10-0CDF"));
        assert!(!matches("AB10-0CDE", ""));
        assert!(!matches("AB10-0CDE", "AB10"));
    }
}
