// Hosted login in the system browser sheet (ASWebAuthenticationSession),
// and the refresh on return to the foreground.
import Foundation

#if canImport(AuthenticationServices)
import AuthenticationServices

/// Signs a user in with hosted login: opens the authorize URL in an
/// `ASWebAuthenticationSession`, waits for the redirect to
/// `callbackScheme`, and hands it to the core's PKCE exchange (state, ID
/// token and nonce checked there).
public final class HostedLoginSession: NSObject, ASWebAuthenticationPresentationContextProviding {
    private let login: AsyncHostedLogin
    private let callbackScheme: String
    private let storage: TokenStorage?
    private let anchor: ASPresentationAnchor
    /// No cookies shared with Safari: the user signs in every time.
    public var prefersEphemeralWebBrowserSession = false
    private var current: ASWebAuthenticationSession?

    public init(login: AsyncHostedLogin, callbackScheme: String, anchor: ASPresentationAnchor, storage: TokenStorage? = nil) {
        self.login = login
        self.callbackScheme = callbackScheme
        self.anchor = anchor
        self.storage = storage
    }

    /// Presents the sign-in sheet; the session once the user is back. A
    /// user who closes the sheet gets `ASWebAuthenticationSessionError.canceledLogin`.
    @MainActor
    public func signIn() async throws -> AsyncSession {
        let request = try login.authorizeUrl()
        guard let url = URL(string: request.url) else {
            throw FronteggError.InvalidInput(reason: "the authorize URL does not parse")
        }
        let callback: URL = try await withCheckedThrowingContinuation { continuation in
            let once = ResumeCallbackOnce(continuation)
            let browser = ASWebAuthenticationSession(url: url, callbackURLScheme: callbackScheme) { url, error in
                if let url {
                    once.resume(.success(url))
                } else {
                    once.resume(.failure(error ?? FronteggError.InvalidInput(reason: "hosted login ended without a callback")))
                }
            }
            browser.presentationContextProvider = self
            browser.prefersEphemeralWebBrowserSession = prefersEphemeralWebBrowserSession
            current = browser
            if !browser.start() {
                once.resume(.failure(FronteggError.InvalidInput(reason: "the sign-in sheet could not be presented")))
            }
        }
        current = nil
        return try await login.exchange(callbackUrl: callback.absoluteString, request: request, storage: storage)
    }

    public func presentationAnchor(for session: ASWebAuthenticationSession) -> ASPresentationAnchor {
        anchor
    }
}

/// Resumes the sign-in continuation once, whichever of the sheet's
/// completion and a refused `start()` comes first.
private final class ResumeCallbackOnce: @unchecked Sendable {
    private let lock = NSLock()
    private var continuation: CheckedContinuation<URL, Error>?

    init(_ continuation: CheckedContinuation<URL, Error>) {
        self.continuation = continuation
    }

    func resume(_ result: Result<URL, Error>) {
        lock.lock()
        let waiting = continuation
        continuation = nil
        lock.unlock()
        waiting?.resume(with: result)
    }
}
#endif

/// What `refreshOnForeground` did.
public enum ForegroundRefresh {
    /// The access token was good for longer than the margin: nothing sent.
    case stillValid
    /// The tokens were renewed.
    case refreshed
    /// Frontegg could not be reached or could not answer: the user stays
    /// signed in, and the next call or foreground tries again.
    case deferred(FronteggError)
    /// Frontegg refused the refresh token (401), or the session can no
    /// longer renew itself: the user must sign in again.
    case signedOut(FronteggError)
    /// There was no session.
    case notSignedIn
}

extension AsyncSession {
    /// Call when the app becomes active (`scenePhase == .active`,
    /// `UIApplication.willEnterForegroundNotification`): renews the tokens
    /// when the access token expires within `margin` seconds. A transient
    /// failure never signs the user out.
    public func refreshOnForeground(margin: TimeInterval = 300, now: Date = Date()) async -> ForegroundRefresh {
        guard isSignedIn() else { return .notSignedIn }
        guard let expiresAt = expiresAt(), expiresAt - now.timeIntervalSince1970 <= margin else { return .stillValid }
        do {
            _ = try await refresh()
            return .refreshed
        } catch let error as FronteggError {
            // The session decides: a 401 (or a refresh token it will never
            // send again) ends it; anything else leaves it signed in.
            if case .Unauthorized = error { return .signedOut(error) }
            return isSignedIn() ? .deferred(error) : .signedOut(error)
        } catch {
            return .deferred(FronteggError.Network(reason: "\(error)"))
        }
    }
}
