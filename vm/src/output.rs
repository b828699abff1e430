//! The output layer: everything a script prints goes through here, so that
//! output buffering (`ob_start` and friends) can capture it.

use std::io::Write;

pub struct Output {
    sink: Box<dyn Write>,
    /// Active output buffers, innermost last.
    buffers: Vec<Vec<u8>>,
}

impl Output {
    pub fn new(sink: Box<dyn Write>) -> Self {
        Output {
            sink,
            buffers: Vec::new(),
        }
    }

    pub fn write(&mut self, bytes: &[u8]) {
        match self.buffers.last_mut() {
            Some(b) => b.extend_from_slice(bytes),
            None => {
                let _ = self.sink.write_all(bytes);
            }
        }
    }

    pub fn start_buffer(&mut self) {
        self.buffers.push(Vec::new());
    }

    /// Ends the innermost buffer, returning its contents (None if none is active).
    pub fn end_buffer(&mut self) -> Option<Vec<u8>> {
        self.buffers.pop()
    }

    pub fn buffer_contents(&self) -> Option<&[u8]> {
        self.buffers.last().map(Vec::as_slice)
    }

    pub fn clean_buffer(&mut self) -> bool {
        match self.buffers.last_mut() {
            Some(b) => {
                b.clear();
                true
            }
            None => false,
        }
    }

    pub fn level(&self) -> usize {
        self.buffers.len()
    }

    /// Flushes every buffer to the sink (at the end of the script, as php does).
    pub fn flush_all(&mut self) {
        while let Some(b) = self.buffers.pop() {
            self.write(&b);
        }
        let _ = self.sink.flush();
    }

    pub fn sink(&mut self) -> &mut dyn Write {
        &mut *self.sink
    }
}
