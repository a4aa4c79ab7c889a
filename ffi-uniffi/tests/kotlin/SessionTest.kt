// Kotlin: a TokenStorage written in Kotlin (as an app would write one on
// the Keystore) sees every change of a session: login -> refresh -> logout.

import com.frontegg.identity.FronteggClient
import com.frontegg.identity.HostedLogin
import com.frontegg.identity.SignInOutcome
import com.frontegg.identity.core.ClientConfig
import com.frontegg.identity.core.FronteggException
import com.frontegg.identity.core.HostedLoginOptions
import com.frontegg.identity.core.LoginRequest
import com.frontegg.identity.core.Secret
import com.frontegg.identity.core.StoredSession
import com.frontegg.identity.core.TokenStorage
import com.frontegg.identity.core.pkceChallenge
import java.util.Collections

class RecordingStore : TokenStorage {
    val events: MutableList<String> = Collections.synchronizedList(mutableListOf())
    @Volatile var stored: StoredSession? = null
    override fun load(): StoredSession? = stored
    override fun save(session: StoredSession) {
        events.add("save ${session.refreshToken.value}")
        stored = session
    }
    override fun clear() {
        events.add("clear")
        stored = null
    }
}

fun sessionBody(refresh: String, expiresIn: Int) =
    """{"accessToken":"access-$refresh","refreshToken":"$refresh","expiresIn":$expiresIn,"expires":"later","mfaRequired":false,"userId":"user-1"}"""

fun sessionWithKotlinStore() = StubServer().use { server ->
    server.route("POST", "/identity/resources/auth/v1/user", 200, sessionBody("refresh-1", 0))
    server.route("POST", "/identity/resources/auth/v1/user/token/refresh", 201, sessionBody("refresh-2", 3600))
    server.route("POST", "/identity/resources/auth/v1/logout", 201, "")
    val client = FronteggClient(ClientConfig(baseUrl = server.url, clientId = "client-1"))
    val store = RecordingStore()
    val outcome = client.signIn(LoginRequest(email = "jane@example.com", password = Secret("pw")), store)
    val session = (outcome as SignInOutcome.Session).session
    check(session.accessToken().value == "access-refresh-2") { "expired token was not refreshed" }
    val cookie = server.requests.first { it.path.endsWith("/token/refresh") }.headers["cookie"]
    check(cookie == "fe_refresh_client1=refresh-1") { "cookie $cookie" }
    session.signOut()
    check(!session.isSignedIn()) { "still signed in" }
    try {
        session.accessToken()
        throw AssertionError("a logged-out session gave a token")
    } catch (expected: FronteggException.Unauthorized) {
    }
    check(store.events == listOf("save refresh-1", "save refresh-2", "clear")) { "${store.events}" }
    // Restored after a "restart" from what the store kept.
    store.stored = StoredSession(kind = com.frontegg.identity.core.SessionKind.EMBEDDED, accessToken = Secret("a"),
        refreshToken = Secret("r"), expiresAt = System.currentTimeMillis() / 1000.0 + 600, lifetime = 600.0,
        userId = "user-1", tenantId = null)
    check(client.restoreSession(store)?.userId() == "user-1") { "not restored" }
}

fun hostedLoginRefusesAForgedState() = StubServer().use { server ->
    val hosted = HostedLogin(HostedLoginOptions(baseUrl = server.url, clientId = "client-1", redirectUri = "myapp://callback"))
    val request = hosted.authorizeUrl()
    check(request.url.contains("code_challenge=${pkceChallenge(request.codeVerifier.value)}")) { request.url }
    try {
        hosted.exchange("myapp://callback?code=c&state=forged", request)
        throw AssertionError("a forged state was accepted")
    } catch (error: FronteggException.OAuth) {
        check(error.code == "invalid_state") { error.code }
    }
    check(server.requests.isEmpty()) { "a request was sent" }
}
