//! The listener's connection slots: at most a fixed number served at once, and at the cap the
//! newest arrival is preferred. The oldest connection that has not sent its request line yet is
//! dropped to make room, so a local process holding idle connections cannot keep the browser's
//! callback out; a connection that sent its request line is never dropped.

use std::collections::VecDeque;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, PoisonError};

use tokio::task::AbortHandle;

/// One served connection.
#[derive(Debug)]
struct Slot {
    id: u64,
    /// Set once its request line arrived.
    spoke: Arc<AtomicBool>,
    task: Option<AbortHandle>,
}

/// The slots of one listener (both its sockets).
#[derive(Debug)]
pub struct Slots {
    max: usize,
    held: Mutex<(u64, VecDeque<Slot>)>,
}

/// A slot taken: says when its request line arrived, and gives the slot back when dropped.
#[derive(Debug)]
pub struct Taken {
    slots: Arc<Slots>,
    id: u64,
    spoke: Arc<AtomicBool>,
}

impl Taken {
    /// Its request line arrived: from now on it is never dropped for a newer one.
    pub fn spoke(&self) {
        self.spoke.store(true, Ordering::SeqCst);
    }

    pub fn id(&self) -> u64 {
        self.id
    }
}

impl Drop for Taken {
    fn drop(&mut self) {
        let mut held = self
            .slots
            .held
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        held.1.retain(|slot| slot.id != self.id);
    }
}

impl Slots {
    pub fn new(max: usize) -> Arc<Self> {
        Arc::new(Slots {
            max,
            held: Mutex::new((0, VecDeque::new())),
        })
    }

    /// A slot for a new connection: a free one, or the oldest silent connection's (which is
    /// stopped); `None` when every slot holds a connection that spoke.
    pub fn take(self: &Arc<Self>) -> Option<Taken> {
        let mut held = self.held.lock().unwrap_or_else(PoisonError::into_inner);
        if held.1.len() >= self.max {
            let silent = held
                .1
                .iter()
                .position(|slot| !slot.spoke.load(Ordering::SeqCst))?;
            if let Some(mut oldest) = held.1.remove(silent) {
                if let Some(task) = oldest.task.take() {
                    task.abort();
                }
            }
        }
        held.0 += 1;
        let id = held.0;
        let spoke = Arc::new(AtomicBool::new(false));
        held.1.push_back(Slot {
            id,
            spoke: Arc::clone(&spoke),
            task: None,
        });
        Some(Taken {
            slots: Arc::clone(self),
            id,
            spoke,
        })
    }

    /// Notes the task serving slot `id`, so that it can be stopped to make room.
    pub fn serving(&self, id: u64, task: AbortHandle) {
        let mut held = self.held.lock().unwrap_or_else(PoisonError::into_inner);
        match held.1.iter_mut().find(|slot| slot.id == id) {
            Some(slot) => slot.task = Some(task),
            // Already given back, or made room for: nothing to keep serving.
            None => task.abort(),
        }
    }

    #[cfg(test)]
    fn len(&self) -> usize {
        self.held.lock().unwrap().1.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn at_the_cap_the_oldest_silent_connection_makes_room_and_one_that_spoke_never_does() {
        let slots = Slots::new(2);
        let first = slots.take().unwrap();
        let first_task = tokio::spawn(std::future::pending::<()>());
        slots.serving(first.id(), first_task.abort_handle());
        let second = slots.take().unwrap();
        second.spoke();
        // Full: the first (silent) one is stopped for the third.
        let third = slots.take().unwrap();
        assert!(first_task.await.unwrap_err().is_cancelled());
        assert_eq!(slots.len(), 2);
        // Both left have spoken: the next one is turned away.
        third.spoke();
        assert!(slots.take().is_none());
        drop(second);
        assert!(slots.take().is_some());
        drop(first);
    }
}
