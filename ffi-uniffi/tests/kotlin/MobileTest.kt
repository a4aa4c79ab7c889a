// The mobile glue's logic on the JVM: KeystoreTokenStorage with a key of
// the test's own (the Android Keystore stands behind SessionKeyProvider on
// a device), the hosted-login flow and the foreground refresh, against the
// emulator.

import com.frontegg.identity.AsyncHostedLogin
import com.frontegg.identity.AsyncSignInOutcome
import com.frontegg.identity.core.FronteggException
import com.frontegg.identity.core.HostedLoginOptions
import com.frontegg.identity.core.LoginRequest
import com.frontegg.identity.core.Secret
import com.frontegg.identity.core.SessionKind
import com.frontegg.identity.core.StoredSession
import com.frontegg.identity.mobile.CiphertextStore
import com.frontegg.identity.mobile.ForegroundRefresh
import com.frontegg.identity.mobile.HostedLoginFlow
import com.frontegg.identity.mobile.KeystoreTokenStorage
import com.frontegg.identity.mobile.SessionKeyProvider
import com.frontegg.identity.mobile.refreshOnForeground
import java.net.HttpURLConnection
import java.net.URI
import java.time.Duration
import javax.crypto.KeyGenerator
import kotlinx.coroutines.runBlocking

class MemoryCiphertext : CiphertextStore {
    val values = mutableMapOf<String, String>()
    override fun read(name: String) = values[name]
    override fun write(name: String, value: String) { values[name] = value }
    override fun remove(name: String) { values.remove(name) }
}

fun aesKey(): SessionKeyProvider {
    val key = KeyGenerator.getInstance("AES").apply { init(256) }.generateKey()
    return SessionKeyProvider { key }
}

val STORED = StoredSession(
    kind = SessionKind.EMBEDDED, accessToken = Secret("access-secret-1"), refreshToken = Secret("refresh-secret-1"),
    expiresAt = 1.9e9, lifetime = 300.0, userId = "user-1", tenantId = "acme",
)

fun keystoreStorageSealsTheSession() {
    val store = MemoryCiphertext()
    val keys = aesKey()
    val storage = KeystoreTokenStorage(keys, store)
    check(storage.load() == null) { "an empty store loaded a session" }
    storage.save(STORED)
    val sealed = store.values.getValue("frontegg.session")
    check(sealed.startsWith("v1:")) { "format ${sealed.take(3)}" }
    check(!sealed.contains("secret") && !sealed.contains("user-1")) { "the ciphertext shows the session" }
    check(storage.load() == STORED) { "the session did not survive" }
    check(!storage.toString().contains("secret")) { storage.toString() }
    // Two saves of one session never give the same ciphertext (fresh nonce).
    storage.save(STORED)
    check(store.values.getValue("frontegg.session") != sealed) { "a nonce was reused" }
    // Another key (the Keystore key was invalidated): no session, and the
    // unreadable item is dropped.
    check(KeystoreTokenStorage(aesKey(), store).load() == null) { "another key opened the session" }
    check(store.values.isEmpty()) { "the unreadable item stayed" }
    // A damaged item reads as no session.
    for (damaged in listOf("", "v1:zz:00", "v2:00:00", "v1:${"00".repeat(12)}:${"11".repeat(40)}", "garbage")) {
        store.values["frontegg.session"] = damaged
        check(storage.load() == null) { "damaged '$damaged' loaded" }
    }
    storage.save(STORED)
    storage.clear()
    check(storage.load() == null && store.values.isEmpty()) { "clear left the session" }
}

fun keystoreStorageKeepsASignedInSession() = EmulatorProcess(EMULATOR_SEED).use { fe ->
    val storage = KeystoreTokenStorage(aesKey(), MemoryCiphertext())
    runBlocking {
        val client = asyncEmulatorClient(fe)
        val outcome = client.signIn(LoginRequest(email = "jane@acme.test", password = Secret("Secret-1")), storage)
        check(outcome is AsyncSignInOutcome.Session) { "no session: $outcome" }
        check(storage.load()?.userId != null) { "the session was not stored" }
        // The next start of the app.
        val restored = client.restoreSession(storage) ?: throw AssertionError("nothing restored")
        check(restored.refresh().value.isNotEmpty()) { "the restored session did not refresh" }
        restored.signOut()
        check(storage.load() == null) { "sign-out left the stored session" }
    }
}

