// `swift test` of the Swift package (the apple workflow runs it on macOS;
// nothing here can compile Swift).
import Foundation
import XCTest
@testable import FronteggIdentity

final class FronteggIdentityTests: XCTestCase {
    func testSecretsPrintRedacted() {
        let secret = Secret("token-value")
        XCTAssertEqual("\(secret)", "<redacted>")
        XCTAssertFalse(String(reflecting: secret).contains("token-value"))
    }

    func testAStoredSessionSurvivesItsTextForm() throws {
        let stored = StoredSession(
            kind: .hosted, accessToken: Secret("a"), refreshToken: Secret("r"),
            expiresAt: 1.9e9, lifetime: 300, userId: "user-1", tenantId: nil
        )
        let text = encodeStoredSession(session: stored)
        XCTAssertEqual(decodeStoredSession(text: text), stored)
        XCTAssertNil(decodeStoredSession(text: Secret("damaged")))
    }

    func testMaxWorkersZeroIsAConfigError() {
        let config = ClientConfig(baseUrl: "http://127.0.0.1:9", accessToken: Secret("t"))
        XCTAssertThrowsError(try AsyncFronteggClient(config: config, maxWorkers: 0)) { error in
            guard case FronteggError.Config = error else {
                return XCTFail("expected FronteggError.Config, got \(error)")
            }
        }
    }

    func testAnAsyncCallAnswers() async throws {
        let config = ClientConfig(baseUrl: "http://127.0.0.1:9", accessToken: Secret("t"))
        let client = try AsyncFronteggClient(config: config, maxWorkers: 2)
        XCTAssertEqual(client.maxWorkers(), 2)
        do {
            _ = try await client.userManagement().getUsers(params: GetUsersParams())
            XCTFail("a closed port answered")
        } catch FronteggError.Network {
        }
    }

    func testCancellingTheCallerReturnsAtOnce() async throws {
        let started = Date()
        let call = Task {
            try await withFronteggCancellation { () async -> Int in
                // A call that ignores cancellation, as a Rust call does.
                await withCheckedContinuation { continuation in
                    DispatchQueue.global().asyncAfter(deadline: .now() + 5) { continuation.resume(returning: 1) }
                }
            }
        }
        try await Task.sleep(nanoseconds: 100_000_000)
        call.cancel()
        do {
            _ = try await call.value
            XCTFail("a cancelled call answered")
        } catch is CancellationError {
        }
        XCTAssertLessThan(Date().timeIntervalSince(started), 2, "cancellation waited for the call")
    }

    func testKeychainStorageStartsEmptyAndPrintsNoSecret() async throws {
        let storage = KeychainTokenStorage(service: "com.frontegg.identity.tests", account: UUID().uuidString)
        XCTAssertNil(storage.load())
        XCTAssertFalse(storage.description.contains("token"))
    }
}
