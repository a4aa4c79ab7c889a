"""Which CAs TLS trusts, from Python: a TLS server on loopback whose
certificate a CA of the test's own signed is trusted with
`ca_certificates_pem=` and refused by the bundled roots; the two keyword
arguments are checked when the client is built."""

import datetime
import http.server
import ipaddress
import ssl
import threading

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

import frontegg_identity as fi


def _certificate(subject, issuer, key, signer, *, ca):
    now = datetime.datetime.now(datetime.timezone.utc)
    builder = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, subject)]))
        .issuer_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, issuer)]))
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
    )
    if not ca:
        builder = builder.add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False
        )
    return builder.sign(signer, hashes.SHA256())


@pytest.fixture(scope="module")
def tls_server(tmp_path_factory):
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca = _certificate("test CA", "test CA", ca_key, ca_key, ca=True)
    leaf_key = ec.generate_private_key(ec.SECP256R1())
    leaf = _certificate("127.0.0.1", "test CA", leaf_key, ca_key, ca=False)
    folder = tmp_path_factory.mktemp("tls")
    (folder / "leaf.pem").write_bytes(leaf.public_bytes(serialization.Encoding.PEM))
    (folder / "leaf.key").write_bytes(
        leaf_key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )

    class Answer(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            body = b'{"ok": true}'
            self.send_response(200)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Answer)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(folder / "leaf.pem", folder / "leaf.key")
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"https://127.0.0.1:{server.server_address[1]}", ca.public_bytes(serialization.Encoding.PEM).decode()
    server.shutdown()


def _ping(client):
    return client.request("GET", "/ping")


def test_the_given_ca_is_trusted(tls_server):
    url, ca_pem = tls_server
    client = fi.Client(base_url=url, access_token="t", ca_certificates_pem=ca_pem, max_retries=0)
    assert _ping(client) == {"ok": True}


@pytest.mark.parametrize("roots", ["bundled", "platform", None])
def test_a_ca_outside_the_trusted_roots_is_refused(tls_server, roots):
    url, _ = tls_server
    client = fi.Client(base_url=url, access_token="secret-user-token", tls_roots=roots, max_retries=0)
    with pytest.raises(fi.NetworkError) as caught:
        _ping(client)
    assert "certificate" in str(caught.value).lower() or "issuer" in str(caught.value).lower()
    assert "secret-user-token" not in str(caught.value)


def test_the_two_keyword_arguments_are_checked(tls_server):
    _, ca_pem = tls_server
    with pytest.raises(fi.ConfigError, match="expected platform or bundled"):
        fi.Client(base_url="https://127.0.0.1:9", tls_roots="system")
    with pytest.raises(fi.ConfigError, match="not both"):
        fi.Client(base_url="https://127.0.0.1:9", tls_roots="platform", ca_certificates_pem=ca_pem)
    with pytest.raises(fi.ConfigError, match="no certificate"):
        fi.Client(base_url="https://127.0.0.1:9", ca_certificates_pem="not pem")
