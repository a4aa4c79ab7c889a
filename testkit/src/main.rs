//! `frontegg-emulator`: the emulator as a program, for suites in any
//! language. Its first line on stdout is `listening on http://HOST:PORT`.

use std::net::IpAddr;
use std::process::ExitCode;

use frontegg_identity_testkit::{Emulator, EmulatorConfig, Seed};

const USAGE: &str = "usage: frontegg-emulator [--port P] [--host 127.0.0.1] [--seed FILE] \
[--signing-key PEM_FILE] [--issuer URL]

  --port P             port to listen on (default 0: a free one)
  --host ADDR          address to bind (default 127.0.0.1; anything else is reachable
                       from other machines, and the emulator says so)
  --seed FILE          JSON seed file: tenants, users, roles, … (see docs/testing.md)
  --signing-key FILE   a pinned RS256 key (PEM); default: a new key at each start
  --issuer URL         the tokens' iss; default: the emulator's own URL
  --support-matrix DIR print which operations of the OpenAPI files in DIR are emulated

The first line on stdout is `listening on http://HOST:PORT`. Controls are under
/_emulator/ (health, config, reset, outbox, faults, requests, tokens, keys).";

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("frontegg-emulator: {message}");
            ExitCode::from(2)
        }
    }
}

fn run() -> Result<(), String> {
    let mut config = EmulatorConfig::default();
    let mut seed_file = None;
    let mut key_file = None;
    let mut issuer = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = |name: &str| {
            args.next()
                .ok_or_else(|| format!("{name} needs a value\n\n{USAGE}"))
        };
        match arg.as_str() {
            "--port" => {
                let v = value("--port")?;
                config.port = v
                    .parse()
                    .map_err(|_| format!("--port {v:?} is not a port number (0-65535)"))?;
            }
            "--host" => {
                let v = value("--host")?;
                config.host = v
                    .parse::<IpAddr>()
                    .map_err(|_| format!("--host {v:?} is not an IP address"))?;
            }
            "--seed" => seed_file = Some(value("--seed")?),
            "--signing-key" => key_file = Some(value("--signing-key")?),
            "--issuer" => issuer = Some(value("--issuer")?),
            "--support-matrix" => {
                let dir = value("--support-matrix")?;
                let text = frontegg_identity_testkit::support_matrix(std::path::Path::new(&dir))
                    .map_err(|e| e.to_string())?;
                print!("{text}");
                return Ok(());
            }
            "--help" | "-h" => {
                println!("{USAGE}");
                return Ok(());
            }
            "--version" | "-V" => {
                println!("frontegg-emulator {}", env!("CARGO_PKG_VERSION"));
                return Ok(());
            }
            other => return Err(format!("unknown argument {other:?}\n\n{USAGE}")),
        }
    }
    if let Some(file) = seed_file {
        config.seed = Seed::from_file(std::path::Path::new(&file)).map_err(|e| e.to_string())?;
    }
    if let Some(file) = key_file {
        let pem = std::fs::read_to_string(&file)
            .map_err(|e| format!("cannot read --signing-key {file}: {e}"))?;
        config.seed.environment.signing_key = Some(pem);
    }
    if let Some(issuer) = issuer {
        config.seed.environment.issuer = Some(issuer);
    }
    if !config.host.is_loopback() {
        eprintln!(
            "frontegg-emulator: WARNING: listening on {}, reachable from other machines; \
             its test credentials and controls are open to them",
            config.host
        );
    }
    let emulator = Emulator::start(config).map_err(|e| e.to_string())?;
    println!("listening on {}", emulator.url());
    eprintln!(
        "frontegg-emulator: client id {}, issuer {}, JWKS {}; Ctrl-C stops it",
        emulator.client_id(),
        emulator.issuer(),
        emulator.jwks_url()
    );
    wait_for_stop().map_err(|e| format!("cannot wait for a signal: {e}"))?;
    Ok(())
}

/// Blocks until Ctrl-C or SIGTERM.
fn wait_for_stop() -> std::io::Result<()> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    runtime.block_on(async {
        #[cfg(unix)]
        {
            let mut term =
                tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())?;
            tokio::select! {
                r = tokio::signal::ctrl_c() => r,
                _ = term.recv() => Ok(()),
            }
        }
        #[cfg(not(unix))]
        {
            tokio::signal::ctrl_c().await
        }
    })
}
