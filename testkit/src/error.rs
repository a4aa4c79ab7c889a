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

/// JSON as `T`, refused with the path of the bad key
/// (`users[1].pasword: unknown field …`): for seed files and control bodies.
pub(crate) fn parse_strict<T: serde::de::DeserializeOwned>(
    bytes: &[u8],
) -> Result<T, EmulatorError> {
    let mut reader = serde_json::Deserializer::from_slice(bytes);
    serde_path_to_error::deserialize(&mut reader).map_err(|e| {
        let at = e.path().to_string();
        let inner = e.into_inner();
        if at == "." {
            EmulatorError::new(inner.to_string())
        } else {
            EmulatorError::new(format!("{at}: {inner}"))
        }
    })
}
