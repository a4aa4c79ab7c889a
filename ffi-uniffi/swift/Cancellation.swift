// Task cancellation for the SDK's `async` methods.
//
// uniffi's Swift awaits a Rust call until it ends, whatever happens to the
// calling Task. `withFronteggCancellation` runs the call in a Task of its
// own and returns `CancellationError` as soon as the caller is cancelled;
// the abandoned call finishes on the SDK's worker pool (bounded by the
// client's timeouts) and its answer is dropped.
import Foundation

/// Runs `operation` (one of the SDK's `async` methods) so that cancelling
/// the calling Task throws `CancellationError` at once:
///
///     let users = try await withFronteggCancellation {
///         try await client.userManagement().getUsers(params: GetUsersParams())
///     }
public func withFronteggCancellation<T>(
    _ operation: @escaping @Sendable () async throws -> T
) async throws -> T {
    let gate = ResumeOnce<T>()
    return try await withTaskCancellationHandler {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<T, Error>) in
            guard gate.install(continuation) else { return }
            gate.track(Task {
                do {
                    let value = try await operation()
                    gate.finish(.success(value))
                } catch {
                    gate.finish(.failure(error))
                }
            })
        }
    } onCancel: {
        gate.cancel()
    }
}

/// Resumes a continuation exactly once: with the call's answer, or with
/// `CancellationError` when the caller is cancelled first.
private final class ResumeOnce<T>: @unchecked Sendable {
    private let lock = NSLock()
    private var continuation: CheckedContinuation<T, Error>?
    private var task: Task<Void, Never>?
    private var cancelled = false

    /// False when the caller was cancelled before the call started: the
    /// continuation is already resumed then.
    func install(_ continuation: CheckedContinuation<T, Error>) -> Bool {
        lock.lock()
        if cancelled {
            lock.unlock()
            continuation.resume(throwing: CancellationError())
            return false
        }
        self.continuation = continuation
        lock.unlock()
        return true
    }

    func track(_ task: Task<Void, Never>) {
        lock.lock()
        let cancelNow = cancelled
        self.task = task
        lock.unlock()
        if cancelNow { task.cancel() }
    }

    func finish(_ result: Result<T, Error>) {
        lock.lock()
        let waiting = continuation
        continuation = nil
        lock.unlock()
        waiting?.resume(with: result)
    }

    func cancel() {
        lock.lock()
        cancelled = true
        let waiting = continuation
        continuation = nil
        let running = task
        lock.unlock()
        running?.cancel()
        waiting?.resume(throwing: CancellationError())
    }
}
