//! Benchmark (not a test) of the emulator binary, as a user's suite runs it:
//! start time (to the `listening on` line and a first answer) against
//! spawning the same binary for `--version`; resident memory with 10,000
//! seeded users against an empty seed; and SDK calls per second on this
//! machine's cores against a fixed-answer loopback server giving the same
//! bytes, timed in alternating rounds. `scripts/bench.sh` passes the
//! release binary and puts the rows into BENCHMARKS.md.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use frontegg_identity::{Client, ClientConfig};

mod loopback;

type Result<T> = std::result::Result<T, Box<dyn std::error::Error>>;

const START_ROUNDS: usize = 21;
const LOAD_ROUNDS: usize = 7;
const ROUND_TIME: Duration = Duration::from_millis(1500);
const CLIENT_THREADS: usize = 4;
const SEEDED_USERS: usize = 10_000;

fn median(mut samples: Vec<f64>) -> f64 {
    samples.sort_by(|a, b| a.total_cmp(b));
    samples[samples.len() / 2]
}

/// The binary with `args`, its URL read from the first line.
fn spawn(binary: &str, args: &[&str]) -> Result<(Child, String)> {
    let mut child = Command::new(binary)
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()?;
    let mut line = String::new();
    BufReader::new(child.stdout.take().ok_or("no stdout")?).read_line(&mut line)?;
    let url = line
        .trim()
        .strip_prefix("listening on ")
        .ok_or("no listening line")?
        .to_owned();
    Ok((child, url))
}

fn get(agent: &ureq::Agent, url: &str) -> Result<String> {
    Ok(agent.get(url).call()?.body_mut().read_to_string()?)
}

fn rss_kib(pid: u32) -> Result<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status"))?;
    let line = status
        .lines()
        .find(|l| l.starts_with("VmRSS:"))
        .ok_or("no VmRSS")?;
    Ok(line.split_whitespace().nth(1).ok_or("no value")?.parse()?)
}

/// Calls per second from `CLIENT_THREADS` threads sharing `client`, for one round.
fn throughput(client: &Client, user_id: &str) -> f64 {
    let stop = Arc::new(AtomicBool::new(false));
    let count = Arc::new(AtomicU64::new(0));
    let began = Instant::now();
    std::thread::scope(|scope| {
        for _ in 0..CLIENT_THREADS {
            let (stop, count) = (stop.clone(), count.clone());
            scope.spawn(move || {
                let users = client.users();
                while !stop.load(Ordering::Relaxed) {
                    if users.get_user_by_id_vendor_only(user_id).is_ok() {
                        count.fetch_add(1, Ordering::Relaxed);
                    }
                }
            });
        }
        std::thread::sleep(ROUND_TIME);
        stop.store(true, Ordering::Relaxed);
    });
    count.load(Ordering::Relaxed) as f64 / began.elapsed().as_secs_f64()
}

fn client_for(url: &str) -> Result<Client> {
    Ok(Client::new(
        ClientConfig::builder()
            .base_url(url)
            .vendor_credentials("emulator-client-id", "emulator-secret")
            .build(),
    )?)
}

