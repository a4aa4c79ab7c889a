//! The emulator's own error: why it could not start, or why a seed file or
//! control command was refused. Each message names what to fix.

use std::fmt;

/// Why the emulator could not start or a control request was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmulatorError {
    message: String,
}

impl EmulatorError {
    pub(crate) fn new(message: impl Into<String>) -> Self {
        Self {
            message: message.into(),
        }
    }

    /// The message alone, as the `Display` text shows it.
    pub fn text(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for EmulatorError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for EmulatorError {}
