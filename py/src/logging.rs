//! Bridges the core's `log` events to Python's `logging`, under the logger
//! `frontegg_identity`: one event per request, per retry and per vendor-token
//! renewal (core never logs a secret or a body). Levels and handlers are the
//! Python logger's own, so `logging.getLogger("frontegg_identity")
//! .setLevel(logging.DEBUG)` is all a user does.

use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;

static LOGGER: PyOnceLock<Py<PyAny>> = PyOnceLock::new();

struct PythonLog;

fn python_level(level: log::Level) -> u8 {
    match level {
        log::Level::Error => 40,
        log::Level::Warn => 30,
        log::Level::Info => 20,
        log::Level::Debug => 10,
        log::Level::Trace => 5,
    }
}

impl log::Log for PythonLog {
    fn enabled(&self, metadata: &log::Metadata<'_>) -> bool {
        metadata.target().starts_with("frontegg_identity")
    }

    fn log(&self, record: &log::Record<'_>) {
        if !self.enabled(record.metadata()) {
            return;
        }
        Python::attach(|py| {
            // `logging` is imported at the first event, not at import: a
            // program that never calls out pays nothing for it.
            let Ok(logger) = LOGGER.get_or_try_init(py, || {
                py.import("logging")?
                    .call_method1("getLogger", ("frontegg_identity",))
                    .map(Bound::unbind)
            }) else {
                return;
            };
            let logger = logger.bind(py);
            let level = python_level(record.level());
            // Ask first: formatting and the call cost nothing when the level
            // is off. A failing handler must not break the SDK call.
            if logger
                .call_method1("isEnabledFor", (level,))
                .and_then(|enabled| enabled.is_truthy())
                .unwrap_or(false)
            {
                let message = record.args().to_string();
                if let Err(error) = logger.call_method1("log", (level, message)) {
                    error.write_unraisable(py, Some(logger));
                }
            }
        });
    }

    fn flush(&self) {}
}

/// Installs the bridge (once per process; a logger installed by someone
/// else first is left alone).
pub fn register(_module: &Bound<'_, PyModule>) -> PyResult<()> {
    if log::set_logger(&PythonLog).is_ok() {
        log::set_max_level(log::LevelFilter::Trace);
    }
    Ok(())
}
