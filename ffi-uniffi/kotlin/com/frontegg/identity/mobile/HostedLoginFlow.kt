package com.frontegg.identity.mobile

import com.frontegg.identity.AsyncHostedLogin
import com.frontegg.identity.AsyncSession
import com.frontegg.identity.core.AuthorizeRequest
import com.frontegg.identity.core.FronteggException
import com.frontegg.identity.core.TokenStorage

/**
 * Hosted login in an app: [start] gives the authorize URL to open in the
 * system browser (Custom Tabs on Android: `CustomTabsLogin` in the
 * `android` library) and remembers its PKCE verifier; [complete] takes the
 * redirect the app received and exchanges it for a session.
 *
 * Several logins may be pending (a user who tapped twice): each callback
 * is matched to its own request by `state`. At most [maxPending] are kept,
 * the oldest forgotten first. A callback whose `state` matches none is
 * refused before anything is sent. Thread-safe.
 */
class HostedLoginFlow(
    private val login: AsyncHostedLogin,
    private val storage: TokenStorage? = null,
    val maxPending: Int = 4,
) {
    private val pending = LinkedHashMap<String, AuthorizeRequest>()

    init {
        require(maxPending >= 1) { "maxPending must be at least 1, got $maxPending" }
    }

    /** A fresh authorize URL to open; call [complete] with its callback. */
    fun start(): String {
        val request = login.authorizeUrl()
        synchronized(pending) {
            pending[request.state] = request
            while (pending.size > maxPending) pending.remove(pending.keys.first())
        }
        return request.url
    }

    /** Whether any login is waiting for its callback. */
    val isPending: Boolean get() = synchronized(pending) { pending.isNotEmpty() }

    /**
     * The session for [callbackUrl], the redirect the browser handed back.
     * The core checks the callback against its request (state, error
     * answers, each parameter at most once) and verifies the ID token.
     *
     * @throws FronteggException.InvalidInput when no pending login has the
     *   callback's `state` (a stale or forged redirect).
     */
    suspend fun complete(callbackUrl: String): AsyncSession {
        val state = login.callbackState(callbackUrl)
        val request = synchronized(pending) { state?.let { pending.remove(it) } }
            ?: throw FronteggException.InvalidInput("the callback's state matches no pending hosted login: start one with start()")
        return login.exchange(callbackUrl, request, storage)
    }

    /** Forgets every pending login (the user backed out of the browser). */
    fun cancel() = synchronized(pending) { pending.clear() }
}