fun browserStep(url: String): String {
    val browser = URI("$url&login_hint=jane%40acme.test").toURL().openConnection() as HttpURLConnection
    browser.instanceFollowRedirects = false
    check(browser.responseCode == 302) { "authorize answered ${browser.responseCode}" }
    return browser.getHeaderField("location")
}

fun hostedLoginFlowMatchesCallbacks() = EmulatorProcess(EMULATOR_SEED).use { fe ->
    val login = AsyncHostedLogin(HostedLoginOptions(baseUrl = fe.url, clientId = "kotlin-app", redirectUri = "myapp://callback"))
    val flow = HostedLoginFlow(login, maxPending = 2)
    runBlocking {
        val first = flow.start()
        val second = flow.start()
        check(first != second) { "two logins shared one URL" }
        // The second callback arrives first: each finds its own request.
        val session = flow.complete(browserStep(second))
        check(session.userId() != null) { "no user" }
        check(flow.isPending) { "the first login was forgotten" }
        check(flow.complete(browserStep(first)).isSignedIn()) { "the first login failed" }
        // A replayed callback, a forged one, one without state: refused
        // before anything is sent.
        fe.delete("/_emulator/requests")
        for (forged in listOf("myapp://callback?code=x&state=forged", "myapp://callback?code=x", "not a url")) {
            try {
                flow.complete(forged)
                throw AssertionError("'$forged' was accepted")
            } catch (expected: FronteggException.InvalidInput) {
                check(expected.reason.contains("state")) { expected.reason }
            }
        }
        check(!fe.get("/_emulator/requests").contains("/oauth/token")) { "a refused callback reached the server" }
        // At most maxPending are kept, the oldest forgotten first.
        val oldest = flow.start()
        flow.start()
        flow.start()
        try {
            flow.complete(browserStep(oldest))
            throw AssertionError("an evicted login completed")
        } catch (expected: FronteggException.InvalidInput) {
        }
        flow.cancel()
        check(!flow.isPending) { "cancel left logins pending" }
    }
}

const val REFRESH_PATH = "/identity/resources/auth/v1/user/token/refresh"

fun foregroundRefreshNeverSignsOutOnANetworkFailure() = EmulatorProcess(EMULATOR_SEED).use { fe ->
    runBlocking {
        val client = asyncEmulatorClient(fe)
        val session = (client.signIn(LoginRequest(email = "jane@acme.test", password = Secret("Secret-1"))) as AsyncSignInOutcome.Session).session
        val expiresAt = session.expiresAt() ?: throw AssertionError("no expiry")
        val margin = Duration.ofMinutes(5)
        // Long before expiry: nothing is sent.
        check(session.refreshOnForeground(margin) { expiresAt - 3600 } is ForegroundRefresh.StillValid) { "refreshed early" }
        // Within the margin: renewed.
        val before = session.blocking().accessToken().value
        check(session.refreshOnForeground(margin) { expiresAt - 60 } is ForegroundRefresh.Refreshed) { "not refreshed" }
        check(session.blocking().accessToken().value != before) { "the token did not change" }
        // The network breaks (the connection drops): deferred, still signed
        // in, and it works once the network is back.
        fe.post("/_emulator/faults", """{"route":"POST $REFRESH_PATH","times":10,"drop":true}""")
        val deferred = session.refreshOnForeground(margin) { Double.MAX_VALUE / 2 }
        check(deferred is ForegroundRefresh.Deferred) { "a dropped connection gave $deferred" }
        check((deferred as ForegroundRefresh.Deferred).error is FronteggException.Network) { "${deferred.error}" }
        check(session.isSignedIn()) { "a network failure signed the user out" }
        fe.delete("/_emulator/faults")
        check(session.refreshOnForeground(margin) { Double.MAX_VALUE / 2 } is ForegroundRefresh.Refreshed) { "no refresh after the outage" }
        // Frontegg refuses the refresh token: signed out.
        fe.post("/_emulator/faults", """{"route":"POST $REFRESH_PATH","times":1,"status":401}""")
        val refused = session.refreshOnForeground(margin) { Double.MAX_VALUE / 2 }
        check(refused is ForegroundRefresh.SignedOut) { "401 gave $refused" }
    }
}
