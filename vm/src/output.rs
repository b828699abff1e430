//! The output layer: everything a script prints goes through here, so that
//! output buffering (`ob_start` and friends) can capture it.

use std::io::Write;

/// `PHP_OUTPUT_HANDLER_*` flags a buffer carries.
pub const HANDLER_CLEANABLE: u32 = 0x10;
pub const HANDLER_FLUSHABLE: u32 = 0x20;
pub const HANDLER_REMOVABLE: u32 = 0x40;
pub const HANDLER_STDFLAGS: u32 = 0x70;
pub const HANDLER_STARTED: u32 = 0x1000;
pub const HANDLER_DISABLED: u32 = 0x2000;
pub const HANDLER_PROCESSED: u32 = 0x4000;

/// php's buffer sizes: a chunk size rounded up to 4 KiB, or 16 KiB.
fn initial_size(chunk_size: usize) -> usize {
    if chunk_size > 1 {
        (chunk_size + 0xfff) & !0xfff
    } else {
        0x4000
    }
}

/// One output buffer, with the bookkeeping `ob_get_status` reports.
pub struct Buffer {
    pub data: Vec<u8>,
    /// The size php's buffer has grown to (`buffer_size`).
    pub size: usize,
    /// Flush to the next level whenever this many bytes are buffered (0: never).
    pub chunk_size: usize,
    /// `HANDLER_*` flags.
    pub flags: u32,
    /// The buffer has a user handler: its chunks wait for the handler to run.
    pub user: bool,
    /// Chunks that filled the buffer, waiting for its user handler (which
    /// the output layer cannot call).
    pub pending: Vec<Vec<u8>>,
}

impl Buffer {
    /// Appends as php's php_output_handler_append does; true when the
    /// buffer reached its chunk size.
    fn append(&mut self, bytes: &[u8]) -> bool {
        if bytes.is_empty() {
            return false;
        }
        let free = self.size - self.data.len();
        if free <= bytes.len() {
            let grow = initial_size(self.chunk_size).max(initial_size(bytes.len() - free));
            self.size += grow;
        }
        self.data.extend_from_slice(bytes);
        self.chunk_size > 0 && self.data.len() >= self.chunk_size
    }
}

pub struct Output {
    sink: Box<dyn Write>,
    /// Active output buffers, innermost last.
    buffers: Vec<Buffer>,
}

impl Output {
    pub fn new(sink: Box<dyn Write>) -> Self {
        Output {
            sink,
            buffers: Vec::new(),
        }
    }

    pub fn write(&mut self, bytes: &[u8]) {
        self.write_at(self.buffers.len(), bytes);
    }

    /// Writes to the buffer below level `level` (the sink for level 0); a
    /// buffer passing its chunk size flushes into the next one down.
    fn write_at(&mut self, level: usize, bytes: &[u8]) {
        if level == 0 {
            let _ = self.sink.write_all(bytes);
            return;
        }
        let b = &mut self.buffers[level - 1];
        // A disabled handler (one that failed) passes output through.
        if b.flags & HANDLER_DISABLED != 0 {
            self.write_at(level - 1, bytes);
            return;
        }
        if b.append(bytes) {
            let data = std::mem::take(&mut b.data);
            if b.user {
                b.pending.push(data);
            } else {
                b.flags |= HANDLER_STARTED | HANDLER_PROCESSED;
                self.write_at(level - 1, &data);
            }
        }
    }

    /// Writes to the level below the innermost buffer (what `ob_flush`
    /// passes on).
    pub fn write_below_top(&mut self, bytes: &[u8]) {
        self.write_at(self.buffers.len().saturating_sub(1), bytes);
    }

    /// Writes to the level below buffer `i` (0 is the outermost): what
    /// buffer `i`'s handler passes on.
    pub fn write_below(&mut self, i: usize, bytes: &[u8]) {
        self.write_at(i.min(self.buffers.len()), bytes);
    }

    pub fn start_buffer(&mut self) {
        self.start_buffer_with(0, HANDLER_STDFLAGS, false);
    }

    /// Starts a buffer with php's chunk size and flags.
    pub fn start_buffer_with(&mut self, chunk_size: usize, flags: u32, user: bool) {
        self.buffers.push(Buffer {
            data: Vec::new(),
            size: initial_size(chunk_size),
            chunk_size,
            flags,
            user,
            pending: Vec::new(),
        });
    }

    /// Ends the innermost buffer, returning its contents (None if none is active).
    pub fn end_buffer(&mut self) -> Option<Vec<u8>> {
        self.buffers.pop().map(|b| b.data)
    }

    pub fn buffer_contents(&self) -> Option<&[u8]> {
        self.buffers.last().map(|b| b.data.as_slice())
    }

    pub fn clean_buffer(&mut self) -> bool {
        match self.buffers.last_mut() {
            Some(b) => {
                b.data.clear();
                true
            }
            None => false,
        }
    }

    /// The active buffers, outermost first.
    pub fn buffers(&self) -> &[Buffer] {
        &self.buffers
    }

    /// The innermost buffer.
    pub fn top_buffer(&mut self) -> Option<&mut Buffer> {
        self.buffers.last_mut()
    }

    /// Buffer `i` (0 is the outermost).
    pub fn buffer_mut(&mut self, i: usize) -> Option<&mut Buffer> {
        self.buffers.get_mut(i)
    }

    pub fn level(&self) -> usize {
        self.buffers.len()
    }

    /// Flushes every buffer to the sink (at the end of the script, as php does).
    pub fn flush_all(&mut self) {
        while let Some(b) = self.buffers.pop() {
            for chunk in &b.pending {
                self.write(chunk);
            }
            self.write(&b.data);
        }
        let _ = self.sink.flush();
    }

    pub fn sink(&mut self) -> &mut dyn Write {
        &mut *self.sink
    }
}
