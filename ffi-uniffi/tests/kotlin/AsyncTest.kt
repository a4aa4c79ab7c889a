// The suspend surface (AsyncFronteggClient and the twins it hands out):
// the session flow against the emulator, typed errors, a pager, and
// cancellation — 500 calls in flight cancelled at once, no thread left
// behind, queued calls never sent.

import com.frontegg.identity.AsyncFronteggClient
import com.frontegg.identity.AsyncSignInOutcome
import com.frontegg.identity.FronteggClient
import com.frontegg.identity.core.ClientConfig
import com.frontegg.identity.core.FronteggException
import com.frontegg.identity.core.GetUsersParams
import com.frontegg.identity.core.LoginRequest
import com.frontegg.identity.core.Secret
import com.frontegg.identity.core.TokenVerifierOptions
import java.io.File
import java.net.HttpURLConnection
import java.net.URI
import kotlinx.coroutines.CancellationException
import kotlinx.coroutines.delay
import kotlinx.coroutines.joinAll
import kotlinx.coroutines.launch
import kotlinx.coroutines.runBlocking

/** Native threads of this process (the pool's threads are not JVM threads), by name. */
fun processThreadNames(): List<String> =
    (File("/proc/self/task").listFiles() ?: error("no /proc/self/task"))
        // A thread that ended since the listing has no name to read.
        .mapNotNull { runCatching { File(it, "comm").readText().trim() }.getOrNull() }

fun processThreads(): Int = processThreadNames().size

fun EmulatorProcess.post(path: String, body: String) {
    val connection = URI(url + path).toURL().openConnection() as HttpURLConnection
    connection.requestMethod = "POST"
    connection.doOutput = true
    connection.setRequestProperty("Content-Type", "application/json")
    connection.outputStream.use { it.write(body.encodeToByteArray()) }
    check(connection.responseCode in 200..299) { "$path answered ${connection.responseCode}" }
    connection.inputStream.close()
}

fun EmulatorProcess.delete(path: String) {
    val connection = URI(url + path).toURL().openConnection() as HttpURLConnection
    connection.requestMethod = "DELETE"
    check(connection.responseCode in 200..299) { "$path answered ${connection.responseCode}" }
}

fun asyncEmulatorClient(fe: EmulatorProcess, maxWorkers: UInt = 8u) = AsyncFronteggClient(
    ClientConfig(baseUrl = fe.url, clientId = "kotlin-app", secret = Secret("kotlin-secret")),
    maxWorkers,
)

fun asyncSessionFlow() = EmulatorProcess(EMULATOR_SEED).use { fe ->
    runBlocking {
        val client = asyncEmulatorClient(fe)
        check(client.maxWorkers() == 8u) { "maxWorkers ${client.maxWorkers()}" }
        val outcome = client.signIn(LoginRequest(email = "jane@acme.test", password = Secret("Secret-1")))
        val session = (outcome as? AsyncSignInOutcome.Session)?.session
            ?: throw AssertionError("expected a session, got $outcome")
        check(session.isSignedIn()) { "not signed in" }
        val first = session.accessToken()
        val renewed = session.refresh()
        check(first.value != renewed.value) { "refresh kept the access token" }
        val verifier = client.tokenVerifier(
            TokenVerifierOptions(issuer = fe.url, jwksUrl = "${fe.url}/.well-known/jwks.json", audience = listOf("kotlin-app")),
        )
        val claims = verifier.verify(renewed.value)
        check(claims.tenantId == "acme") { "tenant ${claims.tenantId}" }
        // A generated operation through the vendor token, suspended.
        val users = client.userManagement().getUsers(GetUsersParams())
        check(users.items.any { it.email == "jane@acme.test" }) { "users ${users.items.map { it.email }}" }
        session.signOut()
        check(!session.isSignedIn()) { "still signed in after signOut" }
        try {
            client.signInTokens(LoginRequest(email = "jane@acme.test", password = Secret("wrong")))
            throw AssertionError("a wrong password was accepted")
        } catch (expected: FronteggException.Unauthorized) {
        }
    }
}

