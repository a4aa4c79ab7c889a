// Kotlin tests of the uniffi bindings against a loopback server (the JDK's
// own HttpServer). BindingTests.kt runs them under JUnit 5 (scripts/test.sh).

import com.frontegg.identity.FronteggClient
import com.frontegg.identity.LogLevel
import com.frontegg.identity.LogSink
import com.frontegg.identity.setLogSink
import com.frontegg.identity.core.Provider
import com.frontegg.identity.core.Secret
import com.frontegg.identity.core.ClientConfig
import com.frontegg.identity.core.FronteggException
import com.frontegg.identity.core.LoginRequest
import com.frontegg.identity.core.SignUpRequest
import com.frontegg.identity.core.GetUsersParams
import com.frontegg.identity.core.RawRequest
import com.sun.net.httpserver.HttpServer
import java.net.InetSocketAddress
import java.util.Collections

data class Recorded(val method: String, val path: String, val headers: Map<String, String>, val body: String)

class StubServer : AutoCloseable {
    private val server: HttpServer = HttpServer.create(InetSocketAddress("127.0.0.1", 0), 0)
    private val routes = Collections.synchronizedMap(mutableMapOf<String, Triple<Int, Map<String, String>, String>>())
    val requests: MutableList<Recorded> = Collections.synchronizedList(mutableListOf())
    val url: String get() = "http://127.0.0.1:${server.address.port}"

    init {
        server.createContext("/") { exchange ->
            val body = exchange.requestBody.readBytes().decodeToString()
            val headers = exchange.requestHeaders.entries.associate { (name, values) -> name.lowercase() to values.joinToString(",") }
            val path = exchange.requestURI.rawPath
            val query = exchange.requestURI.rawQuery
            requests.add(Recorded(exchange.requestMethod, path, headers, body))
            // A route with the exact query wins over one for the bare path.
            val (status, extra, payload) = query?.let { routes["${exchange.requestMethod} $path?$it"] }
                ?: routes["${exchange.requestMethod} $path"] ?: Triple(404, emptyMap(), "")
            extra.forEach { (name, value) -> exchange.responseHeaders.add(name, value) }
            val bytes = payload.encodeToByteArray()
            exchange.sendResponseHeaders(status, if (bytes.isEmpty()) -1 else bytes.size.toLong())
            if (bytes.isNotEmpty()) exchange.responseBody.use { it.write(bytes) }
            exchange.close()
        }
        server.start()
    }

    fun route(method: String, path: String, status: Int, body: String, headers: Map<String, String> = emptyMap()) {
        routes["$method $path"] = Triple(status, headers + ("Content-Type" to "application/json"), body)
    }

    override fun close() = server.stop(0)
}

fun check(condition: Boolean, what: () -> String) {
    if (!condition) throw AssertionError(what())
}

const val SESSION = """{"accessToken":"access-1","refreshToken":"refresh-1","expiresIn":300,"expires":"soon","mfaRequired":false}"""

fun signUpSucceeds() = StubServer().use { server ->
    server.route("POST", "/auth/vendor", 200, """{"token":"vendor-1","expiresIn":3600}""")
    server.route(
        "POST", "/identity/resources/users/v1/signUp", 201,
        """{"shouldActivate":false,"userId":"u-1","tenantId":"t-1","authResponse":$SESSION}""",
    )
    val client = FronteggClient(
        ClientConfig(baseUrl = server.url, clientId = "6a6b-12cd", secret = Secret("api-key"), vendorHost = "app-test.frontegg.com"),
    )
    val answer = client.signUpTokens(
        SignUpRequest(
            email = "jane@example.com",
            companyName = "Acme",
            password = Secret("pw-1"),
            provider = Provider.Local,
            metadata = """{"plan":"pro"}""",
        ),
    )
    check(answer.userId == "u-1" && answer.tenantId == "t-1") { "unexpected answer $answer" }
    check(answer.authResponse?.accessToken?.value == "access-1") { "no session in $answer" }
    // Records print themselves; secrets inside them must not.
    check(!answer.toString().contains("access-1") && !answer.toString().contains("refresh-1")) { "leaked: $answer" }
    val request = server.requests.single { it.path == "/identity/resources/users/v1/signUp" }
    check(request.headers["authorization"] == "Bearer vendor-1") { "authorization: ${request.headers}" }
    check(request.headers["frontegg-vendor-host"] == "app-test.frontegg.com") { "vendor host: ${request.headers}" }
    check(request.headers["user-agent"]?.startsWith("frontegg-identity/") == true) { "user agent: ${request.headers}" }
    val expected = """{"companyName":"Acme","email":"jane@example.com","metadata":"{\"plan\":\"pro\"}","password":"pw-1","provider":"local"}"""
    check(request.body == expected) { "body ${request.body}" }
}