fn main() -> Result<()> {
    let binary = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "target/release/frontegg-emulator".into());
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .build()
        .into();
    let dir = std::env::temp_dir().join(format!("emulator-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;

    // Start: to the listening line and a first answer, against spawning
    // the same binary for --version (the process start itself).
    let (mut starts, mut spawns, mut signed) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..START_ROUNDS {
        let began = Instant::now();
        let (mut child, url) = spawn(&binary, &[])?;
        get(&agent, &format!("{url}/_emulator/health"))?;
        starts.push(began.elapsed().as_secs_f64() * 1000.0);
        // The first signed token waits for the key generated at start.
        agent
            .post(format!("{url}/_emulator/tokens"))
            .header("content-type", "application/json")
            .send(r#"{"claims": {"sub": "bench"}}"#)?;
        signed.push(began.elapsed().as_secs_f64() * 1000.0);
        child.kill()?;
        child.wait()?;
        let began = Instant::now();
        Command::new(&binary)
            .arg("--version")
            .stdout(Stdio::null())
            .status()?;
        spawns.push(began.elapsed().as_secs_f64() * 1000.0);
    }
    let (start_ms, spawn_ms, signed_ms) = (median(starts), median(spawns), median(signed));

    // Memory with 10,000 seeded users, against an empty seed.
    let users: Vec<serde_json::Value> = (0..SEEDED_USERS)
        .map(|i| serde_json::json!({"email": format!("user{i}@bench.test"), "password": "Bench-1"}))
        .collect();
    let big = dir.join("big.json");
    std::fs::write(
        &big,
        serde_json::json!({"tenants": [{"id": "t", "name": "T"}], "users": users}).to_string(),
    )?;
    let big_path = big.to_string_lossy().into_owned();
    let began = Instant::now();
    let (mut child, url) = spawn(&binary, &["--seed", &big_path])?;
    get(&agent, &format!("{url}/_emulator/health"))?;
    let big_start_ms = began.elapsed().as_secs_f64() * 1000.0;
    let big_rss = rss_kib(child.id())?;
    child.kill()?;
    child.wait()?;
    let (mut child, url) = spawn(&binary, &[])?;
    get(&agent, &format!("{url}/_emulator/health"))?;
    let empty_rss = rss_kib(child.id())?;
    child.kill()?;
    child.wait()?;

    // Throughput of a simple SDK call (a user by id, vendor token cached).
    let one = dir.join("one.json");
    std::fs::write(
        &one,
        r#"{"tenants": [{"id": "t", "name": "T"}], "users": [{"id": "7b0e7c4e-0000-4000-8000-000000000001", "email": "jane@bench.test"}]}"#,
    )?;
    let (mut emulator, url) = spawn(&binary, &["--seed", &one.to_string_lossy()])?;
    let user_id = "7b0e7c4e-0000-4000-8000-000000000001";
    let vendor = client_for(&url)?;
    let token = vendor.authenticate_vendor()?;
    let body = agent
        .get(format!(
            "{url}/identity/resources/vendor-only/users/v1/{user_id}"
        ))
        .header(
            "authorization",
            format!(
                "Bearer {}",
                token.token.as_ref().map(|t| t.expose()).unwrap_or_default()
            ),
        )
        .call()?
        .body_mut()
        .read_to_string()?;
    let fixed = client_for(&loopback::fixed_server("200 OK", &body)?)?;
    let (mut ours, mut base) = (Vec::new(), Vec::new());
    for _ in 0..LOAD_ROUNDS {
        ours.push(throughput(&vendor, user_id));
        base.push(throughput(&fixed, user_id));
    }
    emulator.kill()?;
    emulator.wait()?;
    std::fs::remove_dir_all(&dir)?;
    let (ours, base) = (median(ours), median(base));

    println!(
        "| emulator start to its first answer (binary) | spawn of the same binary (`--version`) | {start_ms:.1} ms | {spawn_ms:.1} ms | {:.1}× | < 100 ms |",
        start_ms / spawn_ms
    );
    println!(
        "| emulator start to its first signed token (a new RSA-2048 key, generated while it serves) | — | {signed_ms:.1} ms | — | — | — |"
    );
    println!(
        "| emulator start with {SEEDED_USERS} seeded users, to its first answer | — | {big_start_ms:.0} ms | — | — | — |"
    );
    println!(
        "| emulator resident memory, {SEEDED_USERS} seeded users | empty seed | {:.1} MB | {:.1} MB | {:.1}× | < 50 MB |",
        big_rss as f64 / 1024.0,
        empty_rss as f64 / 1024.0,
        big_rss as f64 / empty_rss as f64
    );
    println!(
        "| SDK calls/s against the emulator ({CLIENT_THREADS} client threads, {} cores shared) | a fixed-answer loopback server, same bytes | {ours:.0}/s | {base:.0}/s | {:.2}× | ≥ 5,000/s |",
        std::thread::available_parallelism().map_or(0, |n| n.get()),
        ours / base
    );
    Ok(())
}
