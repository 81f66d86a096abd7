//! Long jobs (imports, card runs): each gets an id, reports progress to the UI over the
//! `Channel` the UI passed with the command, and can be cancelled from the UI while it runs.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use serde::Serialize;
use ts_rs::TS;
use tauri::ipc::Channel;

#[derive(Default)]
pub struct Jobs {
    next: AtomicU64,
    running: Mutex<HashMap<u64, Arc<AtomicBool>>>,
}

/// A running job's handle: its id, its cancel flag, and a way to report progress.
pub struct Job {
    pub id: u64,
    cancelled: Arc<AtomicBool>,
    channel: Channel<Progress>,
    kind: &'static str,
}

#[derive(Clone, Serialize, TS)]
pub struct Progress {
    pub job: u64,
    pub kind: &'static str,
    pub done: u64,
    pub total: u64,
}

impl Jobs {
    pub fn start(&self, channel: Channel<Progress>, kind: &'static str) -> Job {
        let id = self.next.fetch_add(1, Ordering::Relaxed) + 1;
        let cancelled = Arc::new(AtomicBool::new(false));
        self.running.lock().unwrap_or_else(|p| p.into_inner()).insert(id, Arc::clone(&cancelled));
        let job = Job { id, cancelled, channel, kind };
        job.report(0, 0);
        job
    }

    /// Asks a job to stop; it stops at its next check and writes nothing.
    pub fn cancel(&self, id: u64) -> bool {
        match self.running.lock().unwrap_or_else(|p| p.into_inner()).get(&id) {
            Some(flag) => {
                flag.store(true, Ordering::Relaxed);
                true
            }
            None => false,
        }
    }

    pub fn finish(&self, job: &Job) {
        self.running.lock().unwrap_or_else(|p| p.into_inner()).remove(&job.id);
    }
}

impl Job {
    pub fn is_cancelled(&self) -> bool {
        self.cancelled.load(Ordering::Relaxed)
    }

    /// The flag itself, for core functions that take an `&AtomicBool` to check.
    pub fn cancel_flag(&self) -> &AtomicBool {
        &self.cancelled
    }

    pub fn report(&self, done: u64, total: u64) {
        // A closed window cannot listen any more; the job carries on regardless.
        let _ = self.channel.send(Progress { job: self.id, kind: self.kind, done, total });
    }
}
