//! A port nothing may be sent to: it accepts and counts every connection, and closes it. A test
//! names it as a planted accounts server or a proxy, then checks that it was never reached.

use std::net::TcpListener;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

/// A listener on 127.0.0.1 that counts connections.
#[derive(Debug)]
pub struct Tripwire {
    pub port: u16,
    hits: Arc<AtomicUsize>,
}

impl Tripwire {
    pub fn start() -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").expect("the tripwire binds");
        let port = listener.local_addr().unwrap().port();
        let hits = Arc::new(AtomicUsize::new(0));
        let counted = Arc::clone(&hits);
        // Lives as long as the test binary; a connection is counted, then closed.
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                counted.fetch_add(1, Ordering::SeqCst);
                drop(stream);
            }
        });
        Tripwire { port, hits }
    }

    /// `http://127.0.0.1:PORT`.
    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// How many connections reached it.
    pub fn hits(&self) -> usize {
        self.hits.load(Ordering::SeqCst)
    }
}
