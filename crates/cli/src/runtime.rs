//! The async runtime a command runs the core's async work on (one thread: a command does one
//! thing at a time).

pub fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("the async runtime starts")
}
