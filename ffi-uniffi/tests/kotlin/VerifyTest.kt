// Kotlin tests of TokenVerifier and Claims: tokens signed here with the
// JDK's own RSA, checked by the Rust core through the bindings, and the
// shared authorization table (core/tests/fixtures) that Rust and Python
// run too.

import com.frontegg.identity.TokenVerifier
import com.frontegg.identity.core.AccessRequirements
import com.frontegg.identity.core.Claims
import com.frontegg.identity.core.FronteggException
import com.frontegg.identity.core.RejectionReason
import com.frontegg.identity.core.TokenType
import com.frontegg.identity.core.TokenVerifierOptions
import java.io.File
import java.security.KeyFactory
import java.security.Signature
import java.security.spec.PKCS8EncodedKeySpec
import java.util.Base64

const val FIXTURES = "core/tests/fixtures"
const val ISSUER = "https://app-test.frontegg.com"
const val STEP_UP = "http://schemas.openid.net/pape/policies/2007/06/multi-factor"

fun b64url(bytes: ByteArray): String = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes)

fun nowSecs(): Double = System.currentTimeMillis() / 1000.0

/** An RS256 token with `kid` key-1 over `claims` (JSON text). */
fun signToken(claims: String): String {
    val pem = File("$FIXTURES/jwt-key-1.pem").readText()
        .replace(Regex("-----[A-Z ]+-----"), "").replace(Regex("\\s"), "")
    val key = KeyFactory.getInstance("RSA").generatePrivate(PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)))
    val input = b64url("""{"alg":"RS256","kid":"key-1"}""".encodeToByteArray()) + "." + b64url(claims.encodeToByteArray())
    val signer = Signature.getInstance("SHA256withRSA")
    signer.initSign(key)
    signer.update(input.encodeToByteArray())
    return input + "." + b64url(signer.sign())
}

fun userClaims(exp: Double = nowSecs() + 600, extra: String = ""): String =
    """{"sub":"user-1","iss":"$ISSUER","type":"userToken","tenantId":"t-1","roles":["admin"],""" +
        """"permissions":["fe.secure.*"],"exp":$exp$extra}"""

fun verifier(): TokenVerifier =
    TokenVerifier(TokenVerifierOptions(issuer = ISSUER, jwks = File("$FIXTURES/jwks-1.json").readText()))

fun verifiesAndRefuses() {
    val claims = verifier().verify(signToken(userClaims()))
    check(claims.sub == "user-1" && claims.tokenType == TokenType.USER_TOKEN && claims.tenantId == "t-1") { "$claims" }
    check(claims.hasPermissions(listOf("fe.secure.read"), true)) { "wildcard grant" }
    try {
        verifier().verify(signToken(userClaims(exp = nowSecs() - 3600)))
        throw AssertionError("an expired token verified")
    } catch (error: FronteggException.InvalidToken) {
        check(error.reason == RejectionReason.EXPIRED) { "reason ${error.reason}" }
    }
    val tampered = signToken(userClaims()).let { it.substring(0, it.length - 4) + "AAAA" }
    try {
        verifier().verify(tampered)
        throw AssertionError("a tampered token verified")
    } catch (error: FronteggException.InvalidToken) {
        check(error.reason == RejectionReason.BAD_SIGNATURE) { "reason ${error.reason}" }
    }
}

fun authenticatorStatuses() {
    val verifier = verifier()
    val token = signToken(userClaims())
    fun status(headers: Map<String, String>, required: AccessRequirements? = null): Int = try {
        verifier.authenticate(headers, required)
        200
    } catch (error: FronteggException.Authentication) {
        error.status.toInt()
    }
    check(status(mapOf("Authorization" to "Bearer $token")) == 200) { "good token" }
    check(status(emptyMap()) == 401) { "no token" }
    check(status(mapOf("Authorization" to "Bearer $token"), AccessRequirements(roles = listOf("owner"))) == 403) { "missing role" }
    check(status(mapOf("Authorization" to "Bearer $token"), AccessRequirements(roles = listOf("owner", "admin"), all = false)) == 200) { "any role" }
}

fun sharedAuthorizationTable() {
    var count = 0
    for (line in File("$FIXTURES/authorization-cases.tsv").readLines()) {
        if (line.isBlank() || line.startsWith("#")) continue
        val cols = line.split("\t")
        fun list(text: String) = if (text == "-") emptyList() else text.split(",")
        fun claims(roles: List<String> = emptyList(), permissions: List<String> = emptyList(),
                   acr: String? = null, amr: List<String> = emptyList(), authTime: Double? = null) =
            Claims(sub = "u", iss = ISSUER, aud = emptyList(), tokenType = TokenType.USER_TOKEN, tenantId = "t",
                tenantIds = emptyList(), roles = roles, permissions = permissions, email = null, emailVerified = null,
                name = null, metadata = null, applicationId = null, act = null, acr = acr, amr = amr,
                authTime = authTime, exp = nowSecs() + 60, nbf = null, iat = null, raw = "{}")
        val got = when (cols[0]) {
            "roles" -> claims(roles = list(cols[1])).hasRoles(list(cols[2]), cols[3] == "all")
            "permissions" -> claims(permissions = list(cols[1])).hasPermissions(list(cols[2]), cols[3] == "all")
            "stepup" -> {
                val acr = when (cols[1]) { "multi-factor" -> STEP_UP; "-" -> null; else -> cols[1] }
                val authTime = if (cols[3] == "-") null else nowSecs() - cols[3].toDouble()
                val maxAge = if (cols[4] == "-") null else java.time.Duration.ofSeconds(cols[4].toLong())
                claims(acr = acr, amr = list(cols[2]), authTime = authTime).isSteppedUp(maxAge)
            }
            else -> throw AssertionError("unknown kind in $line")
        }
        check(got == (cols.last() == "true")) { "case failed: $line" }
        count++
    }
    check(count >= 30) { "only $count cases" }
}
