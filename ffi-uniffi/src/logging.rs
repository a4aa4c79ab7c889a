//! An optional log callback for Kotlin and Swift: the app implements
//! `LogSink` (forwarding to Logcat, `os_log`, …) and installs it with
//! `setLogSink`. The core's events (one per request, retry and vendor-token
//! renewal) never hold a secret or a body.

use std::sync::{Arc, RwLock};

/// How important a log event is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, uniffi::Enum)]
pub enum LogLevel {
    Error,
    Warn,
    Info,
    Debug,
    Trace,
}

impl From<log::Level> for LogLevel {
    fn from(level: log::Level) -> Self {
        match level {
            log::Level::Error => LogLevel::Error,
            log::Level::Warn => LogLevel::Warn,
            log::Level::Info => LogLevel::Info,
            log::Level::Debug => LogLevel::Debug,
            log::Level::Trace => LogLevel::Trace,
        }
    }
}

fn filter(level: LogLevel) -> log::LevelFilter {
    match level {
        LogLevel::Error => log::LevelFilter::Error,
        LogLevel::Warn => log::LevelFilter::Warn,
        LogLevel::Info => log::LevelFilter::Info,
        LogLevel::Debug => log::LevelFilter::Debug,
        LogLevel::Trace => log::LevelFilter::Trace,
    }
}

/// Receives the SDK's log events. Called on the thread that made the call;
/// keep it quick and never throw.
#[uniffi::export(with_foreign)]
pub trait LogSink: Send + Sync {
    fn log(&self, level: LogLevel, message: String);
}

static SINK: RwLock<Option<Arc<dyn LogSink>>> = RwLock::new(None);

struct Forward;

impl log::Log for Forward {
    fn enabled(&self, metadata: &log::Metadata<'_>) -> bool {
        metadata.target().starts_with("frontegg_identity")
    }

    fn log(&self, record: &log::Record<'_>) {
        if !self.enabled(record.metadata()) {
            return;
        }
        let sink = SINK
            .read()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .clone();
        if let Some(sink) = sink {
            sink.log(record.level().into(), record.args().to_string());
        }
    }

    fn flush(&self) {}
}

/// Sends the SDK's events at `level` and above to `sink`; `null` stops them.
#[uniffi::export]
pub fn set_log_sink(sink: Option<Arc<dyn LogSink>>, level: LogLevel) {
    let enabled = sink.is_some();
    *SINK
        .write()
        .unwrap_or_else(|poisoned| poisoned.into_inner()) = sink;
    // Installed once per process; later calls only swap the sink.
    let _ = log::set_logger(&Forward);
    log::set_max_level(if enabled {
        filter(level)
    } else {
        log::LevelFilter::Off
    });
}
