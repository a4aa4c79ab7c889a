//! Reading requests off a raw loopback connection, for the test servers
//! that misbehave or echo on purpose (mockito cannot).

use std::io::{BufRead, BufReader, Read};
use std::net::TcpStream;

/// One request as the test servers saw it.
pub struct Seen {
    pub head: String,
    pub body: String,
}

/// Reads one request (head and `Content-Length` body); `None` when the
/// connection ends.
pub fn read_request(stream: &TcpStream) -> Option<Seen> {
    let mut reader = BufReader::new(stream);
    let mut head = String::new();
    let mut length = 0usize;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).ok()? == 0 {
            return None;
        }
        if let Some(value) = line.to_ascii_lowercase().strip_prefix("content-length:") {
            length = value.trim().parse().unwrap_or(0);
        }
        if line == "\r\n" {
            break;
        }
        head.push_str(&line);
    }
    let mut body = vec![0; length];
    reader.read_exact(&mut body).ok()?;
    Some(Seen {
        head,
        body: String::from_utf8_lossy(&body).into_owned(),
    })
}
