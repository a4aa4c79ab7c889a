// The Kotlin binding tests under JUnit 5 (Debian's junit5 console launcher),
// so that the test command shows JUnit's own counts. The test bodies live in
// ClientTest.kt, VerifyTest.kt, SessionTest.kt, EmulatorTest.kt,
// AsyncTest.kt and MobileTest.kt.

import com.frontegg.identity.*
import com.frontegg.identity.core.*
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertThrows
import org.junit.jupiter.api.Assumptions.assumeTrue
import org.junit.jupiter.api.DisplayName
import org.junit.jupiter.api.DynamicTest
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.TestFactory

class BindingTests {
    @Test @DisplayName("signUp succeeds")
    fun signUp() { signUpSucceeds() }

    @Test @DisplayName("409 arrives as FronteggException.Conflict")
    fun conflict() { conflictArrivesTyped() }

    @Test @DisplayName("login, refresh, logout")
    fun loginFlow() { loginRefreshLogout() }

    @Test @DisplayName("bad config is FronteggException.Config")
    fun badConfig() { badConfigIsTyped() }

    @Test @DisplayName("an undocumented answer is JSON")
    fun undocumented() { undocumentedAnswerIsJson() }

    @Test @DisplayName("a pager walks three pages")
    fun pager() { pagesWalkEveryPage() }

    @Test @DisplayName("request and asUser")
    fun escapeHatch() { escapeHatchAndAsUser() }

    @Test @DisplayName("logs reach a LogSink")
    fun logs() { logsReachTheSink() }

    @Test @DisplayName("TokenVerifier verifies and refuses with a reason")
    fun verifier() { verifiesAndRefuses() }

    @Test @DisplayName("authenticate answers 401 / 403")
    fun authenticator() { authenticatorStatuses() }

    @Test @DisplayName("roles, permissions, step-up: the shared table")
    fun authorizationTable() { sharedAuthorizationTable() }

    @Test @DisplayName("a Kotlin TokenStorage: login, refresh, logout")
    fun kotlinStore() { sessionWithKotlinStore() }

    @Test @DisplayName("hosted login refuses a forged state")
    fun forgedState() { hostedLoginRefusesAForgedState() }

    @Test @DisplayName("emulator: password sign-in, verify, refresh rotation, sign-up")
    fun emulatorPassword() { emulatorPasswordFlow() }

    @Test @DisplayName("emulator: MFA with the authenticator code steps up the token")
    fun emulatorMfa() { emulatorMfaFlow() }

    @Test @DisplayName("emulator: hosted login with PKCE through an app scheme")
    fun emulatorHosted() { emulatorHostedLogin() }

    @Test @DisplayName("suspend: sign-in session, refresh, verify, an operation, sign-out, a typed error")
    fun asyncSession() { asyncSessionFlow() }

    @Test @DisplayName("suspend: a pager walks its pages")
    fun asyncPager() { asyncPagerWalksEveryPage() }

    @Test @DisplayName("suspend: maxWorkers 0 is FronteggException.Config")
    fun asyncBadSize() { asyncBadSizeIsConfig() }

    @Test @DisplayName("suspend: 500 in-flight calls cancelled at once, threads back to baseline, queued calls never sent")
    fun asyncCancellation() { cancellingFiveHundredCalls() }

    @Test @DisplayName("KeystoreTokenStorage: AES-GCM sealed, fresh nonces, a wrong key or damage reads as no session")
    fun keystoreSeals() { keystoreStorageSealsTheSession() }

    @Test @DisplayName("KeystoreTokenStorage keeps a signed-in session across restarts and sign-out clears it")
    fun keystoreSession() { keystoreStorageKeepsASignedInSession() }

    @Test @DisplayName("HostedLoginFlow: callbacks matched by state, forged ones refused unsent, bounded pending")
    fun hostedFlow() { hostedLoginFlowMatchesCallbacks() }

    @Test @DisplayName("foreground refresh: ahead of expiry, a network failure defers without signing out, a 401 signs out")
    fun foregroundRefresh() { foregroundRefreshNeverSignsOutOnANetworkFailure() }

    @Test @DisplayName("every flow has the declared parameters (FlowSignatures.kt compiled)")
    fun flowSignatures() { assertEquals(FLOW_SIGNATURE_CHECKS, flowSignatureChecks.size) }

    @Test @DisplayName("an old name (login) still reaches its flow")
    @Suppress("DEPRECATION")
    fun oldNameReachesTheFlow() {
        val client = FronteggClient(ClientConfig(baseUrl = "http://127.0.0.1:9", timeout = java.time.Duration.ofSeconds(2), maxRetries = 0u))
        assertThrows(FronteggException.Network::class.java) {
            client.login(LoginRequest(email = "a@b.c", password = Secret("pw")))
        }
    }

    @TestFactory @DisplayName("contract: one operation per service against Prism")
    fun contract(): List<DynamicTest> {
        val client = contractClient()
        // Without specs and Prism JUnit reports this as skipped, loudly.
        assumeTrue(client != null, "no specs and no Prism: the Kotlin contract cases did not run")
        return contractCases.map { (name, call) -> DynamicTest.dynamicTest(name) { call(client!!) } }
    }
}