fun conflictArrivesTyped() = StubServer().use { server ->
    server.route(
        "POST", "/identity/resources/users/v1/signUp", 409,
        """{"errors":["User already exists"],"errorCode":"ER-01001"}""",
        mapOf("frontegg-trace-id" to "trace-9"),
    )
    val client = FronteggClient(ClientConfig(baseUrl = server.url))
    try {
        client.signUpTokens(SignUpRequest(email = "jane@example.com", companyName = "Acme", provider = Provider.Local))
        throw AssertionError("expected a conflict")
    } catch (error: FronteggException.Conflict) {
        check(error.details.status.toInt() == 409) { "status ${error.details}" }
        check(error.details.errors == listOf("User already exists")) { "errors ${error.details}" }
        check(error.details.errorCode == "ER-01001") { "code ${error.details}" }
        check(error.details.traceId == "trace-9") { "trace ${error.details}" }
        check(error.message.contains("User already exists")) { "message ${error.message}" }
    }
}

fun loginRefreshLogout() = StubServer().use { server ->
    server.route("POST", "/identity/resources/auth/v1/user", 200, SESSION)
    server.route("POST", "/identity/resources/auth/v1/user/token/refresh", 201, SESSION)
    server.route("POST", "/identity/resources/auth/v1/logout", 201, "")
    val client = FronteggClient(ClientConfig(baseUrl = server.url, clientId = "6a6b-12cd"))
    val session = client.signInTokens(LoginRequest(password = Secret("pw"), email = "jane@example.com"))
    val refreshed = client.refreshTokens(session.refreshToken ?: error("no refresh token"))
    client.signOut(refreshed.refreshToken ?: error("no refresh token"))
    val logout = server.requests.single { it.path == "/identity/resources/auth/v1/logout" }
    check(logout.headers["cookie"] == "fe_refresh_6a6b12cd=refresh-1") { "cookie ${logout.headers}" }
}

fun undocumentedAnswerIsJson() = StubServer().use { server ->
    // The spec documents no body for this GET; Frontegg sends one.
    server.route("GET", "/tenants/resources/tenants/v2", 200, """[{"tenantId":"t-1"}]""")
    server.route("DELETE", "/identity/resources/roles/v1/r-1", 204, "")
    val client = FronteggClient(ClientConfig(baseUrl = server.url, accessToken = Secret("t")))
    val tenants = client.accounts().getTenants()
    check(tenants == """[{"tenantId":"t-1"}]""") { "tenants $tenants" }
    val deleted = client.roles().deleteRole("r-1")
    check(deleted == "null") { "deleted $deleted" }
}

fun user(id: String) = """{"id":"$id","email":"$id@x.io","name":"$id","createdAt":"2026-01-01","lastLogin":"2026-01-02",""" +
    """"metadata":"{}","vendorMetadata":"{}","mfaEnrolled":false,"profilePictureUrl":"","provider":"local",""" +
    """"sub":"$id","subAccountAccessAllowed":false,"tenantId":"t","tenantIds":["t"],"tenants":[],"verified":true}"""