fun asyncPagerWalksEveryPage() = StubServer().use { server ->
    for ((offset, ids) in listOf(listOf("u1", "u2"), listOf("u3")).withIndex()) {
        server.route(
            "GET", "/identity/resources/users/v3?_limit=2&_offset=$offset", 200,
            """{"items":[${ids.joinToString(",") { user(it) }}],"_links":{"next":"","prev":"","first":"","last":""},"_metadata":{"totalItems":3,"totalPages":2}}""",
        )
    }
    val client = FronteggClient(ClientConfig(baseUrl = server.url, accessToken = Secret("t"))).toAsync(2u)
    val pager = client.userManagement().getUsersPages(GetUsersParams(limit = 2))
    val ids = runBlocking { generateSequence { runBlocking { pager.next() } }.map { it.id }.toList() }
    check(ids == listOf("u1", "u2", "u3")) { "ids $ids" }
}

fun asyncBadSizeIsConfig() {
    val client = FronteggClient(ClientConfig(baseUrl = "http://127.0.0.1:9", accessToken = Secret("t")))
    try {
        client.toAsync(0u)
        throw AssertionError("maxWorkers 0 was accepted")
    } catch (expected: FronteggException.Config) {
        check(expected.reason.contains("max_workers")) { expected.reason }
    }
}

const val CANCELLED_CALLS = 500
const val SIGN_IN_PATH = "/identity/resources/auth/v1/user"

fun cancellingFiveHundredCalls() = EmulatorProcess(EMULATOR_SEED).use { fe ->
    // What the JVM side starts once (JNA's and uniffi's cleaners, the
    // coroutines' executor) is running before the baseline is taken.
    runCatching { FronteggClient(ClientConfig(baseUrl = fe.url, accessToken = Secret("t"))).refreshCookieName() }
    runBlocking { delay(1) }
    val baseline = processThreads()
    val workers = 4u
    // Every sign-in waits 3 s at the emulator: the calls are all in flight
    // (4 running, the rest queued) when they are cancelled.
    fe.post("/_emulator/faults", """{"route":"POST $SIGN_IN_PATH","times":1000,"delay_ms":3000}""")
    val client = asyncEmulatorClient(fe, workers)
    val cancelled = java.util.concurrent.atomic.AtomicInteger()
    val completed = java.util.concurrent.atomic.AtomicInteger()
    runBlocking {
        val jobs = (1..CANCELLED_CALLS).map {
            launch {
                try {
                    client.signInTokens(LoginRequest(email = "jane@acme.test", password = Secret("Secret-1")))
                    completed.incrementAndGet()
                } catch (expected: CancellationException) {
                    cancelled.incrementAndGet()
                    throw expected
                }
            }
        }
        delay(500)
        val started = System.nanoTime()
        jobs.forEach { it.cancel() }
        jobs.joinAll()
        val waitedMs = (System.nanoTime() - started) / 1_000_000
        // At once: long before the 3 s the running calls still wait.
        check(waitedMs < 2000) { "cancelling $CANCELLED_CALLS calls took $waitedMs ms (limit 2000 ms)" }
    }
    check(cancelled.get() == CANCELLED_CALLS) { "cancelled ${cancelled.get()}, completed ${completed.get()}" }
    // The running calls finish on their threads, their answers dropped;
    // then the idle threads end: the count returns to its baseline.
    val deadline = System.nanoTime() + 15_000_000_000
    while (processThreads() > baseline && System.nanoTime() < deadline) Thread.sleep(100)
    check(processThreads() <= baseline) { "threads ${processThreadNames()}, baseline $baseline (waited up to 15 s)" }
    // A queued call that was cancelled was never sent.
    val sent = Regex("\"path\":\"$SIGN_IN_PATH\"").findAll(fe.get("/_emulator/requests")).count()
    check(sent <= workers.toInt()) { "$sent sign-ins reached the server; at most $workers were running" }
    // And the client still works.
    fe.delete("/_emulator/faults")
    runBlocking {
        val tokens = asyncEmulatorClient(fe).signInTokens(LoginRequest(email = "jane@acme.test", password = Secret("Secret-1")))
        check(tokens.accessToken.value.isNotEmpty()) { "no access token" }
    }
}
