// Kotlin against the Frontegg emulator (the frontegg-emulator binary, as an
// app's own tests run it): sign-up, password sign-in with the token
// verified against the emulator's JWKS, refresh rotation, MFA with the
// authenticator code, and hosted login with PKCE through an app scheme.

import com.frontegg.identity.FronteggClient
import com.frontegg.identity.HostedLogin
import com.frontegg.identity.SignInOutcome
import com.frontegg.identity.SignUpOutcome
import com.frontegg.identity.TokenVerifier
import com.frontegg.identity.core.ClientConfig
import com.frontegg.identity.core.FronteggException
import com.frontegg.identity.core.HostedLoginOptions
import com.frontegg.identity.core.LoginRequest
import com.frontegg.identity.core.Provider
import com.frontegg.identity.core.Secret
import com.frontegg.identity.core.SignUpRequest
import com.frontegg.identity.core.TokenVerifierOptions
import java.io.File
import java.net.HttpURLConnection
import java.net.URI

const val EMULATOR_SEED = """{
  "environment": {"client_id": "kotlin-app", "secret": "kotlin-secret"},
  "tenants": [{"id": "acme", "name": "Acme"}],
  "permissions": [{"key": "docs.read"}],
  "roles": [{"key": "viewer", "permissions": ["docs.read"]}],
  "users": [
    {"email": "jane@acme.test", "password": "Secret-1", "roles": ["viewer"]},
    {"email": "otp@acme.test", "password": "Secret-1", "mfa": {"totp_secret": "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"}}
  ]
}"""

/** One frontegg-emulator process: its first stdout line names its URL. */
class EmulatorProcess(seed: String) : AutoCloseable {
    private val seedFile = File.createTempFile("frontegg-seed", ".json").apply { writeText(seed) }
    private val process: Process
    val url: String

    init {
        val binary = System.getProperty("frontegg.emulator")
            ?: throw IllegalStateException("run with -Dfrontegg.emulator=PATH to the frontegg-emulator binary")
        process = ProcessBuilder(binary, "--seed", seedFile.path)
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start()
        val first = process.inputStream.bufferedReader().readLine() ?: ""
        check(first.startsWith("listening on ")) { "the emulator did not start: '$first'" }
        url = first.removePrefix("listening on ")
    }

    fun get(path: String): String =
        (URI(url + path).toURL().openConnection() as HttpURLConnection).inputStream.bufferedReader().readText()

    override fun close() {
        process.destroy()
        process.waitFor()
        seedFile.delete()
    }
}

fun emulatorClient(fe: EmulatorProcess) =
    FronteggClient(ClientConfig(baseUrl = fe.url, clientId = "kotlin-app", secret = Secret("kotlin-secret")))

fun emulatorVerifier(fe: EmulatorProcess) =
    TokenVerifier(TokenVerifierOptions(issuer = fe.url, jwksUrl = "${fe.url}/.well-known/jwks.json", audience = listOf("kotlin-app")))

fun emulatorPasswordFlow() = EmulatorProcess(EMULATOR_SEED).use { fe ->
    val client = emulatorClient(fe)
    val tokens = client.signInTokens(LoginRequest(email = "jane@acme.test", password = Secret("Secret-1")))
    val claims = emulatorVerifier(fe).verify(tokens.accessToken.value)
    check(claims.roles == listOf("viewer")) { "${claims.roles}" }
    check(claims.tenantId == "acme") { claims.tenantId }
    val first = tokens.refreshToken!!
    val second = client.refreshTokens(first).refreshToken!!
    check(first.value != second.value) { "the refresh token did not rotate" }
    try {
        client.refreshTokens(first)
        throw AssertionError("a used refresh token was accepted")
    } catch (expected: FronteggException.Unauthorized) {
    }
    client.signOut(second)
    val outcome = client.signUp(SignUpRequest(email = "new@startup.test", companyName = "Startup", provider = Provider.Local, password = Secret("Pass-1")))
    check(outcome is SignUpOutcome.Session) { "$outcome" }
}

fun emulatorMfaFlow() = EmulatorProcess(EMULATOR_SEED).use { fe ->
    val outcome = emulatorClient(fe).signIn(LoginRequest(email = "otp@acme.test", password = Secret("Secret-1")))
    val challenge = (outcome as SignInOutcome.MfaRequired).challenge
    val code = Regex("\"code\":\"(\\d+)\"").find(fe.get("/_emulator/totp/otp@acme.test"))!!.groupValues[1]
    val session = challenge.verify(code)
    val claims = emulatorVerifier(fe).verify(session.accessToken().value)
    check(claims.isSteppedUp(null)) { "not stepped up: ${claims.amr} ${claims.acr}" }
}

fun emulatorHostedLogin() = EmulatorProcess(EMULATOR_SEED).use { fe ->
    val hosted = HostedLogin(HostedLoginOptions(baseUrl = fe.url, clientId = "kotlin-app", redirectUri = "myapp://callback"))
    val request = hosted.authorizeUrl()
    // The browser step: the emulator signs the hinted user in at once.
    val browser = URI(request.url + "&login_hint=jane%40acme.test").toURL().openConnection() as HttpURLConnection
    browser.instanceFollowRedirects = false
    check(browser.responseCode == 302) { "authorize answered ${browser.responseCode}" }
    val callback = browser.getHeaderField("location")
    val session = hosted.exchange(callback, request)
    check(session.userId() != null) { "no user" }
    session.refresh()
    session.signOut()
    check(!session.isSignedIn()) { "still signed in" }
}