fun pagesWalkEveryPage() = StubServer().use { server ->
    val pages = listOf(listOf("u1", "u2"), listOf("u3", "u4"), listOf("u5"))
    for ((offset, ids) in pages.withIndex()) {
        val items = ids.joinToString(",") { user(it) }
        server.route(
            "GET", "/identity/resources/users/v3?_limit=2&_offset=$offset", 200,
            """{"items":[$items],"_links":{"next":"","prev":"","first":"","last":""},"_metadata":{"totalItems":5,"totalPages":3}}""",
        )
    }
    val client = FronteggClient(ClientConfig(baseUrl = server.url, accessToken = Secret("t")))
    val pager = client.userManagement().getUsersPages(GetUsersParams(limit = 2))
    val ids = generateSequence { pager.next() }.map { it.id }.toList()
    check(ids == listOf("u1", "u2", "u3", "u4", "u5")) { "ids $ids" }
    check(server.requests.size == 3) { "requests ${server.requests.map { it.path }}" }
}

fun escapeHatchAndAsUser() = StubServer().use { server ->
    server.route("POST", "/auth/vendor", 200, """{"token":"vendor-1","expiresIn":3600}""")
    server.route("POST", "/oauth/token", 200, """{"access_token":"x"}""")
    server.route("GET", "/identity/resources/users/v2/me/tenants", 200, "[]")
    val client = FronteggClient(
        ClientConfig(baseUrl = server.url, clientId = "6a6b-12cd", secret = Secret("api-key"), vendorHost = "app-test.frontegg.com"),
    )
    val answer = client.request(RawRequest(method = "POST", path = "/oauth/token", body = """{"grant_type":"refresh_token"}"""))
    check(answer == """{"access_token":"x"}""") { "answer $answer" }
    client.asUser(Secret("user-jwt")).userManagement().getUserTenantsV2()
    val me = server.requests.single { it.path == "/identity/resources/users/v2/me/tenants" }
    check(me.headers["authorization"] == "Bearer user-jwt") { "authorization ${me.headers}" }
}

class Collect : LogSink {
    val messages: MutableList<String> = Collections.synchronizedList(mutableListOf())
    override fun log(level: LogLevel, message: String) {
        messages.add("$level $message")
    }
}

fun logsReachTheSink() = StubServer().use { server ->
    server.route("GET", "/identity/resources/users/v1", 200, "{}")
    val sink = Collect()
    setLogSink(sink, LogLevel.DEBUG)
    val client = FronteggClient(ClientConfig(baseUrl = server.url, accessToken = Secret("token-not-in-logs")))
    client.request(RawRequest(method = "GET", path = "/identity/resources/users/v1"))
    setLogSink(null, LogLevel.ERROR)
    check(sink.messages.any { it.contains("GET /identity/resources/users/v1 -> 200") }) { "logs ${sink.messages}" }
    check(sink.messages.none { it.contains("token-not-in-logs") }) { "a token was logged" }
}

fun badConfigIsTyped() {
    try {
        FronteggClient(ClientConfig(baseUrl = "http://example.com"))
        throw AssertionError("expected a config error")
    } catch (error: FronteggException.Config) {
        check(error.reason.contains("https")) { "reason ${error.reason}" }
    }
}

/**
 * The contract client: one operation per service against Prism
 * (scripts/test.sh sets FRONTEGG_PRISM_URLS). Null when there are neither
 * specs nor Prism; a failure when the specs exist but Prism was not started.
 */
fun contractClient(): FronteggClient? {
    val urls = System.getenv("FRONTEGG_PRISM_URLS")
    if (urls.isNullOrEmpty()) {
        val specs = System.getenv("FRONTEGG_OPENAPI_DIR") ?: "../shared/frontegg-openapi"
        check(!java.io.File(specs).isDirectory) { "the specs are at $specs but FRONTEGG_PRISM_URLS is not set" }
        return null
    }
    val serviceUrls = urls.split(",").filter { it.isNotEmpty() }.associate {
        val (service, url) = it.split("=", limit = 2)
        service to url
    }
    return FronteggClient(
        ClientConfig(
            baseUrl = "http://127.0.0.1:9",
            serviceUrls = serviceUrls,
            clientId = "contract-client-id",
            secret = Secret("contract-secret"),
            vendorHost = "app-contract.frontegg.com",
            applicationId = "app-contract",
        ),
    ).forTenant("contract-tenant").forUser("contract-user")
}
