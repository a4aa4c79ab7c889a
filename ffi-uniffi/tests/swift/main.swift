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
    let client = try FronteggClient(config: ClientConfig(baseUrl: "http://127.0.0.1:9", timeoutMs: 2000))
    do {
        _ = try client.login(request: LoginRequest(email: "a@b.c", password: Secret("pw")))
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

print("swift: \(passed) passed, \(failed) failed")
exit(failed == 0 ? 0 : 1)
