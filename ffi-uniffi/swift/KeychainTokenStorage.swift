// A TokenStorage in the Keychain, for iOS and macOS apps.
#if canImport(Security)
import Foundation
import Security

/// Keeps the session in one generic-password Keychain item (`service`,
/// `account`, optionally an access group shared by the app's extensions),
/// readable after the first unlock and never synced off this device
/// (`kSecAttrAccessibleAfterFirstUnlockThisDeviceOnly`). The item holds
/// the text `encodeStoredSession` writes; an item that does not read back
/// is no session, and the user signs in again. Thread-safe.
public final class KeychainTokenStorage: TokenStorage, CustomStringConvertible, @unchecked Sendable {
    public let service: String
    public let account: String
    public let accessGroup: String?
    private let lock = NSLock()

    public init(service: String = "com.frontegg.identity", account: String = "session", accessGroup: String? = nil) {
        self.service = service
        self.account = account
        self.accessGroup = accessGroup
    }

    public var description: String { "KeychainTokenStorage(service: \(service), account: \(account))" }

    private func itemQuery() -> [String: Any] {
        var query: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: service,
            kSecAttrAccount as String: account,
        ]
        if let accessGroup {
            query[kSecAttrAccessGroup as String] = accessGroup
        }
        return query
    }

    public func load() -> StoredSession? {
        lock.lock()
        defer { lock.unlock() }
        var query = itemQuery()
        query[kSecReturnData as String] = true
        query[kSecMatchLimit as String] = kSecMatchLimitOne
        var item: CFTypeRef?
        guard SecItemCopyMatching(query as CFDictionary, &item) == errSecSuccess,
              let data = item as? Data,
              let text = String(data: data, encoding: .utf8)
        else { return nil }
        return decodeStoredSession(text: Secret(text))
    }

    public func save(session: StoredSession) {
        lock.lock()
        defer { lock.unlock() }
        let data = Data(encodeStoredSession(session: session).value.utf8)
        let attributes: [String: Any] = [
            kSecValueData as String: data,
            kSecAttrAccessible as String: kSecAttrAccessibleAfterFirstUnlockThisDeviceOnly,
        ]
        let updated = SecItemUpdate(itemQuery() as CFDictionary, attributes as CFDictionary)
        if updated == errSecItemNotFound {
            let item = itemQuery().merging(attributes) { _, new in new }
            SecItemAdd(item as CFDictionary, nil)
        }
    }

    public func clear() {
        lock.lock()
        defer { lock.unlock() }
        SecItemDelete(itemQuery() as CFDictionary)
    }
}
#endif
