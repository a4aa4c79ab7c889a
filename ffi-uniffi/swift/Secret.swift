// A secret: an access or refresh token, a password, an API key.
//
// Records print themselves in Swift (`print`, string interpolation, `dump`),
// so secrets travel wrapped: the description shows `<redacted>`; read
// `value` on purpose where the secret must be used.
public struct Secret: Equatable, Hashable, CustomStringConvertible, CustomDebugStringConvertible {
    public let value: String

    public init(_ value: String) {
        self.value = value
    }

    public var description: String { "<redacted>" }
    public var debugDescription: String { "<redacted>" }
}
