//! Interrupts, modelled on the Zend VM's `EG(vm_interrupt)` machinery.
//!
//! Any thread may raise the flag through an [`InterruptHandle`]; the VM polls
//! it only at its poll sites (executor entry, taken jumps, user function
//! entry, return to the caller on the call and tailcall kinds, after internal
//! calls) and then runs the interrupt helper: clear the flag, save the
//! current op into the frame, take the timeout path if `timed_out` is set,
//! otherwise call the registered interrupt functions in order.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::sync::Arc;
use std::time::Duration;

/// The shared flags (Zend's `EG(vm_interrupt)` and `EG(timed_out)`).
#[derive(Debug, Default)]
struct Flags {
    vm_interrupt: AtomicBool,
    timed_out: AtomicBool,
}

/// A cloneable, `Send` handle to a VM's interrupt flags.
#[derive(Debug, Clone, Default)]
pub struct InterruptHandle(Arc<Flags>);

impl InterruptHandle {
    pub fn new() -> Self {
        Self::default()
    }
    /// Asks the VM to run its interrupt functions at the next poll site.
    pub fn raise(&self) {
        self.0.vm_interrupt.store(true, Ordering::SeqCst);
    }
    /// Marks the time limit as exceeded and raises the flag.
    pub fn raise_timeout(&self) {
        self.0.timed_out.store(true, Ordering::SeqCst);
        self.0.vm_interrupt.store(true, Ordering::SeqCst);
    }
    /// The poll: a plain atomic load, cheap enough for every taken jump.
    #[inline(always)]
    pub fn is_pending(&self) -> bool {
        self.0.vm_interrupt.load(Ordering::Relaxed)
    }
    /// Clears the flag, telling whether it was set.
    pub fn take(&self) -> bool {
        self.0.vm_interrupt.swap(false, Ordering::SeqCst)
    }
    pub fn timed_out(&self) -> bool {
        self.0.timed_out.load(Ordering::SeqCst)
    }
    pub fn clear_timeout(&self) {
        self.0.timed_out.store(false, Ordering::SeqCst);
    }
}

/// A watchdog thread that raises the timeout after `limit` unless dropped
/// first (`max_execution_time`, and the runner's per-case time limit).
pub struct Timer {
    stop: Option<mpsc::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Timer {
    pub fn start(handle: InterruptHandle, limit: Duration) -> Timer {
        let (tx, rx) = mpsc::channel::<()>();
        let thread = std::thread::Builder::new()
            .name("phpvm-timer".into())
            .spawn(move || {
                if let Err(mpsc::RecvTimeoutError::Timeout) = rx.recv_timeout(limit) {
                    handle.raise_timeout();
                }
            })
            .ok();
        Timer {
            stop: Some(tx),
            thread,
        }
    }
}

impl Drop for Timer {
    fn drop(&mut self) {
        drop(self.stop.take());
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// Where the VM polled the flag; given to interrupt functions so hosts and
/// tests can see which poll site serviced an interrupt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PollSite {
    /// Entering the executor (also re-entering after a tagged return on the
    /// call and tailcall kinds: user function entry and return to caller).
    ExecutorEntry,
    /// A taken jump, including the taken arm of a fused compare-and-branch.
    Jump,
    /// Entering a user function (switch and hybrid kinds poll in ENTER).
    FunctionEntry,
    /// Back in the executor loop after a frame change (call and tailcall
    /// kinds: function entry and return to the caller).
    Loop,
    /// After an internal function returned, its frame still on top.
    InternalCall,
}
