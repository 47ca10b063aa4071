//! A few reused threads for the window's blocking work (saving, reading,
//! writing documents), so an effect never starts a thread of its own and
//! never holds up the executor that delivers the window's other messages.

use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Arc, Mutex, OnceLock, PoisonError};

/// Enough that saving goes on while a long import or the demo runs.
const WORKERS: usize = 4;

type Chore = Box<dyn FnOnce() + Send>;

static QUEUE: OnceLock<Option<Sender<Chore>>> = OnceLock::new();

/// Runs `chore` on the pool; on this thread if no worker could be started.
pub fn spawn(chore: impl FnOnce() + Send + 'static) {
    let chore: Chore = Box::new(chore);
    let unsent = match QUEUE.get_or_init(start) {
        Some(queue) => queue.send(chore).err().map(|refused| refused.0),
        None => Some(chore),
    };
    if let Some(chore) = unsent {
        chore();
    }
}

/// The workers, all taking from one queue; `None` if none could be started.
fn start() -> Option<Sender<Chore>> {
    let (sender, receiver) = mpsc::channel::<Chore>();
    let receiver = Arc::new(Mutex::new(receiver));
    let started = (0..WORKERS)
        .filter(|n| {
            let receiver = receiver.clone();
            std::thread::Builder::new()
                .name(format!("teacher-eval work {n}"))
                .spawn(move || work(&receiver))
                .is_ok()
        })
        .count();
    (started > 0).then_some(sender)
}

fn work(queue: &Mutex<Receiver<Chore>>) {
    loop {
        let next = queue.lock().unwrap_or_else(PoisonError::into_inner).recv();
        match next {
            Ok(chore) => chore(),
            Err(_) => return,
        }
    }
}
