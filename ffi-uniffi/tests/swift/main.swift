// Swift tests of the uniffi bindings. They need no server: configuration and
// connection errors must arrive as typed FronteggError cases. Run by run.sh
// wherever swiftc exists (not on the Linux CI machines, which lack Swift).

import Foundation

var failed = 0
var passed = 0

func test(_ name: String, _ body: () throws -> Void) {
    do {
        try body()
        passed += 1
        print("ok   \(name)")
    } catch {
        failed += 1
        print("FAIL \(name): \(error)")
    }
}

struct Failure: Error { let what: String }

test("plain http to a public host is a config error") {
    do {
        _ = try FronteggClient(config: ClientConfig(baseUrl: "http://example.com"))
        throw Failure(what: "expected FronteggError.Config")
    } catch let FronteggError.Config(reason) {
        guard reason.contains("https") else { throw Failure(what: reason) }
    }
}

test("a refused connection is a network error") {
    let client = try FronteggClient(config: ClientConfig(baseUrl: "http://127.0.0.1:9", timeout: 2))
    do {
        _ = try client.signInTokens(request: LoginRequest(email: "a@b.c", password: Secret("pw")))
        throw Failure(what: "expected FronteggError.Network")
    } catch FronteggError.Network {
    }
}

test("the refresh cookie is named from the client id") {
    let client = try FronteggClient(config: ClientConfig(clientId: "6a6b-12cd-34ef"))
    let name = try client.refreshCookieName()
    guard name == "fe_refresh_6a6b12cd-34ef" else { throw Failure(what: name) }
}

test("secrets print as <redacted>") {
    let request = LoginRequest(email: "a@b.c", password: Secret("hunter2"))
    guard !"\(request)".contains("hunter2") else { throw Failure(what: "\(request)") }
}

// The authorization table every language runs (core/tests/fixtures),
// found from this file's path.
let fixtures = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().appendingPathComponent("../../../core/tests/fixtures")

test("roles, permissions and step-up follow the shared table") {
    let table = try String(contentsOf: fixtures.appendingPathComponent("authorization-cases.tsv"), encoding: .utf8)
    let now = Date().timeIntervalSince1970
    func list(_ text: String) -> [String] { text == "-" ? [] : text.components(separatedBy: ",") }
    func claims(roles: [String] = [], permissions: [String] = [], acr: String? = nil, amr: [String] = [],
                authTime: Double? = nil) -> Claims {
        Claims(sub: "u", iss: "https://app-test.frontegg.com", aud: [], tokenType: .userToken, tenantId: "t",
               tenantIds: [], roles: roles, permissions: permissions, email: nil, emailVerified: nil, name: nil,
               metadata: nil, applicationId: nil, act: nil, acr: acr, amr: amr, authTime: authTime,
               exp: now + 60, nbf: nil, iat: nil, raw: "{}")
    }
    var count = 0
    for line in table.components(separatedBy: "\n") where !line.isEmpty && !line.hasPrefix("#") {
        let cols = line.components(separatedBy: "\t")
        let got: Bool
        switch cols[0] {
        case "roles":
            got = claims(roles: list(cols[1])).hasRoles(roles: list(cols[2]), all: cols[3] == "all")
        case "permissions":
            got = claims(permissions: list(cols[1])).hasPermissions(permissions: list(cols[2]), all: cols[3] == "all")
        default:
            let acr: String? = cols[1] == "multi-factor"
                ? "http://schemas.openid.net/pape/policies/2007/06/multi-factor"
                : (cols[1] == "-" ? nil : cols[1])
            let authTime: Double? = cols[3] == "-" ? nil : now - (Double(cols[3]) ?? 0)
            let maxAge: TimeInterval? = cols[4] == "-" ? nil : Double(cols[4])
            got = claims(acr: acr, amr: list(cols[2]), authTime: authTime).isSteppedUp(maxAge: maxAge)
        }
        guard got == (cols[cols.count - 1] == "true") else { throw Failure(what: line) }
        count += 1
    }
    guard count >= 30 else { throw Failure(what: "only \(count) cases") }
}

test("a request without a token is refused with 401") {
    let jwks = try String(contentsOf: fixtures.appendingPathComponent("jwks-1.json"), encoding: .utf8)
    let verifier = try TokenVerifier(options: TokenVerifierOptions(issuer: "https://app-test.frontegg.com", jwks: jwks))
    do {
        _ = try verifier.authenticate(headers: [:])
        throw Failure(what: "expected FronteggError.Authentication")
    } catch let FronteggError.Authentication(status, reason, _) {
        guard status == 401, reason == .missingToken else { throw Failure(what: "\(status) \(reason)") }
    }
}

print("swift: \(passed) passed, \(failed) failed")
exit(failed == 0 ? 0 : 1)
